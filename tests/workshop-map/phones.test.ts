import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { chromiumOnly, inFirefox } from '../support/chromium-only.js';
import { waitFor } from '../support/helpers.js';
import { mountMap, popup, root, summary as summaryText, workshop } from './helpers.js';

// A pixel's grace: Firefox scrolls by whole pixels, so "nearest" may leave a fraction of one out.
const inViewport = (box: DOMRect) => box.top >= -1 && box.bottom <= innerHeight + 1;

describe('<pl-workshop-map> on a phone', () => {
  // Firefox's pass starts with reduced motion set as a preference (BiDi has no media emulation).
  before(() => !inFirefox && emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    if (!inFirefox) await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('tapping a pin on a phone keeps the map and its popup on screen', async () => {
    await setViewport({ width: 375, height: 667 });
    // Eight workshops far apart (eight lone pins), listed in this order (by date).
    const places = [[47.6, -122.3], [45.5, -73.6], [25.8, -80.2], [34.0, -118.2], [41.9, -87.6], [29.8, -95.4], [39.7, -105.0], [33.7, -84.4]];
    const data = places.map(([lat, lng], i) => workshop(i, { sessions: [{ start: `2027-03-0${i + 1}T09:00:00-05:00` }], location: { city: `C${i}`, state: 'TX', lat, lng } }));
    const { el } = await mountMap({}, (map) => (map.workshops = data), { width: 343 });
    const map = root(el).querySelector<HTMLElement>('[part="map"]')!;
    map.scrollIntoView({ block: 'center' });
    await waitFor(() => root(el).querySelectorAll('.pl-pin').length === 8, 4000, 'eight pins');
    root(el).querySelector<HTMLElement>('.pl-pin[title="Workshop 7"]')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Fails: the page has jumped down to the list item; the map and the popup are far above the screen.
    expect(inViewport(popup(el)!.getBoundingClientRect()), `popup top ${popup(el)!.getBoundingClientRect().top}`).to.equal(true);
  });

  it('jumps to the map at once on "Show on map" for a visitor who asked for less motion, on a page that scrolls smoothly', async () => {
    await setViewport({ width: 375, height: 667 });
    document.documentElement.style.scrollBehavior = 'smooth';
    try {
      const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' }, undefined, { width: 343 });
      const show = root(el).querySelectorAll<HTMLElement>('.item .show')[2];
      show.scrollIntoView({ block: 'center', behavior: 'instant' });
      const map = root(el).querySelector<HTMLElement>('[part="map"]')!;
      expect(inViewport(map.getBoundingClientRect())).to.equal(false);
      const before = scrollY;
      show.click();
      await waitFor(() => scrollY !== before, 2000, 'the page to move');
      // One frame later the page is where it goes: a smooth scroll takes several hundred ms.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const at = scrollY;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(scrollY, 'the page still moving').to.equal(at);
    } finally {
      document.documentElement.style.scrollBehavior = '';
    }
  });

  it('Escape after "Show on map" on a phone brings the focused button back on screen', async () => {
    await setViewport({ width: 375, height: 667 });
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' }, undefined, { width: 343 });
    const show = root(el).querySelectorAll<HTMLElement>('.item .show')[2];
    show.scrollIntoView({ block: 'center' });
    show.focus();
    show.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    await waitFor(() => !inViewport(show.getBoundingClientRect()), 2000, 'the page scrolled to the popup');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !popup(el), 2000, 'the popup closed');
    expect(root(el).activeElement).to.equal(show);
    await waitFor(() => inViewport(show.getBoundingClientRect()), 2000, 'the focused button on screen');
  });

  it('after a search on a phone (keyboard open), the result summary is on screen', async () => {
    // 375 x 400: a 375 x 667 phone with its on-screen keyboard up.
    await setViewport({ width: 375, height: 400 });
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' }, undefined, { width: 343 });
    const input = root(el).querySelector<HTMLInputElement>('#near')!;
    input.scrollIntoView({ block: 'start' });
    input.focus();
    // Typed, not set (Firefox scrolls a focused field's caret back into view after a script sets its value),
    await sendKeys({ type: 'Atlanta' });
    // and Enter a moment later, as a person presses it (Firefox brings the caret into view at its next frame).
    await new Promise((resolve) => setTimeout(resolve, 50));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => /Atlanta/.test(summaryText(el)), 4000, 'the result');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const summary = root(el).querySelector('[part="summary"]')!.getBoundingClientRect();
    // Fails: the summary (and the map and list) sit below five filter fields, out of sight.
    expect(inViewport(summary), `summary top ${Math.round(summary.top)} in a ${innerHeight} px viewport`).to.equal(true);
  });

  it('on a 320 px phone a workshop popup shows its Register link without scrolling inside it', async () => {
    await setViewport({ width: 320, height: 568 });
    // The demo's first workshop, as partners write them.
    const meetup = workshop(1, {
      title: 'CS Fundamentals Community Meetup',
      type: 'other',
      location: { name: 'Portland Middle School', address: '2120 Park Ave', city: 'Portland', state: 'ME', lat: 43.66, lng: -70.26 },
      capacity: 30, seatsRemaining: 12, value: 300, cost: 0, currency: 'USD', scholarships: true,
      registrationUrl: 'https://example.org/register/1',
    });
    const { el } = await mountMap({}, (map) => (map.workshops = [meetup]), { width: 270 });
    root(el).querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el)?.querySelector('a[href*="register"]'), 4000, 'the popup');
    const content = popup(el)!.querySelector('.leaflet-popup-content')!.getBoundingClientRect();
    const register = popup(el)!.querySelector('a[href*="register"]')!.getBoundingClientRect();
    // Fails: the Register link is below the popup's scroll box edge; nothing shows there is more.
    expect(register.bottom <= content.bottom, `register ${Math.round(register.bottom)} > content ${Math.round(content.bottom)}`).to.equal(true);
  });

  for (const width of [288, 200]) {
    it(`"Show on map" in a ${width} px wide finder keeps the chosen pin in the map below its popup, and the popup inside the map`, async () => {
      await setViewport({ width: 320, height: 568 });
      const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' }, undefined, { width });
      const map = root(el).querySelector<HTMLElement>('.leaflet-container')!;
      const outside: string[] = [];
      for (let i = 0; i < 5; i++) {
        root(el).querySelectorAll<HTMLButtonElement>('.item .show')[i].click();
        await waitFor(() => !!popup(el) && !!root(el).querySelector('.pl-pin.is-selected'), 4000, `the popup of item ${i}`);
        await new Promise((resolve) => setTimeout(resolve, 400));
        const box = map.getBoundingClientRect();
        // Fails: a popup as tall as the map pushed its pin below the map's edge, where the map draws no pins.
        const pin = root(el).querySelector('.pl-pin.is-selected')?.getBoundingClientRect();
        if (!pin || pin.bottom > box.bottom || pin.top < box.top) outside.push(`item ${i}: pin ${pin ? Math.round(pin.top - box.top) : 'not drawn'} of ${Math.round(box.height)} px`);
        const card = popup(el)!.querySelector('.leaflet-popup-content-wrapper')!.getBoundingClientRect();
        // Fails at 200 px: the popup started beside the zoom buttons and lost its right edge and close button.
        if (card.right > box.right || card.left < box.left) outside.push(`item ${i}: popup ${Math.round(card.left - box.left)} to ${Math.round(card.right - box.left)} of ${Math.round(box.width)} px`);
      }
      expect(outside).to.deep.equal([]);
    });
  }

  it('leaves one-finger swipes to the page on a touch screen, and two-finger ones to the map', async () => {
    const real = window.matchMedia;
    // A phone: its primary pointer is coarse.
    window.matchMedia = (query: string) => ({ ...real.call(window, query), matches: query.includes('coarse') || real.call(window, query).matches });
    try {
      const { el } = await mountMap({}, (map) => (map.workshops = [workshop(1)]), { width: 343 });
      const container = root(el).querySelector<HTMLElement>('.leaflet-container')!;
      expect(getComputedStyle(container).touchAction).to.equal('pan-x pan-y');
    } finally {
      window.matchMedia = real;
    }
    const { el: desktop } = await mountMap({}, (map) => (map.workshops = [workshop(1)]), { width: 343 });
    expect(getComputedStyle(root(desktop).querySelector<HTMLElement>('.leaflet-container')!).touchAction).to.equal('none');
  });

  // Touch-screen emulation is a CDP command.
  chromiumOnly('says under the map on a touch screen that two fingers move it (one scrolls the page), and nothing of it to a mouse', async () => {
    const note = (el: PlWorkshopMap) => root(el).querySelector<HTMLElement>('.map-wrap')!.innerText;
    await executeServerCommand('touch-screen', { enabled: true });
    try {
      const { el } = await mountMap({}, (map) => (map.workshops = [workshop(1)]), { width: 343 });
      expect(getComputedStyle(root(el).querySelector<HTMLElement>('.leaflet-container')!).touchAction, 'one finger scrolls the page').to.equal('pan-x pan-y');
      // Fails without the note: nothing tells a visitor whose swipe scrolled the page how to move the map.
      expect(note(el)).to.contain('Use two fingers to move the map');
      el.lang = 'es';
      await el.updateComplete;
      expect(note(el)).to.contain('Usa dos dedos para mover el mapa');
    } finally {
      await executeServerCommand('touch-screen', { enabled: false });
    }
    expect(matchMedia('(pointer: coarse)').matches, 'the emulation is off again').to.equal(false);
    const { el: desktop } = await mountMap({}, (map) => (map.workshops = [workshop(1)]), { width: 343 });
    expect(note(desktop)).not.to.contain('two fingers');
  });
});
