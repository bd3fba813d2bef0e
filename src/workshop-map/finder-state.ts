import { boundingBox, distance } from '../shared/geo/distance.js';
import { mercatorX, mercatorY } from '../shared/geo/mercator.js';
import { stateCode } from '../shared/geo/us-states.js';
import {
  WORKSHOP_TYPES,
  type FinderQuery,
  type FinderResult,
  type InPersonResult,
  type Workshop,
} from './types.js';
import { localDay } from './instants.js';
import { sessionMs } from './validate-workshop.js';

/**
 * The finder's pure query. `createFinderIndex` turns the validated records into flat arrays once per
 * load; `queryFinder` then only reads numbers, so a query over 100,000 records allocates nothing in
 * proportion to them except the results.
 */

export interface CourseOption {
  /** The course key as the data writes it ("csf"). */
  key: string;
  /** A display name: the data's courseName, a known name, or the key itself. */
  name: string;
}

export interface FinderIndex {
  readonly workshops: readonly Workshop[];
  /** Epoch ms of the first session's start and of the last session's end (or start). */
  readonly firstStart: Float64Array;
  readonly lastEnd: Float64Array;
  /** NaN for workshops with no point (virtual ones without a location). */
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  /** The point in Web Mercator (mercatorX/Y): projected once per load, for the map's clusters. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly isVirtual: Uint8Array;
  /** Index into `courseKeys` (lower-cased keys). */
  readonly courseCode: Uint16Array;
  readonly courseKeys: readonly string[];
  /** Index into WORKSHOP_TYPES. */
  readonly typeCode: Uint8Array;
  /** 1 when seatsRemaining is 0 (unknown seats count as available). */
  readonly full: Uint8Array;
  /** Upper-case state code ("GA"), or "" when unknown. */
  readonly state: readonly string[];
  /** Sessions of workshop i are sessionStartDay[sessionOffset[i] .. sessionOffset[i + 1]). */
  readonly sessionOffset: Uint32Array;
  /** Local calendar days (YYYYMMDD) in the workshop's own zone. */
  readonly sessionStartDay: Uint32Array;
  readonly sessionEndDay: Uint32Array;
  /** Workshop indexes ordered by first start, then title. */
  readonly byStart: Uint32Array;
  readonly courses: readonly CourseOption[];
}

/** Display names of the courses this program is known for, used when the data gives none. */
const KNOWN_COURSES: Record<string, string> = {
  csf: 'CS Fundamentals',
  csd: 'CS Discoveries',
  csp: 'CS Principles',
  csa: 'Computer Science A',
  csc: 'CS Connections',
};

/** Counts workshop w's course (lower-case key `lower`) in: the first spelling wins, and the data's name. */
function noteCourse(found: Map<string, CourseOption>, w: Workshop, lower: string): void {
  const option = found.get(lower);
  if (!option) found.set(lower, { key: w.course, name: w.courseName ?? KNOWN_COURSES[lower] ?? w.course });
  else if (w.courseName && option.name === (KNOWN_COURSES[lower] ?? option.key)) option.name = w.courseName;
}

const byName = (found: Map<string, CourseOption>) => [...found.values()].sort((a, b) => a.name.localeCompare(b.name));

/** The distinct courses in the data, for the course filter, sorted by name. */
export function courseOptions(workshops: readonly Workshop[]): CourseOption[] {
  const found = new Map<string, CourseOption>();
  for (const w of workshops) noteCourse(found, w, w.course.toLowerCase());
  return byName(found);
}

export function createFinderIndex(workshops: readonly Workshop[]): FinderIndex {
  const n = workshops.length;
  const firstStart = new Float64Array(n);
  const lastEnd = new Float64Array(n);
  const lat = new Float64Array(n);
  const lng = new Float64Array(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const isVirtual = new Uint8Array(n);
  const courseCode = new Uint16Array(n);
  const typeCode = new Uint8Array(n);
  const full = new Uint8Array(n);
  const state: string[] = new Array(n);
  const sessionOffset = new Uint32Array(n + 1);
  const courseKeys: string[] = [];
  const courseIds = new Map<string, number>();
  const found = new Map<string, CourseOption>();
  // Most records repeat a few spellings ("csf", "GA"): each is normalised once.
  const codeBySpelling = new Map<string, number>();
  const stateBySpelling = new Map<string, string>();
  const typeIds = new Map<string, number>(WORKSHOP_TYPES.map((t, i) => [t, i]));

  let sessionCount = 0;
  for (const w of workshops) sessionCount += w.sessions.length;
  const sessionStartDay = new Uint32Array(sessionCount);
  const sessionEndDay = new Uint32Array(sessionCount);

  let s = 0;
  for (let i = 0; i < n; i++) {
    const w = workshops[i];
    sessionOffset[i] = s;
    let first = Infinity;
    let last = -Infinity;
    const times = sessionMs(w);
    for (let k = 0; k < w.sessions.length; k++, s++) {
      const session = w.sessions[k];
      const start = times[2 * k];
      const end = session.end ? times[2 * k + 1] : start;
      if (start < first) first = start;
      if (end > last) last = end;
      sessionStartDay[s] = localDay(session.start, start, w.timeZone);
      sessionEndDay[s] = session.end ? localDay(session.end, end, w.timeZone) : sessionStartDay[s];
    }
    firstStart[i] = first;
    lastEnd[i] = last;
    lat[i] = w.location ? w.location.lat : NaN;
    lng[i] = w.location ? w.location.lng : NaN;
    x[i] = mercatorX(lng[i]);
    y[i] = mercatorY(lat[i]);
    isVirtual[i] = w.virtual ? 1 : 0;
    let code = codeBySpelling.get(w.course);
    if (code === undefined) {
      const course = w.course.toLowerCase();
      code = courseIds.get(course);
      if (code === undefined) {
        code = courseKeys.length;
        courseKeys.push(course);
        courseIds.set(course, code);
      }
      codeBySpelling.set(w.course, code);
      noteCourse(found, w, course);
    } else if (w.courseName) noteCourse(found, w, courseKeys[code]);
    courseCode[i] = code;
    typeCode[i] = typeIds.get(w.type) ?? typeIds.get('other')!;
    full[i] = w.seatsRemaining === 0 ? 1 : 0;
    const st = w.location?.state ?? '';
    let stateOf = stateBySpelling.get(st);
    if (stateOf === undefined) {
      stateOf = st && (stateCode(st) ?? st.toUpperCase());
      stateBySpelling.set(st, stateOf);
    }
    state[i] = stateOf;
  }
  sessionOffset[n] = s;

  // Ties on the start are broken by title: rank the distinct titles once, then sort numbers only.
  const titleRank = new Map<string, number>();
  for (const w of workshops) titleRank.set(w.title, 0);
  [...titleRank.keys()].sort(compareText).forEach((title, rank) => titleRank.set(title, rank));
  const rank = new Uint32Array(n);
  for (let i = 0; i < n; i++) rank[i] = titleRank.get(workshops[i].title)!;
  const byStart = new Uint32Array(n);
  for (let i = 0; i < n; i++) byStart[i] = i;
  byStart.sort((a, b) => firstStart[a] - firstStart[b] || rank[a] - rank[b] || a - b);

  return {
    workshops,
    firstStart,
    lastEnd,
    lat,
    lng,
    x,
    y,
    isVirtual,
    courseCode,
    courseKeys,
    typeCode,
    full,
    state,
    sessionOffset,
    sessionStartDay,
    sessionEndDay,
    byStart,
    courses: byName(found),
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "2026-06-12" -> 20260612; undefined when empty or malformed. */
function dayNumber(value: string | undefined): number | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  return m ? +m[1] * 10000 + +m[2] * 100 + +m[3] : undefined;
}

/** True when one of workshop i's sessions touches the inclusive day range. */
function sessionsOverlap(index: FinderIndex, i: number, from: number, to: number): boolean {
  for (let s = index.sessionOffset[i]; s < index.sessionOffset[i + 1]; s++) {
    if (index.sessionStartDay[s] <= to && index.sessionEndDay[s] >= from) return true;
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
  const radius = Number.isFinite(query.radius) && query.radius > 0 ? query.radius : Infinity;

  const courseMask = new Uint8Array(index.courseKeys.length);
  const wantedCourses = filters.courses.map((c) => c.trim().toLowerCase()).filter(Boolean);
  index.courseKeys.forEach((key, code) => {
    courseMask[code] = wantedCourses.length === 0 || wantedCourses.includes(key) ? 1 : 0;
  });
  const typeMask = new Uint8Array(WORKSHOP_TYPES.length);
  WORKSHOP_TYPES.forEach((type, code) => {
    typeMask[code] = filters.types.length === 0 || filters.types.includes(type) ? 1 : 0;
  });
  const from = dayNumber(filters.from) ?? 0;
  const to = dayNumber(filters.to) ?? 99999999;
  const byDate = from !== 0 || to !== 99999999;
  const wantInPerson = filters.mode !== 'virtual';
  const wantVirtual = filters.mode !== 'in-person';

  const point = place && place.kind !== 'state' && Number.isFinite(place.lat) && Number.isFinite(place.lng) ? place : undefined;
  const stateOnly = place?.kind === 'state' ? stateCode(place.state) ?? (place.state?.toUpperCase() || undefined) : undefined;
  const box = point ? boundingBox(point.lat, radius, units) : undefined;

  const inPerson: InPersonResult[] = [];
  const virtual: Workshop[] = [];
  const { byStart, lat, lng } = index;

  for (let k = 0; k < byStart.length; k++) {
    const i = byStart[k];
    const isVirtual = index.isVirtual[i] === 1;
    if (isVirtual ? !wantVirtual : !wantInPerson) continue;
    if (!filters.includePast && index.lastEnd[i] < now) continue;
    if (!courseMask[index.courseCode[i]] || !typeMask[index.typeCode[i]]) continue;
    if (filters.seatsAvailable && index.full[i]) continue;
    if (byDate && !sessionsOverlap(index, i, from, to)) continue;

    if (isVirtual) {
      virtual.push(index.workshops[i]);
      continue;
    }
    if (stateOnly !== undefined) {
      if (index.state[i] === stateOnly) inPerson.push({ workshop: index.workshops[i], at: i });
    } else if (point && box) {
      if (Math.abs(lat[i] - point.lat) > box.dLat) continue;
      // Longitude difference across the antimeridian (Alaska's Aleutians).
      const dLng = Math.abs(((lng[i] - point.lng + 540) % 360) - 180);
      if (dLng > box.dLng) continue;
      const d = distance(point.lat, point.lng, lat[i], lng[i], units);
      if (d <= radius) inPerson.push({ workshop: index.workshops[i], at: i, distance: d });
    } else {
      inPerson.push({ workshop: index.workshops[i], at: i });
    }
  }
  // The input is in start order and the sort is stable: equal distances stay by start.
  if (point) inPerson.sort((a, b) => a.distance! - b.distance!);
  return { inPerson, virtual, count: inPerson.length + virtual.length };
}
