import { formatRangeOf } from '../shared/i18n/format.js';
import { parseTime } from '../shared/parse-time.js';

/**
 * Phase dates. A date-only value ("2026-06-22") is a whole day in the viewer's LOCAL time zone, so
 * "ends 2026-06-26" means "until the end of June 26 where the reader is", not midnight UTC.
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

const instant = (time: number): TimeSpan => ({ from: time, to: time + 1, dateOnly: false, day: time });

/**
 * `today` as a span: a date-only value is that whole local day, a Date or date-time that instant;
 * undefined when it is not a date (a day that does not exist, such as 2026-02-30, included).
 */
export function readToday(value: unknown): TimeSpan | undefined {
  if (value instanceof Date) return isFinite(value.getTime()) ? instant(value.getTime()) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const time = DATE_ONLY.test(text) ? NaN : parseTime(text);
  return parseSpan(text) ?? (isFinite(time) ? instant(time) : undefined);
}

/** `today`, or now when it is not set or not a date. */
export function todaySpan(value: unknown, now: Date = new Date()): TimeSpan {
  return readToday(value) ?? instant(now.getTime());
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, style: 'medium' | 'long'): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, { dateStyle: style });
    } catch {
      f = new Intl.DateTimeFormat('en', { dateStyle: style });
    }
    formatters.set(key, f);
  }
  return f;
}

/** One date in the page's locale ("June 22, 2026", "22 de junio de 2026"). */
export function formatDay(time: number, lang: string, style: 'medium' | 'long' = 'long'): string {
  return formatter(lang, style).format(new Date(time));
}

/** A date range in the page's locale, collapsed by Intl ("Jun 22 – 26, 2026"). */
export function formatDayRange(from: number, to: number, lang: string): string {
  const f = formatter(lang, 'medium');
  return to > from ? formatRangeOf(f, from, to) : f.format(new Date(from));
}

/** The last day a span covers, for display: a date-only end is shown as that day, not the next. */
export function lastDay(span: TimeSpan): number {
  return span.day;
}

/** Whether `end` comes before `start`: by calendar day when either is a whole day, else by instant. */
export function endsBeforeStart(start: TimeSpan, end: TimeSpan): boolean {
  return start.dateOnly || end.dateOnly ? end.day < start.day : end.to <= start.from;
}
