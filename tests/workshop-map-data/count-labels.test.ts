/** The count on a cluster badge: written out below a thousand, in thousands ("1k") from a thousand on. */
import { expect } from '@open-wc/testing';
import { abbreviateCount } from '../../src/workshop-map/grid-clusters.js';

describe('cluster badge counts', () => {
  it('writes 999 out and a thousand as "1k"', () => {
    expect([999, 1000, 1001].map((count) => abbreviateCount(count))).to.deep.equal(['999', '1k', '1k']);
    expect(abbreviateCount(1000, 'es')).to.equal('1k');
  });
});
