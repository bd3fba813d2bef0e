import { expect, fixture, html } from '@open-wc/testing';
import '../../src/workshop-map.js';
import { frame } from '../support/helpers.js';
import { items, mountMap, popup } from './helpers.js';
import { waitFor } from '../support/helpers.js';

const SRC = '/tests/fixtures/workshops.json';

/** Window error events (a ResizeObserver loop is reported as one, not thrown) raised while `act` runs and settles. */
async function errorsDuring(act: () => void): Promise<string[]> {
  const messages: string[] = [];
  const onError = (event: ErrorEvent) => {
    messages.push(event.message);
    // Handled: the runner would fail this test for it instead of the assertion saying what it was.
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('error', onError, true);
  try {
    act();
    for (let i = 0; i < 6; i++) await frame();
  } finally {
    window.removeEventListener('error', onError, true);
  }
  return messages;
}

describe('<pl-workshop-map> a layout change (map beside the list, or above it)', () => {
  it('raises no error on the page when its container widens past the side-by-side width', async () => {
    const { el } = await mountMap({ src: SRC }, undefined, { width: 700 });
    const container = el.parentElement!;
    expect(await errorsDuring(() => (container.style.width = '1000px'))).to.deep.equal([]);
    expect(await errorsDuring(() => (container.style.width = '600px'))).to.deep.equal([]);
  });

  it('keeps the focus on the same workshop\'s button when the list moves across the layout change (a zoomed page)', async () => {
    const { el } = await mountMap({ src: SRC }, undefined, { width: 1000 });
    const container = el.parentElement!;
    const fourth = () => el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')[3];
    const id = fourth().dataset.id;
    fourth().querySelector<HTMLElement>('.show')!.focus();
    for (const width of ['700px', '1000px']) {
      container.style.width = width;
      for (let i = 0; i < 4; i++) await frame();
      await el.updateComplete;
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(active?.closest<HTMLElement>('[part="item"]')?.dataset.id, width).to.equal(id);
      expect(active?.classList.contains('show'), width).to.equal(true);
    }
  });

  it('puts the list beside the map at 47.5 em of its own text, so enlarged text stacks them instead of squeezing the map (WCAG 1.4.4)', async () => {
    const layout = async (fontSize: string) => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      box.style.fontSize = fontSize;
      const { el } = await mountMap({ src: SRC }, undefined, { container: box });
      for (let i = 0; i < 4; i++) await frame();
      await el.updateComplete;
      const map = el.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
      const list = el.shadowRoot!.querySelector('.list')!;
      const listBox = list.getBoundingClientRect();
      // Seen and met in the same order: the list follows the map in the DOM when it stands below it.
      const mapFirst = !!(el.shadowRoot!.querySelector('.map-wrap')!.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { below: listBox.top >= map.bottom, mapFirst, mapWidth: Math.round(map.width) };
    };
    const normal = await layout('16px');
    expect(normal.below, 'beside at 16 px').to.equal(false);
    expect(normal.mapFirst, 'the list first in the DOM when beside').to.equal(false);
    const enlarged = await layout('32px');
    expect(enlarged.below, 'stacked at 32 px').to.equal(true);
    expect(enlarged.mapFirst, 'the map first in the DOM when stacked').to.equal(true);
    expect(enlarged.mapWidth, 'the map as wide as the widget').to.be.above(900);
  });

  it('grows its map with the page\'s root text size (a reader\'s 200 %), never below 420 px', async () => {
    const heights: number[] = [];
    try {
      for (const size of ['', '200%', '10px']) {
        document.documentElement.style.fontSize = size;
        const { el } = await mountMap({ src: SRC, view: 'map' }, undefined, { width: 1000 });
        heights.push(Math.round(el.shadowRoot!.querySelector('.map')!.getBoundingClientRect().height));
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
    // 26.25 rem: 420 px at 16 px, 840 px at 32 px; a theme's 10 px root keeps 420.
    expect(heights).to.deep.equal([420, 840, 420]);
  });

  it('raises no error on the page when a hidden finder is shown', async () => {
    const { el } = await mountMap({ src: SRC }, (finder) => finder, { width: 1000 });
    const container = el.parentElement!;
    container.style.display = 'none';
    for (let i = 0; i < 3; i++) await frame();
    expect(await errorsDuring(() => (container.style.display = ''))).to.deep.equal([]);
  });

  it('shows its `center` at its `zoom`, with the pins there, when it was set up hidden (a closed tab) and is then shown', async () => {
    const tab = await fixture<HTMLDivElement>(html`<div hidden style="width: 1000px"></div>`);
    const { el } = await mountMap({ src: SRC, center: '33.76,-84.34', zoom: '11' }, (finder) => finder, { container: tab });
    for (let i = 0; i < 3; i++) await frame();
    tab.hidden = false;
    // Atlanta and Decatur are a few kilometres either side of the centre.
    await waitFor(() => el.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length >= 2, 4000, 'the two pins near the centre');
    const { map } = (el as unknown as { mapView: { map: { getCenter(): { lat: number; lng: number }; getZoom(): number } } }).mapView;
    expect([map.getZoom(), map.getCenter().lat.toFixed(2), map.getCenter().lng.toFixed(2)]).to.deep.equal([11, '33.76', '-84.34']);
  });

  it('lays an open popup out again at its width when new data came while the finder was hidden (a tab)', async () => {
    const { el } = await mountMap({ src: SRC }, (finder) => finder, { width: 1000 });
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    // The width Leaflet measured and set on the content (a hidden box measures 0 whatever its style).
    const width = () => parseFloat(popup(el)!.querySelector<HTMLElement>('.leaflet-popup-content')!.style.width);
    const before = width();
    const container = el.parentElement!;
    container.hidden = true;
    for (let i = 0; i < 3; i++) await frame();
    // A page that polls its data gives the same workshops again: the popup opens again, unseen.
    el.workshops = await (await fetch(SRC)).json();
    await el.updateComplete;
    await waitFor(() => width() < 100, 4000, 'the popup laid out again, unseen');
    container.hidden = false;
    await waitFor(() => width() > 100, 4000, 'the popup at its width again');
    expect(before).to.be.above(200);
    // About as wide as before (Firefox measures its text again a few pixels narrower), not 51 px.
    expect(width()).to.be.above(before * 0.9);
  });

  it('keeps an open popup inside the map when the layout changes under it (a phone turned, a window narrowed)', async () => {
    const { el } = await mountMap({ src: SRC }, (finder) => finder, { width: 1000 });
    const container = el.parentElement!;
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    const map = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
    const inside = () => {
      const box = map.getBoundingClientRect();
      const shown = popup(el)!.getBoundingClientRect();
      return shown.left >= box.left - 1 && shown.right <= box.right + 1 && shown.top >= box.top - 1;
    };
    await waitFor(inside, 4000, 'the popup inside the map');
    // Narrower, the map keeps its top left corner where it was: the popup's right side went past it.
    for (const width of ['390px', '1000px', '360px']) {
      container.style.width = width;
      for (let i = 0; i < 4; i++) await frame();
      await waitFor(inside, 4000, `the popup inside the map at ${width}`);
    }
  });
});
