/** Details of the finder that nothing pinned down before (each seen failing on a mutant). */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDistance } from '../../src/workshop-map/workshop-details.js';
import { deepActiveElement, visibleText, waitFor } from '../support/helpers.js';
import { mountMap, popup, root, searchFor, setField, summary, titles, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

describe('<pl-workshop-map> details', () => {
  it('opens a pin\'s details with Space, as with Enter, without scrolling the page', async () => {
    const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = [workshop(1), workshop(2)]));
    await waitFor(() => !!root(el).querySelector('.leaflet-marker-pane .pl-pin[tabindex="0"]'), 4000, 'a pin in the tab order');
    const pin = root(el).querySelector<HTMLElement>('.leaflet-marker-pane .pl-pin[tabindex="0"]')!;
    pin.focus();
    const prevented: boolean[] = [];
    root(el).addEventListener('keydown', (event) => prevented.push(event.defaultPrevented));
    await sendKeys({ press: 'Space' });
    await waitFor(() => !!popup(el), 4000, 'a popup');
    expect(visibleText(popup(el)!)).to.contain(pin.title);
    // Seen once the map's handler has run: the key does not also scroll the page.
    expect(prevented).to.deep.equal([true]);
  });

  it('keeps what the visitor types while "Use my location" waits for an answer', async () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    let answer: (() => void) | undefined;
    Object.defineProperty(geolocation, 'getCurrentPosition', {
      configurable: true,
      value: (success: PositionCallback) => (answer = () => success({ coords: { latitude: 33.77, longitude: -84.3 } } as GeolocationPosition)),
    });
    try {
      const { el } = await mountMap({ src: SRC });
      const field = root(el).querySelector<HTMLInputElement>('#near')!;
      const locate = [...root(el).querySelectorAll<HTMLButtonElement>('[part="search"] button')].find((b) => b.textContent!.includes('Use my location'))!;
      locate.click();
      await el.updateComplete;
      field.focus();
      await sendKeys({ type: 'Chica' });
      expect(field.value).to.equal('Chica');
      answer!();
      await waitFor(() => summary(el).includes('your location'), 4000, 'the location');
      await el.updateComplete;
      expect(field.value).to.equal('Chica');
      // Also when a search was shown before.
      await searchFor(el, 'Marietta');
      locate.click();
      await el.updateComplete;
      field.focus();
      field.select();
      await sendKeys({ type: 'Rome' });
      answer!();
      await waitFor(() => summary(el) === '3 workshops within 50 mi of your location', 4000, 'the location again');
      await el.updateComplete;
      expect(field.value).to.equal('Rome');
    } finally {
      Object.defineProperty(geolocation, 'getCurrentPosition', { configurable: true, value: original });
    }
  });

  it('empties the search field when the search becomes "your location"', async () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    Object.defineProperty(geolocation, 'getCurrentPosition', {
      configurable: true,
      value: (success: PositionCallback) => success({ coords: { latitude: 33.77, longitude: -84.3 } } as GeolocationPosition),
    });
    try {
      const { el } = await mountMap({ src: SRC });
      await searchFor(el, 'Marietta');
      const field = root(el).querySelector<HTMLInputElement>('#near')!;
      expect(field.value).to.equal('Marietta');
      const locate = [...root(el).querySelectorAll<HTMLButtonElement>('[part="search"] button')].find((b) => b.textContent!.includes('Use my location'))!;
      locate.click();
      await el.updateComplete;
      expect(summary(el)).to.equal('3 workshops within 50 mi of your location');
      expect(field.value).to.equal('');
      // Text typed and not searched goes too: the box does not name a place the results are not near.
      await searchFor(el, '');
      field.value = 'Seattle';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      locate.click();
      await el.updateComplete;
      expect(summary(el)).to.equal('3 workshops within 50 mi of your location');
      expect(field.value).to.equal('');
    } finally {
      Object.defineProperty(geolocation, 'getCurrentPosition', { configurable: true, value: original });
    }
  });

  it('shows a custom tile credit as text, markup and all', async () => {
    const { el } = await mountMap(
      { tiles: 'https://tiles.invalid/{z}/{x}/{y}.png', attribution: '<img src=x onerror="window.__credit=1"> Tiles & Co' },
      (m) => (m.workshops = [workshop(1)]),
    );
    await waitFor(() => !!root(el).querySelector('.leaflet-control-attribution'), 4000, 'the credit');
    const credit = root(el).querySelector('.leaflet-control-attribution')!;
    expect(credit.textContent).to.contain('<img src=x onerror="window.__credit=1"> Tiles & Co');
    expect(credit.querySelectorAll('img').length).to.equal(0);
    expect((window as { __credit?: number }).__credit).to.equal(undefined);
  });
});

describe('<pl-workshop-map> on a page that polls its data', () => {
  const realNow = Date.now;
  afterEach(() => (Date.now = realNow));
  const data = () => Array.from({ length: 60 }, (_, i) => workshop(i + 1, { sessions: [{ start: '2099-03-01T09:00:00-05:00' }] }));

  it('keeps the list where the visitor scrolled it when the data comes again, and when the minute turns', async () => {
    const { el } = await mountMap({ today: null }, (m) => (m.workshops = data()));
    const list = root(el).querySelector<HTMLElement>('[part="list"]')!;
    const scrolled = new Promise((resolve) => list.addEventListener('scroll', resolve, { once: true }));
    list.scrollTop = 500;
    await scrolled;
    // The same workshops, as new objects, with one seat count changed.
    el.workshops = data().map((w, i) => (i === 3 ? { ...w, seatsRemaining: 0 } : w));
    await el.updateComplete;
    await el.updateComplete;
    expect(list.scrollTop, 'after new data').to.equal(500);
    const later = realNow() + 61_000;
    Date.now = () => later;
    el.requestUpdate();
    await el.updateComplete;
    expect(list.scrollTop, 'a minute later').to.equal(500);
    // A filter the visitor picks is a new result: from its top.
    await setField(el, 'f-course', 'csd');
    expect(list.scrollTop).to.equal(0);
  });
});

describe('<pl-workshop-map> an open popup when the page sets its data again', () => {
  const data = () => [workshop(1, { seatsRemaining: 4 }), workshop(2), workshop(3)];

  it('stays open, with the new data, and keeps the focus inside it', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = data()));
    const show = root(el).querySelector<HTMLButtonElement>('[data-id="w-1"] .show')!;
    show.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the popup');
    // The visitor goes into it (the keyboard's way is Tab from the map).
    popup(el)!.querySelector<HTMLElement>('a, button')!.focus();
    expect(visibleText(popup(el)!)).to.contain('4 seats left');
    // The same workshops as new objects; the open one is now full.
    el.workshops = data().map((w) => (w.id === 'w-1' ? { ...w, seatsRemaining: 0 } : w));
    await el.updateComplete;
    await waitFor(() => !!popup(el) && visibleText(popup(el)!).includes('Full'), 4000, 'the popup with the new seats');
    expect(popup(el)!.contains(deepActiveElement()), 'focus in the popup').to.equal(true);
    // Escape still goes back to the list button that opened it.
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    expect(deepActiveElement() === root(el).querySelector('[data-id="w-1"] .show'), 'focus back on Show on map').to.equal(true);
  });

  it('closes when its workshop is gone, and focus goes to the map, not the page', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = data()));
    root(el).querySelector<HTMLButtonElement>('[data-id="w-1"] .show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    popup(el)!.querySelector<HTMLElement>('a, button')!.focus();
    el.workshops = data().slice(1);
    await el.updateComplete;
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    expect(deepActiveElement() === root(el).querySelector('.leaflet-container'), 'focus on the map').to.equal(true);
  });
});

describe('<pl-workshop-map> a whole day its own zone starts at 1:00', () => {
  it('shows and filters a Santiago workshop on September 6, 2026, the day Chile skips midnight', async () => {
    const inSantiago = workshop(1, { sessions: [{ start: '2026-09-06' }], timeZone: 'America/Santiago', location: { city: 'Santiago', lat: -33.45, lng: -70.66 } });
    const { el } = await mountMap({ today: '2026-09-01', view: 'list' }, (m) => (m.workshops = [inSantiago]));
    expect(visibleText(root(el).querySelector('[part="item"] .when')!)).to.equal('Sun, Sep 6, 2026');
    await setField(el, 'f-from', '2026-09-06');
    expect(titles(el)).to.deep.equal(['Workshop 1']);
    await setField(el, 'f-to', '2026-09-06');
    expect(titles(el)).to.deep.equal(['Workshop 1']);
  });
});

describe('distances', () => {
  it('keeps a decimal under 10 and drops it from 10 on', () => {
    expect(formatDistance(2.46, 'mi', 'en')).to.equal('2.5 mi');
    expect(formatDistance(9.94, 'mi', 'en')).to.equal('9.9 mi');
    expect(formatDistance(12.4, 'mi', 'en')).to.equal('12 mi');
    expect(formatDistance(12.6, 'km', 'en')).to.equal('13 km');
    // A radius keeps the decimals it was given ("12.5 mi").
    expect(formatDistance(12.5, 'mi', 'en', 1)).to.equal('12.5 mi');
  });
});
