import { abbreviatedZone, ZONE_AT_END } from '../shared/geo/us-zone-names.js';
import { dayInZone, isAllDay, isValidTimeZone, zoneOffsetMinutes } from '../shared/i18n/zoned-time.js';
import { parseTime } from '../shared/parse-time.js';
import { pad } from '../shared/pad.js';

/**
 * Session times: reading the spellings data arrives in, and the fast path for the one spelling the
 * finder stores ("2026-06-12T09:00:00-04:00"). Loading 100,000 workshops reads several times as many
 * session strings, so the stored spelling is read digit by digit instead of through Date.parse.
 */

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "2027-02-30" is not a day, though Date.parse rolls it over into March. */
export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= MONTH_DAYS[m - 1] + (leap ? 1 : 0);
}

/** The number written by the digits text[from..to), or NaN when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/** The two-digit number at text[i..i+2), or NaN when either is not a digit. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  // A negative difference wraps to a huge unsigned number: one test catches both ends.
  return a >>> 0 > 9 || b >>> 0 > 9 ? NaN : a * 10 + b;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, by arithmetic (H. Hinnant's days_from_civil),
 * for years from 100 on: every quotient is of a positive number, so `| 0` is the floor.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = (year / 400) | 0;
  const yearOfEra = year - era * 400;
  const dayOfYear = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
  return era * 146097 + yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear - 719468;
}

/**
 * Epoch ms of "YYYY-MM-DDTHH:MM:SS" + "Z", ".sssZ" or "±HH:MM"; NaN for any other spelling or an
 * impossible date or time. The same answer as Date.parse for the strings it accepts. Loads read
 * several of these per workshop, so it is plain arithmetic: no Date, no loop, no allocation.
 */
export function canonicalMs(iso: string): number {
  const n = iso.length;
  // "-" 45, ":" 58, "T" 84, "." 46, "Z" 90, "+" 43
  const dateTimeShape =
    iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45 && iso.charCodeAt(10) === 84 && iso.charCodeAt(13) === 58 && iso.charCodeAt(16) === 58;
  if (n < 20 || !dateTimeShape) return NaN;
  let zoneAt = 19;
  let ms = 0;
  if (n === 24 && iso.charCodeAt(19) === 46) {
    ms = digits(iso, 20, 23);
    zoneAt = 23;
  }
  let offset: number;
  const sign = iso.charCodeAt(zoneAt);
  if (zoneAt === n - 1 && sign === 90) offset = 0;
  else if (zoneAt === n - 6 && (sign === 43 || sign === 45) && iso.charCodeAt(zoneAt + 3) === 58) {
    offset = (twoDigits(iso, zoneAt + 1) * 60 + twoDigits(iso, zoneAt + 4)) * (sign === 45 ? -1 : 1);
  } else return NaN;
  const y = twoDigits(iso, 0) * 100 + twoDigits(iso, 2);
  const mo = twoDigits(iso, 5);
  const d = twoDigits(iso, 8);
  const h = twoDigits(iso, 11);
  const mi = twoDigits(iso, 14);
  const s = twoDigits(iso, 17);
  // NaN fails every comparison: a non-digit anywhere ends here.
  if (!(y >= 100 && h <= 23 && mi <= 59 && s <= 59 && ms >= 0 && Math.abs(offset) < 1440 && isRealDay(y, mo, d))) return NaN;
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offset) * 60000 + s * 1000 + ms;
}

/** Epoch ms of the time readInstant read last. */
export let readMs = NaN;

/**
 * A session time as an ISO instant (see toInstant), its epoch ms in `readMs`; the stored spelling is
 * read once. Undefined when unreadable.
 */
export function readInstant(value: unknown, zone: string | undefined): string | undefined {
  // Exactly the stored spelling: it is kept as it is.
  const ms = storedMs(value);
  if (ms === ms) {
    readMs = ms;
    return value as string;
  }
  const iso = toInstant(value, zone);
  if (iso) readMs = instantMs(iso);
  return iso;
}

/** Epoch ms of a time in exactly the stored spelling (no spaces, no fraction); NaN for any other value. */
function storedMs(value: unknown): number {
  return typeof value === 'string' && (value.length === 25 || value.length === 20) ? canonicalMs(value) : NaN;
}

/**
 * Whether a session, as data spells it, is whole days: what the list shows without times (isAllDay
 * of its stored spelling). Most data has times: a stored spelling that is not midnight is decided
 * without reading anything.
 */
export function isWholeDays(start: unknown, end: unknown, zone: string | undefined): boolean {
  if (typeof start === 'string' && start.length === 25 && !start.startsWith('T00:00:00', 10)) return false;
  const from = readInstant(start, zone);
  return !!from && isAllDay({ start: from, end: end == null ? undefined : readInstant(end, zone) });
}

/** Epoch ms of a session time as data spells it (the same instant readInstant gives); NaN when unreadable. */
export function instantOf(value: unknown, zone: string | undefined): number {
  const ms = storedMs(value);
  if (ms === ms) return ms;
  if (value === undefined || value === null) return NaN;
  const iso = toInstant(value, zone);
  return iso ? instantMs(iso) : NaN;
}

/** Epoch ms of a stored session time (canonicalMs, else Date.parse). */
export function instantMs(iso: string): number {
  const ms = canonicalMs(iso);
  return ms === ms ? ms : parseTime(iso);
}

/**
 * Epoch ms when a stored session is over: its end, else its start (`ms`, when the caller has read
 * it already); a session of whole days at the end of its last day.
 */
export const sessionUntil = (start: string, end?: string, ms = instantMs(end ?? start)): number => ms + (isAllDay({ start, end }) ? 864e5 : 0);

/** Each zone's UTC offset (minutes) by UTC hour: sessions share a handful of hours, Intl is slow. */
const offsetsByHour = new Map<string, Map<number, number>>();

/** The UTC offset (minutes) of a zone at an instant; its cache is found once, not per time. */
function offsetsIn(zone: string): (ms: number) => number {
  let byHour = offsetsByHour.get(zone);
  if (!byHour) offsetsByHour.set(zone, (byHour = new Map()));
  return (ms) => {
    const hour = Math.floor(ms / 3600000);
    let offset = byHour.get(hour);
    if (offset === undefined) byHour.set(hour, (offset = zoneOffsetMinutes(ms, zone)));
    return offset;
  };
}

/**
 * The local day (YYYYMMDD) of a workshop's stored session times, as the list shows them: in the
 * workshop's zone when it has one, else on the clock its offset was written with. The written date
 * is that day whenever the written offset is the zone's (most data); "+00:00" times of a Los Angeles
 * workshop are read in Los Angeles. The zone is resolved once per workshop, not once per time.
 */
export function localDays(zone: string | undefined): (iso: string, ms: number) => number {
  const offsetAt = zone && isValidTimeZone(zone) ? offsetsIn(zone) : undefined;
  return (iso, ms) => {
    const at = iso.length - 6;
    const sign = iso.charCodeAt(at);
    if (at > 10 && (sign === 43 || sign === 45) && iso.charCodeAt(at + 3) === 58) {
      const day = twoDigits(iso, 0) * 1e6 + twoDigits(iso, 2) * 1e4 + twoDigits(iso, 5) * 100 + twoDigits(iso, 8);
      const written = (twoDigits(iso, at + 1) * 60 + twoDigits(iso, at + 4)) * (sign === 45 ? -1 : 1);
      if (day === day && (!offsetAt || written === offsetAt(ms))) return day;
    }
    return dayInZone(ms, zone);
  };
}

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
/** "2027-06-12T09:00", "2027-06-12 9:00 AM", "2027/06/12 09:00:00.000": a local time. */
const LOCAL_DATE_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?)?$/i;
/** "6/12/2027 9:00 AM", "6/12/27", "06-12-2027", month first, as US spreadsheets write dates: a local time too. */
const US_DATE_TIME = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
/** An offset after a time or a zone name in text Date.parse reads ("…9:00-0400", "… GMT", "… EDT"): not a local time. */
const NAMES_ZONE = /(?::\d\d(?:\.\d+)?|[ap]\.?m\.?)\s?(?:z|[+-]\d\d:?\d\d)\b|\b(?:gmt|utc?|[ecmpah][sd]t)\b/i;
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
 * workshop's local time), in one canonical spelling; a local "2026-06-12T09:00" is placed in the
 * workshop's zone when it has one (else the viewer's); anything else Date can read becomes UTC.
 * Undefined when unreadable.
 */
export function toInstant(value: unknown, zone: string | undefined): string | undefined {
  // A Date (a script's data, or JSON read by a date-reviving parser) is its instant.
  if (value instanceof Date) value = +value;
  // A number past the year 9999 is no session time (an end in micro- or nanoseconds): calendars
  // cannot write it, and past Date's range toISOString throws.
  if (typeof value === 'number') return Math.abs(value) < 2534e11 ? new Date(value).toISOString() : undefined;
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (CANONICAL.test(v)) return isFinite(canonicalMs(v)) ? v : undefined;
  const withOffset = ISO_WITH_OFFSET.exec(v);
  if (withOffset) {
    // One spelling for every browser's Date.parse: "T", seconds, "Z" or "±HH:MM".
    const [, date, h, mi, sec = '00', zoneText] = withOffset;
    const offset = zoneText.toUpperCase() === 'Z' ? 'Z' : `${zoneText.slice(0, 3)}:${zoneText.slice(-2)}`;
    const iso = `${date}T${h}:${mi}:${sec}${offset}`;
    const [y, mo, d] = date.split('-').map(Number);
    return isRealDay(y, mo, d) && isFinite(parseTime(iso)) ? iso : undefined;
  }
  const local = LOCAL_DATE_TIME.exec(v);
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', half] = local;
    return localInstant(+y, +mo, +d, half ? twelveHour(+h, half) : +h, +mi, +s, zone);
  }
  const us = US_DATE_TIME.exec(v);
  if (us) {
    const [, mo, d, y, h = '0', mi = '0', s = '0', half] = us;
    return localInstant(y.length === 2 ? 2000 + +y : +y, +mo, +d, half ? twelveHour(+h, half) : +h, +mi, +s, zone);
  }
  // "2027-06-12 9:00 AM EST": on New York's clock, as a partner who writes EST in June means it
  // (Date.parse would read a fixed -05:00, an hour off in summer), as the Code.org feed is read.
  const abbreviation = ZONE_AT_END.exec(v)?.[1];
  const named = abbreviation && abbreviatedZone(abbreviation, zone);
  // ("UTC" and "GMT" stay as Date.parse reads them: an export's clock, not the workshop's.)
  if (named && named != 'UTC') return toInstant(v.replace(ZONE_AT_END, ''), named);
  const ms = parseTime(v);
  // As for numbers: past the year 9999 is no session time (at Date's very end, "+275760-09-13", the
  // zone's offset could not be read: the whole record was skipped as unreadable).
  if (!(Math.abs(ms) < 2534e11)) return undefined;
  // "June 12, 2027 9:00 AM": Date.parse reads it on the viewer's clock; it is the workshop's. Read
  // on UTC's, which skips no hour (a viewer's may skip midnight: "September 6, 2026" in Santiago
  // is 1:00); as the viewer's where the browser does not read it so.
  if (zone && !NAMES_ZONE.test(v)) {
    const utc = parseTime(v + ' GMT');
    const at = new Date(utc === utc ? utc : ms - new Date(ms).getTimezoneOffset() * 60000);
    return localInstant(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), zone);
  }
  return new Date(ms).toISOString();
}

/** 12 AM is 0, 12 PM is 12; NaN for an hour that a 12-hour clock does not have. */
function twelveHour(hour: number, half: string): number {
  if (hour < 1 || hour > 12) return NaN;
  return (hour % 12) + (half[0].toLowerCase() === 'p' ? 12 : 0);
}

/** A wall time in the workshop's zone (else the viewer's), as an instant with its offset. */
function localInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string | undefined): string | undefined {
  if (!isRealDay(y, mo, d) || !(h <= 23 && mi <= 59 && s <= 59)) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (zone) {
    // Two passes settle DST edges; the offsets are cached by hour (a CSV of 100,000 local times).
    const offsetAt = offsetsIn(zone);
    const offset = offsetAt(wall - offsetAt(wall) * 60000);
    // A time the clocks skip (Santiago's midnight on the day they go forward: that day starts at
    // 1:00) takes the offset before the change, as Date does: later, on the same day, not earlier.
    return isoWithOffset(wall, Math.min(offset, offsetAt(wall - offset * 60000)));
  }
  const viewer = new Date(y, mo - 1, d, h, mi, s);
  return isoWithOffset(wall, -viewer.getTimezoneOffset());
}
