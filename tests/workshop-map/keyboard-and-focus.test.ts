/**
 * The finder for keyboard users and in the moments between states: the map alone (no list), focus
 * after a control goes away, a search typed while the data loads, a move while partners load.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { captureWarnings, deepActiveElement, flakyUrl, frame, nextEvent, visibleText, waitFor } from '../support/helpers.js';
import { setField, items, leafletMap, mountMap, popup, root, summary, titles as titlesOf, workshop } from './helpers.js';

const pins = (el: PlWorkshopMap) => [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane .pl-pin, .leaflet-marker-pane .pl-cluster')];

/** A map with 500 px of page above it and 1,500 px below: the page can scroll it partly out of the window. */
async function mountInLongPage(attrs: Record<string, string>, setup: (el: PlWorkshopMap) => void) {
  const page = await fixture<HTMLDivElement>(html`<div><div style="height: 500px"></div><div style="width: 1200px"></div><div style="height: 1500px"></div></div>`);
  return mountMap(attrs, setup, { container: page.children[1] as HTMLElement });
}

describe('<pl-workshop-map> keyboard and focus', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('opens a partner\'s popup inside a phone\'s map, its × button in sight (sized as the workshops\' popups)', async () => {
    await setViewport({ width: 320, height: 700 });
    const seeking = {
      id: 'nh',
      name: 'Granite State Computer Science Teachers Collaborative',
      email: 'partnerships.and.outreach@granite-state-cs-teachers.example.org',
      status: 'seeking',
      states: ['NH'],
      location: { city: 'Concord', state: 'NH', lat: 43.21, lng: -71.54 },
    };
    const { el } = await mountMap({ view: 'map' }, (m) => {
      m.workshops = [workshop(1)];
      m.partners = [seeking];
    }, { width: 304 });
    await waitFor(() => !!root(el).querySelector('.pl-partner-pin'), 4000, 'the partner pin');
    root(el).querySelector<HTMLElement>('.pl-partner-pin')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const map = root(el).querySelector('.leaflet-container')!.getBoundingClientRect();
    const box = popup(el)!.getBoundingClientRect();
    const close = popup(el)!.querySelector('.leaflet-popup-close-button')!.getBoundingClientRect();
    expect([box.left >= map.left - 1, box.right <= map.right + 1], `popup ${Math.round(box.left)}–${Math.round(box.right)} in a map ${Math.round(map.left)}–${Math.round(map.right)}`).to.deep.equal([true, true]);
    expect(close.right <= map.right + 1, 'the × inside the map').to.equal(true);
  });

  it('its pins take focus and Enter opens a workshop\'s details (with view="map", where they are the only way to them)', async () => {
    const data = [workshop(1, { registrationUrl: 'https://example.org/r/1' }), workshop(2), workshop(3)];
    const seeking = { id: 'p', name: 'Hill Country CS', email: 'hc@example.org', status: 'seeking', states: ['TX'], location: { city: 'Austin', state: 'TX', lat: 30.27, lng: -97.74 } };
    const { el } = await mountMap({ view: 'map' }, (m) => {
      m.workshops = data;
      m.partners = [seeking];
    });
    await waitFor(() => pins(el).length > 0, 4000, 'pins');
    const partnerPin = () => root(el).querySelector<HTMLElement>('.pl-partner-pin')!;
    await waitFor(() => !!root(el).querySelector('.pl-partner-pin'), 4000, 'the partner pin');
    // Partner pins are a tab stop of their own (tested below); the workshop pins are one more.
    expect(partnerPin().tabIndex).to.equal(0);
    // One tab stop for all the pins (a roving tabindex): one focusable target, however they overlap.
    const stops = () => pins(el).filter((pin) => pin.tabIndex === 0);
    expect(stops()).to.have.length(1);
    expect(stops()[0].getAttribute('role')).to.equal('button');
    // Every pin is a named button to a screen reader; only the tab stop moves.
    // A workshop's pin is named by its title and its place (a feed's titles repeat), a cluster by what it holds.
    expect(pins(el).every((pin) => pin.getAttribute('role') === 'button')).to.equal(true);
    expect(pins(el).map((pin) => pin.getAttribute('aria-label')).sort()).to.deep.equal(['Workshop 1, Town 1', 'Workshop 2, Town 2', 'Workshop 3, Town 3']);
    const first = stops()[0];
    first.focus();
    const center = (el as unknown as { shadowRoot: ShadowRoot }).shadowRoot.querySelector<HTMLElement>('.leaflet-map-pane')!.style.transform;
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement() !== first && pins(el).includes(deepActiveElement() as HTMLElement), 'focus on another pin').to.equal(true);
    expect(stops()).to.deep.equal([deepActiveElement()]);
    expect(root(el).querySelector<HTMLElement>('.leaflet-map-pane')!.style.transform, 'the map did not pan').to.equal(center);
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement() === first, 'back on the first pin').to.equal(true);
    const single = pins(el).find((pin) => pin.classList.contains('pl-pin'))!;
    while (deepActiveElement() !== single) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'a popup');
    expect(visibleText(popup(el)!)).to.contain(single.title);
    // Moving on with an arrow key closes that pin's popup, which could cover the pin focus goes to.
    single.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => !popup(el), 2000, 'the popup to close');
    expect(deepActiveElement() !== single && pins(el).includes(deepActiveElement() as HTMLElement), 'focus on the next pin').to.equal(true);

    // Beside the list the pins stay one tab stop, as the partner pins do.
    el.view = 'split';
    await el.updateComplete;
    await waitFor(() => stops().length === 1 && pins(el).length > 1, 4000, 'one pin in the tab order beside the list');
    expect(partnerPin().tabIndex).to.equal(0);
  });

  // Leaflet's own keys on the focused map (its key tables are rewritten at build time: see
  // scripts/rollup/leaflet-stubs.mjs).
  // Pins take focus from the keyboard; a press of the mouse leaves it on the map, as Leaflet puts it.
  it('leaves the focus on the map after a click on a pin and Escape, so that the wheel then zooms the map (split view)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2), workshop(3)]), { width: 1200 });
    const container = root(el).querySelector<HTMLElement>('.leaflet-container')!;
    const map = leafletMap(el);
    await waitFor(() => pins(el).some((pin) => pin.matches('.pl-pin')), 4000, 'a pin');
    const box = pins(el).find((pin) => pin.matches('.pl-pin'))!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitFor(() => !!popup(el), 2000, 'the pin\'s popup');
    expect(root(el).activeElement === container, 'the map has the focus').to.equal(true);
    // Escape closes that popup and leaves the focus on the map (not on the pins' tab stop).
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 2000, 'the popup closed');
    expect(root(el).activeElement === container, 'the map keeps the focus').to.equal(true);
    const zoom = map.getZoom();
    const { left, top, width, height } = container.getBoundingClientRect();
    container.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -240, clientX: left + width / 2, clientY: top + height - 20 }));
    await waitFor(() => map.getZoom() > zoom, 2000, 'the wheel to zoom in');
    await resetMouse();
  });

  it('zooms on the wheel while the focus is anywhere in the map (a pin, a zoom button), and not once it has left', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2), workshop(3)]), { width: 1200 });
    const container = root(el).querySelector<HTMLElement>('.leaflet-container')!;
    const map = leafletMap(el);
    await waitFor(() => pins(el).length > 0, 4000, 'the pins');
    const wheel = () => {
      const { left, top, width, height } = container.getBoundingClientRect();
      container.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -240, clientX: left + width / 2, clientY: top + height - 20 }));
    };
    for (const target of [() => pins(el).find((pin) => pin.tabIndex === 0)!, () => root(el).querySelector<HTMLElement>('.leaflet-control-zoom-out')!]) {
      const focused = target();
      focused.focus();
      const zoom = map.getZoom();
      // The zoom animation over: a wheel during it is not read.
      const zoomed = new Promise((resolve) => map.once('zoomend', resolve));
      wheel();
      await zoomed;
      expect(map.getZoom(), `the wheel zooms in, focus on ${focused.className}`).to.be.above(zoom);
    }
    root(el).querySelector<HTMLInputElement>('#near')!.focus();
    const zoom = map.getZoom();
    wheel();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(map.getZoom(), 'the focus out of the map: the wheel scrolls the page').to.equal(zoom);
  });

  it('does not scroll the page when Escape closes a popup a click opened on a map partly above the window', async () => {
    await setViewport({ width: 1280, height: 700 });
    const { el } = await mountInLongPage({ center: '35.19,-74.71', zoom: '6' }, (m) => (m.workshops = [workshop(1)]));
    const container = root(el).querySelector<HTMLElement>('.leaflet-container')!;
    await waitFor(() => pins(el).length > 0, 4000, 'the pin');
    const mapBox = container.getBoundingClientRect();
    window.scrollBy(0, mapBox.top + 80);
    await frame();
    const scrolled = window.scrollY;
    const box = pins(el)[0].getBoundingClientRect();
    expect(box.top > 0, 'the pin in the window').to.equal(true);
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitFor(() => !!popup(el), 2000, 'the popup');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 2000, 'the popup closed');
    await frame();
    expect([window.scrollY, root(el).activeElement === container]).to.deep.equal([scrolled, true]);
    await resetMouse();
    window.scrollTo(0, 0);
  });

  it('does not scroll the page to a pin after a click on a cluster of a map partly above the window', async () => {
    await setViewport({ width: 1280, height: 700 });
    const data = Array.from({ length: 200 }, (_, i) => workshop(i));
    const { el } = await mountInLongPage({ center: '37,-96', zoom: '4' }, (m) => (m.workshops = data));
    const container = root(el).querySelector<HTMLElement>('.leaflet-container')!;
    const map = leafletMap(el);
    await waitFor(() => pins(el).some((pin) => pin.matches('.pl-cluster')), 4000, 'clusters');
    // The map's top half above the window.
    const mapBox = container.getBoundingClientRect();
    window.scrollBy(0, mapBox.top + mapBox.height / 2);
    await frame();
    const scrolled = window.scrollY;
    const inSight = pins(el).filter((pin) => pin.matches('.pl-cluster')).map((pin) => pin.getBoundingClientRect()).find((box) => box.top > 20 && box.bottom < innerHeight - 20)!;
    expect(inSight, 'a cluster in the window').to.not.equal(undefined);
    const zoom = map.getZoom();
    await sendMouse({ type: 'click', position: [Math.round(inSight.left + inSight.width / 2), Math.round(inSight.top + inSight.height / 2)] });
    await waitFor(() => map.getZoom() > zoom, 2000, 'the cluster to zoom in');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect([window.scrollY, root(el).activeElement === container]).to.deep.equal([scrolled, true]);
    await resetMouse();
    window.scrollTo(0, 0);
  });

  it('pans with the arrow keys and zooms with + and - when the map itself has the focus', async () => {
    const { el } = await mountMap({ view: 'map', zoom: '5', center: '39,-95' }, (m) => (m.workshops = [workshop(1), workshop(2)]));
    const map = leafletMap(el);
    root(el).querySelector<HTMLElement>('.leaflet-container')!.focus();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
    const start = map.getCenter();
    await sendKeys({ press: 'ArrowRight' });
    await settle();
    expect(map.getCenter().lng, 'east').to.be.above(start.lng);
    await sendKeys({ press: 'ArrowDown' });
    await settle();
    expect(map.getCenter().lat, 'south').to.be.below(start.lat);
    await sendKeys({ press: 'Equal' });
    await settle();
    expect(map.getZoom(), 'zoomed in').to.equal(6);
    await sendKeys({ press: 'NumpadSubtract' });
    await settle();
    await sendKeys({ press: 'Minus' });
    await settle();
    expect(map.getZoom(), 'zoomed out twice').to.equal(4);
  });

  it('closes a popup that would cover the pin Shift+Tab brings focus to', async () => {
    // A partner wanted 3 km from the workshop: its diamond is under the workshop's popup.
    const { el } = await mountMap({ view: 'map' }, (m) => {
      m.workshops = [workshop(1, { location: { city: 'Tucson', state: 'AZ', lat: 32.1901, lng: -110.9947 } })];
      m.partners = [{ id: 's', name: 'Tucson area: partner wanted', email: 'p@example.org', status: 'seeking', states: ['AZ'], location: { city: 'Tucson', state: 'AZ', lat: 32.2139, lng: -110.9694 } }];
    });
    await waitFor(() => !!root(el).querySelector('.pl-pin[tabindex="0"]') && !!root(el).querySelector('.pl-partner-pin'), 4000, 'the pins');
    const partnerPin = root(el).querySelector<HTMLElement>('.pl-partner-pin')!;
    root(el).querySelector<HTMLElement>('.pl-pin[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the popup');
    const covered = () => {
      const [a, b] = [partnerPin.getBoundingClientRect(), popup(el)!.getBoundingClientRect()];
      return a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
    };
    expect(covered(), 'the diamond under the popup').to.equal(true);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 6 && deepActiveElement() !== partnerPin; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement() === partnerPin, 'focus on the diamond').to.equal(true);
    await waitFor(() => !popup(el), 2000, 'the popup to close');
  });

  it('says a pin is expanded while the popup it opened is open, and collapsed once it closes', async () => {
    const seeking = { id: 'p', name: 'Hill Country CS', email: 'hc@example.org', status: 'seeking', states: ['TX'], location: { city: 'Austin', state: 'TX', lat: 30.27, lng: -97.74 } };
    const { el } = await mountMap({ view: 'map' }, (m) => {
      m.workshops = [workshop(1)];
      m.partners = [seeking];
    });
    await waitFor(() => !!root(el).querySelector('.pl-pin[tabindex="0"]') && !!root(el).querySelector('.pl-partner-pin'), 4000, 'the pins');
    const pin = () => root(el).querySelector<HTMLElement>('.pl-pin[tabindex="0"]')!;
    pin().focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the popup');
    expect(pin().getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    expect(pin().getAttribute('aria-expanded')).to.equal('false');

    const partnerPin = root(el).querySelector<HTMLElement>('.pl-partner-pin')!;
    partnerPin.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the partner popup');
    expect(partnerPin.getAttribute('aria-expanded')).to.equal('true');
  });

  it('says a list\'s "Show on map" is expanded while the popup it opened is open, and no more once it closes', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2)]));
    const show = items(el)[1].querySelector<HTMLButtonElement>('.show')!;
    show.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the popup');
    expect(show.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    // Not "collapsed": the list's buttons are reused for other workshops, and none of the others says it either.
    expect(show.hasAttribute('aria-expanded')).to.equal(false);
  });

  it('brings focus back to a venue\'s marker on Escape from its popup, not to a list item chosen before', async () => {
    await setViewport({ width: 1280, height: 900 });
    // Three workshops at one venue: a cluster that never splits, whose popup lists them.
    const venue = { city: 'Austin', state: 'TX', lat: 30.1, lng: -97.7 };
    const { el } = await mountMap({}, (m) => {
      m.workshops = [workshop(1, { location: { city: 'Lubbock', state: 'TX', lat: 33, lng: -101 } }), ...[2, 3, 4].map((n) => workshop(n, { location: venue }))];
    }, { width: 1200 });
    await waitFor(() => pins(el).length > 0, 4000, 'the pins');
    // First the list's "Show on map" for workshop 1, closed with Escape: focus goes back to it.
    const show = items(el).find((item) => item.dataset.id === 'w-1')!.querySelector<HTMLButtonElement>('.show')!;
    show.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the popup of workshop 1');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    expect(deepActiveElement() === show, 'focus back on "Show on map"').to.equal(true);
    leafletMap(el).setView([31.5, -99], 6, { animate: false });
    await waitFor(() => pins(el).some((pin) => pin.matches('.pl-cluster')), 4000, 'the venue');
    const venueMarker = pins(el).find((pin) => pin.matches('.pl-cluster'))!;
    pins(el).find((pin) => pin.tabIndex === 0)!.focus();
    for (let i = 0; i < 4 && deepActiveElement() !== venueMarker; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el)?.querySelector('.popup-group'), 4000, 'the venue\'s popup');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the venue\'s popup to close');
    expect(deepActiveElement() === venueMarker, 'focus back on the venue').to.equal(true);
    // The same from inside the popup.
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el)?.querySelector('.popup-group'), 4000, 'the venue\'s popup again');
    popup(el)!.querySelector<HTMLElement>('.popup-group button')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the venue\'s popup to close again');
    expect(deepActiveElement() === venueMarker, 'focus back on the venue from inside its popup').to.equal(true);
  });

  it('lets keyboard users reach the pins of places where a partner is wanted, in split view, one tab stop for all', async () => {
    const partner = (id: string, name: string, lat: number, lng: number) => ({
      id, name, email: `${id}@example.org`, status: 'seeking', states: ['TX'], location: { city: 'Austin', state: 'TX', lat, lng },
    });
    // The first sits right under workshop 1's pin: focused, it must not stay hidden. Both are in view
    // (Leaflet pans a focused pin into view, which would hide whether the arrow key panned).
    // The first listed is far out of view: the tab stop is a pin in view, so focus never moves the map.
    const { el } = await mountMap({}, (m) => {
      m.workshops = [workshop(1), workshop(2)];
      m.partners = [partner('z', 'Far North CS', 64.8, -147.7), partner('a', 'Peachtree CS', 35.19, -74.71), partner('b', 'Hill Country CS', 40, -76)];
    });
    const partnerPins = () => [...root(el).querySelectorAll<HTMLElement>('.pl-partner-pin')];
    await waitFor(() => partnerPins().length === 3, 4000, 'the partner pins');
    expect(partnerPins().filter((pin) => pin.tabIndex === 0)).to.have.length(1);
    expect(partnerPins().every((pin) => pin.getAttribute('role') === 'button')).to.equal(true);
    const stop = partnerPins().find((pin) => pin.tabIndex === 0)!;
    expect(stop.title).to.equal('Peachtree CS');
    // Its name says what a diamond is: the legend is not read with it.
    expect(stop.getAttribute('aria-label')).to.equal('Peachtree CS, Partner wanted');
    // Tab from the map container: the panes (pins) come before the controls.
    const center = root(el).querySelector<HTMLElement>('.leaflet-map-pane')!.style.transform;
    root(el).querySelector<HTMLElement>('.leaflet-container')!.focus();
    for (let i = 0; i < 6 && !partnerPins().includes(deepActiveElement() as HTMLElement); i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === stop, 'Tab reaches the partner pin').to.equal(true);
    const box = stop.getBoundingClientRect();
    const onTop = (el as unknown as { shadowRoot: ShadowRoot }).shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(onTop === stop || stop.contains(onTop), 'the focused pin is drawn above the workshop pin').to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement() === stop, 'arrow keys go round the pins in view only').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    const second = partnerPins().find((pin) => pin.title === 'Hill Country CS')!;
    expect(deepActiveElement() === second, 'ArrowRight moves to the next partner').to.equal(true);
    expect(partnerPins().filter((pin) => pin.tabIndex === 0)).to.deep.equal([second]);
    expect(root(el).querySelector<HTMLElement>('.leaflet-map-pane')!.style.transform, 'the map did not pan').to.equal(center);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the partner popup');
    expect(visibleText(popup(el)!)).to.contain('Hill Country CS');
    expect(visibleText(popup(el)!)).to.contain('A local partner is wanted here.');
    el.lang = 'es';
    await el.updateComplete;
    await waitFor(() => !!second.getAttribute('aria-label')?.endsWith('Se busca socio'), 2000, 'the name in Spanish');
    el.lang = 'en';
    await el.updateComplete;
    second.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the partner popup again');
    // Escape from inside the popup closes it and brings focus back to its pin.
    popup(el)!.querySelector<HTMLElement>('a[href^="mailto:"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    expect(deepActiveElement() === second, 'focus back on the partner pin').to.equal(true);
    // An arrow key moves on and closes the popup, which could cover the pin focus goes to.
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the partner popup once more');
    second.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => !popup(el), 2000, 'the popup to close on the arrow key');
    expect(deepActiveElement() === stop, 'focus on the other partner').to.equal(true);
  });

  it('keeps the focused partner pin when a file of more than 200 partners is drawn again for a new view', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2)]));
    const map = leafletMap(el);
    const view = map.getBounds();
    const lat = (i: number) => view.getSouth() + ((view.getNorth() - view.getSouth()) * ((i % 20) + 1)) / 22;
    // The first 50 listed lie west of the view (and of the margin drawn with it); the other 200 inside it. At most 200 are drawn,
    // the first in the file among those in view: zoomed out, the first 50 come in and push the last out.
    const partners = Array.from({ length: 250 }, (_, i) => ({
      id: `p${i}`, name: `Partner ${i}`, status: 'seeking', states: ['NY'],
      location: {
        city: 'Town', state: 'NY', lat: lat(i),
        lng: i < 50 ? view.getWest() - (view.getEast() - view.getWest()) * 0.3 : view.getWest() + ((view.getEast() - view.getWest()) * (Math.floor(i / 20) + 1)) / 14,
      },
    }));
    el.partners = partners;
    const partnerPins = () => [...root(el).querySelectorAll<HTMLElement>('.pl-partner-pin')];
    await waitFor(() => partnerPins().length === 200, 4000, 'the partner pins in view');
    partnerPins().find((pin) => pin.tabIndex === 0)!.focus();
    await sendKeys({ press: 'End' });
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.title).to.equal('Partner 249');
    map.setZoom(map.getZoom() - 1, { animate: false });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(partnerPins().some((pin) => pin.title === 'Partner 0'), 'the first listed are drawn now').to.equal(true);
    expect(deepActiveElement() === focused, 'focus stays on Partner 249').to.equal(true);
    expect(focused.tabIndex).to.equal(0);
    // The same file loaded again (new objects): focus stays on that partner's new pin.
    el.partners = partners.map((partner) => ({ ...partner }));
    await el.updateComplete;
    await waitFor(() => !partnerPins().includes(focused), 2000, 'new pins');
    expect((deepActiveElement() as HTMLElement | null)?.title).to.equal('Partner 249');
  });

  it("keeps a venue's popup open when Enter opened it near the map's top and the map panned to fit it", async () => {
    await setViewport({ width: 1280, height: 900 });
    const venue = { city: 'Austin', state: 'TX', lat: 30.1, lng: -97.7 };
    const { el } = await mountMap({}, (m) => (m.workshops = [2, 3, 4].map((n) => workshop(n, { location: venue }))), { width: 1200 });
    await waitFor(() => pins(el).length > 0, 4000, 'the pins');
    // The venue about 40 px below the map's top edge: its popup does not fit above it without a pan.
    // (At zoom 8 and 30° N a degree of latitude is about 210 px.)
    const height = root(el).querySelector<HTMLElement>('.leaflet-container')!.clientHeight;
    leafletMap(el).setView([venue.lat - (height / 2 - 40) / 210, venue.lng], 8, { animate: false });
    await waitFor(() => pins(el).some((pin) => pin.matches('.pl-cluster')), 4000, 'the venue');
    pins(el).find((pin) => pin.tabIndex === 0)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el)?.querySelector('.popup-group'), 4000, "the venue's popup");
    // The pan and the pins' redraw after it are over.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(!!popup(el)?.querySelector('.popup-group'), 'the popup is still open').to.equal(true);
    const badge = deepActiveElement()!.getBoundingClientRect();
    const box = popup(el)!.getBoundingClientRect();
    expect(box.bottom <= badge.top, `the popup (bottom ${box.bottom}) stands above the focused badge (top ${badge.top})`).to.equal(true);
  });

  it('opens the details of a workshop chosen among several at one venue, in a popup that scrolls', async () => {
    const here = { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 };
    const data = Array.from({ length: 60 }, (_, i) => workshop(i, { title: `Venue workshop ${i}`, location: here }));
    const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = data));
    await waitFor(() => pins(el).length === 1, 4000, 'one cluster');
    pins(el)[0].click();
    await waitFor(() => !!root(el).querySelector('.popup-group'), 4000, 'the group popup');
    const group = root(el).querySelector<HTMLElement>('.popup-group')!;
    expect(getComputedStyle(group).overflowY).to.equal('auto');
    expect(group.getBoundingClientRect().height).to.be.below(400);
    const choice = [...group.querySelectorAll('button')].find((b) => visibleText(b) === 'Venue workshop 7')!;
    choice.click();
    await waitFor(() => !root(el).querySelector('.popup-group') && !!popup(el), 6000, 'the workshop popup');
    expect(visibleText(popup(el)!)).to.contain('Venue workshop 7');
  });

  it('rings only the focused Format option, not all three, and keeps the ring on a date field', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2)]));
    const modes = [...root(el).querySelectorAll<HTMLInputElement>('input[name="mode"]')];
    modes[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    const ringed = modes.map((input) => getComputedStyle(input).outlineStyle !== 'none');
    expect(ringed).to.deep.equal([false, true, false]);
    root(el).querySelector<HTMLInputElement>('#f-from')!.focus();
    expect(getComputedStyle(root(el).querySelector('#f-from')!).outlineStyle).to.not.equal('none');
  });

  it('rings a Format option that has focus without :focus-visible (WebKit after the arrow keys)', async () => {
    // A mouse click focuses a radio without :focus-visible in Chromium: what WebKit does for the
    // arrow keys, which leaves a keyboard user with no ring.
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2)]));
    const modes = [...root(el).querySelectorAll<HTMLInputElement>('input[name="mode"]')];
    const box = modes[2].getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    expect([root(el).activeElement === modes[2], modes[2].matches(':focus-visible')], 'focused, not :focus-visible').to.deep.equal([true, false]);
    expect(modes.map((input) => getComputedStyle(input).outlineStyle !== 'none')).to.deep.equal([false, false, true]);
    await resetMouse();
  });

  it('takes the focus on a click on the map without scrolling the box the page put it in', async () => {
    await setViewport({ width: 800, height: 1200 });
    const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = [workshop(1)]), { width: 600 });
    // A box of the page's that scrolls, with the map's top 100 px in sight.
    const box = el.parentElement!;
    const map = root(el).querySelector<HTMLElement>('.leaflet-container')!;
    // Short first, so that its scroll bar is there (Firefox's takes room, and the filters wrap again) when the map is measured.
    box.style.cssText += ';overflow:auto;height:300px';
    await frame();
    await frame();
    box.style.height = `${Math.round(map.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop) + 100}px`;
    box.scrollIntoView({ block: 'start' });
    await frame();
    await frame();
    const { right, top, height } = map.getBoundingClientRect();
    const inSight = box.getBoundingClientRect().bottom - top;
    expect([inSight > 60, height > inSight + 100], `${Math.round(inSight)} px of the map's ${Math.round(height)} in sight`).to.deep.equal([true, true]);
    await sendMouse({ type: 'click', position: [Math.round(right - 40), Math.round(top + 30)] });
    expect(root(el).activeElement === map, 'the map has the focus').to.equal(true);
    // Fails with Leaflet's own focus(), which scrolls the box to the map and puts back only the window's scroll.
    expect(box.scrollTop).to.equal(0);
    await resetMouse();
  });

  it("draws the whole focus ring of what sits at the edges of the list's scrolled box (split view)", async () => {
    await setViewport({ width: 1280, height: 800 });
    const data = Array.from({ length: 30 }, (_, i) => workshop(i));
    const { el } = await mountMap({}, (m) => (m.workshops = data), { width: 1100 });
    const list = root(el).querySelector<HTMLElement>('[part="list"]')!;
    const ringRoomInside = (target: HTMLElement) => {
      target.focus();
      const box = list.getBoundingClientRect();
      const ring = target.getBoundingClientRect();
      // The ring: 3 px wide, 2 px from the element (less 1 px: scrolling stops at whole pixels).
      const room = 4;
      return [ring.left - room >= box.left, ring.right + room <= box.left + list.clientWidth, ring.top - room >= box.top, ring.bottom + room <= box.top + list.clientHeight];
    };
    expect(ringRoomInside(root(el).querySelector<HTMLButtonElement>('.more')!), 'Show more, scrolled to the bottom').to.deep.equal([true, true, true, true]);
    expect(ringRoomInside(items(el)[0].querySelector<HTMLButtonElement>('.show')!), 'the first item, scrolled back up').to.deep.equal([true, true, true, true]);
  });

  it('keeps focus in the filters when "Clear filters" goes away', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' });
    await setField(el, 'f-course', 'csf');
    const clear = root(el).querySelector<HTMLButtonElement>('.clear')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Booleans, not elements: chai's report of a failed element comparison can hang the page.
    expect(!root(el).querySelector('.clear'), 'Clear filters gone').to.equal(true);
    expect(deepActiveElement() === root(el).querySelector('#f-course'), 'focus on the course filter').to.equal(true);
  });

  it('keeps Search enabled and focused while a search runs, and a new search replaces the pending one', async () => {
    let answer: (value: { lat: number; lng: number; label: string }) => void = () => undefined;
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' }, (m) => {
      m.geocoder = (query: string) =>
        query === 'Slowtown' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve({ lat: 33.77, lng: -84.29, label: 'Decatur, GA' });
    });
    const input = root(el).querySelector<HTMLInputElement>('#near')!;
    const button = root(el).querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!;
    input.value = 'Slowtown';
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(summary(el)).to.match(/Searching/);
    expect(button.disabled).to.equal(false);
    expect(deepActiveElement() === button, 'focus on Search').to.equal(true);
    input.value = 'Decatur';
    await sendKeys({ press: 'Enter' });
    await waitFor(() => summary(el).includes('Decatur'), 4000, 'the second search');
    answer({ lat: 40.7, lng: -74, label: 'Slowtown, NY' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(summary(el)).to.contain('Decatur');
  });

  it('runs a search typed while the data loads once it has arrived', async () => {
    const el = document.createElement('pl-workshop-map') as PlWorkshopMap;
    for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', src: '/__slow/600/workshops.json' })) el.setAttribute(name, value);
    const changed = nextEvent<{ count: number; near?: string }>(el, 'pl-filter-change', 6000);
    (await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`)).append(el);
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('#near')!.value = 'Atlanta';
    root(el).querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!.click();
    const { detail } = await changed;
    expect(detail.near).to.equal('Atlanta');
    expect(detail.count).to.be.above(0);
    expect(summary(el)).to.match(/within 50 mi of Atlanta/);
  });

  it('loads its partners though it was moved while they loaded', async () => {
    const el = document.createElement('pl-workshop-map') as PlWorkshopMap;
    for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', 'partners-src': '/__slow/400/map-partners.json' })) {
      el.setAttribute(name, value);
    }
    el.workshops = [];
    const [first, second] = [await fixture<HTMLDivElement>(html`<div></div>`), await fixture<HTMLDivElement>(html`<div></div>`)];
    first.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    second.append(el);
    await waitFor(() => root(el).querySelectorAll('.pl-partner-pin').length > 0, 4000, 'partner pins');
  });

  it('does not fetch its partners again, or report their failure again, each time it is moved', async () => {
    const el = document.createElement('pl-workshop-map') as PlWorkshopMap;
    const url = `/tests/fixtures/map-partners.json?moved=${Math.random()}`;
    for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', 'partners-src': url })) el.setAttribute(name, value);
    el.workshops = [];
    const [first, second] = [await fixture<HTMLDivElement>(html`<div></div>`), await fixture<HTMLDivElement>(html`<div></div>`)];
    first.append(el);
    await waitFor(() => root(el).querySelectorAll('.pl-partner-pin').length > 0, 4000, 'partner pins');
    for (const box of [second, first, second]) {
      box.append(el);
      await el.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url))).to.have.length(1);
    expect(root(el).querySelectorAll('.pl-partner-pin').length).to.be.above(0);
  });
});

describe('<pl-workshop-map> what the summary says', () => {
  it('answers "virtual only" after a place search with the virtual workshops, not "nothing near"', async () => {
    const data = [workshop(1), workshop(2, { virtual: true, location: undefined }), workshop(3, { virtual: true, location: undefined })];
    const { el } = await mountMap({ near: '30303' }, (m) => (m.workshops = data));
    await waitFor(() => summary(el).includes('30303'), 4000, 'the ZIP search');
    const virtual = root(el).querySelector<HTMLInputElement>('input[name="mode"][value="virtual"]')!;
    virtual.click();
    await el.updateComplete;
    expect(summary(el)).to.equal('2 workshops');
    expect(!root(el).querySelector('[part="fallback"]'), 'no fallback').to.equal(true);
    expect(items(el)).to.have.length(2);
  });

  it('says there is nothing upcoming, not that filters match nothing, when every workshop is past', async () => {
    const { el } = await mountMap({ today: '2031-01-01' }, (m) => (m.workshops = [workshop(1), workshop(2)]));
    expect(summary(el)).to.equal('There are no upcoming workshops yet.');
    expect(!root(el).querySelector('.clear'), 'no Clear filters').to.equal(true);
  });

  it('links "Register" by email when the data gives a mailto: address, in the same tab', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1, { registrationUrl: 'mailto:pd@example.org' })]));
    const link = items(el)[0].querySelector<HTMLAnchorElement>('a.register')!;
    expect(link.href).to.equal('mailto:pd@example.org');
    expect(link.target).to.equal('');
  });

  it('brings the map into view for "Show on map" when it is stacked out of sight (a phone)', async () => {
    await setViewport({ width: 375, height: 640 });
    const data = Array.from({ length: 12 }, (_, i) => workshop(i));
    const { el } = await mountMap({}, (m) => (m.workshops = data), { width: 360 });
    const map = root(el).querySelector<HTMLElement>('[part="map"]')!;
    const show = items(el)[10].querySelector<HTMLButtonElement>('.show')!;
    items(el)[10].scrollIntoView();
    expect(map.getBoundingClientRect().bottom).to.be.below(0);
    show.click();
    await waitFor(() => map.getBoundingClientRect().top < 640 && map.getBoundingClientRect().bottom > 0, 4000, 'the map in view');
  });

  it('filters by the day the list shows, for times written in UTC for a Los Angeles workshop', async () => {
    // 00:30 UTC on June 13 is 5:30 PM on June 12 in Los Angeles, where the workshop is.
    const late = workshop(1, { timeZone: 'America/Los_Angeles', sessions: [{ start: '2027-06-13T00:30:00+00:00', end: '2027-06-13T03:00:00+00:00' }] });
    const { el } = await mountMap({}, (m) => (m.workshops = [late]));
    expect(visibleText(items(el)[0])).to.contain('Sat, Jun 12, 2027');
    await setField(el, 'f-to', '2027-06-12');
    expect(items(el)).to.have.length(1);
    await setField(el, 'f-to', '');
    await setField(el, 'f-from', '2027-06-13');
    expect(items(el)).to.have.length(0);
  });

  it('sizes its map text in ems of its own text, not of the page root (Bootstrap 3\'s html { font-size: 10px })', async () => {
    document.documentElement.style.fontSize = '10px';
    try {
      const { el } = await mountMap({}, (m) => {
        m.workshops = [workshop(1)];
        m.style.fontSize = '16px';
      });
      const container = root(el).querySelector<HTMLElement>('.leaflet-container')!;
      expect(parseFloat(getComputedStyle(container).fontSize)).to.be.within(13, 14);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});

describe('<pl-workshop-map> regional partners', () => {
  it('shows an alert with Retry and fires pl-error when partners-src fails, and keeps the workshops', async () => {
    const el = document.createElement('pl-workshop-map') as PlWorkshopMap;
    for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', 'partners-src': flakyUrl('map-partners.json') })) {
      el.setAttribute(name, value);
    }
    el.workshops = [workshop(1)];
    const failed = nextEvent<{ message: string }>(el, 'pl-error');
    await captureWarnings(async () => {
      (await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`)).append(el);
      expect((await failed).detail.message).to.match(/^Regional partners: .*HTTP 500/);
    });
    await el.updateComplete;
    const alert = root(el).querySelector<HTMLElement>('[role="alert"]')!;
    expect(visibleText(alert)).to.contain('Regional partners');
    expect(items(el)).to.have.length(1);
    alert.querySelector('button')!.click();
    await waitFor(() => !root(el).querySelector('[role="alert"]') && root(el).querySelectorAll('.pl-partner-pin').length > 0, 4000, 'the partners');
  });

  it('explains a partners-src of another kind (not a list of partners) as not valid, and keeps the workshops', async () => {
    const el = document.createElement('pl-workshop-map') as PlWorkshopMap;
    for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', 'partners-src': '/tests/fixtures/values.json' })) {
      el.setAttribute(name, value);
    }
    el.workshops = [workshop(1)];
    const failed = nextEvent<{ message: string }>(el, 'pl-error');
    await captureWarnings(async () => {
      (await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`)).append(el);
      expect((await failed).detail.message).to.match(/^Regional partners: .*not valid/);
    });
    await el.updateComplete;
    expect(visibleText(root(el).querySelector<HTMLElement>('[role="alert"]')!)).to.match(/^Regional partners: .*not valid/);
    expect(items(el)).to.have.length(1);
  });

  it('says what each Retry retries when the workshops and the partners both fail', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/nowhere.json', 'partners-src': '/tests/fixtures/nowhere-partners.json' }, undefined, {
      expectError: true,
    });
    await waitFor(() => root(el).querySelectorAll('[role="alert"] button').length === 2, 4000, 'two alerts');
    const descriptions = [...root(el).querySelectorAll('[role="alert"] button')].map(
      (button) => visibleText(root(el).getElementById(button.getAttribute('aria-describedby') ?? '') ?? document.createElement('p')),
    );
    expect(descriptions[0]).to.contain('could not be loaded');
    expect(descriptions[1]).to.match(/^Regional partners: .*could not be loaded/);
  });

  it('names the partner that serves a point with nothing near it (a geocoder answer, my location)', async () => {
    const { el } = await mountMap({ 'partners-src': '/tests/fixtures/map-partners.json' }, (m) => {
      m.workshops = [workshop(1)];
      m.geocoder = () => Promise.resolve({ lat: 61.2, lng: -149.85, label: 'Midtown Anchorage' });
    });
    root(el).querySelector<HTMLInputElement>('#near')!.value = 'Midtown';
    root(el).querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!.click();
    await waitFor(() => !!root(el).querySelector('[part="fallback"] .partner-name'), 4000, 'the partner');
    expect(summary(el)).to.contain('Midtown Anchorage');
    expect(visibleText(root(el).querySelector('[part="fallback"]')!)).to.contain('Northern Lights CS Alliance');
  });

  it('credits OpenStreetMap in the page language, and again when it changes', async () => {
    const { el } = await mountMap({ tiles: null, lang: 'es' }, (m) => (m.workshops = [workshop(1)]));
    const credit = () => visibleText(root(el).querySelector('.leaflet-control-attribution')!);
    const spanish = credit();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect([spanish, credit()]).to.deep.equal(['Leaflet | © colaboradores de OpenStreetMap', 'Leaflet | © OpenStreetMap contributors']);
  });

  it('credits Leaflet and OpenStreetMap in links that open safely in a new tab', async () => {
    const { el } = await mountMap({ tiles: null }, (m) => (m.workshops = [workshop(1)]));
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.leaflet-control-attribution a')];
    expect(links.map((a) => visibleText(a))).to.deep.equal(['Leaflet', 'OpenStreetMap']);
    for (const link of links) expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener']);
  });

  it('sets the credit in small type, clear of the map\'s edge', async () => {
    const { el } = await mountMap({ tiles: null }, (m) => (m.workshops = [workshop(1)]));
    const credit = getComputedStyle(root(el).querySelector('.leaflet-control-attribution')!);
    const text = getComputedStyle(root(el).querySelector('[part="summary"]')!);
    expect(parseFloat(credit.paddingRight)).to.be.at.least(4);
    expect(parseFloat(credit.fontSize)).to.be.below(parseFloat(text.fontSize) * 0.85);
  });
});

describe('<pl-workshop-map view="map"> a pin whose popup moves the map', () => {
  it('keeps focus on the pin that was opened when the popup pans the map and other pins leave the view', async () => {
    const south = (i: number, lng: number) => workshop(i, { sessions: [{ start: `2027-0${i}-01T09:00:00-05:00` }], location: { city: 'X', state: 'TX', lat: 30, lng } });
    const north = workshop(3, { sessions: [{ start: '2027-03-01T09:00:00-05:00' }], location: { city: 'Y', state: 'TX', lat: 34, lng: -89.5 } });
    const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = [south(1, -91), south(2, -88), north]), { width: 600 });
    await waitFor(() => pins(el).length === 3, 4000, 'three pins');
    pins(el).find((pin) => pin.tabIndex === 0)!.focus();
    for (let i = 0; i < 3 && (deepActiveElement() as HTMLElement).title !== 'Workshop 3'; i++) await sendKeys({ press: 'ArrowRight' });
    expect((deepActiveElement() as HTMLElement).title).to.equal('Workshop 3');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el), 4000, 'the popup');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const active = deepActiveElement() as HTMLElement;
    expect([active.isConnected, active.title || active.localName]).to.deep.equal([true, 'Workshop 3']);
  });
});

describe('<pl-workshop-map> Tab order where the map is drawn above the list', () => {
  /** Where Tab goes from the last filter: 'map' or 'list'. */
  async function afterFilters(el: PlWorkshopMap): Promise<string> {
    const controls = [...root(el).querySelectorAll<HTMLElement>('[part="filters"] :is(input, select, button)')];
    controls.at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement()!;
    return focused.closest('.map-wrap') ? 'map' : focused.closest('[part="list"]') ? 'list' : focused.localName;
  }

  it('reaches the map first when it is stacked above the list (a narrow widget, view="map")', async () => {
    const virtual = workshop(3, { virtual: true, location: undefined });
    for (const [attrs, width] of [[{}, 400], [{ view: 'map' }, 1000]] as const) {
      const { el } = await mountMap(attrs, (m) => (m.workshops = [workshop(1), workshop(2), virtual]), { width });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(await afterFilters(el), `${JSON.stringify(attrs)} at ${width} px`).to.equal('map');
    }
  });

  it('reaches the list first when it is beside the map, on its left, and again after the widget narrows', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2)]), { width: 1000 });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(await afterFilters(el)).to.equal('list');
    el.parentElement!.style.width = '400px';
    await waitFor(() => !!root(el).querySelector('.map-wrap + .list'), 4000, 'the list after the map');
    expect(await afterFilters(el)).to.equal('map');
  });

  describe('focus in the list when the results change', () => {
    const data = Array.from({ length: 6 }, (_, i) => workshop(i, { registrationUrl: `https://example.org/r/${i}` }));
    const focusedItemId = () => (deepActiveElement() as HTMLElement | null)?.closest<HTMLElement>('[part="item"]')?.dataset.id;

    it('stays on the same workshop and control when the page adds one before it', async () => {
      const { el } = await mountMap({ view: 'list' }, (m) => (m.workshops = data));
      const third = items(el)[2];
      const id = third.dataset.id;
      third.querySelector<HTMLButtonElement>('.calendar')!.focus();
      el.workshops = [workshop(99, { sessions: [{ start: '2027-01-02T09:00:00-06:00' }] }), ...data];
      await el.updateComplete;
      expect(titlesOf(el)[0]).to.equal('Workshop 99');
      expect(focusedItemId()).to.equal(id);
      expect((deepActiveElement() as HTMLElement).classList.contains('calendar')).to.equal(true);
    });

    it('goes to the search box when its workshop left the list, never to another workshop', async () => {
      const { el } = await mountMap({ view: 'list' }, (m) => (m.workshops = data));
      const second = items(el)[1];
      second.querySelector<HTMLElement>('.register')!.focus();
      el.workshops = data.filter((w) => w.id !== second.dataset.id);
      await el.updateComplete;
      expect(deepActiveElement() === root(el).querySelector('input')).to.equal(true);
    });
  });
});
