/** The tests run the Leaflet subset the drop-in ships (scripts/rollup/leaflet-stubs.mjs), not all of Leaflet. */
import { expect } from '@open-wc/testing';
import { MarkerDrag } from 'leaflet/src/layer/marker/Marker.Drag.js';
import { Path } from 'leaflet/src/layer/vector/Path.js';

describe('the Leaflet subset', () => {
  it('serves the stand-ins to the tests too', () => {
    expect(MarkerDrag).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Path.prototype)).to.deep.equal(['constructor']);
  });
});
