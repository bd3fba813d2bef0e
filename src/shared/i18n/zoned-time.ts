/**
 * Times in a workshop's own zone: validating IANA zone names, turning a local wall time into an
 * instant, and formatting a session as "Fri, Jun 12, 2026, 9:00 AM – 4:00 PM EDT".
 */

const zoneValidity = new Map<string, boolean>();
import { parseTime } from '../parse-time.js';
import { cached, dateTimeFormat, formatRangeOf } from './format.js';

/** True when Intl knows the IANA zone (cached: building a formatter per record is slow at 100k). */
export function isValidTimeZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    try {
      dateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(zone, valid);
  }
  return valid;
}

const partsFormatter = (zone: string): Intl.DateTimeFormat =>
  cached(`parts|${zone}`, () =>
    dateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
  );

/**
 * The wall-clock fields of an instant in `zone`, as if they were UTC (epoch ms). Read from the
 * formatted text ("7/26/2027, 09:00:00", en-US: month, day, year, hour, minute, second): a day
 * filter over 100,000 workshops asks about 7,500 times, and formatToParts is about 2.5 times slower.
 */
function wallClockAsUtc(ms: number, zone: string): number {
  const [month, day, year, hour, minute, second] = partsFormatter(zone).format(ms).split(/\D+/);
  return Date.UTC(+year, +month - 1, +day, +hour % 24, +minute, +second);
}

/** The zone's offset from UTC, in minutes, at the instant `ms` (e.g. -240 for EDT). */
export function zoneOffsetMinutes(ms: number, zone: string): number {
  return Math.round((wallClockAsUtc(ms, zone) - Math.floor(ms / 1000) * 1000) / 60000);
}

/**
 * The instant at which the wall clock in `zone` shows the given local time. `wallMs` is that local
 * time written as if it were UTC (`Date.UTC(y, m, d, h, min)`). Two passes settle DST edges.
 */
export function wallTimeToInstant(wallMs: number, zone: string): number {
  let guess = wallMs - zoneOffsetMinutes(wallMs, zone) * 60000;
  guess = wallMs - zoneOffsetMinutes(guess, zone) * 60000;
  return guess;
}

/** The calendar day (YYYYMMDD as a number) of an instant in `zone`, or in the viewer's zone. */
export function dayInZone(ms: number, zone: string | undefined): number {
  if (zone && isValidTimeZone(zone)) {
    const wall = new Date(wallClockAsUtc(ms, zone));
    return wall.getUTCFullYear() * 10000 + (wall.getUTCMonth() + 1) * 100 + wall.getUTCDate();
  }
  const d = new Date(ms);
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
}

/** `dayOnly`: the day without its year or time ("Sun, Jun 13"), as the later days of a series are listed. */
function displayFormatter(lang: string, zone: string | undefined, withTime: boolean, dayOnly?: boolean): Intl.DateTimeFormat {
  return cached(`display|${lang}|${zone}|${withTime}|${dayOnly}`, () => {
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'short',
      ...(!dayOnly && { year: 'numeric' }),
      month: 'short',
      day: 'numeric',
      ...(withTime && { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }),
      ...(zone ? { timeZone: zone } : {}),
    };
    try {
      // Spanish of the Americas (es, es-MX, es-419: CMS pages rarely say es-US) is written as US Spanish
      // writes it, "9:00 a.m. EST", not "9:00 GMT-5": only es-US has names for US zones. Spain keeps its own.
      return dateTimeFormat(/^es(?!-ES)/.test(lang) ? 'es-US' : lang, options);
    } catch {
      // A bad language tag or zone must not break rendering: fall back to defaults.
      const { timeZone: _zone, ...rest } = options;
      try {
        return dateTimeFormat(lang, rest);
      } catch {
        return dateTimeFormat('en', rest);
      }
    }
  });
}

/**
 * A session as one readable range in the workshop's zone: "Fri, Jun 12, 2026, 9:00 AM – 4:00 PM EDT".
 * Without a known zone, on the clock of `home` (the zone of the workshop's state) or of the offset its
 * start was written with (see clockOf), else in the viewer's zone. A session spanning days shows both dates.
 */
const ranges = new Map<string, string>();

export function formatSessionRange(
  session: { start: string; end?: string },
  timeZone: string | undefined,
  lang: string,
  home?: string,
  dayOnly?: boolean,
): string {
  // formatRange is slow (about 0.1 ms); a program's workshops share a handful of dates and times.
  const key = `${lang}|${timeZone}|${home}|${session.start}|${session.end}|${dayOnly}`;
  let text = ranges.get(key);
  if (text === undefined) {
    text = formatRange(session, timeZone, lang, home, dayOnly);
    if (ranges.size > 5000) ranges.clear();
    ranges.set(key, text);
  }
  return text;
}

/**
 * A session that data gave as days ("2027-06-12", or to "2027-06-14"): stored as local midnights. It
 * is shown without a time, and its calendar event lasts whole days. ("Z" times are the viewer's.)
 */
export function isAllDay(session: { start: string; end?: string }): boolean {
  // The stored spelling "2027-06-12T00:00:00-04:00"; no end is no time either.
  const midnight = (iso?: string) => !iso || iso.slice(-15, -6) == 'T00:00:00';
  return midnight(session.start) && midnight(session.end);
}

/**
 * "-04:00" for a time written with that offset: without a known zone, the offset the data wrote is
 * still the workshop's own clock ("9:00 AM GMT-4"), where the viewer's zone would move the time.
 * A "Z" time says nothing about the workshop's clock: undefined (the viewer's zone).
 */
function offsetZone(iso: string): string | undefined {
  return /[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2})$/.exec(iso)?.[1];
}

/**
 * The clock of a time without a known zone: `home` (the zone of the workshop's state) when the
 * offset written is its own then ("EDT", not "GMT-4"), or when the time is written in UTC ("Z",
 * "+00:00": an export's, not the workshop's clock); else the offset written.
 */
function clockOf(iso: string, ms: number, home: string | undefined): string | undefined {
  const offset = offsetZone(iso);
  if (!home) return offset;
  const minutes = offset ? (+offset.slice(1, 3) * 60 + +offset.slice(4)) * (offset[0] == '-' ? -1 : 1) : 0;
  return !minutes || minutes == zoneOffsetMinutes(ms, home) ? home : offset;
}

function formatRange(session: { start: string; end?: string }, timeZone: string | undefined, lang: string, home?: string, dayOnly?: boolean): string {
  const start = parseTime(session.start);
  if (!isFinite(start)) return session.start;
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : clockOf(session.start, start, home);
  if (dayOnly) return displayFormatter(lang, zone, false, true).format(start);
  const end = session.end ? parseTime(session.end) : NaN;
  const full = displayFormatter(lang, zone, !isAllDay(session));
  if (!isFinite(end) || end <= start) return full.format(start);
  // formatRange shows a same-day session's date once and the zone once.
  return formatRangeOf(full, start, end);
}
