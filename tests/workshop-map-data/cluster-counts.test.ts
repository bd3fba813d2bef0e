/**
 * Cluster counts when a venue (several workshops at one place) joins the cluster of a neighbouring
 * cell: every workshop is still counted, once.
 */
import { expect } from '@open-wc/testing';
import { GridClusterer, type Cluster, type LatLngPoint } from '../../src/workshop-map/grid-clusters.js';
import { mercatorLat, mercatorLng, mercatorX, mercatorY } from '../../src/shared/geo/mercator.js';

/** The whole world: every point is in view, at any zoom. */
const VIEW = { west: -180, south: -85, east: 180, north: 85 };

/** A point `dx`, `dy` pixels from the top-left corner of the 60 px cell around Atlanta at `zoom`. */
function cellCorner(zoom: number): (dx: number, dy: number) => LatLngPoint {
  const worldPx = 256 * 2 ** zoom;
  const left = Math.floor(mercatorX(-84.4) * (worldPx / 60)) * 60;
  const top = Math.floor(mercatorY(33.75) * (worldPx / 60)) * 60;
  return (dx, dy) => ({ lat: mercatorLat((top + dy) / worldPx), lng: mercatorLng((left + dx) / worldPx) });
}

const total = (clusters: Cluster[]) => clusters.reduce((sum, cluster) => sum + cluster.count, 0);

describe('grid clustering of a venue beside another cell', () => {
  // A venue just below a cell's edge: its badge reaches up over the pin or badge in the cell above.
  // The venue's points come first, so its cell is the one that joins the other.
  it('counts every workshop of a venue that joins the pin in the cell above, at every zoom', () => {
    for (let zoom = 4; zoom <= 14; zoom++) {
      const at = cellCorner(zoom);
      const venue = at(30, 62);
      const clusters = new GridClusterer([venue, venue, venue, at(30, 58)]).clusters(VIEW, zoom);
      expect(clusters.map((c) => [c.count, c.members]), `zoom ${zoom}`).to.deep.equal([[4, [0, 1, 2, 3]]]);
    }
  });

  it('counts both venues when one venue joins another', () => {
    const zoom = 8;
    const at = cellCorner(zoom);
    const [low, high] = [at(30, 62), at(30, 56)];
    const clusters = new GridClusterer([low, low, low, high, high]).clusters(VIEW, zoom);
    expect(clusters.map((c) => c.count)).to.deep.equal([5]);
  });

  it('adds up to the number of points, each cluster counting at least the members it lists', () => {
    // Venues of 2 to 4 workshops and single pins either side of cell edges, at a few pixel offsets.
    for (const zoom of [6, 9, 12]) {
      const at = cellCorner(zoom);
      for (let offset = -8; offset <= 8; offset += 4) {
        const points: LatLngPoint[] = [];
        for (let cell = 0; cell < 4; cell++) {
          const venue = at(cell * 60 + 30 + offset, 62 + Math.abs(offset) / 2);
          points.push(...Array<LatLngPoint>(2 + (cell % 3)).fill(venue));
        }
        for (let cell = 0; cell < 4; cell++) points.push(at(cell * 60 + 30 - offset, 57));
        const clusters = new GridClusterer(points).clusters(VIEW, zoom);
        const where = `zoom ${zoom}, offset ${offset}`;
        expect(total(clusters), where).to.equal(points.length);
        expect(clusters.filter((c) => c.count < c.members.length).length, `${where}: clusters counting fewer than they list`).to.equal(0);
      }
    }
  });
});
