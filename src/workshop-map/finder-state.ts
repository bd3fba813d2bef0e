import { boundingBox, distance } from '../shared/geo/distance.js';
import { stateCode } from '../shared/geo/us-states.js';
import { chosenCourseKeys, type FinderIndex, type SessionDays } from './finder-index.js';
import { WORKSHOP_TYPES, type FinderQuery, type FinderResult } from './types.js';

/**
 * The finder's pure query over the index (./finder-index.ts): it reads numbers only and answers
 * with positions in the index, so a query over 100,000 records allocates nothing in proportion to
 * them but two arrays of positions.
 */

/** "2026-06-12" -> 20260612; undefined when empty or malformed. */
function dayNumber(value: string | undefined): number | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  return m ? +m[1] * 10000 + +m[2] * 100 + +m[3] : undefined;
}

/** True when one of workshop i's sessions not over before `after` touches the inclusive day range. */
function sessionsOverlap(days: SessionDays, i: number, from: number, to: number, after: number): boolean {
  for (let s = days.offset[i]; s < days.offset[i + 1]; s++) {
    if (days.start[s] <= to && days.end[s] >= from && days.until[s] >= after) return true;
  }
  return false;
}

/**
 * Filters and sorts. In-person results: within `radius` of a point place sorted by distance, in the
 * place's state for a state place, else all; sorted by start when not by distance. Virtual results
 * ignore the place and are sorted by start. A radius that is not a positive number means "any distance".
 */
export function queryFinder(index: FinderIndex, query: FinderQuery): FinderResult {
  const { filters, place, units, now } = query;
  const radius = isFinite(query.radius) && query.radius > 0 ? query.radius : Infinity;

  const courseMask = new Uint8Array(index.courseKeys.length);
  const wantedCourses = chosenCourseKeys(index.courses, filters.courses);
  index.courseKeys.forEach((key, code) => {
    courseMask[code] = !wantedCourses.length || wantedCourses.includes(key) ? 1 : 0;
  });
  const typeMask = new Uint8Array(WORKSHOP_TYPES.length);
  WORKSHOP_TYPES.forEach((type, code) => {
    typeMask[code] = !filters.types.length || filters.types.includes(type) ? 1 : 0;
  });
  // A range typed the wrong way round (From after To) means the days between the two.
  const [from, to] = [dayNumber(filters.from) ?? 0, dayNumber(filters.to) ?? 99999999].sort((a, b) => a - b);
  const byDate = from !== 0 || to !== 99999999;
  const wantInPerson = filters.mode !== 'virtual';
  const wantVirtual = filters.mode !== 'in-person';

  const point = place && place.kind !== 'state' && isFinite(place.lat) && isFinite(place.lng) ? place : undefined;
  const stateOnly = place?.kind === 'state' ? stateCode(place.state) ?? (place.state?.toUpperCase() || undefined) : undefined;
  const box = point ? boundingBox(point.lat, radius, units) : undefined;

  const days = byDate ? index.sessionDays() : undefined;
  const inPerson = new Uint32Array(index.size);
  const virtual = new Uint32Array(index.size);
  const nearby = new Float64Array(point ? index.size : 0);
  let inPersonCount = 0;
  let virtualCount = 0;
  const { lat, lng } = index;
  const byStart = index.shownOrder(now);

  for (let k = 0; k < byStart.length; k++) {
    const i = byStart[k];
    const isVirtual = index.isVirtual[i] === 1;
    if (isVirtual ? !wantVirtual : !wantInPerson) continue;
    if (!filters.includePast && index.lastEnd[i] < now) continue;
    if (!courseMask[index.courseCode[i]] || !typeMask[index.typeCode[i]]) continue;
    if (filters.seatsAvailable && index.full[i]) continue;
    if (days && !sessionsOverlap(days, i, from, to, filters.includePast ? -Infinity : now)) continue;

    if (isVirtual) {
      virtual[virtualCount++] = i;
      continue;
    }
    if (stateOnly !== undefined) {
      if (index.state[i] === stateOnly) inPerson[inPersonCount++] = i;
    } else if (point && box) {
      if (Math.abs(lat[i] - point.lat) > box.dLat) continue;
      // Longitude difference across the antimeridian (Alaska's Aleutians).
      const dLng = Math.abs(((lng[i] - point.lng + 540) % 360) - 180);
      if (dLng > box.dLng) continue;
      const d = distance(point.lat, point.lng, lat[i], lng[i], units);
      if (d > radius) continue;
      nearby[inPersonCount] = d;
      inPerson[inPersonCount++] = i;
    } else {
      inPerson[inPersonCount++] = i;
    }
  }
  const result: FinderResult = {
    inPerson: inPerson.subarray(0, inPersonCount),
    virtual: virtual.subarray(0, virtualCount),
    count: inPersonCount + virtualCount,
  };
  if (point) {
    // Positions are in the order shown (index.shownOrder): ties on the distance stay in it.
    // A loop, not Array.from({ length }, fn): Prototype.js and MooTools replace Array.from with one that ignores fn.
    const order: number[] = [];
    for (let k = 0; k < inPersonCount; k++) order.push(k);
    order.sort((a, b) => nearby[a] - nearby[b] || a - b);
    result.inPerson = Uint32Array.from(order, (k) => inPerson[k]);
    result.distances = Float64Array.from(order, (k) => nearby[k]);
  }
  return result;
}
