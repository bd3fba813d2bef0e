import type { Workshop } from '../workshop-map/types.js';
import { isAllDay } from './i18n/zoned-time.js';
import { parseTime } from './parse-time.js';

/**
 * "Add to calendar": an iCalendar file (RFC 5545) built in the browser, one VEVENT per session,
 * times in UTC so every calendar app places them right whatever its own zone. UIDs end in the page's
 * host: the same workshop id on two partners' sites is two events.
 */

/** 20270612T130000Z, of epoch milliseconds or a Date */
function utcStamp(time: number | Date): string {
  return new Date(time).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/**
 * TEXT values: backslash, semicolon, comma and line breaks escaped, no other control character but
 * the tab (RFC 5545 3.3.11). A vertical tab is a spreadsheet's line break inside a cell.
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n|[\r\n\v\f]/g, '\\n')
    .replace(/[\0-\b\x0e-\x1f\x7f]/g, '');
}

/**
 * Folds a content line to at most 75 octets per physical line (continuations start with a space),
 * never splitting a UTF-8 character or a surrogate pair. Each character's UTF-8 length comes from its
 * code point (a lone surrogate is written as U+FFFD, 3 octets): a long line folds in linear time.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    // 1 to 3 octets up to U+FFFF (a lone surrogate too), 4 for a pair (a char of length 2).
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : char.length + 2;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Longest title, location or notes (UTF-16 units) an event carries: a calendar entry, not a document. */
export const MAX_TEXT = 2000;
/** Sessions past this many get no event: a calendar file, not a data dump. */
export const MAX_EVENTS = 100;

/** Text from data kept to at most MAX_TEXT UTF-16 units, ending "…" when cut (never mid surrogate pair). */
export function clip(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT - 1).replace(/[\uD800-\uDBFF]$/, '') + '…' : text;
}

/** Whether an address already names the city as one of its parts ("1 Main St, Atlanta, GA"; not "100 Washington St"). */
export function namesCity(address: string | undefined, city: string | undefined): boolean {
  const name = city?.toLowerCase();
  return !!name && !!address?.split(',').some((part) => part.trim().toLowerCase() === name);
}

function locationText(workshop: Workshop, virtualLabel: string): string {
  if (workshop.virtual && !workshop.location) return virtualLabel;
  const l = workshop.location;
  if (!l) return '';
  const cityLine = [l.city, [l.state, l.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const parts = [l.name, l.address, cityLine].filter((p): p is string => !!p);
  // An address often already holds the city: do not repeat it.
  if (namesCity(l.address, l.city)) parts.pop();
  const text = parts.join(', ');
  return workshop.virtual ? [virtualLabel, text].filter(Boolean).join(', ') : text;
}

export interface IcsOptions {
  /** LOCATION of a virtual workshop; default "Virtual". */
  virtualLabel?: string;
}

/** The .ics text for a workshop: CRLF line ends, folded lines, escaped text. */
export function buildIcs(workshop: Workshop, now: number | Date = Date.now(), options: IcsOptions = {}): string {
  const stamp = utcStamp(now);
  const location = clip(locationText(workshop, options.virtualLabel ?? 'Virtual'));
  const total = workshop.sessions.length;
  const title = clip(workshop.title);
  // A URL this long is no registration link: left out rather than cut (a cut URL is a broken one).
  const url = workshop.registrationUrl && workshop.registrationUrl.length <= MAX_TEXT ? workshop.registrationUrl : '';
  const description = [workshop.courseName, workshop.notes, url].filter((p): p is string => !!p).map(clip).join('\n');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//pl-widgets//Workshop finder//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];

  workshop.sessions.slice(0, MAX_EVENTS).forEach((session, i) => {
    const start = parseTime(session.start);
    if (!isFinite(start)) return;
    const end = session.end ? parseTime(session.end) : NaN;
    lines.push('BEGIN:VEVENT', `UID:${escapeText(`${clip(workshop.id)}-${i + 1}`)}@${self.location.hostname || 'pl-widgets'}`, `DTSTAMP:${stamp}`);
    if (isAllDay(session)) {
      // Whole days, as written: the end date is exclusive, the day after the last.
      const day = (iso: string, later = 0) => utcStamp(parseTime(iso.slice(0, 10)) + later).slice(0, 8);
      lines.push(`DTSTART;VALUE=DATE:${day(session.start)}`, `DTEND;VALUE=DATE:${day(session.end ?? session.start, 864e5)}`);
    } else {
      lines.push(`DTSTART:${utcStamp(start)}`);
      if (isFinite(end) && end > start) lines.push(`DTEND:${utcStamp(end)}`);
    }
    lines.push(`SUMMARY:${escapeText(total > 1 ? `${title} (${i + 1}/${total})` : title)}`);
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    // Already a normalised absolute URL (validation ran it through safeUrl): it holds no line breaks.
    if (url) lines.push(`URL:${url}`);
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
