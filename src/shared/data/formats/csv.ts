import { dsvFormat } from 'd3-dsv';
import { isRecord } from '../normalized.js';
import { unflatten } from './flatten.js';
import { ownValue } from '../../own.js';
import { best } from '../../best.js';

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
 * - `facilitators` separated by `;`. Booleans are `true`/`false` (also yes/no, 1/0, verdadero/falso, sí); numbers plain.
 * - Header names are matched in any case, without spaces, underscores or hyphens between words
 *   (`ID`, `Location.Lat`, `TimeZone`, `Seats Remaining`, `registration_url`).
 * - Empty cells count as missing.
 * - Cells separated by commas, or by semicolons or tabs as spreadsheets save them in many locales
 *   (Spanish Excel writes `;`), told apart by the header row. A `;` file is read the way those
 *   locales write: decimal commas in number columns (`33,7525`) and day-first dates in time columns
 *   (`12/06/2027 9:00`, `12-06-27` and German Excel's `12.06.2027 09:00` are 12 June); elsewhere a slashed date is month-first, as in the US.
 */

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter the header row uses most (outside quotes); a comma when it has none. */
function headerDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text.slice(0, 10000)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return best(DELIMITERS, (delimiter, most) => (counts.get(delimiter) ?? 0) > (counts.get(most) ?? 0))!;
}

/** Cells that hold numbers; only these read a decimal comma. */
const NUMBER_COLUMN = /(^|\.)(lat|latitude|lng|lon|longitude|capacity|seatsRemaining|value|cost)$/;
const DECIMAL_COMMA = /^\s*[+-]?\d+,\d+\s*$/;
/** "1.500", "2.500,50": thousands grouped with dots, in an amount or a count (a position's "33.752" is a decimal). */
const GROUPED = /^\s*\d{1,3}(\.\d{3})+(,\d+)?\s*$/;
const AMOUNT_COLUMN = /(capacity|seatsRemaining|value|cost)$/;
/** Session time cells: `start`, `end`, `sessions.N.start`, `sessions.N.end`. */
const TIME_COLUMN = /^(sessions\.\d+\.)?(start|end)$/;
/** "12/06/2027", "12.06.27", "12-06-2027", then what follows ("9:00", "09:00 EDT"). */
const DAY_FIRST = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d\d)(?:\s+(.+?))?\s*$/;

/** A cell as a `;` file's locale means it: "33,75" -> "33.75", "1.500" -> "1500", "12/06/2027 9:00" -> "2027-06-12 9:00". */
function fromCommaLocale(column: string, cell: string): string {
  if (NUMBER_COLUMN.test(column) && (DECIMAL_COMMA.test(cell) || (AMOUNT_COLUMN.test(column) && GROUPED.test(cell)))) {
    return cell.replace(/\./g, '').replace(',', '.');
  }
  const date = TIME_COLUMN.test(column) ? DAY_FIRST.exec(cell) : null;
  if (!date) return cell;
  const [, d, mo, y, time] = date;
  return `${y.length < 4 ? 20 + y : y}-${mo}-${d}${time ? ' ' + time : ''}`;
}

/** The record's field names that are not all lower case. */
const CAMEL = ['courseName', 'timeZone', 'postalCode', 'seatsRemaining', 'registrationUrl'];

/**
 * A header name as the record spells it, whatever its case, and spaces, underscores or hyphens
 * between its words (as a spreadsheet titles its columns): " Location.Lat" -> "location.lat",
 * "Seats Remaining" -> "seatsRemaining", and the place's and the partner's fields without their dot
 * too: "Location Lat", "location_postal_code", "Partner Email".
 */
const fieldName = (column: string) =>
  column
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/^(location|partner)(?=\w)/, '$1.')
    .replace(/[^.]+/g, (name) => CAMEL.find((field) => field.toLowerCase() === name) ?? name);

/**
 * Rows as header (read by fieldName) -> cell. Built here from parseRows: d3-dsv's own `parse` compiles
 * a row builder with `new Function`, which a page's Content-Security-Policy without 'unsafe-eval' refuses.
 */
function withHeader(table: string[][], readCell: (column: string, cell: string) => string): Record<string, string>[] {
  const [names = [], ...lines] = table;
  const header = names.map(fieldName);
  // A web page served in its place (a login or "not found" page with status 200), or another table.
  if (!header.some((column) => column == 'id' || column == 'title')) throw Error('no "id" or "title" column');
  // Blank lines (and rows of empty cells, as spreadsheets save them) are not records.
  return lines.filter((cells) => cells.some((cell) => cell.trim())).map((cells) => {
    const row: Record<string, string> = {};
    // A later column of the same name wins, as in d3-dsv; a missing cell is empty. Cells are text, so
    // a "__proto__" column cannot set a prototype (the setter ignores strings; unflatten drops it).
    header.forEach((column, i) => (row[column] = readCell(column, cells[i] ?? '')));
    return row;
  });
}

/** Rows parseCsv made: their names are read already (the finder parses a file before it reads its rows). */
export const parsedRows = new WeakSet<object>();

export function parseCsv(text: string): Record<string, string>[] {
  // d3-dsv leaves a byte-order mark in the first header name; spreadsheets often write one. Blank
  // lines above the header go too: inline CSV starts on the line after its <script> tag.
  let clean = text.replace(/^\uFEFF?(?:\s*\n)?/, '');
  // A JSON file given as CSV would read as a header (its keys in quotes) and no rows: no workshops, silently.
  if (/^\s*[[{]/.test(clean)) throw Error('JSON, not CSV: set format to the format it is in');
  // Excel's first line "sep=;" names the delimiter (and is no header).
  const named = /^sep=(.)\r?\n/i.exec(clean);
  if (named) clean = clean.slice(named[0].length);
  const delimiter = named?.[1] ?? headerDelimiter(clean);
  const rows = withHeader(dsvFormat(delimiter).parseRows(clean), delimiter === ';' ? fromCommaLocale : (_column, cell) => cell);
  parsedRows.add(rows);
  return rows;
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

/**
 * A row object a script made of a sheet (`{ ID, Title, "Seats Remaining" }`, as CSV libraries give
 * them) or a GeoJSON feature's properties, its names read as a header's are; then as csvRowToRecord.
 */
export const namedRowToRecord = (row: unknown): unknown =>
  // Created, not assigned: a "__proto__" key stays a key (which unflatten drops).
  csvRowToRecord(isRecord(row) ? Object.fromEntries(Object.entries(row).map(([key, value]) => [fieldName(key), value])) : row);

/** A cell that holds JSON (`[{"start": ...}]`, as GIS tools and scripts export nested fields), parsed. */
function parseJsonText(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** One CSV row (header -> cell, named by fieldName already) to a "pl" workshop record. */
export function csvRowToRecord(row: unknown): unknown {
  if (!isRecord(row)) return 'not a row';
  const record = unflatten(row);
  for (const key of ['sessions', 'partner', 'facilitators', 'location']) if (ownValue(record, key) != null) record[key] = parseJsonText(record[key]);
  // Short forms fill what the `location.*` columns leave empty (a copy: the data's own object stays as it was).
  const location: Record<string, unknown> = { ...(isRecord(record.location) ? record.location : {}) };
  for (const [column, field] of Object.entries(PLACE_ALIASES)) {
    if (record[column] !== undefined && location[field] === undefined) location[field] = record[column];
  }
  if (Object.keys(location).length) record.location = location;
  if (typeof record.facilitators === 'string') record.facilitators = record.facilitators.split(';');
  if (Array.isArray(record.sessions)) {
    // Plain `start`/`end` beside `sessions.1.start`, ... are the first session.
    const [first = record.start === undefined ? undefined : { start: record.start, end: record.end }, ...more] = record.sessions;
    record.sessions = [first, ...more].filter((s) => s !== undefined);
  }
  return record;
}
