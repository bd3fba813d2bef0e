/**
 * Phase dates. A date-only value ("2026-06-22") is a whole day in the viewer's LOCAL time zone, so
 * "ends 2026-06-26" means "until the end of June 26 where the reader is", not midnight UTC.
 * A value with a time ("2026-06-22T09:00:00-04:00") is that exact instant.
 */
export interface TimeSpan {
  /** First millisecond (inclusive). */
  from: number;
  /** First millisecond after the span (exclusive). */
  to: number;
  dateOnly: boolean;
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
    return { from: start.getTime(), to: new Date(year, month, date + 1).getTime(), dateOnly: true };
  }
  if (!DATE_TIME.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isFinite(time) ? { from: time, to: time + 1, dateOnly: false } : undefined;
}

/**
 * `today` as a span: a date-only value is that whole local day, a Date or date-time that instant;
 * anything else (no value, unreadable) means now.
 */
export function todaySpan(value: unknown, now: Date = new Date()): TimeSpan {
  const instant = (time: number): TimeSpan => ({ from: time, to: time + 1, dateOnly: false });
  if (value instanceof Date && Number.isFinite(value.getTime())) return instant(value.getTime());
  if (typeof value === 'string' && value.trim()) {
    const parsed = parseSpan(value);
    if (parsed) return parsed;
    const time = Date.parse(value);
    if (Number.isFinite(time)) return instant(time);
  }
  return instant(now.getTime());
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
  return to > from ? f.formatRange(new Date(from), new Date(to)) : f.format(new Date(from));
}

/** The last day a span covers, for display: a date-only end is shown as that day, not the next. */
export function lastDay(span: TimeSpan): number {
  return span.dateOnly ? span.to - 1 : span.from;
}
