import { mercatorX, mercatorY } from '../shared/geo/mercator.js';
import { stateCode } from '../shared/geo/us-states.js';
import { placeTable } from '../shared/geo/place-match.js';
import { skippedText, type Normalized } from '../shared/data/normalized.js';
import { warn } from '../shared/warn.js';
import { ownValue } from '../shared/own.js';
import { localDays, sessionUntil } from './instants.js';
import { WORKSHOP_TYPES, type Located, type Workshop, type WorkshopLocation } from './types.js';
import { checkRecord, emptyFacts, forEachSession, readLocation, toWorkshop } from './validate-workshop.js';

/**
 * The finder's index: every record is checked once at load, straight into flat columns (numbers,
 * not objects), and a Workshop object is built only for the few the page shows or hands out. So a
 * load of 100,000 records allocates almost nothing per record, and a query only reads numbers.
 */

export interface CourseOption {
  /** The course key as the data writes it ("csf"). */
  key: string;
  /** A display name: the data's courseName, a known name, or the key itself. */
  name: string;
}

/** Days of each workshop's sessions, for the date filter (made on its first use). */
export interface SessionDays {
  /** Sessions of workshop i are start[offset[i] .. offset[i + 1]). */
  readonly offset: Uint32Array;
  /** Local calendar days (YYYYMMDD) in the workshop's own zone. */
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** Epoch ms when each session is over (sessionUntil). */
  readonly until: Float64Array;
}

export interface FinderIndex {
  /** The valid records (already in the "pl" shape), in data order; position i is workshop i. */
  readonly records: readonly unknown[];
  readonly size: number;
  /** Epoch ms of the first session's start and of the last session's end (or start). */
  readonly firstStart: Float64Array;
  readonly lastEnd: Float64Array;
  /** NaN for workshops with no point (virtual ones without a location). */
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  /** The point in Web Mercator (mercatorX/Y), for the map's clusters. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly isVirtual: Uint8Array;
  /** Index into `courseKeys` (lower-cased keys). */
  readonly courseCode: Uint32Array;
  readonly courseKeys: readonly string[];
  /** Index into WORKSHOP_TYPES. */
  readonly typeCode: Uint8Array;
  /** 1 when seatsRemaining is 0 (unknown seats count as available). */
  readonly full: Uint8Array;
  /** Upper-case state code ("GA"), or "" when unknown. */
  readonly state: readonly string[];
  readonly courses: readonly CourseOption[];
  /** Workshop i, built on first use (then the same object every time). */
  workshop(i: number): Workshop;
  /** Workshop i's place alone, read without building the workshop (its sessions, links, ...). */
  location(i: number): WorkshopLocation | undefined;
  sessionDays(): SessionDays;
  /** Starts building sessionDays() a slice per task (a date field has the focus: the filter comes next). */
  warmDays(): void;
  /**
   * Workshop indexes ordered by first start, then data order, except that a workshop under way at
   * `now` (its first session over, a later one not) takes the place of the session it shows, its next.
   */
  shownOrder(now: number): Uint32Array;
  /** Every workshop's place, for matching city and state names (made on the first search). */
  places(): readonly Located[];
  /** Starts building places() a slice per task (a place name is being typed). */
  warmPlaces(): void;
}

export interface ScannedWorkshops extends Normalized<unknown> {
  index: FinderIndex;
  /** What was left out of records that still load (session times, zones), for the console. */
  notes: string[];
}

/**
 * Says on the console, in one warning for the load (the contract's "reported once"), the records
 * skipped and what was left out of the others; the data source, handed no reasons, says nothing more.
 */
export function reportScan(scanned: ScannedWorkshops): ScannedWorkshops {
  const { skipped, reasons, notes } = scanned;
  const said = skipped ? [skippedText(skipped, reasons), ...notes] : notes;
  if (said[0]) warn(`pl-workshop-map: ${said.join('\n')}`);
  return { ...scanned, reasons: [] };
}

/** Display names of the courses this program is known for, used when the data gives none. */
const KNOWN_COURSES: Record<string, string> = {
  csf: 'CS Fundamentals',
  csd: 'CS Discoveries',
  csp: 'CS Principles',
  csa: 'Computer Science A',
  csc: 'CS Connections',
};

/** A known course written by its name ("CS Fundamentals", as sheets merged from two sources mix them) is that course ("csf"). */
const KEY_OF_KNOWN_NAME = new Map(Object.entries(KNOWN_COURSES).map(([key, name]) => [name.toLowerCase(), key]));

/** Counts a course (lower-case key `lower`) in: the first spelling wins, and the data's own name. */
function noteCourse(found: Map<string, CourseOption>, course: string, courseName: string | undefined, lower: string): void {
  const option = found.get(lower);
  const known = ownValue(KNOWN_COURSES, lower);
  if (!option) found.set(lower, { key: course, name: courseName ?? known ?? course });
  else if (courseName && option.name === (known ?? option.key)) option.name = courseName;
}

/** Each course's display name by its lower-case key. */
export const courseNames = (courses: readonly CourseOption[]) => new Map(courses.map((c) => [c.key.toLowerCase(), c.name]));

/**
 * The courses a page or link chose (`course="csf, CS Discoveries"`), as lower-case keys: each written
 * as its key or as its display name.
 */
export function chosenCourseKeys(courses: readonly CourseOption[], written: readonly string[]): string[] {
  const keyOf = new Map<string, string>();
  if (written.length) {
    for (const c of courses) keyOf.set(c.name.toLowerCase(), c.key.toLowerCase());
    // A key wins over another course's name.
    for (const c of courses) keyOf.set(c.key.toLowerCase(), c.key.toLowerCase());
  }
  return written.map((w) => w.trim().toLowerCase()).filter(Boolean).map((w) => keyOf.get(w) ?? w);
}

const byName = (found: Map<string, CourseOption>) => [...found.values()].sort((a, b) => a.name.localeCompare(b.name));

/**
 * Checks every record and indexes the valid ones. `map` first turns a record of another format into
 * a "pl" record (or a reason it cannot be one). Skipped records get a reason ("record 3: missing
 * title"); a duplicate id keeps the first record.
 */
export function scanWorkshops(list: readonly unknown[], map?: (record: unknown) => unknown, now = NaN): ScannedWorkshops {
  const n = list.length;
  const records: unknown[] = [];
  const reasons: string[] = [];
  const notes: string[] = [];
  const firstStart = new Float64Array(n);
  const lastEnd = new Float64Array(n);
  const lat = new Float64Array(n);
  const lng = new Float64Array(n);
  const isVirtual = new Uint8Array(n);
  const courseCode = new Uint32Array(n);
  const typeCode = new Uint8Array(n);
  const full = new Uint8Array(n);
  const state: string[] = [];
  const zones: (string | undefined)[] = [];
  const courseKeys: string[] = [];
  const found = new Map<string, CourseOption>();
  /** The course option of each course code, to skip names it already has. */
  const optionOf: CourseOption[] = [];
  // Most records repeat a few spellings ("csf", "GA"): each is normalised once.
  const codeBySpelling = new Map<string, number>();
  const codeByKey = new Map<string, number>();
  const stateBySpelling = new Map<string, string>();
  const seen = new Set<string>();
  const facts = emptyFacts();
  facts.shownAt = now;
  /** Each workshop's start as shown at `now` (see shownOrder). */
  const shownStart = new Float64Array(n);
  const unknownZones = new Map<string, number>();

  let m = 0;
  for (let k = 0; k < n; k++) {
    let problem: string | undefined;
    let record: unknown;
    try {
      record = map ? map(list[k]) : list[k];
      // A format's mapping answers with a reason (text) for a record it cannot read.
      problem = map && typeof record === 'string' ? record : checkRecord(record, facts);
      // One hash lookup: the set only grows when the id is new.
      if (problem === undefined && seen.size === seen.add(facts.id).size) problem = `duplicate id "${facts.id}"`;
    } catch (error) {
      problem = `unreadable (${String(error)})`;
    }
    if (problem !== undefined) {
      reasons.push(`record ${k + 1}: ${problem}`);
      continue;
    }
    records.push(record);
    if (facts.dropped) notes.push(`record ${k + 1} ("${facts.title}"): ${facts.dropped}`);
    if (facts.unknownZone) unknownZones.set(facts.unknownZone, (unknownZones.get(facts.unknownZone) ?? 0) + 1);
    firstStart[m] = facts.firstStart;
    lastEnd[m] = facts.lastEnd;
    shownStart[m] = facts.shownStart;
    lat[m] = facts.lat;
    lng[m] = facts.lng;
    isVirtual[m] = facts.virtual ? 1 : 0;
    let code = codeBySpelling.get(facts.course);
    if (code === undefined) {
      const written = facts.course.toLowerCase();
      const lower = KEY_OF_KNOWN_NAME.get(written) ?? written;
      code = codeByKey.get(lower);
      if (code === undefined) codeByKey.set(lower, (code = courseKeys.push(lower) - 1));
      codeBySpelling.set(facts.course, code);
      noteCourse(found, lower == written ? facts.course : lower, facts.courseName, lower);
      optionOf[code] = found.get(lower)!;
    } else if (facts.courseName && facts.courseName !== optionOf[code].name) {
      noteCourse(found, facts.course, facts.courseName, courseKeys[code]);
    }
    courseCode[m] = code;
    // normalizeType answers one of WORKSHOP_TYPES.
    typeCode[m] = WORKSHOP_TYPES.indexOf(facts.type);
    full[m] = facts.seatsRemaining === 0 ? 1 : 0;
    let stateOf = stateBySpelling.get(facts.state);
    if (stateOf === undefined) {
      stateOf = facts.state && (stateCode(facts.state) ?? facts.state.toUpperCase());
      stateBySpelling.set(facts.state, stateOf);
    }
    state.push(stateOf);
    zones.push(facts.readZone);
    m++;
  }

  // Said with the skipped records, in the load's one console warning (reportScan).
  const cleaned: string[] = [];
  if (notes.length) {
    cleaned.push(`session times left out (not a date and time, or an end before its start), per workshop:\n  ${notes.slice(0, 20).join('\n  ')}`);
  }
  if (unknownZones.size) {
    const listed = [...unknownZones].slice(0, 20).map(([zone, count]) => `"${zone}" (${count} workshop${count > 1 ? 's' : ''})`);
    cleaned.push(`timeZone left out, not a zone (use an IANA name such as "America/New_York"): ${listed.join(', ')}`);
  }
  const x = new Float64Array(m);
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    x[i] = mercatorX(lng[i]);
    y[i] = mercatorY(lat[i]);
  }
  const index = indexOf(records, {
    firstStart: firstStart.subarray(0, m),
    lastEnd: lastEnd.subarray(0, m),
    lat: lat.subarray(0, m),
    lng: lng.subarray(0, m),
    x,
    y,
    isVirtual: isVirtual.subarray(0, m),
    courseCode: courseCode.subarray(0, m),
    courseKeys,
    typeCode: typeCode.subarray(0, m),
    full: full.subarray(0, m),
    state,
    courses: byName(found),
  }, zones, now, shownStart.subarray(0, m));
  return { items: records, skipped: reasons.length, reasons, notes: cleaned, index };
}

/**
 * Workshop indexes by first start; workshops that start at the same time keep the data's order
 * (the partner's own order). The order of the starts comes from a native sort.
 */
export function startOrder(starts: Float64Array): Uint32Array {
  return packedOrder(starts) ?? rankOrder(starts);
}

const INDEX_SPAN = 2 ** 21;
const MINUTE_SPAN = 2 ** 31;

/**
 * The usual case, sorted as plain numbers: when every start is a whole minute, less than 2^31
 * minutes (4,000 years) after the earliest, and there are fewer than 2^21 workshops, "minutes after
 * the earliest, then index" is one exact double (under 2^52), and a Float64Array sorts natively.
 * Undefined otherwise.
 */
function packedOrder(starts: Float64Array): Uint32Array | undefined {
  const n = starts.length;
  if (n >= INDEX_SPAN) return undefined;
  let earliest = Infinity;
  for (let i = 0; i < n; i++) if (starts[i] < earliest) earliest = starts[i];
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const minutes = (starts[i] - earliest) / 60000;
    if (minutes % 1 !== 0 || minutes >= MINUTE_SPAN) return undefined;
    keys[i] = minutes * INDEX_SPAN + i;
  }
  keys.sort();
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k] % INDEX_SPAN;
  return order;
}

/** Any starts: a stable counting sort by each start's rank among the distinct starts. */
function rankOrder(starts: Float64Array): Uint32Array {
  const n = starts.length;
  const distinct = distinctSorted(starts);
  const rank = new Uint32Array(n);
  const firstAt = new Uint32Array(distinct.length + 1);
  for (let i = 0; i < n; i++) firstAt[(rank[i] = rankIn(distinct, starts[i])) + 1]++;
  for (let r = 1; r < firstAt.length; r++) firstAt[r] += firstAt[r - 1];
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[firstAt[rank[i]]++] = i;
  return order;
}

function distinctSorted(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let m = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[m - 1]) sorted[m++] = sorted[k];
  return sorted.subarray(0, m);
}

/** The position of `value` in the sorted, distinct `values` (which hold it). */
function rankIn(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

type Columns = Omit<FinderIndex, 'records' | 'size' | 'workshop' | 'location' | 'sessionDays' | 'shownOrder' | 'places' | 'warmDays' | 'warmPlaces'>;

/**
 * A value that `steps` builds, yielding between slices of the work: all at once when first asked for,
 * or, once warmed, a slice per task (the page stays responsive) until done or asked for.
 */
function sliced<T>(steps: () => Generator<void, T>): [get: () => T, warm: () => void] {
  let run: Generator<void, T> | undefined;
  let value: T | undefined;
  const next = (all?: boolean): T | undefined => {
    if (value) return value;
    run ??= steps();
    for (;;) {
      const step = run.next();
      if (step.done) return (value = step.value);
      if (!all) return void setTimeout(next);
    }
  };
  // Warmed twice (a second keystroke before the first slice): still one chain of slices.
  return [() => next(true)!, () => void (run || ((run = steps()), setTimeout(next)))];
}

function indexOf(records: readonly unknown[], columns: Columns, zones: readonly (string | undefined)[], scanNow: number, scanShown: Float64Array): FinderIndex {
  // Filled, not holes: a hole is read from Object.prototype, where a page may have set a [0].
  const built: (Workshop | undefined)[] = Array(records.length).fill(undefined);
  const [sessionDays, warmDays] = sliced(() => readDays(records, zones));
  const [places, warmPlaces] = sliced(() => locate(records, columns.isVirtual));
  let shown: [number, Uint32Array] | undefined;
  // Sorted when first needed: at load, a series under way usually moves, and that order is sorted instead.
  let byStart: Uint32Array | undefined;
  return {
    records,
    size: records.length,
    ...columns,
    workshop(i) {
      return (built[i] ??= toWorkshop(records[i]) as Workshop);
    },
    location: (i) => readLocation((records[i] as Record<string, unknown>).location) as WorkshopLocation | undefined,
    sessionDays,
    warmDays,
    places,
    warmPlaces,
    shownOrder(now) {
      // Once a minute: a re-filter in the same minute reads no session again.
      const minute = Math.floor(now / 6e4);
      if (shown?.[0] !== minute) {
        // In the scan's minute the scan has read the starts shown (the usual first query after a load).
        const order = minute === Math.floor(scanNow / 6e4) ? startOrder(scanShown) : shownOrder(records, zones, columns, now);
        shown = [minute, order ?? (byStart ??= startOrder(columns.firstStart))];
      }
      return shown[1];
    },
  };
}

function* locate(records: readonly unknown[], isVirtual: Columns['isVirtual']): Generator<void, Located[]> {
  const located: Located[] = [];
  for (let i = 0; i < records.length; i++) {
    if (i % 2e3 == 1999) yield;
    const location = readLocation((records[i] as Record<string, unknown>).location);
    located.push({ virtual: isVirtual[i] === 1, location: typeof location === 'object' ? (location as WorkshopLocation) : undefined });
  }
  // The names a city search reads, in a task of their own.
  yield;
  placeTable(located);
  return located;
}

/** The order of the sessions shown at `now`; undefined when it is the order of first starts. */
function shownOrder(records: readonly unknown[], zones: readonly (string | undefined)[], { firstStart, lastEnd }: Columns, now: number): Uint32Array | undefined {
  const shownStart = Float64Array.from(firstStart);
  let moved = false;
  for (let i = 0; i < records.length; i++) {
    if (firstStart[i] < now && lastEnd[i] >= now) {
      let next = Infinity;
      forEachSession(records[i] as Record<string, unknown>, zones[i], (startIso, startMs, endIso, endMs) => {
        if (startMs < next && sessionUntil(startIso, endIso, endIso ? endMs : startMs) >= now) next = startMs;
      });
      if (next > firstStart[i] && next < Infinity) {
        shownStart[i] = next;
        moved = true;
      }
    }
  }
  return moved ? startOrder(shownStart) : undefined;
}

function* readDays(records: readonly unknown[], zones: readonly (string | undefined)[]): Generator<void, SessionDays> {
  const offset = new Uint32Array(records.length + 1);
  const start: number[] = [];
  const end: number[] = [];
  const until: number[] = [];
  for (let i = 0; i < records.length; i++) {
    if (i % 2e3 == 1999) yield;
    const record = records[i];
    offset[i] = start.length;
    const dayOf = localDays(zones[i]);
    // The filter asks whether any session overlaps its days: order does not matter here.
    forEachSession(record as Record<string, unknown>, zones[i], (startIso, startMs, endIso, endMs) => {
      const day = dayOf(startIso, startMs);
      start.push(day);
      end.push(endIso ? dayOf(endIso, endMs) : day);
      until.push(sessionUntil(startIso, endIso, endIso ? endMs : startMs));
    });
  }
  offset[records.length] = start.length;
  return { offset, start: Uint32Array.from(start), end: Uint32Array.from(end), until: Float64Array.from(until) };
}

/** Indexes workshops that are already valid (tests, and callers that validated them already). */
export function createFinderIndex(workshops: readonly unknown[]): FinderIndex {
  return scanWorkshops(workshops).index;
}
