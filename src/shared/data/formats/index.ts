import type { WorkshopFormat } from '../../../workshop-map/types.js';
import { scanWorkshops, type ScannedWorkshops } from '../../../workshop-map/finder-index.js';
import { notAList, unwrapList } from '../normalized.js';
import { keyword } from '../../own.js';
import { LoadError } from '../load-error.js';
import { csvRowToRecord, namedRowToRecord, parseCsv, parsedRows } from './csv.js';
import { codeorgToRecord } from './codeorg.js';
import { featureToRecord, geojsonFeatures } from './geojson.js';

/**
 * The workshop finder's input formats: text -> raw value (`parseWorkshopDocument`, throws when the
 * text cannot be read) and raw value -> checked records and their index (`scanByFormat`, which the
 * finder loads with; throws for a document that holds no records at all).
 */

export const WORKSHOP_FORMATS: readonly WorkshopFormat[] = ['pl', 'codeorg', 'geojson', 'csv'];

/** A format name in any case, spaces around it ignored ("CSV", " csv "); an unknown one means "pl". */
export const toFormat = (value: unknown): WorkshopFormat => {
  const name = keyword(value) as WorkshopFormat;
  return WORKSHOP_FORMATS.includes(name) ? name : 'pl';
};

/** Reads a fetched or inline document. Values that are not text are already parsed: returned as is. */
export function parseWorkshopDocument(text: string | unknown, format: WorkshopFormat | string): unknown {
  if (typeof text !== 'string') return text;
  return toFormat(format) === 'csv' ? parseCsv(text) : JSON.parse(text);
}

/** The JSON formats' readers of one record (CSV rows are read by their header). */
const RECORD_READERS: [WorkshopFormat, ((record: unknown) => unknown) | undefined][] = [
  ['pl', undefined],
  ['codeorg', codeorgToRecord],
  ['geojson', featureToRecord],
];

/** A format's records and how each becomes a "pl" record; a reason when the document holds none. */
export type FormatRecords = { list: unknown[]; map?: (record: unknown) => unknown } | string;

export function recordsByFormat(raw: unknown, format: WorkshopFormat | string): FormatRecords {
  const kind = toFormat(format);
  if (typeof raw === 'string') {
    try {
      raw = parseWorkshopDocument(raw, kind);
    } catch (error) {
      return `the ${kind} document cannot be read (${String(error)})`;
    }
  }
  switch (kind) {
    case 'csv': {
      const rows = unwrapList(raw, ['workshops']);
      // Rows parsed here are named already; rows a script made are named as a header is.
      return rows ? { list: rows, map: parsedRows.has(rows) ? csvRowToRecord : namedRowToRecord } : 'expected CSV rows';
    }
    case 'geojson': {
      const features = geojsonFeatures(raw);
      return features ? { list: features, map: featureToRecord } : 'expected a GeoJSON FeatureCollection';
    }
    case 'codeorg': {
      const entries = unwrapList(raw, ['workshops', 'data']);
      return entries ? { list: entries, map: codeorgToRecord } : 'expected an array of Code.org workshops';
    }
    default: {
      const list = unwrapList(raw, ['workshops']);
      return list ? { list } : geojsonFeatures(raw) ? 'a GeoJSON document: set the element\'s format attribute to "geojson"' : notAList('workshops', 'workshops');
    }
  }
}

/**
 * What the finder loads: a format's records checked and indexed (see scanWorkshops). A document that
 * holds no list of records at all (another file, `{ "data": [...] }`) is not valid: thrown, its
 * data source shows the alert and fires `pl-error`, as for text that is not JSON.
 */
export function scanByFormat(raw: unknown, format: WorkshopFormat | string, now?: number): ScannedWorkshops {
  const records = recordsByFormat(raw, format);
  if (typeof records === 'string') throw new LoadError('parse', records);
  const scanned = scanWorkshops(records.list, records.map, now);
  // Not one record read: a feed given without its format (Code.org's, GeoJSON's bare features), or
  // ours given as Code.org's, says which format reads it.
  if (!scanned.items.length && scanned.skipped) {
    const other = RECORD_READERS.find(([, read]) => read != records.map && scanWorkshops(records.list.slice(0, 1), read).items[0]);
    if (other) scanned.notes.push(`they read as format="${other[0]}": set the element's format attribute to that`);
  }
  return scanned;
}
