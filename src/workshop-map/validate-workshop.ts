import { isRecord, nonEmptyString, unwrapList, validateAll, type Normalized } from '../shared/data/normalized.js';
import { isValidTimeZone } from '../shared/i18n/zoned-time.js';
import { safeUrl } from '../shared/safe-url.js';
import { instantMs, readInstant } from './instants.js';
import {
  WORKSHOP_TYPES,
  type PartnerContact,
  type Workshop,
  type WorkshopLocation,
  type WorkshopSession,
  type WorkshopType,
} from './types.js';

/**
 * Validation of workshop records (format "pl"; the other formats map to it first). Runs once per
 * load, so it may be thorough; it never throws. Strings are trimmed and kept as text.
 */

const text = (value: unknown): string | undefined => nonEmptyString(value);

function finiteNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

const nonNegative = (value: unknown): number | undefined => {
  const n = finiteNumber(value);
  return n !== undefined && n >= 0 ? n : undefined;
};

function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes' || v === '1') return true;
    if (v === 'false' || v === 'no' || v === '0' || v === '') return false;
  }
  if (value === 1) return true;
  if (value === 0) return false;
  return undefined;
}

const TYPE_ALIASES: Record<string, WorkshopType> = {
  deepdive: 'deep-dive',
  'summer-workshop': 'summer',
  'academic-year-workshop': 'academic-year',
  ay: 'academic-year',
  introduction: 'intro',
  'intro-workshop': 'intro',
};

const typeBySpelling = new Map<string, WorkshopType>();

/** "Deep Dive", "deep_dive", "deep-dive" -> 'deep-dive'; anything unknown -> 'other'. */
export function normalizeType(value: unknown): WorkshopType {
  if (typeof value !== 'string') return 'other';
  let type = typeBySpelling.get(value);
  if (!type) {
    const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
    type = (WORKSHOP_TYPES as readonly string[]).includes(key) ? (key as WorkshopType) : (TYPE_ALIASES[key] ?? 'other');
    if (typeBySpelling.size < 1000) typeBySpelling.set(value, type);
  }
  return type;
}

/** Epoch ms of each session's start and end (NaN when none), in session order: read once, at load. */
const sessionTimes = new WeakMap<Workshop, number[]>();

const timesOf = (sessions: WorkshopSession[]) => sessions.flatMap((s) => [instantMs(s.start), s.end ? instantMs(s.end) : NaN]);

/** [start0, end0, start1, end1, ...] in ms (end NaN when the session has none). */
export function sessionMs(workshop: Workshop): readonly number[] {
  let times = sessionTimes.get(workshop);
  if (!times) {
    times = timesOf(workshop.sessions);
    sessionTimes.set(workshop, times);
  }
  return times;
}

function readSessions(record: Record<string, unknown>, zone: string | undefined, times: number[]): WorkshopSession[] {
  const raw = Array.isArray(record.sessions)
    ? record.sessions
    : record.start !== undefined
      ? [{ start: record.start, end: record.end }]
      : [];
  const sessions: WorkshopSession[] = [];
  let sorted = true;
  for (const entry of raw) {
    const s: Record<string, unknown> = isRecord(entry) ? entry : { start: entry };
    const startTime = readInstant(s.start, zone);
    if (!startTime) continue;
    const [start, startMs] = startTime;
    let [end, endMs] = readInstant(s.end, zone) ?? [undefined, NaN];
    // An end before its start is a data error; keep the session, drop the end.
    if (!(endMs >= startMs)) {
      end = undefined;
      endMs = NaN;
    }
    if (times.length && startMs < times[times.length - 2]) sorted = false;
    times.push(startMs, endMs);
    sessions.push(end ? { start, end } : { start });
  }
  if (sorted) return sessions;
  // Rare: sort, then read the times again in the new order.
  sessions.sort((a, b) => instantMs(a.start) - instantMs(b.start));
  times.splice(0, times.length, ...timesOf(sessions));
  return sessions;
}

/** Many records share a partner's URL: check each distinct URL once per load. */
const urlMemo = new Map<string, string | undefined>();

function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (urlMemo.has(value)) return urlMemo.get(value);
  const url = safeUrl(value, { webOnly: true });
  if (urlMemo.size < 10000) urlMemo.set(value, url);
  return url;
}

function readLocation(value: unknown): WorkshopLocation | string | undefined {
  if (!isRecord(value)) return undefined;
  const lat = finiteNumber(value.lat ?? value.latitude);
  const lng = finiteNumber(value.lng ?? value.lon ?? value.longitude);
  if (lat === undefined || lng === undefined) return 'missing location.lat/lng';
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return 'location.lat/lng out of range';
  const location: WorkshopLocation = { lat, lng };
  for (const key of ['name', 'address', 'city', 'postalCode'] as const) {
    const v = text(value[key]);
    if (v) location[key] = v;
  }
  const state = text(value.state);
  if (state) location.state = state.length === 2 ? state.toUpperCase() : state;
  return location;
}

function readPartner(value: unknown): PartnerContact | undefined {
  if (!isRecord(value)) return undefined;
  const partner: PartnerContact = {};
  const name = text(value.name);
  const email = text(value.email)?.replace(/^mailto:/i, '');
  const phone = text(value.phone)?.replace(/^tel:/i, '');
  const url = webUrl(value.url);
  if (name) partner.name = name;
  if (email) partner.email = email;
  if (phone) partner.phone = phone;
  if (url) partner.url = url;
  return Object.keys(partner).length ? partner : undefined;
}

function readStrings(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const strings = list.map(text).filter((s): s is string => !!s);
  return strings.length ? strings : undefined;
}

/** The fields the finder only needs once a workshop is shown or handed out: see `withDetails`. */
const pendingDetails = new WeakMap<Workshop, Record<string, unknown>>();

/**
 * One record to a Workshop, or the reasons it cannot be one. With `lazyDetails`, only what decides
 * validity, the filters and the pins is read now; the rest (links, prices, contacts, notes) is read
 * by `withDetails` the first time the workshop is shown, so a load of 100,000 records does not check
 * 100,000 URLs nobody looks at.
 */
export function toWorkshop(record: unknown, lazyDetails = false): Workshop | string {
  if (!isRecord(record)) return 'not an object';
  const id = text(record.id);
  const title = text(record.title);
  const course = text(record.course);
  const zoneText = text(record.timeZone);
  const timeZone = zoneText && isValidTimeZone(zoneText) ? zoneText : undefined;
  const times: number[] = [];
  const sessions = readSessions(record, timeZone, times);
  const isVirtual = bool(record.virtual) ?? false;
  const location = readLocation(record.location);

  const problems: string[] = [];
  if (!id) problems.push('missing id');
  if (!title) problems.push('missing title');
  if (!course) problems.push('missing course');
  if (!sessions.length) problems.push('no session with a valid start');
  if (!isVirtual && typeof location !== 'object') problems.push(location ?? 'missing location.lat/lng');
  if (problems.length) return problems.join(', ');

  const workshop: Workshop = {
    id: id!,
    title: title!,
    course: course!,
    type: normalizeType(record.type),
    sessions,
    virtual: isVirtual,
  };
  if (typeof location === 'object') workshop.location = location;
  if (timeZone) workshop.timeZone = timeZone;
  const courseName = text(record.courseName);
  if (courseName) workshop.courseName = courseName;
  const seats = nonNegative(record.seatsRemaining);
  if (seats !== undefined) workshop.seatsRemaining = seats;

  sessionTimes.set(workshop, times);
  if (lazyDetails) pendingDetails.set(workshop, record);
  else readDetails(record, workshop);
  return workshop;
}

/** Completes a workshop read with `lazyDetails` (in place, so its identity stays); returns it. */
export function withDetails(workshop: Workshop): Workshop {
  const record = pendingDetails.get(workshop);
  if (record) {
    pendingDetails.delete(workshop);
    readDetails(record, workshop);
  }
  return workshop;
}

function readDetails(record: Record<string, unknown>, workshop: Workshop): void {
  const capacity = nonNegative(record.capacity);
  if (capacity !== undefined) workshop.capacity = capacity;
  const registrationUrl = safeUrl(record.registrationUrl, { webOnly: true });
  if (registrationUrl) workshop.registrationUrl = registrationUrl;
  const value = nonNegative(record.value);
  if (value !== undefined) workshop.value = value;
  const cost = nonNegative(record.cost);
  if (cost !== undefined) workshop.cost = cost;
  const currency = text(record.currency)?.toUpperCase();
  if (currency && /^[A-Z]{3}$/.test(currency)) workshop.currency = currency;
  const scholarships = bool(record.scholarships);
  if (scholarships !== undefined) workshop.scholarships = scholarships;
  const partner = readPartner(record.partner);
  if (partner) workshop.partner = partner;
  const facilitators = readStrings(record.facilitators);
  if (facilitators) workshop.facilitators = facilitators;
  const grades = text(record.grades);
  if (grades) workshop.grades = grades;
  const notes = text(record.notes);
  if (notes) workshop.notes = notes;
}

/**
 * A validator for one load: each record to a Workshop or a reason; a duplicate id keeps the first.
 * `map` first turns a record of another format into a "pl" record (or a reason it cannot be one).
 */
export function normalizeWorkshopList(
  list: unknown[],
  map?: (record: unknown) => unknown,
  lazyDetails = false,
): Normalized<Workshop> {
  const seen = new Set<string>();
  urlMemo.clear();
  return validateAll(list, (record) => {
    const mapped = map ? map(record) : record;
    if (typeof mapped === 'string') return mapped;
    const workshop = toWorkshop(mapped, lazyDetails);
    if (typeof workshop === 'string') return workshop;
    if (seen.has(workshop.id)) return `duplicate id "${workshop.id}"`;
    seen.add(workshop.id);
    return workshop;
  });
}

/**
 * Validates workshop records: an array, or `{ "workshops": [...] }`. Invalid records are skipped
 * with a reason ("record 3: missing title"); a duplicate id keeps the first record.
 */
export function normalizeWorkshops(raw: unknown, lazyDetails = false): Normalized<Workshop> {
  const list = unwrapList(raw, ['workshops']);
  if (!list) return { items: [], skipped: 1, reasons: ['expected an array of workshops or { "workshops": [...] }'] };
  return normalizeWorkshopList(list, undefined, lazyDetails);
}
