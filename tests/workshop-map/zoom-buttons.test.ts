import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { inFirefox } from '../support/chromium-only.js';
import { waitFor } from '../support/helpers.js';
import { leafletMap, mountWithPins, root } from './helpers.js';

describe('<pl-workshop-map> + and − pressed while a zoom animates', () => {
  before(() => !inFirefox && emulateMedia({ reducedMotion: 'no-preference' }));
  // Leaflet does not animate zooms in the Firefox pass's browser: there each click zooms at once and
  // only the counts are checked.
  const animated = (el: HTMLElement) => !!(leafletMap(el as never) as unknown as { _zoomAnimated?: boolean })._zoomAnimated;

  const button = (el: HTMLElement, name: 'in' | 'out') => el.shadowRoot!.querySelector<HTMLElement>(`.leaflet-control-zoom-${name}`)!;
  const animating = (el: HTMLElement) => (leafletMap(el as never) as unknown as { _animatingZoom: boolean })._animatingZoom;

  async function settled(el: HTMLElement, zoom: number): Promise<void> {
    const map = leafletMap(el as never);
    await waitFor(() => map.getZoom() === zoom && !animating(el), 6000, `zoom ${zoom} (at ${map.getZoom()})`);
    // Nothing more follows.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(map.getZoom()).to.equal(zoom);
  }

  it('counts every click, each zoom taken once the one before it ends', async () => {
    const el = await mountWithPins();
    const map = leafletMap(el);
    const start = map.getZoom();
    // A click, and three more while its zoom animates (Leaflet starts it on the next frame).
    button(el, 'in').click();
    if (animated(el)) await waitFor(() => animating(el), 2000, 'the first zoom to animate');
    for (let i = 0; i < 3; i++) button(el, 'in').click();
    if (animated(el)) expect(animating(el), 'clicked during the first zoom').to.equal(true);
    await settled(el, start + 4);
    // Three clicks in one go, before the first zoom's frame: each counts too.
    for (let i = 0; i < 3; i++) button(el, 'out').click();
    await settled(el, start + 1);
  });

  it('stops at the end of the range, and a − after clicks past it zooms out at once', async () => {
    const el = await mountWithPins();
    const map = leafletMap(el);
    const max = map.getMaxZoom();
    map.setZoom(max - 2, { animate: false });
    await settled(el, max - 2);
    for (let i = 0; i < 6; i++) button(el, 'in').click();
    button(el, 'out').click();
    // The clicks after the first ask for more than the end: what they queue stops at it, so the −
    // after them asks for one below the end (without that stop it would still ask for more).
    await settled(el, max - 1);
    expect(button(el, 'in').getAttribute('aria-disabled')).to.equal('false');
  });

  it('counts every press of the map\'s + and − keys', async () => {
    const el = await mountWithPins();
    const map = leafletMap(el);
    const start = map.getZoom();
    root(el).querySelector<HTMLElement>('.leaflet-container')!.focus();
    await sendKeys({ press: 'Equal' });
    if (animated(el)) await waitFor(() => animating(el), 2000, 'the first zoom to animate');
    await sendKeys({ press: 'Equal' });
    await sendKeys({ press: 'NumpadAdd' });
    await settled(el, start + 3);
    await sendKeys({ press: 'Minus' });
    if (animated(el)) await waitFor(() => animating(el), 2000, 'the zoom out to animate');
    await sendKeys({ press: 'Minus' });
    await settled(el, start + 1);
  });

  it('asks for nothing at the end of the range: a zoom made another way is kept', async () => {
    const el = await mountWithPins();
    const map = leafletMap(el);
    const max = map.getMaxZoom();
    map.setZoom(max, { animate: false });
    await settled(el, max);
    root(el).querySelector<HTMLElement>('.leaflet-container')!.focus();
    await sendKeys({ press: 'Equal' });
    await settled(el, max);
    // As a wheel or a page's script would.
    map.setZoom(max - 3, { animate: false });
    await settled(el, max - 3);
  });
});
