import type { Place } from '../../workshop-map/types.js';
import { warn } from '../warn.js';
import { fetchWithin } from '../data/fetch-text.js';

/**
 * The built-in US ZIP table: one file (`pl-zip-table.json`, built by scripts/build-zip-table.mjs)
 * fetched from beside the script on the first ZIP search, decoded once into typed arrays, then
 * answered by binary search. Kept out of the main bundle: it is larger than all the code.
 */

export const ZIP_TABLE_FILE = 'pl-zip-table.json';

interface ZipTable {
  zips: Int32Array;
  lat: Float64Array;
  lng: Float64Array;
  city: Int32Array;
  cityNames: string[];
  cityStates: string[];
}

interface ZipTableFile {
  format: string;
  version: number;
  scale: number;
  cities: string[];
  states: (string | number)[];
  zip: number[];
  lat: number[];
  lng: number[];
  city: number[];
}

// Punctuation around it is not part of it: "30303,", "#30303", a quoted "30303".
const ZIP = /^\W*(\d{5})(?:[-\s]?\d{4})?\W*$/;

/** "30303", " 30303-1234 " -> "30303"; undefined when the text is not a US ZIP code. */
export function parseZip(text: string): string | undefined {
  return ZIP.exec(text)?.[1];
}

function sameLength(file: ZipTableFile): boolean {
  const n = file.zip?.length;
  return [file.lat, file.lng, file.city].every((column) => Array.isArray(column) && column.length === n);
}

/** Undoes the delta encoding; throws on a file that is not a ZIP table. */
export function decodeZipTable(file: ZipTableFile): ZipTable {
  if (file?.format !== 'pl-zip-table' || file.version !== 1 || !sameLength(file) || !Array.isArray(file.cities)) {
    throw new Error('not a pl-zip-table version 1 file');
  }
  const n = file.zip.length;
  const scale = file.scale || 100;
  const zips = new Int32Array(n);
  const lat = new Float64Array(n);
  const lng = new Float64Array(n);
  const city = new Int32Array(n);
  let z = 0;
  let y = 0;
  let x = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    z += file.zip[i];
    y += file.lat[i];
    x += file.lng[i];
    c += file.city[i];
    zips[i] = z;
    lat[i] = y / scale;
    lng[i] = x / scale;
    city[i] = c;
  }
  const cityStates: string[] = [];
  for (let i = 0; i + 1 < file.states.length; i += 2) {
    const state = String(file.states[i]);
    for (let k = Number(file.states[i + 1]); k > 0; k--) cityStates.push(state);
  }
  return { zips, lat, lng, city, cityNames: file.cities, cityStates };
}

/** The place of a 5-digit ZIP in a decoded table, or null when the table does not have it. */
export function findZip(table: ZipTable, zip: string): Place | null {
  const target = Number(zip);
  let lo = 0;
  let hi = table.zips.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = table.zips[mid];
    if (value === target) {
      const cityName = table.cityNames[table.city[mid]] ?? '';
      const state = table.cityStates[table.city[mid]] ?? '';
      const where = [cityName, state].filter(Boolean).join(', ');
      return {
        lat: table.lat[mid],
        lng: table.lng[mid],
        label: where ? `${where} ${zip}` : zip,
        ...(state ? { state } : {}),
        postalCode: zip,
        kind: 'point',
      };
    }
    if (value < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** The ZIP code nearest a point (within about 60 miles), with its state: where a point (my location, a geocoder's answer) is. */
function nearestZip(table: ZipTable, lat: number, lng: number): Pick<Place, 'postalCode' | 'state'> | undefined {
  const stretch = Math.cos((lat * Math.PI) / 180) ** 2;
  let best = -1;
  let bestDistance = 1; // in squared degrees: about 60 miles
  for (let i = 0; i < table.zips.length; i++) {
    const distance = (table.lat[i] - lat) ** 2 + (table.lng[i] - lng) ** 2 * stretch;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  return best < 0 ? undefined : { postalCode: String(table.zips[best]).padStart(5, '0'), state: table.cityStates[table.city[best]] };
}

const tables = new Map<string, Promise<ZipTable>>();
const failed = new Set<string>();

function loadTable(url: string): Promise<ZipTable> {
  // After a failure, ask the server again rather than a cache that may hold the error.
  return fetchWithin(url, { cache: failed.has(url) ? 'reload' : 'default' }, async (response) => {
    if (!response.ok)
      throw new Error(
        `${url}: HTTP ${response.status}${
          response.status == 404
            ? '. Put pl-zip-table.json there, or give the map zip-table-url (a site optimiser that combines or inlines scripts takes the script away from it)'
            : ''
        }`,
      );
    return decodeZipTable((await response.json()) as ZipTableFile);
  });
}

/** The table's URL: `base` itself when it names a .json file, else pl-zip-table.json beside it (a script) or in it (a folder). */
export function zipTableUrl(base: string): string {
  const url = new URL(base, document.baseURI);
  // Beside a script; in a folder, also one written without its last slash ("https://cdn.example/pl-widgets").
  if (!/\.json$/i.test(url.pathname)) url.pathname = url.pathname.replace(/(\/[^/]*\.m?js)?\/?$/i, '/' + ZIP_TABLE_FILE);
  return url.href;
}

/**
 * The table behind `baseUrl` (see lookupZip), fetched once; undefined when the URL is unusable, or
 * when `unasked` after a failure: only a ZIP search asks again, not the preload of every digit
 * typed nor the partner lookup of every place with no workshop.
 */
function tableAt(baseUrl: string, unasked?: boolean): Promise<ZipTable> | undefined {
  let url: string;
  try {
    url = zipTableUrl(baseUrl);
  } catch {
    return undefined;
  }
  let table = tables.get(url);
  if (!table && !(unasked && failed.has(url))) {
    table = loadTable(url);
    tables.set(url, table);
    table.then(
      () => failed.delete(url),
      () => {
        tables.delete(url);
        failed.add(url);
      },
    );
  }
  return table;
}

/** The ZIP code and state of a point, from the table at `baseUrl`; undefined when unknown or unavailable. */
export async function regionOf(lat: number, lng: number, baseUrl: string): Promise<Pick<Place, 'postalCode' | 'state'> | undefined> {
  try {
    // Asked for the search, not by the visitor: after a failure, only a ZIP search asks again.
    const table = await tableAt(baseUrl, true);
    return table && nearestZip(table, lat, lng);
  } catch {
    return undefined;
  }
}

/**
 * Starts fetching the table (when someone starts typing a ZIP code), so that the search itself
 * does not wait for it. A failure stays silent here: the search reports it.
 */
export function preloadZipTable(baseUrl: string): void {
  tableAt(baseUrl, true)?.catch(() => undefined);
}

/**
 * Looks up a US ZIP code. `baseUrl` locates the table: a folder URL ending in "/", the script's own
 * URL (the table sits beside it), or the table file's own URL (ending in .json). The table is
 * fetched once per URL; a failed fetch
 * is forgotten, so a later search tries again.
 * Resolves to the place, `null` when there is no such ZIP (or the text is not one), or
 * `'unavailable'` when the table cannot be loaded (offline, blocked, missing file).
 */
export async function lookupZip(zip: string, baseUrl: string): Promise<Place | null | 'unavailable'> {
  const code = parseZip(zip);
  if (!code) return null;
  const table = tableAt(baseUrl);
  if (!table) return 'unavailable';
  try {
    return findZip(await table, code);
  } catch (error) {
    warn(`pl-widgets: the ZIP table could not be loaded (${String(error)})`);
    return 'unavailable';
  }
}
