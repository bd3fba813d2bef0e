import { csvParse } from 'd3-dsv';
import { isRecord } from '../normalized.js';
import { unflatten } from './flatten.js';

/**
 * Workshops as CSV (`format="csv"`): a header row, then one workshop per row. Accepted columns:
 *
 * - The record's own field names, nested ones flattened with dots: `id`, `title`, `course`,
 *   `courseName`, `type`, `timeZone`, `virtual`, `location.name`, `location.address`,
 *   `location.city`, `location.state`, `location.postalCode`, `location.lat`, `location.lng`,
 *   `capacity`, `seatsRemaining`, `registrationUrl`, `value`, `cost`, `currency`, `scholarships`,
 *   `partner.name`, `partner.email`, `partner.url`, `partner.phone`, `grades`, `notes`.
 * - Sessions as `sessions.0.start`, `sessions.0.end`, `sessions.1.start`, ... or, for one session,
 *   a plain `start` / `end` pair. Times are ISO 8601 (`2027-06-12T09:00:00-04:00`), or local
 *   (`2027-06-12 09:00`) in the row's `timeZone`.
 * - Short forms for the place: `venue`, `address`, `city`, `state`, `postalCode` or `zip`,
 *   `lat`, `lng` or `lon` (used when the `location.*` columns are absent).
 * - `facilitators` separated by `;`. Booleans are `true`/`false` (also yes/no, 1/0); numbers plain.
 * - Empty cells count as missing.
 */

export function parseCsv(text: string): Record<string, string>[] {
  // d3-dsv leaves a byte-order mark in the first header name; spreadsheets often write one.
  return csvParse(text.replace(/^\uFEFF/, '')) as unknown as Record<string, string>[];
}

const PLACE_ALIASES: Record<string, string> = {
  venue: 'name',
  address: 'address',
  city: 'city',
  state: 'state',
  postalCode: 'postalCode',
  zip: 'postalCode',
  lat: 'lat',
  latitude: 'lat',
  lng: 'lng',
  lon: 'lng',
  longitude: 'lng',
};

/** One CSV row (header -> cell) to a "pl" workshop record. */
export function csvRowToRecord(row: unknown): unknown {
  if (!isRecord(row)) return 'not a row';
  const record = unflatten(row);
  if (!isRecord(record.location)) {
    const location: Record<string, unknown> = {};
    for (const [column, field] of Object.entries(PLACE_ALIASES)) {
      if (record[column] !== undefined && location[field] === undefined) location[field] = record[column];
    }
    if (Object.keys(location).length) record.location = location;
  }
  if (typeof record.facilitators === 'string') record.facilitators = record.facilitators.split(';');
  if (Array.isArray(record.sessions)) record.sessions = record.sessions.filter((s) => s !== undefined);
  return record;
}
