import { isRecord, nonEmptyString, unwrapList, validateAll, type Normalized } from '../shared/data/normalized.js';
import { isValidTimeZone, wallTimeToInstant } from '../shared/i18n/zoned-time.js';
import { safeUrl } from '../shared/safe-url.js';
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

/** "Deep Dive", "deep_dive", "deep-dive" -> 'deep-dive'; anything unknown -> 'other'. */
export function normalizeType(value: unknown): WorkshopType {
  if (typeof value !== 'string') return 'other';
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((WORKSHOP_TYPES as readonly string[]).includes(key)) return key as WorkshopType;
  return TYPE_ALIASES[key] ?? 'other';
}

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "2027-02-30" is not a day, though Date.parse rolls it over into March. */
function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= MONTH_DAYS[m - 1] + (leap ? 1 : 0);
}

/** The spelling sessions are stored in; most data already uses it, so it is checked first. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

/** Local wall time (as UTC ms) + offset -> "2026-06-12T09:00:00-04:00". */
export function isoWithOffset(wallMs: number, offsetMinutes: number): string {
  const d = new Date(wallMs);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * A session time as an ISO instant. Strings with an offset keep their wall time and offset (the
 * workshop's local time), in one canonical spelling; a local "2026-06-12T09:00" is placed in the workshop's zone when it has
 * one (else the viewer's); anything else Date can read becomes UTC. Undefined when unreadable.
 */
export function toInstant(value: unknown, zone: string | undefined): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (CANONICAL.test(v)) {
    const ok = isRealDay(+v.slice(0, 4), +v.slice(5, 7), +v.slice(8, 10)) && Number.isFinite(Date.parse(v));
    return ok ? v : undefined;
  }
  const withOffset = ISO_WITH_OFFSET.exec(v);
  if (withOffset) {
    // One spelling for every browser's Date.parse: "T", seconds, "Z" or "±HH:MM".
    const [, date, h, mi, sec = '00', zoneText] = withOffset;
    const offset = zoneText.toUpperCase() === 'Z' ? 'Z' : `${zoneText.slice(0, 3)}:${zoneText.slice(-2)}`;
    const iso = `${date}T${h}:${mi}:${sec}${offset}`;
    const [y, mo, d] = date.split('-').map(Number);
    return isRealDay(y, mo, d) && Number.isFinite(Date.parse(iso)) ? iso : undefined;
  }
  const local = LOCAL_DATE_TIME.exec(v);
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
    const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
    if (!isRealDay(+y, +mo, +d) || +h > 23 || +mi > 59 || +s > 59) return undefined;
    if (zone) {
      const instant = wallTimeToInstant(wall, zone);
      return isoWithOffset(wall, Math.round((wall - instant) / 60000));
    }
    const viewer = new Date(+y, +mo - 1, +d, +h, +mi, +s);
    return isoWithOffset(wall, -viewer.getTimezoneOffset());
  }
  const ms = Date.parse(v);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function readSessions(record: Record<string, unknown>, zone: string | undefined): WorkshopSession[] {
  const raw = Array.isArray(record.sessions)
    ? record.sessions
    : record.start !== undefined
      ? [{ start: record.start, end: record.end }]
      : [];
  const sessions: WorkshopSession[] = [];
  const starts: number[] = [];
  let sorted = true;
  for (const entry of raw) {
    const s: Record<string, unknown> = isRecord(entry) ? entry : { start: entry };
    const start = toInstant(s.start, zone);
    if (!start) continue;
    const startMs = Date.parse(start);
    const end = toInstant(s.end, zone);
    if (starts.length && startMs < starts[starts.length - 1]) sorted = false;
    starts.push(startMs);
    // An end before its start is a data error; keep the session, drop the end.
    sessions.push(end && Date.parse(end) >= startMs ? { start, end } : { start });
  }
  return sorted ? sessions : sessions.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
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

/** One record to a Workshop, or the reasons it cannot be one. */
export function toWorkshop(record: unknown): Workshop | string {
  if (!isRecord(record)) return 'not an object';
  const id = text(record.id);
  const title = text(record.title);
  const course = text(record.course);
  const zoneText = text(record.timeZone);
  const timeZone = zoneText && isValidTimeZone(zoneText) ? zoneText : undefined;
  const sessions = readSessions(record, timeZone);
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
  const capacity = nonNegative(record.capacity);
  if (capacity !== undefined) workshop.capacity = capacity;
  const seats = nonNegative(record.seatsRemaining);
  if (seats !== undefined) workshop.seatsRemaining = seats;
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
  return workshop;
}

/**
 * A validator for one load: each record to a Workshop or a reason; a duplicate id keeps the first.
 * `map` first turns a record of another format into a "pl" record (or a reason it cannot be one).
 */
export function normalizeWorkshopList(
  list: unknown[],
  map?: (record: unknown) => unknown,
): Normalized<Workshop> {
  const seen = new Set<string>();
  urlMemo.clear();
  return validateAll(list, (record) => {
    const mapped = map ? map(record) : record;
    if (typeof mapped === 'string') return mapped;
    const workshop = toWorkshop(mapped);
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
export function normalizeWorkshops(raw: unknown): Normalized<Workshop> {
  const list = unwrapList(raw, ['workshops']);
  if (!list) return { items: [], skipped: 1, reasons: ['expected an array of workshops or { "workshops": [...] }'] };
  return normalizeWorkshopList(list);
}
