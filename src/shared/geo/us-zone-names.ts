import { ALASKA, ARIZONA, CENTRAL, EASTERN, HAWAII, MOUNTAIN, PACIFIC } from './us-states.js';

/**
 * US zone abbreviations and the IANA zone they name. Only the zone: a time is read on that zone's
 * clock, so "9:00am EST" in July is 9:00 in New York (EDT), as a partner who writes it means.
 */
const ZONES: Record<string, string> = {
  EDT: EASTERN,
  EST: EASTERN,
  ET: EASTERN,
  CDT: CENTRAL,
  CST: CENTRAL,
  CT: CENTRAL,
  MDT: MOUNTAIN,
  MST: MOUNTAIN,
  MT: MOUNTAIN,
  PDT: PACIFIC,
  PST: PACIFIC,
  PT: PACIFIC,
  AKDT: ALASKA,
  AKST: ALASKA,
  HST: HAWAII,
  HDT: 'America/Adak',
  AST: 'America/Puerto_Rico',
  ChST: 'Pacific/Guam',
  SST: 'Pacific/Pago_Pago',
  UTC: 'UTC',
  GMT: 'UTC',
};

/** A zone's abbreviation at the end of a time, as feeds and spreadsheets write it: "EDT", "edt", "(EDT)", "ChST". */
export const ZONE_AT_END = /\(?\b([a-z]{1,4}t|utc|gmt)\)?\s*$/i;

/**
 * The IANA zone a US abbreviation names ("EDT", "est", "PT"), with its summer time: a partner who
 * writes "EST" means New York's clock. In Arizona (`home`, the zone of the workshop's state) MST is
 * Phoenix's clock all year, not Denver's.
 */
export function abbreviatedZone(abbreviation: string, home: string | undefined): string | undefined {
  const zone = ZONES[abbreviation] ?? ZONES[abbreviation.toUpperCase()];
  return zone === MOUNTAIN && home === ARIZONA ? ARIZONA : zone;
}

/**
 * A US zone written out, as Windows and Rails apps export it: "Eastern Standard Time", "Pacific Time
 * (US & Canada)", "(GMT-05:00) Eastern Time (US & Canada)", "Alaskan Standard Time", "US Mountain
 * Standard Time" (Arizona's, read as `home` says). Its initials are the abbreviation. Only names
 * that start with a US zone's word, and with no other country in brackets: "China Standard Time"
 * (CST) or "Central Standard Time (Mexico)" is another country's clock.
 */
export function spelledZone(name: string, home: string | undefined): string | undefined {
  const words = name.replace(/\((?:US (?:&|and) Canada|(?:UTC|GMT)[^)]*|[a-z]{2,4})\)|^US /gi, '').trim().split(/\s+/);
  return /^(eastern|central|mountain|pacific|alaskan?|hawaii\S*|atlantic)$/i.test(words[0]) && /^time$/i.test(words[words.length - 1]) ? abbreviatedZone(words.map((word) => (/^alaskan?$/i.test(word) ? 'AK' : word[0])).join('').toUpperCase(), home) : undefined;
}
