import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { inFirefox } from '../support/chromium-only.js';
import { waitFor } from '../support/helpers.js';
import { mountMap, root } from './helpers.js';

/**
 * The markers of `selector` whose centre is inside the map, each with the title of the marker that
 * covers its centre ('' when none does; a map control there is no marker).
 */
function atCentres(el: PlWorkshopMap, selector: string) {
  const map = root(el).querySelector('.leaflet-container')!;
  map.scrollIntoView();
  const view = map.getBoundingClientRect();
  return [...root(el).querySelectorAll<HTMLElement>(selector)]
    .map((marker) => {
      const box = marker.getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const onTop = root(el).elementFromPoint(x, y)?.closest<HTMLElement>('.leaflet-marker-icon') ?? marker;
      return { name: `${marker.title} at ${Math.round(x)},${Math.round(y)}`, box, under: onTop === marker ? '' : onTop.title, inView: x > view.left && x < view.right && y > view.top && y < view.bottom };
    })
    .filter(({ inView }) => inView);
}

describe('<pl-workshop-map> markers never hide each other', () => {
  // Firefox's pass starts with reduced motion set as a preference (BiDi has no media emulation).
  before(() => !inFirefox && emulateMedia({ reducedMotion: 'reduce' }));
  after(() => !inFirefox && emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps two cluster badges apart when a pin joins a neighbouring cell’s cluster', async () => {
    // The demo's workshops in the split view of a 1280 px window (a map of about 749 by 420 px),
    // zoomed in once: a pin and the pin it covers became a badge 11 px from another badge.
    await setViewport({ width: 1280, height: 900 });
    const { el } = await mountMap({ src: '/demo/data/workshops.json' }, undefined, { width: 1264 });
    await waitFor(() => root(el).querySelectorAll('.pl-cluster').length > 0, 4000, 'cluster badges');
    const badges = () => root(el).querySelectorAll('.pl-cluster').length;
    const before = badges();
    root(el).querySelector<HTMLElement>('.leaflet-control-zoom-in')!.click();
    await waitFor(() => badges() !== before, 4000, 'the clusters of the next zoom');
    const drawn = atCentres(el, '.pl-cluster');
    expect(drawn.length).to.be.above(10);
    for (const { name, under } of drawn) expect(under, `what covers ${name}`).to.equal('');
    for (const a of drawn) {
      for (const b of drawn) {
        if (a === b) continue;
        const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
        expect(apart, `${a.name} and ${b.name} apart`).to.equal(true);
      }
    }
  });

  it('moves a diamond under a badge to a free place beside it, not under a neighbouring badge', async () => {
    // Cascade Computing Educators (Tacoma) lies under a badge; the eight places beside it were all
    // found taken (by that badge itself, a rounding error), and the diamond went under the "2" below.
    const { el } = await mountMap(
      { src: '/stories/data/workshops-sample.json', 'partners-src': '/stories/data/workshops-partners.json' },
      undefined,
      { width: 1248 },
    );
    await waitFor(() => root(el).querySelectorAll('.pl-partner-pin').length > 0, 4000, 'the diamonds');
    const diamonds = atCentres(el, '.pl-partner-pin');
    expect(diamonds.map(({ name }) => name.split(' at ')[0])).to.include('Cascade Computing Educators');
    for (const { name, under } of diamonds) expect(under, `what covers ${name}`).to.equal('');
    // Just beside a badge (its own place is under one), not farther out.
    const centre = (box: DOMRect) => [box.x + box.width / 2, box.y + box.height / 2];
    const [x, y] = centre(root(el).querySelector('.pl-partner-pin[title="Cascade Computing Educators"]')!.getBoundingClientRect());
    const nearest = Math.min(...[...root(el).querySelectorAll('.pl-cluster')].map((badge) => {
      const [bx, by] = centre(badge.getBoundingClientRect());
      return Math.hypot(x - bx, y - by) - badge.clientWidth / 2;
    }));
    expect(nearest, 'from the nearest badge’s edge').to.be.below(20);
  });

  it('moves a diamond farther out where the places beside a badge are all taken', async () => {
    // The demo on a 320 px phone: around Spokane the badges and the diamonds already moved beside
    // them fill all eight places, and the diamond stood under the "4".
    await setViewport({ width: 320, height: 640 });
    const { el } = await mountMap({ src: '/demo/data/workshops.json', 'partners-src': '/demo/data/partners.json' }, undefined, { width: 269 });
    await waitFor(() => root(el).querySelectorAll('.pl-partner-pin').length > 0, 4000, 'the diamonds');
    const diamonds = atCentres(el, '.pl-partner-pin');
    expect(diamonds.map(({ name }) => name.split(' at ')[0])).to.include('Spokane area: local partner wanted');
    for (const { name, under } of diamonds) expect(under, `what covers ${name}`).to.equal('');
  });
  it('keeps two diamonds that would overlap apart (the Dakotas on a phone)', async () => {
    await setViewport({ width: 375, height: 700 });
    const { el } = await mountMap({ src: '/demo/data/workshops.json', 'partners-src': '/demo/data/partners.json' }, undefined, { width: 359 });
    await waitFor(() => root(el).querySelectorAll('.pl-partner-pin').length > 0, 4000, 'the diamonds');
    const diamonds = atCentres(el, '.pl-partner-pin');
    expect(diamonds.map(({ name }) => name.split(' at ')[0])).to.include.members(['North Dakota: regional partner wanted', 'South Dakota: regional partner wanted']);
    for (const a of diamonds) {
      for (const b of diamonds) {
        if (a === b) continue;
        const overlap = Math.max(0, Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left)) * Math.max(0, Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top));
        // Diamonds in 24 px boxes: corners may touch, their bodies may not cover each other.
        expect(overlap, `${a.name} and ${b.name} overlap (px²)`).to.be.below(40);
      }
    }
  });
});
