import { isRecord, nonEmptyString } from '../normalized.js';
import { wallTimeToInstant } from '../../i18n/zoned-time.js';
import { isoWithOffset, isRealDay } from '../../../workshop-map/instants.js';
import { ownValue } from '../../own.js';
import { stateZone } from '../../geo/us-states.js';
import { abbreviatedZone, ZONE_AT_END } from '../../geo/us-zone-names.js';

/**
 * Code.org's public K-5 workshop-map feed (`format="codeorg"`): an array of
 * `{ id, subject, location_name, location_address, sessions, processed_location }`, where sessions
 * are display strings such as "2027-06-12, 9:00am-4:00pm EDT" and processed_location is
 * `{ latitude, longitude, city, state, formatted_address }`, or null when the address could not be
 * placed (such a workshop is skipped).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const DATE_US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const DATE_WORDS = /^(?:[a-z]+,?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/i;
/**
 * A clock time ("9:00am", "9.30am", "9:00:00am": the seconds ignored); a bare number counts only before
 * a dash ("9-4pm"), as the start of a range.
 */
const TIME = /(\d{1,2})(?:[:.](\d{2})(?::\d{2})?)?\s*(?:([ap])\.?\s*m?\b\.?)?(\s*[-–])?/gi;

interface ParsedSession {
  start: string;
  end?: string;
  zone?: string;
}

function wallMs(y: number, mo: number, d: number, h: number, mi: number): number | undefined {
  // No February 30 (Date.UTC would roll it over into March).
  if (!isRealDay(y, mo, d) || h > 23 || mi > 59) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi);
}

/** [year, month, day, length of the date text]. */
function readDate(text: string): [number, number, number, number] | undefined {
  let m = DATE_ISO.exec(text);
  if (m) return [+m[1], +m[2], +m[3], m[0].length];
  m = DATE_US.exec(text);
  if (m) return [+m[3], +m[1], +m[2], m[0].length];
  m = DATE_WORDS.exec(text);
  // Its month is three letters, the month name's first (or the whole of "May").
  const month = m ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
  return month ? [+m![3], month, +m![2], m![0].length] : undefined;
}

/**
 * Clock times in "9:00am-4:00pm", "9:00a-4:00p", "9:00-4:00pm" or "9-4pm": the start takes the end's
 * am/pm when it has none, unless that puts it after the end ("11-1pm" is 11 AM to 1 PM). With no
 * am/pm at all, an end before its start is in the afternoon ("8:30-3:30"), and so is a range from
 * 1 to 6 that ends by 9 ("1:00-4:00", "6:00-9:00").
 */
function readTimes(text: string): [number, number][] {
  const found = [...text.matchAll(TIME)].filter((t) => t[2] || t[3] || t[4]);
  const meridiems = found.map((t) => t[3]?.toLowerCase());
  if (found.length === 2 && !meridiems[0]) {
    if (meridiems[1]) {
      const endHour = +found[1][1] % 12 + (meridiems[1] === 'p' ? 12 : 0);
      const asEnd = +found[0][1] % 12 + (meridiems[1] === 'p' ? 12 : 0);
      meridiems[0] = asEnd <= endHour ? meridiems[1] : 'a';
    } else if (+found[1][1] < +found[0][1] && +found[0][1] < 13) meridiems[1] = 'p';
    // "1:00-4:00": a workshop does not run in the small hours ("06:00-09:00" is a 24-hour clock's, and
    // "5:00-11:00" a morning's).
    else if (+found[0][1] && +found[0][1] < 7 && +found[1][1] < 10 && found[0][1][0] != '0') meridiems[0] = meridiems[1] = 'p';
  }
  return found.slice(0, 2).map((t, i) => {
    const hour = meridiems[i] ? (+t[1] % 12) + (meridiems[i] === 'p' ? 12 : 0) : +t[1];
    return [hour, t[2] ? +t[2] : 0];
  });
}

/**
 * "2027-06-12, 9:00am-4:00pm EDT" -> ISO instants with the zone's offset, and the IANA zone.
 * `state` picks the zone when the text names none (and tells Arizona's MST from Denver's).
 */
export function parseCodeorgSession(text: string, state?: string): ParsedSession | undefined {
  const trimmed = text.trim();
  const date = readDate(trimmed);
  if (!date) return undefined;
  const rest = trimmed.slice(date[3]);
  // "2027-06-12 to 2027-06-14, 9:00am-4:00pm": days of a range are not one session (and the second
  // date's digits are no times); the workshop is skipped with its reason rather than invented.
  if (/\d[-/]\d+[-/]\d/.test(rest)) return undefined;
  const times = readTimes(rest.replace(ZONE_AT_END, '').replace(/(12\s*)?noon/gi, '12:00pm').replace(/midnight/gi, '12:00am')).map(([hour, minute]) =>
    wallMs(date[0], date[1], date[2], hour, minute),
  );
  // An impossible time ("9:75am", "99:00") is not read as another (midnight, or no end): the session is
  // skipped with its reason.
  if (times.includes(undefined)) return undefined;
  const start = times[0] ?? wallMs(date[0], date[1], date[2], 0, 0);
  if (start === undefined) return undefined;
  // "8:00pm-1:00am" ends the next day.
  const end = times[1]! < start ? times[1]! + 864e5 : times[1];

  const abbreviation = ZONE_AT_END.exec(trimmed)?.[1];
  const zone = (abbreviation && abbreviatedZone(abbreviation, stateZone(state))) || stateZone(state);
  const offsetAt = (wall: number) => (zone ? Math.round((wall - wallTimeToInstant(wall, zone)) / 60000) : 0);
  return {
    start: isoWithOffset(start, offsetAt(start)),
    ...(end !== undefined ? { end: isoWithOffset(end, offsetAt(end)) } : {}),
    ...(zone ? { zone } : {}),
  };
}

const SUBJECT_TYPES: Record<string, string> = {
  intro: 'intro',
  'intro workshop': 'intro',
  'deep dive': 'deep-dive',
  'deep dive workshop': 'deep-dive',
};

/** One feed entry to a "pl" workshop record, or the reason it cannot be one. */
export function codeorgToRecord(entry: unknown): unknown {
  if (!isRecord(entry)) return 'not an object';
  const place = entry.processed_location;
  if (!isRecord(place)) return 'processed_location is missing (the address could not be placed)';
  const state = nonEmptyString(place.state);
  const rawSessions = Array.isArray(entry.sessions) ? entry.sessions : [];
  const sessions: ParsedSession[] = [];
  for (const s of rawSessions) {
    if (typeof s === 'string') {
      // A time as the "pl" format writes it is read as such; text that cannot be read stays as an
      // unreadable time, counted in the console's report (not lost without a word).
      sessions.push(/^\s*\d{4}-\d\d-\d\dT/.test(s) ? { start: s } : (parseCodeorgSession(s, state) ?? { start: '' }));
    } else if (isRecord(s)) {
      sessions.push({ start: String(s.start ?? ''), ...(s.end ? { end: String(s.end) } : {}) });
    }
  }
  const subject = nonEmptyString(entry.subject);
  const id = nonEmptyString(entry.id);
  const city = nonEmptyString(place.city);
  // The list adds "city, state" itself: the address keeps what comes before its city, and the ZIP
  // code after it ("333 S Beaudry Ave, Los Angeles, CA 90017, USA" -> "333 S Beaudry Ave", 90017).
  const address = `, ${nonEmptyString(entry.location_address) ?? nonEmptyString(place.formatted_address) ?? ''}`;
  const at = city ? address.toLowerCase().lastIndexOf(`, ${city.toLowerCase()}`) : -1;
  return {
    id,
    title: subject ? `CS Fundamentals ${subject.replace(/workshop$/i, '').trimEnd()} Workshop` : 'CS Fundamentals Workshop',
    course: 'csf',
    courseName: 'CS Fundamentals',
    type: (subject && ownValue(SUBJECT_TYPES, subject.toLowerCase())) ?? subject ?? 'other',
    sessions: sessions.map(({ start, end }) => (end ? { start, end } : { start })),
    timeZone: sessions.find((s) => s.zone)?.zone,
    virtual: false,
    location: {
      name: entry.location_name,
      address: address.slice(2, at < 0 ? undefined : at),
      city,
      state,
      postalCode: /\b\d{5}\b/.exec(address.slice(at))?.[0], // at -1: the last character, no ZIP
      lat: place.latitude,
      lng: place.longitude,
    },
    registrationUrl: id ? `https://studio.code.org/pd/workshops/${encodeURIComponent(id)}/enroll` : undefined,
  };
}
