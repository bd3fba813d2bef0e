import type { Workshop } from '../workshop-map/types.js';

/**
 * "Add to calendar": an iCalendar file (RFC 5545) built in the browser, one VEVENT per session,
 * times in UTC so every calendar app places them right whatever its own zone.
 */

/** 20270612T130000Z */
function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per physical line (continuations start with a space),
 * never splitting a UTF-8 character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
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

function locationText(workshop: Workshop, virtualLabel: string): string {
  if (workshop.virtual && !workshop.location) return virtualLabel;
  const l = workshop.location;
  if (!l) return '';
  const cityLine = [l.city, [l.state, l.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const parts = [l.name, l.address, cityLine].filter((p): p is string => !!p);
  // An address often already holds the city: do not repeat it.
  if (l.address && l.city && l.address.includes(l.city)) parts.pop();
  const text = parts.join(', ');
  return workshop.virtual ? [virtualLabel, text].filter(Boolean).join(', ') : text;
}

export interface IcsOptions {
  /** LOCATION of a virtual workshop; default "Virtual". */
  virtualLabel?: string;
}

/** The .ics text for a workshop: CRLF line ends, folded lines, escaped text. */
export function buildIcs(workshop: Workshop, now: number | Date = Date.now(), options: IcsOptions = {}): string {
  const stamp = utcStamp(typeof now === 'number' ? now : now.getTime());
  const location = locationText(workshop, options.virtualLabel ?? 'Virtual');
  const total = workshop.sessions.length;
  const description = [workshop.courseName, workshop.notes, workshop.registrationUrl].filter(Boolean).join('\n');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//pl-widgets//Workshop finder//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];

  workshop.sessions.forEach((session, i) => {
    const start = Date.parse(session.start);
    if (!Number.isFinite(start)) return;
    const end = session.end ? Date.parse(session.end) : NaN;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${workshop.id}-${i + 1}`)}@pl-widgets`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(start)}`,
    );
    if (Number.isFinite(end) && end > start) lines.push(`DTEND:${utcStamp(end)}`);
    lines.push(`SUMMARY:${escapeText(total > 1 ? `${workshop.title} (${i + 1}/${total})` : workshop.title)}`);
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    // Already a normalised absolute URL (validation ran it through safeUrl): it holds no line breaks.
    if (workshop.registrationUrl) lines.push(`URL:${workshop.registrationUrl}`);
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
