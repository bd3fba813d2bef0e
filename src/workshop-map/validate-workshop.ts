import { isRecord, nonEmptyString } from '../shared/data/normalized.js';
import { stateZone, zoneNear } from '../shared/geo/us-states.js';
import { isValidTimeZone } from '../shared/i18n/zoned-time.js';
import { ownValue } from '../shared/own.js';
import { safeUrl } from '../shared/safe-url.js';
import { instantMs, instantOf, isWholeDays, readInstant, readMs } from './instants.js';
import {
  WORKSHOP_TYPES,
  type PartnerContact,
  type Workshop,
  type WorkshopLocation,
  type WorkshopSession,
  type WorkshopType,
} from './types.js';
import { toAmount, toNumber } from '../shared/amount.js';
import { abbreviatedZone, spelledZone } from '../shared/geo/us-zone-names.js';

/**
 * Validation of workshop records (format "pl"; the other formats map to it first); it never throws.
 * Strings are trimmed and kept as text. The finder checks every record at load (`checkRecord`) and
 * builds a Workshop (`toWorkshop`) only for those it shows or hands out.
 */

const text = nonEmptyString;

/** A number, or the text of one; not null, "" or [] (which Number() reads as 0). */
export function finiteNumber(value: unknown): number | undefined {
  const n = toNumber(value);
  return isFinite(n) ? n : undefined;
}

const nonNegative = (value: unknown): number | undefined => {
  const n = finiteNumber(value);
  return n !== undefined && n >= 0 ? n : undefined;
};

/**
 * Seats left as data writes them: 12, "12", "1,000", "12 seats", and "Full" or "Sold out" for none.
 * Overbooked (-2) is full, not unknown.
 */
function seatsLeft(value: unknown): number | undefined {
  const seats = typeof value == 'string' && /^\s*(full|sold out|lleno|agotado)\s*$/i.test(value) ? 0 : toAmount(value)[0];
  return isFinite(seats) ? Math.max(0, Math.floor(seats)) : undefined;
}

function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    // Also as a Spanish spreadsheet writes them (VERDADERO, FALSO, sí).
    const v = value.trim().toLowerCase();
    if (/^(true|yes|y|1|verdadero|s[ií])$/.test(v)) return true;
    if (/^(false|no|n|0|falso|)$/.test(v)) return false;
  }
  if (value === 1) return true;
  if (value === 0) return false;
  return undefined;
}

const TYPE_ALIASES: Record<string, WorkshopType> = {
  deepdive: 'deep-dive',
  ay: 'academic-year',
  introduction: 'intro',
};

const typeBySpelling = new Map<string, WorkshopType>();

/** "Deep Dive", "deep_dive", "Deep Dive Workshop" (Code.org's name) -> 'deep-dive'; anything unknown -> 'other'. */
export function normalizeType(value: unknown): WorkshopType {
  if (typeof value !== 'string') return 'other';
  let type = typeBySpelling.get(value);
  if (!type) {
    const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/-workshop$/, '');
    type = (WORKSHOP_TYPES as readonly string[]).includes(key) ? (key as WorkshopType) : (ownValue(TYPE_ALIASES, key) ?? 'other');
    if (typeBySpelling.size < 1000) typeBySpelling.set(value, type);
  }
  return type;
}

const NO_SESSIONS: readonly unknown[] = [];

/** The session entries of a record: `sessions`, or a lone `start`/`end` pair. */
function sessionEntries(record: Record<string, unknown>): readonly unknown[] {
  if (Array.isArray(record.sessions)) return record.sessions;
  return record.start !== undefined ? [{ start: record.start, end: record.end }] : NO_SESSIONS;
}

/**
 * Calls `visit` for each readable session of a record, in data order: its start and, when it has a
 * readable one that is not before the start, its end (each as a stored ISO instant and epoch ms).
 */
export function forEachSession(
  record: Record<string, unknown>,
  zone: string | undefined,
  visit: (start: string, startMs: number, end: string | undefined, endMs: number) => void,
): void {
  for (const entry of sessionEntries(record)) {
    const s: Record<string, unknown> = isRecord(entry) ? entry : { start: entry };
    const start = readInstant(s.start, zone);
    if (!start) continue;
    const startMs = readMs;
    const end = readInstant(s.end, zone);
    // An end before its start is a data error; keep the session, drop the end.
    if (end && readMs >= startMs) visit(start, startMs, end, readMs);
    else visit(start, startMs, undefined, NaN);
  }
}

/** A record's readable sessions, sorted by start (ends before their start dropped). */
export function readSessions(record: Record<string, unknown>, zone: string | undefined): WorkshopSession[] {
  const sessions: WorkshopSession[] = [];
  let sorted = true;
  let lastStartMs = -Infinity;
  forEachSession(record, zone, (start, startMs, end) => {
    if (startMs < lastStartMs) sorted = false;
    lastStartMs = startMs;
    sessions.push(end ? { start, end } : { start });
  });
  // Rare: sessions out of order.
  if (!sorted) sessions.sort((a, b) => instantMs(a.start) - instantMs(b.start));
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

/** A location's lat and lng, into `point` when usable; otherwise why they are not (`point` is left as it was). */
export function readPoint(value: Record<string, unknown>, point: { lat: number; lng: number }): string | undefined {
  const lat = finiteNumber(value.lat ?? value.latitude);
  const lng = finiteNumber(value.lng ?? value.lon ?? value.longitude);
  if (lat === undefined || lng === undefined) return 'missing location.lat/lng';
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return 'location.lat/lng out of range';
  point.lat = lat;
  point.lng = lng;
  return undefined;
}

export function readLocation(value: unknown): WorkshopLocation | string | undefined {
  if (!isRecord(value)) return undefined;
  const location: WorkshopLocation = { lat: NaN, lng: NaN };
  const problem = readPoint(value, location);
  if (problem) return problem;
  for (const key of ['name', 'address', 'city', 'postalCode'] as const) {
    const v = text(value[key]);
    if (v) location[key] = v;
  }
  const state = text(value.state);
  if (state) location.state = state.length === 2 ? state.toUpperCase() : state;
  return location;
}

/** A record's email and phone (without `mailto:` and `tel:`), into `into` when written. */
export function readContact(value: Record<string, unknown>, into: { email?: string; phone?: string }): void {
  const email = text(value.email)?.replace(/^mailto:/i, '');
  const phone = text(value.phone)?.replace(/^tel:/i, '');
  if (email) into.email = email;
  if (phone) into.phone = phone;
}

function readPartner(value: unknown): PartnerContact | undefined {
  if (!isRecord(value)) return undefined;
  const partner: PartnerContact = {};
  const name = text(value.name);
  const url = webUrl(value.url);
  if (name) partner.name = name;
  readContact(value, partner);
  if (url) partner.url = url;
  return Object.keys(partner).length ? partner : undefined;
}

/** The texts of a list, or of a string cut at `separator` (the whole string without one). */
export const textList = (value: unknown, separator?: RegExp): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(separator!) : []).map(text).filter((s): s is string => !!s);

function readStrings(value: unknown): string[] | undefined {
  const strings = textList(value);
  return strings.length ? strings : undefined;
}

/**
 * What decides whether a record is a workshop, and what the finder's index keeps of it. Filled in
 * place by `checkRecord` (one object per load, not one per record: a load of 100,000 records
 * allocates nothing per record here).
 */
export interface RecordFacts {
  id: string;
  title: string;
  course: string;
  courseName: string | undefined;
  type: WorkshopType;
  timeZone: string | undefined;
  /** The zone local session times are read in: `timeZone`, else the state's. */
  readZone: string | undefined;
  /** `timeZone` as written when it names no zone read here (a zone outside the US written out, "Romance Standard Time"): ignored, and reported. */
  unknownZone: string | undefined;
  virtual: boolean;
  /** NaN when the record has no usable point (allowed only when virtual). */
  lat: number;
  lng: number;
  /** location.state as written (trimmed; two letters upper-cased), or "". */
  state: string;
  /** Epoch ms of the earliest valid session start, and of the latest end (or start). */
  firstStart: number;
  lastEnd: number;
  /** Session starts and ends left out: not a time, or an end before its start. */
  dropped: number;
  /** The time the scan reads a series under way at (NaN: not read), and the start it shows then: its first session not over (see finder-index's shownOrder), else its first. */
  shownAt: number;
  shownStart: number;
  seatsRemaining: number | undefined;
}

export const emptyFacts = (): RecordFacts => ({
  id: '',
  title: '',
  course: '',
  courseName: undefined,
  type: 'other',
  timeZone: undefined,
  readZone: undefined,
  unknownZone: undefined,
  virtual: false,
  lat: NaN,
  lng: NaN,
  state: '',
  firstStart: NaN,
  lastEnd: NaN,
  dropped: 0,
  shownAt: NaN,
  shownStart: NaN,
  seatsRemaining: undefined,
});

/** The point of a location, into `facts`; a reason when it is there but unusable. */
function checkPoint(value: unknown, facts: RecordFacts): string | undefined {
  facts.lat = facts.lng = NaN;
  facts.state = '';
  if (!isRecord(value)) return undefined;
  const problem = readPoint(value, facts);
  if (problem) return problem;
  const state = text(value.state);
  // The index turns it into a code ("ga", "Georgia" -> "GA") once per spelling.
  if (state) facts.state = state;
  return undefined;
}

/** The earliest start and latest end of the valid sessions, into `facts`; false when none is valid. */
function checkSessions(record: Record<string, unknown>, facts: RecordFacts): boolean {
  let first = Infinity;
  let last = -Infinity;
  let next = Infinity;
  const now = facts.shownAt;
  const entries = sessionEntries(record);
  facts.dropped = 0;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k];
    const entryIsRecord = isRecord(entry);
    const startText = entryIsRecord ? entry.start : entry;
    const start = instantOf(startText, facts.readZone);
    if (!(start === start)) {
      facts.dropped++;
      continue;
    }
    const end = entryIsRecord ? instantOf(entry.end, facts.readZone) : NaN;
    if (!(end >= start) && entryIsRecord && entry.end != null && entry.end !== '') facts.dropped++;
    if (start < first) first = start;
    let until = end >= start ? end : start;
    // A session of whole days ("2027-06-12", to "2027-06-14") lasts until its last day is over.
    if ((until + 864e5 > last || until < now) && isWholeDays(startText, end >= start ? (entry as Record<string, unknown>).end : undefined, facts.readZone)) until += 864e5;
    if (until > last) last = until;
    // The session a series under way shows (finder-index's shownOrder), read here while its times are at hand.
    if (until >= now && start < next) next = start;
  }
  facts.firstStart = first;
  facts.lastEnd = last;
  facts.shownStart = next < Infinity ? next : first;
  return first !== Infinity;
}

/** The zone of a record's state (a US state's main zone), where its `timeZone` needs one. */
const homeZone = (place: unknown): string | undefined => (isRecord(place) ? stateZone(place.state) : undefined);

/**
 * Checks one record (format "pl") and fills `facts`; returns the reasons it is not a workshop, or
 * undefined when it is one. `toWorkshop` and the finder's index both decide through here, so they
 * can never disagree.
 */
export function checkRecord(record: unknown, facts: RecordFacts): string | undefined {
  if (!isRecord(record)) return 'not an object';
  const id = text(record.id);
  const title = text(record.title);
  const course = text(record.course);
  const zoneText = text(record.timeZone);
  const place = record.location;
  // "EST" as a partner means it: New York's clock, summer time included (not the fixed zone of that name).
  // The state's zone is read only where needed: most records name an IANA zone (a load reads thousands).
  facts.timeZone =
    zoneText &&
    ((zoneText.length < 5 && abbreviatedZone(zoneText, homeZone(place))) || (isValidTimeZone(zoneText) ? zoneText : spelledZone(zoneText, homeZone(place))));
  facts.unknownZone = facts.timeZone ? undefined : zoneText;
  const locationProblem = checkPoint(place, facts);
  // Local times ("2027-06-12 09:00") of a record without a zone: on the clock of its state, not the
  // viewer's; without a state either, on that of the state nearest its place, which it then shows in
  // (not where it named a zone that cannot be read: that one is reported and left out).
  facts.readZone = facts.timeZone ?? homeZone(place) ?? (zoneText ? undefined : (facts.timeZone = zoneNear(facts.lat, facts.lng)));
  const hasSession = checkSessions(record, facts);
  const isVirtual = bool(record.virtual) ?? false;

  // Joined without a closure or an array: this runs once per record of a load.
  const problems =
    (id ? '' : ', missing id') +
    (title ? '' : ', missing title') +
    (course ? '' : ', missing course') +
    (hasSession ? '' : ', no session with a valid start') +
    (isVirtual || facts.lat === facts.lat ? '' : `, ${locationProblem ?? 'missing location.lat/lng'}`);
  if (problems) return problems.slice(2);

  facts.id = id!;
  facts.title = title!;
  facts.course = course!;
  facts.courseName = text(record.courseName);
  facts.type = normalizeType(record.type);
  facts.virtual = isVirtual;
  facts.seatsRemaining = seatsLeft(record.seatsRemaining);
  return undefined;
}

const scratch = emptyFacts();

/** One record (format "pl") to a Workshop, or the reasons it cannot be one. */
export function toWorkshop(record: unknown): Workshop | string {
  const problem = checkRecord(record, scratch);
  if (problem !== undefined) return problem;
  const raw = record as Record<string, unknown>;
  const facts = scratch;
  const workshop: Workshop = {
    id: facts.id,
    title: facts.title,
    course: facts.course,
    type: facts.type,
    sessions: readSessions(raw, facts.readZone),
    virtual: facts.virtual,
  } as Workshop;
  // Not enumerable: a copy, JSON and a deep comparison see the checked fields only.
  Object.defineProperty(workshop, 'record', { value: raw });
  const location = readLocation(raw.location);
  if (typeof location === 'object') workshop.location = location;
  if (facts.timeZone) workshop.timeZone = facts.timeZone;
  if (facts.courseName) workshop.courseName = facts.courseName;
  if (facts.seatsRemaining !== undefined) workshop.seatsRemaining = facts.seatsRemaining;
  readDetails(raw, workshop);
  return workshop;
}

function readDetails(record: Record<string, unknown>, workshop: Workshop): void {
  // As seats left: "1,000", "30 seats".
  const capacity = nonNegative(toAmount(record.capacity)[0]);
  if (capacity !== undefined) workshop.capacity = capacity;
  // mailto: and tel: too: "email us to register" is a registration link.
  const registrationUrl = safeUrl(record.registrationUrl);
  if (registrationUrl) workshop.registrationUrl = registrationUrl;
  // Amounts as a spreadsheet has them too: "$1,500", "Free".
  const [value, valueCurrency] = toAmount(record.value);
  if (nonNegative(value) !== undefined) workshop.value = value;
  const [cost, costCurrency] = toAmount(record.cost);
  if (nonNegative(cost) !== undefined) workshop.cost = cost;
  // A code or a sign ("EUR", "€"), else the one the amounts are written in ("€25", "300 EUR").
  const written = text(record.currency)?.toUpperCase();
  const currency = (written && toAmount(`0 ${written}`)[1]) || costCurrency || valueCurrency;
  if (currency) workshop.currency = currency;
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
