/**
 * What a visitor asks of the map while it animates (a zoom, a pan): Leaflet drops a view asked for
 * during a zoom animation and places a popup opened during one where the pin was before it, so the
 * finder takes each request once the animation ends. Each test's end state is the one the same steps
 * reach with a pause between them.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { inFirefox } from '../support/chromium-only.js';
import { waitFor } from '../support/helpers.js';
import { leafletMap, mountWithPins, popup, root, searchFor } from './helpers.js';

const SEATTLE = 'sea-2027-07-19-csa-summer';

const zoomAnimating = (el: PlWorkshopMap) => root(el).querySelector('.leaflet-zoom-anim') !== null;
const zoomIn = (el: PlWorkshopMap) => root(el).querySelector<HTMLElement>('.leaflet-control-zoom-in')!.click();
const showOnMap = (el: PlWorkshopMap, id: string) => root(el).querySelector<HTMLElement>(`[part="item"][data-id="${id}"] .show`)!.click();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The map's centre within about 30 km of a place. */
const centredOn = (el: PlWorkshopMap, lat: number, lng: number) => {
  const { lat: y, lng: x } = leafletMap(el).getCenter();
  return Math.abs(y - lat) < 0.3 && Math.abs(x - lng) < 0.4;
};

/** Waits for a zoom the test started to be under way (Leaflet starts it on the next frame). */
async function whileZooming(el: PlWorkshopMap, request: () => void): Promise<void> {
  zoomIn(el);
  await waitFor(() => zoomAnimating(el), 2000, 'the zoom to animate');
  request();
  expect(zoomAnimating(el), 'asked during the zoom').to.equal(true);
}

/** Everything has settled: no animation, no move, for a while. */
async function settled(el: PlWorkshopMap): Promise<void> {
  await waitFor(() => !zoomAnimating(el), 4000, 'the zoom to end');
  await pause(900);
}

function inside(inner: Element, outer: Element): boolean {
  const [a, b] = [inner.getBoundingClientRect(), outer.getBoundingClientRect()];
  return a.top >= b.top - 1 && a.left >= b.left - 1 && a.bottom <= b.bottom + 1 && a.right <= b.right + 1;
}

/** The open popup is whole on the map and stands on the selected pin. */
function popupOnSelectedPin(el: PlWorkshopMap): [boolean, boolean, string] {
  const map = root(el).querySelector('[part="map"]')!;
  const open = popup(el);
  const pin = root(el).querySelector('.pl-pin.is-selected');
  return [!!open && inside(open, map), !!pin && inside(pin, map), pin?.getAttribute('aria-label')?.split(',')[0] ?? 'no selected pin'];
}

// Firefox's pass has no media emulation and its zooms do not animate there (reduced motion): these
// races need an animation.
(inFirefox ? describe.skip : describe)('<pl-workshop-map> requests made while the map animates', () => {
  before(() => emulateMedia({ reducedMotion: 'no-preference' }));
  after(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('"Show on map" during a zoom: the map goes on to the workshop once the zoom ends', async () => {
    const el = await mountWithPins();
    await whileZooming(el, () => showOnMap(el, SEATTLE));
    await settled(el);
    const map = leafletMap(el);
    expect(map.getZoom(), 'zoomed in to the workshop').to.be.at.least(8);
    expect(centredOn(el, 47.6062, -122.3321), 'centred on the workshop').to.equal(true);
    expect(popupOnSelectedPin(el)).to.deep.equal([true, true, 'Computer Science A Summer Workshop']);
  });

  it('a search during a zoom: its result is fitted once the zoom ends', async () => {
    const el = await mountWithPins();
    // The ZIP table loaded first, so that the search's answer comes within the zoom.
    await searchFor(el, '60601');
    await settled(el);
    const map = leafletMap(el);
    const fitted = [map.getZoom(), centredOn(el, 41.88, -87.63)];
    root(el).querySelector<HTMLInputElement>('#near')!.value = '60601';
    map.setView([39, -95], 4, { animate: false });
    await whileZooming(el, () => root(el).querySelector<HTMLElement>('[part="search"] button[type="submit"]')!.click());
    await settled(el);
    expect([map.getZoom(), centredOn(el, 41.88, -87.63)]).to.deep.equal(fitted);
  });

  it('a pin clicked during a zoom: its popup is brought whole into the map once the zoom ends', async () => {
    const el = await mountWithPins();
    const map = leafletMap(el);
    // Seattle's pin above the map's middle: after the zoom its popup would stand past the top edge.
    map.setView([47.45, -122.3321], 9, { animate: false });
    await pause(300);
    const pin = [...root(el).querySelectorAll<HTMLElement>('.pl-pin')].find((p) => p.ariaLabel?.startsWith('Computer Science A Summer'))!;
    await whileZooming(el, () => pin.click());
    await settled(el);
    expect(map.getZoom()).to.equal(10);
    expect(popupOnSelectedPin(el)).to.deep.equal([true, true, 'Computer Science A Summer Workshop']);
  });

  it('"Show on map" while the map pans (its momentum after a drag): the map ends on the workshop', async () => {
    const el = await mountWithPins();
    const map = leafletMap(el);
    map.setView([41.8781, -87.6298], 9, { animate: false });
    await pause(300);
    // As a drag's momentum does: the end of that pan must not be taken for the end of the workshop's move.
    map.panBy([0, 150], { animate: true, duration: 1 });
    await pause(50);
    showOnMap(el, SEATTLE);
    await settled(el);
    expect(centredOn(el, 47.6062, -122.3321), 'centred on Seattle').to.equal(true);
    expect(popupOnSelectedPin(el)).to.deep.equal([true, true, 'Computer Science A Summer Workshop']);
  });

  it('a resize during a zoom: the map ends where the same resize after the zoom leaves it', async () => {
    const el = await mountWithPins();
    const map = leafletMap(el);
    const box = el.parentElement!;
    const view = () => [map.getZoom(), map.getCenter().lat.toFixed(1), map.getCenter().lng.toFixed(1)];
    const start = () => map.setView([39, -95], 4, { animate: false });
    start();
    zoomIn(el);
    await settled(el);
    box.style.width = '700px';
    await settled(el);
    const after = view();
    box.style.width = '1000px';
    await settled(el);
    start();
    await whileZooming(el, () => (box.style.width = '700px'));
    await settled(el);
    expect(view()).to.deep.equal(after);
  });
});

