import { formatNumber } from '../shared/i18n/format.js';
import { mercatorLat as toLat, mercatorLng as toLng, mercatorX as toX, mercatorY as toY } from '../shared/geo/mercator.js';

/**
 * Screen-space grid clustering for the map's pins.
 *
 * Points are projected to Web Mercator once per load (the finder's index keeps them projected). Each
 * view then groups the points inside it into square cells of `cellPx` screen pixels: one pass over
 * plain arrays, no index to build or rebuild. A new filter result is only a new list of positions in
 * those arrays, where a hierarchical index (supercluster) would be rebuilt on every filter change.
 */

export interface LatLngPoint {
  lat: number;
  lng: number;
}

/** Point k is (x[at[k]], y[at[k]]) in Web Mercator (mercatorX/mercatorY). */
export interface ProjectedPoints {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly at: Uint32Array;
}

export interface ViewBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface Cluster {
  lat: number;
  lng: number;
  count: number;
  /** The points in this cell, by their number k (the first MAX_MEMBERS). */
  members: number[];
  /** Every point sits at the very same place: zooming in will never split them. */
  oneSpot: boolean;
  /** Of `members` (its first MAX_MEMBERS points), the one nearest its centroid: the place it is named by. */
  centre: number;
  /** The south-west and north-east corners of its points, as [lat, lng]. */
  bounds: [[number, number], [number, number]];
}

export const MAX_MEMBERS = 50;

/** A cluster badge's size in pixels, by how many workshops it stands for. */
export const badgePx = (count: number): number => (count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 52);

/** Half the width of the larger cluster badges (38 px, and a 2 px ring), and a little room. */
const INSET_PX = 22;

/** "1.2k" / "12k" for the cluster badge, as `lang` writes numbers ("1,2k" in Spanish). */
export function abbreviateCount(count: number, lang = 'en'): string {
  return count < 1000 ? String(count) : formatNumber(count / 1000, lang, { maximumFractionDigits: count < 1e4 ? 1 : 0 }) + 'k';
}

/** The keys of a cell's eight neighbours, from its own (see the key in clusters). */
const NEIGHBOURS = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => dx * 2 ** 25 + dy)).filter(Boolean);

interface Cell {
  /** The first point: its cell is the one the cluster's badge keeps inside, whatever joins it. */
  x: number;
  y: number;
  sumX: number;
  sumY: number;
  count: number;
  members: number[];
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

const isLatLngList = (points: readonly LatLngPoint[] | ProjectedPoints): points is readonly LatLngPoint[] => Array.isArray(points);

export class GridClusterer {
  readonly #points: ProjectedPoints;

  /** Points as latitude/longitude, or already projected (as the finder's index keeps them). */
  constructor(points: readonly LatLngPoint[] | ProjectedPoints) {
    this.#points = isLatLngList(points)
      ? {
          x: Float64Array.from(points, (point) => toX(point.lng)),
          y: Float64Array.from(points, (point) => toY(point.lat)),
          at: Uint32Array.from(points.keys()),
        }
      : points;
  }

  get size(): number {
    return this.#points.at.length;
  }

  /** The clusters (and single points, count 1) inside `view` at `zoom`, cells of `cellPx` pixels. */
  clusters(view: ViewBounds, zoom: number, cellPx = 60): Cluster[] {
    const cellsPerWorld = (256 * 2 ** zoom) / cellPx;
    const all = view.east - view.west >= 360;
    const west = toX(view.west);
    const east = toX(view.east);
    const north = toY(view.north);
    const south = toY(view.south);
    const cells = new Map<number, Cell>();
    const { x: xs, y: ys, at } = this.#points;
    for (let i = 0; i < at.length; i++) {
      const y = ys[at[i]];
      if (!all && (y < north || y > south)) continue;
      let x = xs[at[i]];
      // The view may show a copy of the world left or right of the main one (worldCopyJump).
      if (!all && (x < west || x > east)) {
        if (x + 1 >= west && x + 1 <= east) x += 1;
        else if (x - 1 >= west && x - 1 <= east) x -= 1;
        else continue;
      }
      const key = (Math.floor(x * cellsPerWorld) + 2 ** 25) * 2 ** 25 + Math.floor(y * cellsPerWorld);
      const cell = cells.get(key);
      if (!cell) {
        cells.set(key, { x, y, sumX: x, sumY: y, count: 1, members: [i], minX: x, maxX: x, minY: y, maxY: y });
        continue;
      }
      cell.sumX += x;
      cell.sumY += y;
      cell.count++;
      if (cell.members.length < MAX_MEMBERS) cell.members.push(i);
      if (x < cell.minX) cell.minX = x;
      if (x > cell.maxX) cell.maxX = x;
      if (y < cell.minY) cell.minY = y;
      if (y > cell.maxY) cell.maxY = y;
    }
    // A cluster stands at its points' centroid, kept INSET_PX inside its cell: the badges of two
    // neighbouring cells are then at least twice that apart, and never cover each other. A single
    // point, or a venue's workshops, stay exactly where they are.
    const inset = INSET_PX / cellPx;
    const inCell = (mean: number, own: number) => {
      const at = mean * cellsPerWorld;
      const cell = Math.floor(own * cellsPerWorld);
      return (cell + Math.min(Math.max(at - cell, inset), 1 - inset)) / cellsPerWorld;
    };
    const exact = (cell: Cell) => cell.minX === cell.maxX && cell.minY === cell.maxY;
    const place = (cell: Cell, sum: number, own: number) => (exact(cell) ? sum / cell.count : inCell(sum / cell.count, own));
    // What a cell's marker covers, in world pixels [left, top, right, bottom]: a pin stands on its
    // point (24 by 32 px), a badge is centred on its place.
    const worldPx = cellsPerWorld * cellPx;
    const box = (cell: Cell) => {
      const x = place(cell, cell.sumX, cell.x) * worldPx;
      const y = place(cell, cell.sumY, cell.y) * worldPx;
      const half = cell.count > 1 ? badgePx(cell.count) / 2 : 12;
      return [x - half, cell.count > 1 ? y - half : y - 32, x + half, cell.count > 1 ? y + half : y];
    };
    // A pin or a venue's badge at its exact place can be covered by a neighbouring cell's marker (a
    // pin just below a cell's edge reaches into the cell above): it joins that cell's cluster. Again
    // until none joins: a marker that grew (a pin turned badge, a badge moved) may now cover one passed.
    for (let joined = true; joined; ) {
      joined = false;
      for (const [key, cell] of cells) {
        if (!exact(cell)) continue;
        const [left, top, right, bottom] = box(cell);
        for (const step of NEIGHBOURS) {
          const other = cells.get(key + step);
          if (!other) continue;
          const [l, t, r, b] = box(other);
          if (l >= right || left >= r || t >= bottom || top >= b) continue;
          cells.delete(key);
          other.sumX += cell.sumX;
          other.sumY += cell.sumY;
          other.count += cell.count;
          other.members = [...other.members, ...cell.members].sort((a, b) => a - b).slice(0, MAX_MEMBERS);
          other.minX = Math.min(other.minX, cell.minX);
          other.maxX = Math.max(other.maxX, cell.maxX);
          other.minY = Math.min(other.minY, cell.minY);
          other.maxY = Math.max(other.maxY, cell.maxY);
          joined = true;
          break;
        }
      }
    }
    const centre = ({ members, sumX, sumY, count }: Cell) => {
      let best = members[0];
      let least = Infinity;
      for (const k of members) {
        // The sums may hold a copy of the world left or right of the main one.
        const dx = xs[at[k]] - sumX / count;
        const far = (dx - Math.round(dx)) ** 2 + (ys[at[k]] - sumY / count) ** 2;
        if (far < least) (least = far), (best = k);
      }
      return best;
    };
    return [...cells.values()].map((cell) => ({
      lat: toLat(place(cell, cell.sumY, cell.y)),
      lng: toLng(place(cell, cell.sumX, cell.x)),
      count: cell.count,
      members: cell.members,
      oneSpot: exact(cell),
      centre: centre(cell),
      bounds: [
        [toLat(cell.maxY), toLng(cell.minX)],
        [toLat(cell.minY), toLng(cell.maxX)],
      ],
    }));
  }

  /** True when point `k` is drawn as a pin of its own at `zoom` (no other point shares its cell or stands on its pin). */
  isAlone(k: number, zoom: number, cellPx = 60): boolean {
    const cellsPerWorld = (256 * 2 ** zoom) / cellPx;
    const { x, y, at } = this.#points;
    const cx = Math.floor(x[at[k]] * cellsPerWorld);
    const cy = Math.floor(y[at[k]] * cellsPerWorld);
    // Its cell and the eight around it, whole: all that can be drawn with it.
    const view = {
      west: toLng((cx - 1) / cellsPerWorld),
      east: toLng((cx + 2) / cellsPerWorld),
      north: toLat((cy - 1) / cellsPerWorld),
      south: toLat((cy + 2) / cellsPerWorld),
    };
    return this.clusters(view, zoom, cellPx).some((cluster) => cluster.count === 1 && cluster.members[0] === k);
  }
}
