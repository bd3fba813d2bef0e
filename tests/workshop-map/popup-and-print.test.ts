/**
 * The map's popups on a narrow map and for keyboard users, motion when the user asks for less, the
 * filters on a small phone, and the list on paper.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { describeChromiumOnly } from '../support/chromium-only.js';
import { deepActiveElement, visibleText, waitFor } from '../support/helpers.js';
import { items, leafletMap, mountMap, popup, root, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

const LONG_NAMES = {
  id: 'long-names',
  title: 'Computer Science A Academic Year Workshops',
  course: 'csa',
  type: 'academic-year',
  sessions: [{ start: '2026-12-12T09:00:00-06:00', end: '2026-12-12T16:00:00-06:00' }],
  timeZone: 'America/Chicago',
  location: { name: 'Knoxville Science Museum', address: '1477 Broad St', city: 'Knoxville', state: 'TN', postalCode: '37902', lat: 35.96, lng: -83.92 },
  seatsRemaining: 15,
  registrationUrl: 'https://example.org/register/long-names',
  value: 1200,
  cost: 0,
};


describe('<pl-workshop-map> popups', () => {
  /** A finder `width` px wide with the first workshop's popup open and settled, and its map's box. */
  async function firstPopupAt(width: number) {
    const { el } = await mountMap({ src: SRC }, undefined, { width });
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    await new Promise((resolve) => setTimeout(resolve, 400));
    return { el, map: root(el).querySelector('[part="map"]')!.getBoundingClientRect() };
  }

  it('fits a workshop popup inside a narrow map, clear of the zoom buttons', async () => {
    const { el, map } = await firstPopupAt(300);
    const box = popup(el)!.getBoundingClientRect();
    const zoom = root(el).querySelector('.leaflet-control-zoom')!.getBoundingClientRect();
    expect(box.left, 'clear of the zoom buttons').to.be.at.least(zoom.right);
    expect(box.right, 'inside the map').to.be.at.most(map.right);
  });

  it("widens a popup with the page's text: 300 px at 16 px, 22 of the map's ems at 32 px", async () => {
    const widthAt = async (rootSize: string) => {
      document.documentElement.style.fontSize = rootSize;
      try {
        const { el } = await mountMap({}, (map) => {
          map.workshops = [LONG_NAMES];
          map.style.fontSize = '1rem';
        }, { width: 1280 });
        items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
        await waitFor(() => !!popup(el), 4000, 'the popup');
        const content = popup(el)!.querySelector('.leaflet-popup-content')!;
        return [content.getBoundingClientRect().width, parseFloat(getComputedStyle(content.closest('.leaflet-container')!).fontSize)];
      } finally {
        document.documentElement.style.fontSize = '';
      }
    };
    const [normal] = await widthAt('16px');
    // Leaflet adds a pixel to the width it sets.
    expect(normal, 'at 16 px').to.be.within(250, 301);
    const [large, mapEm] = await widthAt('32px');
    expect(mapEm).to.be.closeTo(27.2, 0.1);
    expect(large, 'at 32 px').to.be.within(520, 22 * mapEm + 1.5);
  });

  it('gives a popup most of a map under 250 px wide (a phone at 200 % zoom), over the zoom buttons', async () => {
    const { el, map } = await firstPopupAt(180);
    const content = popup(el)!.querySelector('.leaflet-popup-content')!.getBoundingClientRect();
    expect(content.width, `a popup ${content.width} px wide in a map of ${map.width} px`).to.be.at.least(map.width - 80);
  });

  it("shows a popup's Register and calendar buttons in sight on a phone-sized map", async () => {
    // A partner page's 19 px text on a 375 px phone, and a workshop with long names.
    const { el } = await mountMap({}, (map) => {
      map.workshops = [LONG_NAMES];
      map.style.fontSize = '19px';
    }, { width: 375 });
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    await new Promise((resolve) => setTimeout(resolve, 400));
    const content = popup(el)!.querySelector<HTMLElement>('.leaflet-popup-content')!;
    const box = content.getBoundingClientRect();
    const actions = content.querySelector('.actions')!.getBoundingClientRect();
    expect([actions.top >= box.top, actions.bottom <= box.top + content.clientHeight + 1], 'the buttons inside the box').to.deep.equal([true, true]);
    // The popup leaves room below it for its pin (tests/workshop-map/phones.test.ts), so on this short
    // map its text scrolls: the row of buttons sticks to the bottom of the box, in sight.
  });

  it('lets no text of a scrolled popup peek out below its Register and calendar buttons', async () => {
    const series = {
      ...LONG_NAMES,
      notes: 'Bring a laptop. Lunch is provided on every day of the workshop.',
      sessions: [1, 2, 3, 4].map((m) => ({ start: `2027-0${m}-12T09:00:00-06:00`, end: `2027-0${m}-12T16:00:00-06:00` })),
    };
    const { el } = await mountMap({}, (map) => (map.workshops = [series]), { width: 300 });
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el)?.querySelector('.leaflet-popup-scrolled'), 4000, 'a popup whose content scrolls');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const scroller = popup(el)!.querySelector<HTMLElement>('.leaflet-popup-scrolled')!;
    scroller.scrollTop = 0;
    const actions = popup(el)!.querySelector('.actions')!.getBoundingClientRect();
    const edge = scroller.getBoundingClientRect().bottom - scroller.clientTop;
    // The buttons' white bar reaches the box's edge: nothing scrolls by beneath it.
    expect(Math.round(edge - actions.bottom), 'px between the buttons\' bar and the box\'s edge').to.be.at.most(1);
  });

  it('gives focus back to "Show on map" when the popup is closed with its × button from the keyboard', async () => {
    const { el } = await mountMap({ src: SRC });
    const show = items(el)[0].querySelector<HTMLButtonElement>('.show')!;
    show.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the popup');
    popup(el)!.querySelector<HTMLElement>('.leaflet-popup-close-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deepActiveElement() === show, 'focus on Show on map').to.equal(true);
  });

  it('reads a click on the × with no pointer as the keyboard, also when it counts one click (Firefox)', async () => {
    // Firefox fires Enter on a link as a click with detail 1 (Chromium: 0); its pointer type is
    // empty in both. A mouse click (pointer type "mouse") leaves focus on the map.
    const { el } = await mountMap({ src: SRC });
    const show = items(el)[0].querySelector<HTMLButtonElement>('.show')!;
    const close = async (pointerType: string) => {
      show.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !!popup(el), 4000, 'the popup');
      const button = popup(el)!.querySelector<HTMLElement>('.leaflet-popup-close-button')!;
      button.focus();
      button.dispatchEvent(new PointerEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1, pointerType }));
      await waitFor(() => !popup(el), 4000, 'the popup to close');
      await new Promise((resolve) => setTimeout(resolve, 50));
      return deepActiveElement();
    };
    expect((await close('')) === show, 'keyboard: focus on Show on map').to.equal(true);
    expect((await close('mouse')) === root(el).querySelector('[part="map"]'), 'mouse: focus on the map').to.equal(true);
  });
});

// Media emulation goes over Chromium's DevTools protocol: not in the Firefox pass.
describeChromiumOnly('<pl-workshop-map> with reduced motion', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('pans at once for the arrow keys, without sliding', async () => {
    const { el } = await mountMap({ src: SRC, view: 'map' });
    const map = root(el).querySelector<HTMLElement>('[part="map"]')!;
    map.focus();
    const before = leafletMap(el).getCenter().lng;
    await sendKeys({ press: 'ArrowRight' });
    const moved = leafletMap(el).getCenter().lng;
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Animated, the view would still be on its way at the first reading.
    expect([moved > before, leafletMap(el).getCenter().lng]).to.deep.equal([true, moved]);
  });
});

describe('<pl-workshop-map> filters on a small phone', () => {
  it('stacks the filters in one column, so dates and course names are not cut', async () => {
    const { el } = await mountMap({ src: SRC }, undefined, { width: 300 });
    const from = root(el).querySelector<HTMLInputElement>('#f-from')!.getBoundingClientRect();
    const course = root(el).querySelector<HTMLSelectElement>('#f-course')!.getBoundingClientRect();
    expect(Math.round(from.width)).to.equal(Math.round(course.width));
    expect(from.width).to.be.above(200);
  });
});

describe('<pl-workshop-map> filters on a wide page', () => {
  it('puts every filter in one row', async () => {
    const { el } = await mountMap({ src: SRC }, undefined, { width: 1250 });
    const row = root(el).querySelector('#f-course')!.getBoundingClientRect();
    const below = ['.modes', '.seats'].filter((selector) => root(el).querySelector(selector)!.getBoundingClientRect().top > row.bottom);
    expect(below).to.deep.equal([]);
  });
});

// Print media: the same.
describeChromiumOnly('<pl-workshop-map> printed', () => {
  before(() => emulateMedia({ media: 'print' }));
  after(() => emulateMedia({ media: 'screen' }));

  it('prints the list across the page, each registration link with its address', async () => {
    const { el } = await mountMap({ src: SRC }, undefined, { width: 1000 });
    const list = root(el).querySelector('[part="list"]')!.getBoundingClientRect();
    expect(list.width).to.be.above(900);
    const register = root(el).querySelector<HTMLAnchorElement>('.register')!;
    expect(getComputedStyle(register, '::after').content).to.contain(register.getAttribute('href'));
    // "Register (https://...)", with the space: the link's width is its text's, measured apart.
    const style = getComputedStyle(register);
    const context = document.createElement('canvas').getContext('2d')!;
    const width = (text: string, weight: string) => {
      context.font = `${weight} ${style.fontSize} ${style.fontFamily}`;
      return context.measureText(text).width;
    };
    const expected = width('Register', style.fontWeight) + width(` (${register.getAttribute('href')})`, '400') + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    expect(register.getBoundingClientRect().width).to.be.closeTo(expected, 1.5);
  });

  it('says on paper how many of the workshops it lists, and where the rest are', async () => {
    const records = Array.from({ length: 30 }, (_, i) => workshop(i));
    const { el } = await mountMap({}, (el) => (el.workshops = records), { width: 1000 });
    const list = visibleText(root(el).querySelector('[part="list"]')!);
    expect(list).to.contain(`This printout lists 25 of 30 workshops. See them all at ${location.href}`);
    expect(list, 'no button on paper').not.to.contain('Show more');
  });

  it('prints the map, its badges in their colours, when the finder is a map (view="map")', async () => {
    const records = [workshop(1), workshop(2), workshop(3, { location: { city: 'Atlanta', state: 'GA', lat: 33.76, lng: -84.4 } })];
    const { el } = await mountMap({ view: 'map' }, (el) => (el.workshops = records), { width: 1000 });
    const map = root(el).querySelector('[part="map"]')!;
    expect(map.getBoundingClientRect().height, 'the map on paper').to.be.above(200);
    await waitFor(() => !!root(el).querySelector('.pl-pin, .pl-cluster'), 4000, 'pins');
    const marker = root(el).querySelector('.pl-pin, .pl-cluster')!;
    expect(getComputedStyle(marker).printColorAdjust).to.equal('exact');
    expect(getComputedStyle(root(el).querySelector('.leaflet-control-zoom')!).display, 'no zoom buttons on paper').to.equal('none');
  });

  it('adds nothing on paper when the list holds every workshop', async () => {
    const { el } = await mountMap({}, (el) => (el.workshops = [workshop(1), workshop(2)]), { width: 1000 });
    expect(visibleText(root(el).querySelector('[part="list"]')!)).not.to.contain('printout');
  });
});

describeChromiumOnly('<pl-workshop-map> printed after a choice', () => {
  after(() => emulateMedia({ media: 'screen' }));

  it('counts the chosen workshop the list shows after its page, and the Virtual ones', async () => {
    const near = Array.from({ length: 59 }, (_, i) => workshop(i, { location: { city: 'Austin', state: 'TX', lat: 30.2 + (i % 5) / 100, lng: -97.7 } }));
    const far = workshop(99, { id: 'far', title: 'Far workshop', location: { city: 'Seattle', state: 'WA', lat: 47.6, lng: -122.3 } });
    const online = Array.from({ length: 5 }, (_, i) => workshop(200 + i, { virtual: true, location: undefined }));
    const { el } = await mountMap({}, (m) => (m.workshops = [...near, far, ...online]), { width: 1000 });
    const pin = () => root(el).querySelector<HTMLElement>('.pl-pin[title="Far workshop"]');
    await waitFor(() => !!pin(), 4000, 'the Seattle pin');
    pin()!.click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const listed = items(el).length;
    expect(listed, 'a page of 25 with 5 virtual, and the chosen one').to.equal(26);
    expect(visibleText(root(el).querySelector('[part="list"]')!)).to.contain(`This printout lists ${listed} of 65 workshops.`);
  });
});

// The browser's print lays the page out for the paper after `beforeprint` and gives it back after
// `afterprint`: what the map shows then is what the paper gets.
describeChromiumOnly('<pl-workshop-map> view="map" wider than the paper', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  const CITIES: [string, string, number, number][] = [
    ['Seattle', 'WA', 47.6, -122.33],
    ['San Diego', 'CA', 32.72, -117.16],
    ['Denver', 'CO', 39.74, -104.99],
    ['Chicago', 'IL', 41.88, -87.63],
    ['Miami', 'FL', 25.76, -80.19],
    ['Boston', 'MA', 42.36, -71.06],
  ];
  const records = CITIES.map(([city, state, lat, lng], i) => workshop(i, { location: { city, state, lat, lng } }));
  const markers = (el: HTMLElement) => [...root(el as never).querySelectorAll<HTMLElement>('.pl-pin, .pl-cluster')];
  const print = async (type: 'beforeprint' | 'afterprint') => {
    dispatchEvent(new Event(type));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  };

  it('is narrowed to a page and refitted to every workshop for the printout, then given back its view', async () => {
    const { el } = await mountMap({ view: 'map' }, (el) => (el.workshops = records), { width: 1280 });
    const container = root(el).querySelector<HTMLElement>('.leaflet-container')!;
    await waitFor(() => markers(el).length > 0, 4000, 'pins');
    const screenZoom = leafletMap(el).getZoom();
    expect(container.getBoundingClientRect().width).to.equal(1280);

    await print('beforeprint');
    const paper = container.getBoundingClientRect();
    expect(paper.width, 'a page wide').to.equal(680);
    const shown = markers(el).reduce((sum, marker) => sum + (Number(marker.textContent) || 1), 0);
    expect(shown, 'every workshop on the map').to.equal(CITIES.length);
    for (const marker of markers(el)) {
      const box = marker.getBoundingClientRect();
      expect(box.left >= paper.left && box.right <= paper.right, `${marker.title || marker.textContent} on the paper`).to.equal(true);
    }

    await print('afterprint');
    expect(container.getBoundingClientRect().width).to.equal(1280);
    expect(leafletMap(el).getZoom(), 'the screen view back').to.equal(screenZoom);
  });

  it('keeps the centre of a map the visitor moved', async () => {
    const { el } = await mountMap({ view: 'map' }, (el) => (el.workshops = records), { width: 1280 });
    await waitFor(() => markers(el).length > 0, 4000, 'pins');
    const map = leafletMap(el);
    map.setView([39.74, -104.99], 6);
    const center = map.getCenter();
    await print('beforeprint');
    expect(map.getZoom()).to.equal(6);
    expect(map.getCenter().lat).to.be.closeTo(center.lat, 0.05);
    expect(map.getCenter().lng).to.be.closeTo(center.lng, 0.05);
    await print('afterprint');
    expect(map.getCenter().lng).to.be.closeTo(center.lng, 0.05);
  });

  it('leaves a hidden finder alone', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    const { el } = await mountMap({ view: 'map' }, (el) => (el.workshops = records), { container: box });
    await waitFor(() => markers(el).length > 0, 4000, 'pins');
    const zoom = leafletMap(el).getZoom();
    box.hidden = true;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    addEventListener('error', onError);
    await print('beforeprint');
    await print('afterprint');
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(leafletMap(el).getZoom(), 'not fitted to no room').to.equal(zoom);
    box.hidden = false;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(leafletMap(el).getZoom()).to.equal(zoom);
    box.remove();
  });
});
