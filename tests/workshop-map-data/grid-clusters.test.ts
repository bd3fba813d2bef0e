import { expect } from '@open-wc/testing';
import { abbreviateCount, badgePx, GridClusterer } from '../../src/workshop-map/grid-clusters.js';
import { mercatorLat, mercatorLng, mercatorX, mercatorY } from '../../src/shared/geo/mercator.js';

const USA = { west: -130, south: 20, east: -60, north: 52 };

describe('grid clustering of pins', () => {
  const atlanta = { lat: 33.75, lng: -84.39 };
  const decatur = { lat: 33.77, lng: -84.3 };
  const seattle = { lat: 47.61, lng: -122.33 };

  it('groups nearby points at low zoom and splits them when zoomed in', () => {
    const grid = new GridClusterer([atlanta, decatur, seattle]);
    const low = grid.clusters(USA, 4);
    expect(low.map((c) => c.count).sort()).to.deep.equal([1, 2]);
    const pair = low.find((c) => c.count === 2)!;
    expect(pair.members.sort()).to.deep.equal([0, 1]);
    expect(pair.oneSpot).to.equal(false);
    // Near the pair: at its centroid, moved at most a few pixels to stay clear of its cell's edges.
    expect(pair.lat).to.be.within(33.76 - 1.5, 33.76 + 1.5);
    expect(pair.lng).to.be.within(-84.35 - 1.5, -84.35 + 1.5);
    const high = grid.clusters({ west: -84.6, south: 33.6, east: -84.1, north: 33.9 }, 13);
    expect(high.map((c) => c.count)).to.deep.equal([1, 1]);
  });

  it('draws the clusters of neighbouring cells apart enough that their badges never overlap', () => {
    // Two pairs of points just either side of a cell border (10 px apart at zoom 8).
    const zoom = 8;
    const worldPx = 256 * 2 ** zoom;
    const border = (Math.ceil(mercatorX(-84.4) * (worldPx / 60)) * 60) / worldPx;
    const at = (dxPx: number) => ({ lat: 33.75, lng: mercatorLng(border + dxPx / worldPx) });
    const grid = new GridClusterer([at(-8), at(-4), at(4), at(8)]);
    const drawn = grid.clusters({ west: -86, south: 33, east: -83, north: 34.5 }, zoom);
    expect(drawn.map((c) => c.count)).to.deep.equal([2, 2]);
    const apartPx = Math.abs(mercatorX(drawn[0].lng) - mercatorX(drawn[1].lng)) * worldPx;
    expect(apartPx).to.be.at.least(44);
    // Still inside their own cells: each on its side of the border.
    expect(drawn.map((c) => mercatorX(c.lng) < border).sort()).to.deep.equal([false, true]);
  });

  it('draws two pins a few pixels apart on either side of a cell border as one cluster, not two pins on top of each other', () => {
    const zoom = 8;
    const worldPx = 256 * 2 ** zoom;
    const border = (Math.ceil(mercatorX(-84.4) * (worldPx / 60)) * 60) / worldPx;
    const at = (dxPx: number) => ({ lat: 33.75, lng: mercatorLng(border + dxPx / worldPx) });
    const view = { west: -86, south: 33, east: -83, north: 34.5 };
    const close = new GridClusterer([at(-5), at(5)]);
    const [pair, ...rest] = close.clusters(view, zoom);
    expect(rest).to.have.length(0);
    expect(pair.count).to.equal(2);
    expect(pair.members).to.deep.equal([0, 1]);
    expect(pair.oneSpot).to.equal(false);
    expect(close.isAlone(0, zoom)).to.equal(false);
    // Far enough apart that the pins do not touch (a pin is 24 px wide): two pins, each where it is.
    const apart = new GridClusterer([at(-14), at(14)]);
    expect(apart.clusters(view, zoom).map((c) => c.count)).to.deep.equal([1, 1]);
    expect(apart.isAlone(0, zoom)).to.equal(true);
  });

  it('draws a pin whose head would sit under the cluster badge of the cell above as part of that cluster', () => {
    const zoom = 8;
    const worldPx = 256 * 2 ** zoom;
    const border = (Math.ceil(mercatorY(33.75) * (worldPx / 60)) * 60) / worldPx;
    // A pin is drawn above its point (its tip is the point); a badge is centred on its place.
    const middle = ((Math.floor(mercatorX(-84.4) * (worldPx / 60)) + 0.5) * 60) / worldPx;
    const at = (dxPx: number, dyPx: number) => ({ lat: mercatorLat(border + dyPx / worldPx), lng: mercatorLng(middle + dxPx / worldPx) });
    const view = { west: -86, south: 33, east: -83, north: 34.5 };
    const under = new GridClusterer([at(0, -20), at(5, -10), at(2, 6)]).clusters(view, zoom);
    expect(under.map((c) => c.count)).to.deep.equal([3]);
    // Well below the badge: its own pin.
    const below = new GridClusterer([at(0, -20), at(5, -10), at(2, 45)]).clusters(view, zoom);
    expect(below.map((c) => c.count).sort()).to.deep.equal([1, 2]);
  });

  it('keeps badges apart when a pin that joins a neighbour turns it into a badge after the badges near it were looked at', () => {
    const zoom = 8;
    const worldPx = 256 * 2 ** zoom;
    // Pixels from the top-left corner of a cell.
    const left = Math.floor(mercatorX(-84.4) * (worldPx / 60)) * 60;
    const top = Math.floor(mercatorY(33.75) * (worldPx / 60)) * 60;
    const at = (dx: number, dy: number) => ({ lat: mercatorLat((top + dy) / worldPx), lng: mercatorLng((left + dx) / worldPx) });
    const view = { west: -86, south: 33, east: -83, north: 34.5 };
    // A venue just below the cell (its badge reaches into it, clear of the pin there), then a pin
    // in the cell to the left that covers that pin: the two become a badge low in the cell.
    const venue = at(50, 62);
    const drawn = new GridClusterer([venue, venue, at(-5, 58), at(5, 58)]).clusters(view, zoom);
    const badges = drawn.map((c) => [mercatorX(c.lng) * worldPx, mercatorY(c.lat) * worldPx, c.count]);
    for (const [i, [x, y, count]] of badges.entries()) {
      for (const [ox, oy, otherCount] of badges.slice(i + 1)) {
        const apart = Math.max(Math.abs(x - ox), Math.abs(y - oy));
        expect(apart, `badges of ${count} and ${otherCount}`).to.be.at.least(badgePx(count) / 2 + badgePx(otherCount) / 2);
      }
    }
  });

  it("keeps a venue's cluster exactly at the venue, even at the edge of its cell", () => {
    const zoom = 6;
    const worldPx = 256 * 2 ** zoom;
    const border = (Math.ceil(mercatorX(-84.4) * (worldPx / 60)) * 60) / worldPx;
    const venue = { lat: 33.75, lng: mercatorLng(border - 2 / worldPx) };
    const [drawn] = new GridClusterer([venue, venue]).clusters(USA, zoom);
    expect(drawn.oneSpot).to.equal(true);
    expect(drawn.lat).to.be.closeTo(venue.lat, 1e-9);
    expect(drawn.lng).to.be.closeTo(venue.lng, 1e-9);
  });

  it('keeps a single point exactly where it is', () => {
    const [only] = new GridClusterer([seattle]).clusters(USA, 5);
    expect(only.count).to.equal(1);
    expect(only.lat).to.be.closeTo(seattle.lat, 1e-9);
    expect(only.lng).to.be.closeTo(seattle.lng, 1e-9);
  });

  it('leaves out points outside the view, and finds them in a copy of the world', () => {
    const grid = new GridClusterer([atlanta, seattle]);
    expect(grid.clusters({ west: -90, south: 30, east: -80, north: 40 }, 6).map((c) => c.members[0])).to.deep.equal([0]);
    const shifted = grid.clusters({ west: 270, south: 30, east: 280, north: 40 }, 6);
    expect(shifted).to.have.length(1);
    expect(shifted[0].lng).to.be.closeTo(atlanta.lng + 360, 1e-9);
  });

  it('marks workshops at one venue as one spot that zooming cannot split', () => {
    const grid = new GridClusterer([atlanta, atlanta, atlanta]);
    const [venue] = grid.clusters(USA, 18);
    expect(venue.count).to.equal(3);
    expect(venue.oneSpot).to.equal(true);
    expect(grid.isAlone(0, 18)).to.equal(false);
  });

  it('tells when a pin stands alone', () => {
    const grid = new GridClusterer([atlanta, decatur, seattle]);
    expect(grid.isAlone(0, 4)).to.equal(false);
    expect(grid.isAlone(2, 4)).to.equal(true);
    expect(grid.isAlone(0, 14)).to.equal(true);
  });

  it('keeps the marker count bounded for 100,000 points', () => {
    const points = Array.from({ length: 100000 }, (_, i) => ({ lat: 25 + ((i * 7919) % 2300) / 100, lng: -124 + ((i * 104729) % 5600) / 100 }));
    const clusters = new GridClusterer(points).clusters(USA, 4);
    expect(clusters.reduce((sum, c) => sum + c.count, 0)).to.equal(100000);
    expect(clusters.length).to.be.below(400);
    expect(clusters.every((c) => c.members.length <= 50)).to.equal(true);
  });

  it('abbreviates large counts', () => {
    expect([7, 1234, 15678].map((count) => abbreviateCount(count))).to.deep.equal(['7', '1.2k', '16k']);
    expect([1234, 15678].map((count) => abbreviateCount(count, 'es'))).to.deep.equal(['1,2k', '16k']);
  });
});
