import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { chromiumOnly, inFirefox } from '../support/chromium-only.js';
import { deepActiveElement, visibleText, waitFor } from '../support/helpers.js';
import { items, leafletMap, mountMap, popup, root, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

describe('<pl-workshop-map> popups and focus', () => {
  // Firefox's pass starts with reduced motion set as a preference (BiDi has no media emulation).
  before(() => !inFirefox && emulateMedia({ reducedMotion: 'reduce' }));
  after(() => !inFirefox && emulateMedia({ reducedMotion: 'no-preference' }));

  it('opens a popup on the first "Show on map" after the page sat idle past a minute', async () => {
    // No `today`: the element follows the clock, which a minute of idling moves on.
    const { el } = await mountMap({ src: SRC, today: null });
    const realNow = Date.now;
    try {
      const start = realNow();
      Date.now = () => start + 61_000;
      root(el).querySelector<HTMLButtonElement>('[data-id="atl-2027-06-12-csf-dd"] .show')!.click();
      await waitFor(() => !!popup(el), 4000, 'the popup');
      // Let every update the click started run to its end: the popup must still be open then.
      for (let i = 0; i < 5; i++) {
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      expect(!!popup(el)).to.equal(true);
      expect(visibleText(popup(el)!)).to.contain('CS Fundamentals Deep Dive');
    } finally {
      Date.now = realNow;
    }
  });

  it('closes the popup on Escape typed elsewhere in the widget, leaving focus and the typed text there', async () => {
    const { el } = await mountMap({ src: SRC });
    items(el)[2].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    const search = root(el).querySelector<HTMLInputElement>('#near')!;
    search.focus();
    await sendKeys({ type: '303' });
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    expect(deepActiveElement() === search).to.equal(true);
    // The browser clears a search field on Escape: this one Escape only closed the popup.
    expect(search.value).to.equal('303');
  });

  it('moves focus into the workshop popup chosen in a venue popup', async () => {
    const here = { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 };
    const data = Array.from({ length: 3 }, (_, i) => workshop(i, { title: `Venue workshop ${i}`, location: here }));
    const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = data));
    await waitFor(() => root(el).querySelectorAll('.leaflet-marker-icon').length === 1, 4000, 'one cluster');
    root(el).querySelector<HTMLElement>('.leaflet-marker-icon')!.click();
    await waitFor(() => !!root(el).querySelector('.popup-group'), 4000, 'the group popup');
    const choice = [...root(el).querySelectorAll<HTMLButtonElement>('.popup-group button')].find((b) => visibleText(b) === 'Venue workshop 1')!;
    choice.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !root(el).querySelector('.popup-group') && !!popup(el), 6000, 'the workshop popup');
    const active = deepActiveElement();
    expect(!!active && popup(el)!.contains(active)).to.equal(true);
    expect(visibleText(active!)).to.contain('Venue workshop 1');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    expect(deepActiveElement()?.classList.contains('leaflet-marker-icon')).to.equal(true);
  });

  it('keeps focus on the map when Enter opens a focused cluster (view="map")', async () => {
    const { el } = await mountMap({ src: SRC, view: 'map' });
    await waitFor(() => !!root(el).querySelector('.pl-cluster'), 4000, 'a cluster');
    root(el).querySelector<HTMLElement>('.leaflet-marker-icon[tabindex="0"]')!.focus();
    for (let i = 0; i < 10 && !deepActiveElement()?.classList.contains('pl-cluster'); i++) await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()?.classList.contains('pl-cluster')).to.equal(true);
    const zoom = leafletMap(el).getZoom();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => leafletMap(el).getZoom() > zoom, 4000, 'the zoom');
    await waitFor(() => deepActiveElement() !== document.body, 4000, 'focus on a pin');
    const focused = deepActiveElement()!;
    expect(focused.classList.contains('leaflet-marker-icon')).to.equal(true);
    expect(focused.getAttribute('tabindex')).to.equal('0');
    // Where the cluster was: the map zoomed in around it, so its pins are the ones nearest the centre.
    const box = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
    const away = (pin: Element) => {
      const r = pin.getBoundingClientRect();
      return Math.hypot(r.left + r.width / 2 - (box.left + box.width / 2), r.top + r.height / 2 - (box.top + box.height / 2));
    };
    const pins = [...root(el).querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon:not(.pl-partner-pin)')];
    const nearest = pins.reduce((a, b) => (away(b) < away(a) ? b : a));
    expect(focused === nearest).to.equal(true);
  });

  it('presses the zoom buttons and the popup close button with Space too', async () => {
    const { el } = await mountMap({ src: SRC });
    const map = leafletMap(el);
    const zoom = map.getZoom();
    root(el).querySelector<HTMLElement>('.leaflet-control-zoom-in')!.focus();
    const scrolled = window.scrollY;
    await sendKeys({ press: 'Space' });
    await waitFor(() => map.getZoom() > zoom, 4000, 'the zoom');
    expect(window.scrollY).to.equal(scrolled);

    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    root(el).querySelector<HTMLElement>('.leaflet-popup-close-button')!.focus();
    await sendKeys({ press: 'Space' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
  });

  it('closes a popup the map was moved away from (its links would take focus out of sight)', async () => {
    const { el } = await mountMap({ src: SRC });
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    const map = leafletMap(el);
    const moved = new Promise((resolve) => map.once('moveend', resolve));
    map.panBy([3000, 0], { animate: false });
    await moved;
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    // A small move that keeps it in sight keeps it open.
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup again');
    const nudged = new Promise((resolve) => map.once('moveend', resolve));
    map.panBy([20, 0], { animate: false });
    await nudged;
    expect(!!popup(el)).to.equal(true);
  });

  // Chromium only: turns motion on and off within the test (media emulation).
  chromiumOnly('keeps a popup open in a short map, where Leaflet pans the popup into view', async () => {
    // A phone: 360 px wide, the map 240 px tall. Leaflet pans the popup into view, which takes its pin
    // below the map's edge; the popup itself is in sight.
    await setViewport({ width: 360, height: 800 });
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const { el } = await mountMap({ src: '/demo/data/workshops.json', today: '2027-01-01T12:00:00Z' }, undefined, { width: 320 });
      el.style.setProperty('--pl-workshop-map-height', '300px');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const events: string[] = [];
      leafletMap(el).on('popupopen popupclose', (event) => events.push(event.type));
      items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
      await waitFor(() => events.includes('popupopen'), 4000, 'the popup');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(events).to.deep.equal(['popupopen']);
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
      await setViewport({ width: 800, height: 600 });
    }
  });

  /** A view="map" map with animated moves, Enter pressed on a focused cluster: resolves when the zoom ends. */
  async function zoomIntoFocusedCluster() {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const { el } = await mountMap({ src: SRC, view: 'map' });
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitFor(() => !!root(el).querySelector('.pl-cluster'), 4000, 'a cluster');
    root(el).querySelector<HTMLElement>('.leaflet-marker-icon[tabindex="0"]')!.focus();
    for (let i = 0; i < 10 && !deepActiveElement()?.classList.contains('pl-cluster'); i++) await sendKeys({ press: 'ArrowRight' });
    const map = leafletMap(el);
    const moved = new Promise((resolve) => map.once('moveend', resolve)).then(() => new Promise((resolve) => setTimeout(resolve, 100)));
    deepActiveElement()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    return { el, moved };
  }

  // Chromium only: turns motion on and off within the test (media emulation).
  chromiumOnly('does not take focus back from the search box when a move the user started ends', async () => {
    const { el, moved } = await zoomIntoFocusedCluster();
    // The user is in the search box before the zoom ends.
    const search = root(el).querySelector<HTMLInputElement>('#near')!;
    search.focus();
    await moved;
    expect(deepActiveElement() === search).to.equal(true);
  });

  // Chromium only: turns motion on and off within the test (media emulation).
  chromiumOnly('does not take focus back from the page around it either', async () => {
    const { el, moved } = await zoomIntoFocusedCluster();
    const outside = document.createElement('input');
    el.parentElement!.append(outside);
    outside.focus();
    await moved;
    expect(document.activeElement === outside).to.equal(true);
  });

  it("opens a partner's popup clear of the zoom buttons, as a workshop's", async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json' });
    await waitFor(() => !!root(el).querySelector('.pl-partner-pin[title="Cascade Computing Educators"]'), 4000, 'the partner pin');
    root(el).querySelector<HTMLElement>('.pl-partner-pin[title="Cascade Computing Educators"]')!.click();
    await waitFor(() => !!popup(el), 4000, 'the partner popup');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const box = popup(el)!.getBoundingClientRect();
    const zoom = root(el).querySelector('.leaflet-control-zoom')!.getBoundingClientRect();
    const overlaps = box.left < zoom.right && box.right > zoom.left && box.top < zoom.bottom && box.bottom > zoom.top;
    expect(overlaps, `popup ${JSON.stringify(box)} against the zoom buttons ${JSON.stringify(zoom)}`).to.equal(false);
  });

  it("moves Tab from a partner pin into the popup Enter opened, before the workshop pins", async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json' });
    await waitFor(() => !!root(el).querySelector('.pl-partner-pin[tabindex="0"]'), 4000, 'the partner pins\' tab stop');
    const pin = root(el).querySelector<HTMLElement>('.pl-partner-pin[tabindex="0"]')!;
    pin.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!popup(el)?.querySelector('.contact a'), 4000, 'the partner popup');
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    expect(popup(el)!.contains(active), `focus on ${active?.outerHTML.slice(0, 80)}`).to.equal(true);
    expect(active === popup(el)!.querySelector('a, button')).to.equal(true);
    // Tab goes on through the popup's links to its Close button; Enter and arrow keys there are theirs, not the pin's.
    const stops = [...popup(el)!.querySelectorAll<HTMLElement>('a[href], button')];
    expect(stops.length, 'a contact link and Close at least').to.be.at.least(2);
    for (const next of stops.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === next, `Tab to ${next.outerHTML.slice(0, 60)}, not ${deepActiveElement()?.outerHTML.slice(0, 60)}`).to.equal(true);
    }
    const link = stops[0];
    let clicked = 0;
    link.addEventListener('click', (event) => (clicked++, event.preventDefault()), { once: true });
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(clicked, 'Enter follows the link').to.equal(1);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement() === link, 'an arrow key stays on the link').to.equal(true);
    expect(!!popup(el), 'the popup stays open').to.equal(true);
    // Shift+Tab from its first link goes back to the pin, and Tab from a pin whose popup is closed goes on as before.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement() === pin, `focus on ${deepActiveElement()?.outerHTML.slice(0, 80)}`).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    pin.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.classList.contains('pl-partner-pin')).to.equal(false);
  });

  it("gives a partner's contact links a target 24 px tall at least in its popup (WCAG 2.5.8; the fallback shows the same links)", async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json' });
    await waitFor(() => !!root(el).querySelector('.pl-partner-pin[title="Cascade Computing Educators"]'), 4000, 'the partner pin');
    root(el).querySelector<HTMLElement>('.pl-partner-pin[title="Cascade Computing Educators"]')!.click();
    await waitFor(() => !!popup(el)?.querySelector('.contact a'), 4000, 'the partner popup');
    const heights = [...popup(el)!.querySelectorAll('.contact a')].map((link) => link.getBoundingClientRect().height);
    expect(heights.length).to.be.at.least(1);
    for (const height of heights) expect(height).to.be.at.least(24);
  });
});
