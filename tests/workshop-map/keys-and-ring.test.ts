/**
 * Keys on the finder's pins and search field (Enter on an open partner popup, arrows going round,
 * the Enter that ends an input method's composition), and the radius ring drawn to scale.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { deepActiveElement, recordEvents, waitFor } from '../support/helpers.js';
import { leafletMap, mountMap, popup, root, searchFor, summary, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

const pins = (el: PlWorkshopMap) => [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane .pl-pin, .leaflet-marker-pane .pl-cluster')];
const partnerPins = (el: PlWorkshopMap) => [...root(el).querySelectorAll<HTMLElement>('.pl-partner-pin')];
const seeking = (id: string, name: string, lat: number, lng: number) => ({
  id, name, email: `${id}@example.org`, status: 'seeking', states: ['VA'], location: { city: 'Town', state: 'VA', lat, lng },
});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<pl-workshop-map> keys on the pins', () => {
  it('keeps a partner\'s popup open on Enter when it is already open', async () => {
    const { el } = await mountMap({ view: 'map' }, (m) => {
      m.workshops = [workshop(1), workshop(2)];
      m.partners = [seeking('p', 'Hill Country CS', 40, -76)];
    });
    await waitFor(() => partnerPins(el).length === 1, 4000, 'the partner pin');
    const partnerPin = partnerPins(el)[0];
    partnerPin.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the partner popup');
    partnerPin.focus();
    await sendKeys({ press: 'Enter' });
    // Leaflet's own Enter would toggle it closed (the pin at once, the popup after its 200 ms fade).
    expect(partnerPin.getAttribute('aria-expanded')).to.equal('true');
    await pause(300);
    expect(popup(el), 'the partner popup').to.not.equal(null);
  });

  it('goes round the workshop pins with the arrow keys: from the last to the first, and back', async () => {
    const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = [workshop(1), workshop(2), workshop(3)]));
    await waitFor(() => pins(el).length === 3, 4000, 'three pins');
    pins(el).find((pin) => pin.tabIndex === 0)!.focus();
    await sendKeys({ press: 'End' });
    const last = deepActiveElement();
    await sendKeys({ press: 'Home' });
    const first = deepActiveElement();
    expect(pins(el).includes(first as HTMLElement) && pins(el).includes(last as HTMLElement) && first !== last, 'two different pins').to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement() === last, 'ArrowLeft from the first pin goes to the last').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement() === first, 'ArrowRight from the last pin goes to the first').to.equal(true);
  });

  it('goes round the partner pins with the arrow keys: from the last to the first, and back', async () => {
    // Workshops 1 to 3 lie between 32.5° and 45.4° N, 74.7° and 80.1° W: the three partners are in view.
    const { el } = await mountMap({ view: 'map' }, (m) => {
      m.workshops = [workshop(1), workshop(2), workshop(3)];
      m.partners = [seeking('a', 'Alpha CS', 38, -77), seeking('b', 'Beta CS', 40, -76), seeking('c', 'Gamma CS', 42, -78)];
    });
    await waitFor(() => partnerPins(el).length === 3, 4000, 'three partner pins');
    partnerPins(el).find((pin) => pin.tabIndex === 0)!.focus();
    const focused = () => (deepActiveElement() as HTMLElement | null)?.title;
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('Gamma CS');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(), 'ArrowRight from the last partner').to.equal('Alpha CS');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(), 'ArrowLeft from the first partner').to.equal('Gamma CS');
  });
});

describe('<pl-workshop-map> the Enter that ends an input method\'s composition', () => {
  it('starts no search; a plain Enter does', async () => {
    const { el } = await mountMap({ src: SRC });
    const before = summary(el);
    const input = root(el).querySelector<HTMLInputElement>('#near')!;
    input.value = '30303';
    input.focus();
    const changes = recordEvents(el, 'pl-filter-change');
    const enter = (init: KeyboardEventInit) =>
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true, ...init }));
    // Chromium and Firefox say isComposing; Safari only keyCode 229.
    enter({ isComposing: true, keyCode: 13 });
    enter({ keyCode: 229 });
    await el.updateComplete;
    await pause(150);
    expect(changes.events, 'pl-filter-change events').to.have.length(0);
    expect(summary(el)).to.equal(before);
    // The same field and events, without the composition: the search runs.
    enter({ keyCode: 13 });
    await waitFor(() => /within 50 mi of/.test(summary(el)), 4000, 'the search');
    changes.stop();
    expect(changes.events).to.have.length(1);
  });
});

describe('<pl-workshop-map> the radius ring', () => {
  it('is drawn as wide as the radius searched, 50 miles', async () => {
    const { el } = await mountMap({ src: SRC, radius: '50', units: 'mi' });
    await searchFor(el, '30303');
    const ring = root(el).querySelector<HTMLElement>('.pl-radius')!;
    await waitFor(() => ring.getBoundingClientRect().width > 0, 4000, 'the ring');
    // Only public Leaflet calls the drop-in keeps: the map is fitted around the place searched.
    const map = leafletMap(el);
    const { lat } = map.getCenter();
    // The tiles' scale: Web Mercator's metres per CSS pixel at this latitude and zoom.
    const metresPerPixel = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / 2 ** (map.getZoom() + 8);
    const across = (2 * 50 * 1609.344) / metresPerPixel;
    expect(ring.getBoundingClientRect().height, `the ring against ${across} px for 100 miles across`).to.be.closeTo(across, 3);
  });
});
