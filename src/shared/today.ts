import { parseTime } from './parse-time.js';

/**
 * Phase dates and `today` (the timeline's and the map's). A date-only value ("2026-06-22") is a
 * whole day in the viewer's LOCAL time zone, so "ends 2026-06-26" means "until the end of June 26
 * where the reader is", not midnight UTC.
 * A value with a time ("2026-06-22T09:00:00-04:00") is that exact instant; it is shown as the
 * calendar day it was written with (June 22 in Tokyo too, where the instant falls on June 22 or 23).
 */
export interface TimeSpan {
  /** First millisecond (inclusive). */
  from: number;
  /** First millisecond after the span (exclusive). */
  to: number;
  dateOnly: boolean;
  /** The start of the calendar day to show, as a local date (the written day of a date-time). */
  day: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO-style date with a time; other Date.parse dialects differ between browsers, so they are refused. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** Parses a phase date; undefined when the text is not a valid date. */
export function parseSpan(value: string): TimeSpan | undefined {
  const text = value.trim();
  const day = DATE_ONLY.exec(text);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]) - 1, Number(day[3])];
    const start = new Date(year, month, date);
    // new Date(2026, 1, 30) rolls over to March 2: such a day does not exist.
    if (start.getFullYear() !== year || start.getMonth() !== month || start.getDate() !== date) return undefined;
    return { from: start.getTime(), to: new Date(year, month, date + 1).getTime(), dateOnly: true, day: start.getTime() };
  }
  if (!DATE_TIME.test(text)) return undefined;
  const time = parseTime(text);
  const written = parseSpan(text.slice(0, 10));
  return isFinite(time) && written ? { from: time, to: time + 1, dateOnly: false, day: written.day } : undefined;
}

export const instant = (time: number): TimeSpan => ({ from: time, to: time + 1, dateOnly: false, day: time });

/**
 * `today` as a span: a date-only value is that whole local day, a Date, epoch milliseconds
 * (`Date.now()`, after 1973) or date-time that instant; undefined when it is not a date (a day that does not
 * exist, such as 2026-02-30, included).
 */
export function readToday(value: unknown): TimeSpan | undefined {
  // Not a year or a day written as a number (2026, 20260915): 1970 by the clock, not meant.
  if (typeof value == 'number') value = value > 1e11 && new Date(value);
  if (value instanceof Date) return isFinite(value.getTime()) ? instant(value.getTime()) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const time = DATE_ONLY.test(text) ? NaN : parseTime(text);
  return parseSpan(text) ?? (isFinite(time) ? instant(time) : undefined);
}
