import { cached, dateTimeFormat, formatRangeOf } from '../shared/i18n/format.js';
import { instant, parseSpan, readToday, type TimeSpan } from '../shared/today.js';

export { readToday, type TimeSpan } from '../shared/today.js';

const MIDNIGHT = /[T ]00:00(:00(\.0+)?)?(Z|[+-]\d\d:?\d\d)?$/i;

/**
 * A phase date. One written as midnight ("2026-06-22T00:00:00.000Z", a date as JSON writes a `Date`)
 * is the day it names, a whole local day as "2026-06-22" is: the timeline shows the day written, and
 * the instant would fall on the day before in the Americas (current a day early, completed a day early).
 * None (no date given) is no span, as a blank is.
 */
export const parsePhaseDate = (value = ''): TimeSpan | undefined => parseSpan(value.trim().replace(MIDNIGHT, ''));

/** `today`, or now when it is not set or not a date. */
export function todaySpan(value: unknown, now: Date = new Date()): TimeSpan {
  return readToday(value) ?? instant(now.getTime());
}

/**
 * Fields, not a `dateStyle`: Intl's data for some regions writes a `dateStyle` date and its range in
 * different orders (es-PR: "05/04/2026" for one day, "4/5/2026–19/6/2026" for a range).
 */
function formatter(lang: string, style: 'short' | 'long'): Intl.DateTimeFormat {
  return cached(`day|${lang}|${style}`, () => {
    const fields = { day: 'numeric', month: style, year: 'numeric' } as const;
    try {
      return dateTimeFormat(lang, fields);
    } catch {
      return dateTimeFormat('en', fields);
    }
  });
}

/** One date in the page's locale ("June 22, 2026", "22 de junio de 2026"). */
export function formatDay(time: number, lang: string, style: 'short' | 'long' = 'long'): string {
  return formatter(lang, style).format(new Date(time));
}

/** A date range in the page's locale, collapsed by Intl ("Jun 22 – 26, 2026"). */
export function formatDayRange(from: number, to: number, lang: string): string {
  const f = formatter(lang, 'short');
  return to > from ? formatRangeOf(f, from, to) : f.format(new Date(from));
}

/** Whether `end` comes before `start`: by calendar day when either is a whole day, else by instant. */
export function endsBeforeStart(start: TimeSpan, end: TimeSpan): boolean {
  return start.dateOnly || end.dateOnly ? end.day < start.day : end.to <= start.from;
}
