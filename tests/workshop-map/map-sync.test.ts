import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { WorkshopSelectDetail } from '../../src/workshop-map.js';
import { inFirefox } from '../support/chromium-only.js';
import { captureWarnings, deepActiveElement, nextEvent, recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { calendarDownload, items, leafletMap, mountMap, popup, root, setField, summary, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

describe('<pl-workshop-map> map and list in sync', () => {
  // Firefox's pass starts with reduced motion set as a preference (BiDi has no media emulation).
  before(() => !inFirefox && emulateMedia({ reducedMotion: 'reduce' }));
  after(() => !inFirefox && emulateMedia({ reducedMotion: 'no-preference' }));

  it('has a named map region that is not a tab trap', async () => {
    const { el } = await mountMap({ src: SRC });
    const map = root(el).querySelector<HTMLElement>('[part="map"]')!;
    expect(map.getAttribute('role')).to.equal('region');
    expect(map.getAttribute('aria-label')).to.equal('Map of workshops');
    await waitFor(() => root(el).querySelectorAll('.leaflet-marker-icon').length > 0, 4000, 'pins');
    const pins = [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
    // Beside the list too, the pins are one tab stop (a roving tabindex), named buttons: a keyboard
    // can do on the map what a mouse does.
    expect(pins.filter((pin) => pin.tabIndex === 0)).to.have.length(1);
    expect(pins.every((pin) => pin.getAttribute('role') === 'button' && !!pin.ariaLabel)).to.equal(true);
    // Virtual workshops are never pins: 7 in-person ones, some clustered.
    const clustered = [...root(el).querySelectorAll('.pl-cluster')].reduce((n, c) => n + Number(c.textContent), 0);
    expect(root(el).querySelectorAll('.pl-pin').length + clustered).to.equal(7);
  });

  it('shows its map before the data arrives; the data only adds pins to that same map', async () => {
    const container = document.createElement('div');
    container.style.width = '1000px';
    document.body.append(container);
    try {
      const el = document.createElement('pl-workshop-map');
      el.setAttribute('tiles', 'none');
      el.setAttribute('today', '2026-11-23');
      container.append(el);
      await waitFor(() => !!root(el).querySelector('.leaflet-container'), 4000, 'the map before any data');
      const map = root(el).querySelector('.leaflet-container')!;
      const sizeBefore = el.getBoundingClientRect().height;
      expect(root(el).querySelectorAll('.leaflet-marker-icon').length).to.equal(0);
      expect(items(el)).to.have.length(0);
      const loaded = nextEvent(el, 'pl-data-load');
      el.workshops = await (await fetch(SRC)).json();
      await loaded;
      await el.updateComplete;
      await waitFor(() => root(el).querySelectorAll('.leaflet-marker-icon').length > 0, 4000, 'pins');
      expect(root(el).querySelector('.leaflet-container')).to.equal(map);
      expect(items(el).length).to.be.above(0);
      // The widget had its map's height from the start: the data does not push the page down by it.
      expect(sizeBefore).to.be.above(300);
    } finally {
      container.remove();
    }
  });

  it('a list item pans to its pin, opens the popup and fires pl-workshop-select', async () => {
    const { el } = await mountMap({ src: SRC });
    const item = root(el).querySelector('[data-id="chi-2027-02-06-csf-intro"]')!;
    const selected = nextEvent<WorkshopSelectDetail>(el, 'pl-workshop-select');
    item.querySelector<HTMLButtonElement>('.show')!.click();
    expect((await selected).detail.workshop.id).to.equal('chi-2027-02-06-csf-intro');
    await waitFor(() => !!popup(el), 4000, 'the popup');
    expect(visibleText(popup(el)!)).to.contain('CS Fundamentals Intro Workshop');
    expect(visibleText(popup(el)!)).to.contain('Chicago');
    await el.updateComplete;
    expect(item.getAttribute('aria-current')).to.equal('true');
    expect(root(el).querySelector('.pl-pin.is-selected')).to.not.equal(null);
  });

  // A page reads its own fields back: the contract's fields are checked, the record is as the data wrote it.
  it('gives the data\'s own record with the chosen workshop and the filtered ones: a field of its own, a numeric id', async () => {
    const own = { ...workshop(1), id: 7, crmKey: 'A-17', detailsUrl: 'javascript:alert(1)' };
    const { el } = await mountMap({}, (m) => (m.workshops = [own, workshop(2)]));
    const selected = nextEvent<WorkshopSelectDetail>(el, 'pl-workshop-select');
    root(el).querySelector<HTMLButtonElement>('[data-id="7"] .show')!.click();
    const chosen = (await selected).detail.workshop;
    expect(chosen.id).to.equal('7');
    expect(chosen.record).to.equal(own);
    expect([chosen.record.id, chosen.record.crmKey]).to.deep.equal([7, 'A-17']);
    // Beside the checked fields, not among them: a copy, JSON and a deep comparison leave it out.
    expect(Object.keys(chosen)).to.not.include('record');
    expect(JSON.parse(JSON.stringify(chosen))).to.not.have.property('record');
    expect(el.filteredWorkshops.map((w) => w.record.id)).to.have.members([7, 'w-2']);
    // Only the contract's fields are shown, and a link of its own is never drawn.
    expect(root(el).querySelector('a[href^="javascript:"]')).to.equal(null);
  });

  // Headers are read without case, spaces and underscores ("CRM key" is crmkey), as for the named fields.
  it('gives a CSV row\'s own columns in the record', async () => {
    const csv = 'id,title,course,start,end,location.lat,location.lng,location.city,CRM key\nc-1,Intro,csf,2027-03-02T09:00:00-05:00,2027-03-02T15:00:00-05:00,30.2,-97.7,Austin,A-9\n';
    const src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const { el } = await mountMap({ format: 'csv', src });
    expect(el.filteredWorkshops.map((w) => [w.id, w.record.crmkey])).to.deep.equal([['c-1', 'A-9']]);
  });

  it('closes the chosen workshop\'s popup when a filter clears the choice, also when the pins stay the same', async () => {
    // Workshops 1 to 3 have seats; the virtual 5 is full: "With seats available" keeps the same pins.
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2), workshop(3), workshop(5, { virtual: true, location: undefined })]));
    root(el).querySelector<HTMLButtonElement>('[data-id="w-2"] .show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    root(el).querySelector<HTMLInputElement>('.seats input')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.item[aria-current="true"]'), 'a chosen item').to.equal(null);
    // Closing, it may fade out first (Leaflet removes it 200 ms later where the map animates).
    await waitFor(() => !popup(el), 1000, 'the popup to close');
  });

  it('does not open the popup of a workshop a filter took away while the map was moving to it', async () => {
    // Workshop 5 is full: "With seats available" takes it away.
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2), workshop(5)]));
    root(el).querySelector<HTMLButtonElement>('[data-id="w-5"] .show')!.click();
    root(el).querySelector<HTMLInputElement>('.seats input')!.click();
    await el.updateComplete;
    expect(items(el).map((item) => item.dataset.id)).to.not.include('w-5');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(popup(el), 'a popup').to.equal(null);
  });

  it('opens at center and zoom, and at the default zoom once zoom is removed (not zoom 0)', async () => {
    const { el } = await mountMap({ center: '39,-95', zoom: '5' }, (m) => (m.workshops = [workshop(1)]));
    const map = () => leafletMap(el);
    expect(map().getZoom()).to.equal(5);
    el.removeAttribute('zoom');
    await el.updateComplete;
    expect(map().getZoom()).to.equal(9);
  });

  it('with zoom and no center, shows the middle of the workshops at that zoom (not the zoom that fits them)', async () => {
    const at = (lat: number, lng: number) => ({ location: { city: 'X', state: 'TX', lat, lng } });
    const { el } = await mountMap({ zoom: '3' }, (m) => (m.workshops = [workshop(1, at(25, -100)), workshop(2, at(61, -96))]));
    const map = leafletMap(el);
    expect(map.getZoom()).to.equal(3);
    // The middle on the map, half way between the two on screen (not the mean latitude, 43).
    expect([Math.round(map.getCenter().lat), Math.round(map.getCenter().lng)]).to.deep.equal([46, -98]);
  });

  it('says a center that is not a latitude and longitude ("Atlanta, GA") is left aside, and takes one a script sets as an array', async () => {
    const warnings = await captureWarnings(async () => {
      const { el } = await mountMap({ src: SRC, center: 'Atlanta, GA' });
      expect(root(el).querySelectorAll('.leaflet-marker-icon').length).to.be.greaterThan(0);
    });
    expect(warnings.filter((w) => w.includes('center="Atlanta, GA" is not a latitude and longitude'))).to.have.length(1);
    const { el } = await mountMap({ zoom: '5' }, (m) => {
      (m as unknown as { center: number[] }).center = [39, -95];
      m.workshops = [workshop(1)];
    });
    const center = leafletMap(el).getCenter();
    expect([Math.round(center.lat), Math.round(center.lng)]).to.deep.equal([39, -95]);
  });

  // The jump draws every pin again at once: with 20,000 workshops the click waited 320 to 430 ms for
  // it on a slow phone before the page could paint the choice.
  it('"Show on map" paints the choice in the list first, then moves the map; removed meanwhile, it throws nothing', async () => {
    const { el } = await mountMap({ src: SRC, zoom: '3' });
    const map = leafletMap(el);
    const item = root(el).querySelector('[data-id="chi-2027-02-06-csf-intro"]')!;
    const zoom = map.getZoom();
    item.querySelector<HTMLButtonElement>('.show')!.click();
    expect(map.getZoom(), 'the map has not moved yet').to.equal(zoom);
    await el.updateComplete;
    expect(item.getAttribute('aria-current')).to.equal('true');
    await waitFor(() => !!popup(el), 4000, 'the popup');
    expect(map.getZoom()).to.be.above(zoom);

    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const other = await mountMap({ src: SRC, zoom: '3' });
      other.el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="chi-2027-02-06-csf-intro"] .show')!.click();
      other.el.remove();
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
    expect(errors.length, 'errors').to.equal(0);
  });

  it('a click anywhere on a list item but its links and buttons does what its "Show on map" does', async () => {
    const { el } = await mountMap({ src: SRC });
    const item = root(el).querySelector<HTMLElement>('[data-id="chi-2027-02-06-csf-intro"]')!;
    expect(getComputedStyle(item).cursor).to.equal('pointer');
    const selected = nextEvent<WorkshopSelectDetail>(el, 'pl-workshop-select');
    item.querySelector<HTMLElement>('.where')!.click();
    expect((await selected).detail.workshop.id).to.equal('chi-2027-02-06-csf-intro');
    await waitFor(() => !!popup(el), 4000, 'the popup');
    expect(visibleText(popup(el)!)).to.contain('Chicago');
    await el.updateComplete;
    expect(item.getAttribute('aria-current')).to.equal('true');

    // Its own link and buttons keep to their own jobs; a virtual workshop has no pin to show.
    const events = recordEvents(el, 'pl-workshop-select');
    const other = items(el).find((li) => li.querySelector('.register') && li.dataset.id !== item.dataset.id)!;
    other.querySelector<HTMLAnchorElement>('.register')!.addEventListener('click', (event) => event.preventDefault(), { once: true });
    other.querySelector<HTMLAnchorElement>('.register')!.click();
    const online = root(el).querySelector<HTMLElement>('.virtual [part="item"]')!;
    expect(getComputedStyle(online).cursor).to.not.equal('pointer');
    online.querySelector<HTMLElement>('.title')!.click();
    await el.updateComplete;
    events.stop();
    expect(events.events).to.have.length(0);
    expect(item.getAttribute('aria-current')).to.equal('true');
  });

  it('on a phone, where the map is above the list, a tap on an item leaves the reader in the list', async () => {
    const { el } = await mountMap({ src: SRC }, undefined, { width: 360 });
    const item = root(el).querySelector<HTMLElement>('[data-id="chi-2027-02-06-csf-intro"]')!;
    expect(getComputedStyle(item).cursor).to.not.equal('pointer');
    const events = recordEvents(el, 'pl-workshop-select');
    item.querySelector<HTMLElement>('.where')!.click();
    await el.updateComplete;
    events.stop();
    expect(events.events).to.have.length(0);
    expect(popup(el)).to.equal(null);
  });

  it('hands out complete records in pl-workshop-select, though details are read lazily', async () => {
    const { el } = await mountMap({ src: SRC });
    const selected = nextEvent<WorkshopSelectDetail>(el, 'pl-workshop-select');
    root(el).querySelector('[data-id="atl-2027-06-12-csf-dd"] .show')!.dispatchEvent(new MouseEvent('click'));
    const { workshop } = (await selected).detail;
    expect(workshop.registrationUrl).to.equal('https://example.org/register/atl-dd');
    expect(workshop.partner?.url).to.equal('https://example.org/ga');
  });

  it('a pin click highlights its list item and fires pl-workshop-select', async () => {
    const { el } = await mountMap({ src: SRC });
    await waitFor(() => !!root(el).querySelector('.pl-pin[title="Computer Science A Summer Workshop"]'), 4000, 'the Seattle pin');
    const selected = nextEvent<WorkshopSelectDetail>(el, 'pl-workshop-select');
    root(el).querySelector<HTMLElement>('.pl-pin[title="Computer Science A Summer Workshop"]')!.click();
    expect((await selected).detail.workshop.id).to.equal('sea-2027-07-19-csa-summer');
    await el.updateComplete;
    const item = root(el).querySelector('[data-id="sea-2027-07-19-csa-summer"]')!;
    expect(item.classList.contains('selected')).to.equal(true);
    expect(item.getAttribute('aria-current')).to.equal('true');
    expect(root(el).querySelectorAll('[aria-current="true"]')).to.have.length(1);
    await waitFor(() => !!popup(el), 4000, 'the popup');
  });

  it("makes the pin clicked the pins' tab stop, so Tab from the map or Escape from its popup comes back to it", async () => {
    const { el } = await mountMap({ src: SRC, view: 'map' });
    const pins = () => [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane .leaflet-marker-icon:not(.pl-partner-pin)')];
    await waitFor(() => pins().length > 2, 4000, 'the pins');
    const other = pins().find((pin) => pin.tabIndex === -1)!;
    const name = other.title;
    other.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    await el.updateComplete;
    expect(pins().find((pin) => pin.tabIndex === 0)?.title).to.equal(name);
  });

  it('beside the list, Tab reaches the pins and Enter on one highlights its list item and fires pl-workshop-select', async () => {
    const { el } = await mountMap({ src: SRC, center: '47.6,-122.3', zoom: '9' });
    await waitFor(() => !!root(el).querySelector('.pl-pin[tabindex="0"]'), 4000, 'the Seattle pin, in the tab order');
    root(el).querySelector<HTMLElement>('[part="map"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).title).to.equal('Computer Science A Summer Workshop');
    const selected = nextEvent<WorkshopSelectDetail>(el, 'pl-workshop-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.workshop.id).to.equal('sea-2027-07-19-csa-summer');
    await el.updateComplete;
    expect(root(el).querySelector('[data-id="sea-2027-07-19-csa-summer"]')!.classList.contains('selected')).to.equal(true);
    await waitFor(() => !!popup(el), 4000, 'the popup');
  });

  // The list shows 25 at a time: growing it to a pin far down the results laid out every item above
  // it (13,000 items, 7 s, at 20,000 workshops).
  it('a pin further down than the list shows: its item follows the items shown, and the list stays as long', async () => {
    const near = Array.from({ length: 59 }, (_, i) => workshop(i, { location: { city: 'Austin', state: 'TX', lat: 30.2 + (i % 5) / 100, lng: -97.7 } }));
    const far = workshop(99, {
      id: 'far',
      title: 'Far workshop',
      course: 'csa',
      sessions: [{ start: '2027-05-20T09:00:00-07:00', end: '2027-05-20T15:00:00-07:00' }],
      location: { city: 'Seattle', state: 'WA', lat: 47.6, lng: -122.3 },
    });
    const { el } = await mountMap({}, (m) => (m.workshops = [...near, far]));
    const pin = () => root(el).querySelector<HTMLElement>('.pl-pin[title="Far workshop"]');
    await waitFor(() => !!pin(), 4000, 'the Seattle pin');
    const inOrder = items(el).map((item) => item.dataset.id);
    expect(inOrder.length).to.equal(25);
    pin()!.click();
    await el.updateComplete;
    expect(items(el).map((item) => item.dataset.id)).to.deep.equal([...inOrder, 'far']);
    expect(items(el).at(-1)!.getAttribute('aria-current')).to.equal('true');
    // The same data again (a page that polls) keeps it there.
    el.workshops = [...near, far];
    await el.updateComplete;
    expect(items(el).map((item) => item.dataset.id)).to.deep.equal([...inOrder, 'far']);
    // Its own "Show on map" still shows its pin.
    root(el).querySelector<HTMLElement>('[data-id="far"] .show')!.click();
    await waitFor(() => !!popup(el) && visibleText(popup(el)!).includes('Seattle'), 4000, 'its popup');
    // The list goes on from the items in order; the chosen one is listed once, in its place when reached.
    root(el).querySelector<HTMLButtonElement>('.more')!.click();
    await el.updateComplete;
    expect(items(el).length, '50 in order and the chosen one').to.equal(51);
    root(el).querySelector<HTMLButtonElement>('.more')!.click();
    await el.updateComplete;
    expect(items(el).map((item) => item.dataset.id).filter((id) => id === 'far').length).to.equal(1);
    expect(items(el).at(-1)!.dataset.id).to.equal('far');
    expect(items(el).length).to.equal(60);
    // A filter that leaves it out lists only what it matches.
    await setField(el, 'f-course', 'csf');
    expect(items(el).length).to.equal(20);
    expect(items(el).some((item) => item.dataset.id === 'far')).to.equal(false);
  });

  it('a cluster click zooms in', async () => {
    const { el } = await mountMap({ src: SRC });
    await waitFor(() => !!root(el).querySelector('.pl-cluster'), 4000, 'a cluster');
    const before = root(el).querySelectorAll('.pl-cluster').length + root(el).querySelectorAll('.pl-pin').length;
    root(el).querySelector<HTMLElement>('.pl-cluster')!.click();
    await waitFor(() => root(el).querySelectorAll('.pl-pin').length > 0 && root(el).querySelectorAll('.pl-cluster, .pl-pin').length !== before, 4000, 'the cluster to split');
  });

  it('a cluster click shows its workshops, wherever in its grid cell its badge is drawn', async () => {
    // Three pairs of neighbours far apart: three clusters of two, whose badges stand up to 22 px from
    // their points (kept inside their grid cells), a long way at the zoom that splits them.
    const pairs = [[35.1, -101.3], [40.7, -90.2], [33.2, -84.7]];
    const data = pairs.flatMap(([lat, lng], i) => [0, 0.004].map((d, j) => workshop(2 * i + j, { location: { city: 'X', state: 'TX', lat: lat + d, lng: lng + d } })));
    const { el } = await mountMap({ view: 'map' }, (map) => (map.workshops = data));
    const leaflet = leafletMap(el);
    const start = [leaflet.getCenter(), leaflet.getZoom()] as const;
    await waitFor(() => root(el).querySelectorAll('.pl-cluster').length === 3, 4000, 'three clusters');
    const frame = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
    const pinsInView = () =>
      [...root(el).querySelectorAll('.pl-pin')].filter((pin) => {
        const box = pin.getBoundingClientRect();
        return box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom;
      }).length;
    for (let i = 0; i < 3; i++) {
      root(el).querySelectorAll<HTMLElement>('.pl-cluster')[i].click();
      await waitFor(() => leaflet.getZoom() > start[1], 4000, 'the zoom');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(pinsInView(), `cluster ${i}`).to.equal(2);
      leaflet.setView(start[0], start[1], { animate: false });
      await waitFor(() => root(el).querySelectorAll('.pl-cluster').length === 3, 4000, 'the three clusters again');
    }
  });

  it('lists the workshops at one venue in a popup, and says how many more it holds', async () => {
    const venue = { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 };
    const many = Array.from({ length: 60 }, (_, i) => workshop(i, { location: venue }));
    const { el } = await mountMap({}, (map) => (map.workshops = many));
    await waitFor(() => !!root(el).querySelector('.pl-cluster'), 4000, 'the venue cluster');
    root(el).querySelector<HTMLElement>('.pl-cluster')!.click();
    await waitFor(() => !!popup(el), 4000, 'the venue popup');
    expect(popup(el)!.querySelectorAll('.popup-group button')).to.have.length(50);
    expect(visibleText(popup(el)!)).to.contain('and 10 more here: see the list');
    const selected = nextEvent<WorkshopSelectDetail>(el, 'pl-workshop-select');
    popup(el)!.querySelector<HTMLButtonElement>('.popup-group button')!.click();
    expect((await selected).detail.workshop.title).to.match(/^Workshop \d+$/);
  });

  it('is usable from the keyboard: Tab through an item, Enter opens the popup, Escape closes it', async () => {
    const { el } = await mountMap({ src: SRC });
    const first = items(el)[0];
    const show = first.querySelector<HTMLButtonElement>('.show')!;
    show.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the popup');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    expect(deepActiveElement()).to.equal(show);

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.contain('Add to calendar');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(items(el)[1].querySelector('.show'));
  });

  it('keeps pins and the list working when tiles cannot load', async () => {
    const { el } = await mountMap({ src: SRC, tiles: '/no-tiles-here/{z}/{x}/{y}.png' });
    await waitFor(() => !!root(el).querySelector('.tiles-note'), 6000, 'the tile note');
    expect(visibleText(root(el).querySelector('.tiles-note')!)).to.equal('Map tiles unavailable. The pins still work.');
    expect(items(el).length).to.equal(9);
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
  });

  it('says nothing of a few tiles that fail among tiles that load (a server\'s blip)', async () => {
    // {s} is a, b or c by the tile's place: tiles/c.png is missing, so about one tile in three fails.
    const { el } = await mountMap({ src: SRC, tiles: '/tests/fixtures/tiles/{s}.png?{z}/{x}/{y}' });
    const tiles = () => [...root(el).querySelectorAll<HTMLImageElement>('.leaflet-tile-pane img')];
    await waitFor(() => tiles().some((tile) => tile.src.includes('/c.png')) && tiles().every((tile) => tile.complete), 4000, 'every tile answered');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(root(el).querySelectorAll('.leaflet-tile-loaded').length).to.be.above(0);
    expect(root(el).querySelector('.tiles-note')).to.equal(null);
  });

  it('says the tiles failed while a zoom level has none, and stops saying it once a level\'s tiles load', async () => {
    // Only zoom 11's tiles exist.
    const { el } = await mountMap({ src: SRC, center: '33.75,-84.39', zoom: '10', tiles: '/tests/fixtures/tiles/{z}.png?{x}/{y}' });
    const note = () => root(el).querySelector('.tiles-note');
    await waitFor(() => !!note(), 4000, 'the note at zoom 10');
    const map = leafletMap(el);
    // A zoom asked for while one is under way is dropped (Leaflet's): each waits for the last to end.
    const zoomTo = async (zoom: number) => {
      const zoomed = new Promise((resolve) => map.once('zoomend', resolve));
      map.setZoom(zoom);
      await zoomed;
    };
    await zoomTo(11);
    await waitFor(() => !note(), 4000, 'no note once zoom 11\'s tiles load');
    expect(root(el).querySelectorAll('.leaflet-tile-loaded').length).to.be.above(0);
    await zoomTo(12);
    await waitFor(() => !!note(), 4000, 'the note again at zoom 12');
  });

  it('keeps its pins when the tile template has a placeholder nothing fills ("{apikey}"), and says the tiles failed', async () => {
    const { el } = await mountMap({ src: SRC, tiles: '/no-tiles-here/{z}/{x}/{y}.png?key={apikey}' });
    await waitFor(() => !!root(el).querySelector('.tiles-note'), 6000, 'the tile note');
    expect(root(el).querySelectorAll('.leaflet-marker-icon').length).to.be.greaterThan(0);
    const tile = root(el).querySelector<HTMLImageElement>('.leaflet-tile-pane img')!;
    expect(tile.src).to.match(/\/no-tiles-here\/\d+\/\d+\/\d+\.png\?key=%7Bapikey%7D$/);
  });

  it('takes only http(s) or relative tile templates', async () => {
    const warnings = await captureWarnings(async () => {
      const { el } = await mountMap({ src: SRC, tiles: ' Java\tScript:alert(1)//{z}/{x}/{y}' });
      expect(root(el).querySelectorAll('.leaflet-tile-pane img').length).to.equal(0);
      expect(root(el).querySelectorAll('.leaflet-marker-icon').length).to.be.greaterThan(0);
      el.setAttribute('tiles', '/no-tiles-here/{z}/{x}/{y}.png');
      await waitFor(() => root(el).querySelectorAll('.leaflet-tile-pane img').length > 0, 4000, 'relative tiles');
    });
    expect(warnings.filter((w) => w.includes('not an http(s) URL template'))).to.have.length(1);
  });
  it('builds an .ics file for "Add to calendar"', async () => {
    const { el } = await mountMap({ src: SRC });
    const { blob, link } = await calendarDownload(el, root(el).querySelector<HTMLButtonElement>('[data-id="atl-2027-06-12-csf-dd"] .calendar')!);
    expect(link.download).to.equal('cs-fundamentals-deep-dive.ics');
    expect(blob.type).to.contain('text/calendar');
    const text = await blob.text();
    expect(text).to.contain('BEGIN:VCALENDAR');
    expect(text).to.contain('SUMMARY:CS Fundamentals Deep Dive');
  });

  it('shows in a popup all a list item shows, "Add to calendar" included: with view="map" there is no list', async () => {
    const one = workshop(1, { courseName: 'CS Fundamentals', cost: 0, value: 300, scholarships: true, seatsRemaining: 12, registrationUrl: 'https://example.org/r/1' });
    const { el } = await mountMap({ view: 'map' }, (map) => {
      map.workshops = [one];
      map.style.setProperty('--pl-workshop-map-height', '200px');
    });
    // A dark theme's light accent: the map (and its popups) stay light, their links and buttons readable on it.
    el.style.setProperty('--pl-color-accent', '#7cc0ff');
    await waitFor(() => !!root(el).querySelector('.pl-pin'), 4000, 'the pin');
    root(el).querySelector<HTMLElement>('.pl-pin')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    const text = visibleText(popup(el)!);
    for (const fact of ['Workshop 1', 'CS Fundamentals', '12 seats left', 'Free', '$300 value', 'Scholarships available', 'Register']) expect(text, fact).to.contain(fact);
    const colours = [...popup(el)!.querySelectorAll('.popup a, .popup button')].map((node) => getComputedStyle(node).color);
    expect(colours).to.deep.equal(['rgb(0, 120, 168)', 'rgb(0, 120, 168)']);
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return original.call(URL, b);
    };
    try {
      const calendar = [...popup(el)!.querySelectorAll('button')].find((b) => visibleText(b) === 'Add to calendar')!;
      calendar.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(await blob!.text()).to.contain('SUMMARY:Workshop 1');

    // In a short map the popup scrolls, rather than letting its buttons spill out of its box.
    const content = popup(el)!.querySelector<HTMLElement>('.leaflet-popup-content')!;
    expect([content.scrollHeight > content.clientHeight, getComputedStyle(content).overflowY]).to.deep.equal([true, 'auto']);
    // Room inside the scrolling box for a focus ring (3px, 2px off) that it would clip.
    expect(parseFloat(getComputedStyle(content).paddingLeft)).to.be.at.least(5);
  });

  it('view="list" has no map and view="map" lists only what it cannot pin (the Virtual group, below the map)', async () => {
    const { el } = await mountMap({ src: SRC, view: 'list' });
    expect(root(el).querySelector('[part="map"]')).to.equal(null);
    expect(items(el).length).to.equal(9);
    expect(root(el).querySelector('.show')).to.equal(null);
    el.view = 'map';
    await el.updateComplete;
    // Virtual workshops are never pins: without them listed, a visitor could not reach them.
    expect(visibleText(root(el).querySelector('[part="list"]')!)).to.match(/^Virtual\b/);
    expect(items(el).map((item) => item.dataset.id)).to.deep.equal(['virt-2027-01-09-csd-intro', 'virt-2027-03-13-csp-dd']);
    expect(items(el).map((item) => [!!item.querySelector('a.register'), !!item.querySelector('.calendar')])).to.deep.equal([[true, true], [false, true]]);
    expect(root(el).querySelector('.show')).to.equal(null);
    await waitFor(() => !!root(el).querySelector('.leaflet-container'), 4000, 'the map');
    // Leaflet mounts on the map region itself, never on the layout wrapper around it.
    expect(root(el).querySelector('.leaflet-container')!.getAttribute('part')).to.equal('map');
    expect(summary(el)).to.equal('9 workshops');
    // The whole map sits inside the element: nothing below it is covered.
    const map = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
    expect(map.height).to.be.closeTo(420, 1);
    expect(map.bottom).to.be.at.most(el.getBoundingClientRect().bottom + 0.5);
    expect(root(el).querySelector('[part="list"]')!.getBoundingClientRect().top).to.be.at.least(map.bottom);
    // Nothing virtual matches: no list at all.
    root(el).querySelector<HTMLInputElement>('input[name="mode"][value="in-person"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="list"]')).to.equal(null);
  });

  it('isolates Leaflet’s stacking and starts with wheel zoom off', async () => {
    const { el } = await mountMap({ src: SRC });
    const map = root(el).querySelector<HTMLElement>('[part="map"]')!;
    const box = map.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(300);
    // A page's sticky header (z-index 5) stays above Leaflet's panes (z-index up to 1000).
    const header = document.createElement('div');
    header.style.cssText = `position: fixed; z-index: 5; left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px`;
    document.body.append(header);
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    header.remove();
    expect(hit === header, 'the header is on top').to.equal(true);
  });

  it('keeps the view the visitor chose when the page refreshes the data at the same places', async () => {
    const data = Array.from({ length: 40 }, (_, i) => workshop(i));
    const { el } = await mountMap({}, (m) => (m.workshops = data));
    const pane = () => root(el).querySelector<HTMLElement>('.leaflet-map-pane')!;
    const markers = () => [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane > *')].map((m) => m.style.transform).join();
    const zoomIn = root(el).querySelector<HTMLElement>('.leaflet-control-zoom-in')!;
    zoomIn.click();
    await waitFor(() => !root(el).querySelector('.leaflet-zoom-anim'), 4000, 'the zoom');
    await new Promise((resolve) => setTimeout(resolve, 400));
    const view = [pane().style.transform, markers()];
    el.workshops = data.map((w) => ({ ...w, seatsRemaining: 1 }));
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect([pane().style.transform, markers()]).to.deep.equal(view);
    // A poll that drops one workshop and moves a venue a few metres: still the visitor's view (the
    // pins both show stay where they were on the screen).
    const pinsAt = () =>
      new Map([...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane .pl-pin')].map((pin) => [pin.title, `${Math.round(pin.getBoundingClientRect().left)},${Math.round(pin.getBoundingClientRect().top)}`]));
    const before = pinsAt();
    el.workshops = data.slice(1).map((w, i) => (i === 5 ? { ...w, location: { ...(w.location as object), lat: (w.location as { lat: number }).lat + 0.0001 } } : w));
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    const after = pinsAt();
    const kept = [...before.keys()].filter((title) => after.has(title) && !title.includes('Workshop 6'));
    expect(kept.length, 'pins shown before and after').to.be.above(0);
    expect(kept.map((title) => after.get(title)), 'the view after a poll').to.deep.equal(kept.map((title) => before.get(title)));
    // Workshops somewhere else, none of them in the visitor's view: the map shows them.
    const far = [workshop(900, { location: { city: 'Honolulu', state: 'HI', lat: 21.3, lng: -157.85 } })];
    el.workshops = far;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(root(el).querySelectorAll('.leaflet-marker-pane .pl-pin').length, 'the far workshop in view').to.equal(1);
  });

  it('fills and rings the searched radius in the page\'s accent colour', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json', near: '30303' });
    el.style.setProperty('--pl-color-accent', 'rgb(200, 0, 0)');
    await waitFor(() => !!root(el).querySelector('.leaflet-marker-pane .pl-radius'), 4000, 'the radius ring');
    const ring = getComputedStyle(root(el).querySelector('.leaflet-marker-pane .pl-radius')!);
    expect(ring.borderTopColor).to.equal('rgb(200, 0, 0)');
    // A faint wash of it (6%), whatever way the browser writes a mixed colour.
    const channels = ring.backgroundColor.match(/[\d.]+/g)!.map(Number);
    expect(ring.backgroundColor).to.match(/^(rgba|color)\(/);
    expect(channels.slice(-4), ring.backgroundColor).to.satisfy((c: number[]) => (c[0] === 200 || c[0] > 0.78) && c[1] === 0 && c[2] === 0 && c[3] > 0.04 && c[3] < 0.08);
  });

  it('keeps the zoom the visitor chose after a search when the data comes again without one workshop', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json', near: '30303' });
    await waitFor(() => /within/.test(visibleText(root(el).querySelector('[part="summary"]')!)), 4000, 'the search');
    // The searched place's dot: where it is on the screen says the view.
    const dot = () => {
      const box = root(el).querySelector<HTMLElement>('.leaflet-marker-pane .pl-place')!.getBoundingClientRect();
      return [Math.round(box.left), Math.round(box.top)];
    };
    root(el).querySelector<HTMLElement>('.leaflet-control-zoom-in')!.click();
    await waitFor(() => !root(el).querySelector('.leaflet-zoom-anim'), 4000, 'the zoom');
    await new Promise((resolve) => setTimeout(resolve, 400));
    const ring = root(el).querySelector<HTMLElement>('.leaflet-marker-pane .pl-radius')!.getBoundingClientRect().width;
    const view = dot();
    el.workshops = el.filteredWorkshops.slice(1);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect([dot(), root(el).querySelector<HTMLElement>('.leaflet-marker-pane .pl-radius')!.getBoundingClientRect().width]).to.deep.equal([view, ring]);
  });
});

describe('<pl-workshop-map> tiles that load, with zooms animated', () => {
  before(() => !inFirefox && emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws tiles that load, and keeps only the current zoom level\'s once a zoom has settled', async () => {
    // Every tile address is the same small image (the server ignores the query): tiles that load.
    // Zooms animate, as the zoom buttons' do: the levels left are then pruned, not reset with the view.
    const { el } = await mountMap({ src: SRC, tiles: '/tests/fixtures/tile.png?{z}/{x}/{y}' });
    const pane = () => root(el).querySelector('.leaflet-tile-pane')!;
    const tiles = () => [...pane().querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
    const settled = () => tiles().length > 0 && tiles().every((tile) => tile.classList.contains('leaflet-tile-loaded'));
    await waitFor(settled, 4000, 'loaded tiles');
    const map = leafletMap(el);
    for (const zoom of [map.getZoom() + 1, map.getZoom() + 2, map.getZoom()]) {
      const zoomed = new Promise((resolve) => map.once('zoomend', resolve));
      map.setZoom(zoom);
      await zoomed;
      // Tiles of the levels left are pruned a moment after the new level's have loaded.
      await waitFor(() => settled() && new Set(tiles().map((tile) => tile.src.split('?')[1].split('/')[0])).size === 1, 4000, `zoom ${zoom}'s tiles alone`);
      expect(tiles()[0].src.split('?')[1].split('/')[0]).to.equal(String(zoom));
    }
    expect(root(el).querySelector('.tiles-note')).to.equal(null);
  });
});

describe('<pl-workshop-map> first fit', () => {
  before(() => !inFirefox && emulateMedia({ reducedMotion: 'reduce' }));
  after(() => !inFirefox && emulateMedia({ reducedMotion: 'no-preference' }));

  // Two places that just fit an 800 by 420 px map at zoom 5 (748 by 366 px apart), so the south-east
  // one lands in the corner: a fit that leaves no room for the credit line puts it under it.
  const northWest = { city: 'North', state: 'SD', lat: 45, lng: -100 };
  const southEast = { city: 'South', state: 'NC', lat: 32.5147, lng: -67.1289 };
  const cases: [string, Record<string, unknown>[]][] = [
    ['a pin', [workshop(1, { location: northWest }), workshop(2, { location: southEast })]],
    ['a badge', [workshop(1, { location: northWest }), ...[2, 3, 4].map((i) => workshop(i, { location: southEast }))]],
  ];
  for (const [name, records] of cases) {
    it(`keeps ${name} in the bottom right corner whole and clear of the credit line`, async () => {
      const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = records), { width: 800 });
      await waitFor(() => root(el).querySelectorAll('.pl-pin, .pl-cluster').length > 1, 4000, 'markers');
      const map = root(el).querySelector('.leaflet-container')!.getBoundingClientRect();
      expect([map.width, map.height]).to.deep.equal([800, 420]);
      const credit = root(el).querySelector('.leaflet-control-attribution')!.getBoundingClientRect();
      expect(credit.height, 'the credit line').to.be.above(10);
      const marker = root(el).querySelector(name === 'a pin' ? '.pl-pin[title="Workshop 2"]' : '.pl-cluster')!;
      const box = marker.getBoundingClientRect();
      expect(box.bottom, 'inside the map').to.be.at.most(map.bottom);
      expect(box.right, 'inside the map').to.be.at.most(map.right);
      const overlaps = box.right > credit.left && box.left < credit.right && box.bottom > credit.top && box.top < credit.bottom;
      expect(overlaps, `${name} at ${box.left},${box.top} ${box.width}x${box.height}, the credit at ${credit.left},${credit.top}`).to.equal(false);
    });
  }
});
