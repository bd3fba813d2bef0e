/**
 * Windows' high-contrast mode (forced colours): the system replaces the widgets' colours, and drops
 * their shadows and backgrounds images; what carried meaning through them must still show.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { waitFor } from '../support/helpers.js';
import { mountMap, root, workshop } from './helpers.js';

/** A system colour as this page computes it. */
function systemColor(name: string): string {
  const probe = document.createElement('div');
  probe.style.backgroundColor = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return color;
}

describe('<pl-workshop-map> in forced colours, dark (white on black)', () => {
  before(() => executeServerCommand('forced-colors', { active: true, dark: true }));
  after(() => executeServerCommand('forced-colors', { active: false }));

  it('is emulated (the page matches forced-colors: active, in a dark scheme)', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(systemColor('Canvas')).to.equal('rgb(0, 0, 0)');
  });

  it('keeps the dot of a pin, and a box round the zoom buttons', async () => {
    // Far apart: two pins, no cluster.
    const records = [workshop(1, { location: { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 } }), workshop(2, { location: { city: 'Seattle', state: 'WA', lat: 47.6, lng: -122.3 } })];
    const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = records));
    await waitFor(() => !!root(el).querySelector('.pl-pin circle'), 4000, 'a pin');
    const pin = root(el).querySelector('.pl-pin')!;
    const dot = getComputedStyle(pin.querySelector('circle')!).fill;
    expect(dot, 'the dot').to.equal(systemColor('Canvas'));
    expect(getComputedStyle(pin.querySelector('svg')!).fill, 'the pin').to.equal(systemColor('CanvasText'));
    const zoom = getComputedStyle(root(el).querySelector('.leaflet-bar')!);
    expect(parseFloat(zoom.borderTopWidth), 'the zoom buttons\' box').to.be.at.least(1);
    expect(zoom.borderTopStyle).to.equal('solid');
  });
});
