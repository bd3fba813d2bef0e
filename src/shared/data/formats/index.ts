import type { Workshop, WorkshopFormat } from '../../../workshop-map/types.js';
import { normalizeWorkshopList, normalizeWorkshops } from '../../../workshop-map/validate-workshop.js';
import { unwrapList, type Normalized } from '../normalized.js';
import { codeorgToRecord } from './codeorg.js';
import { csvRowToRecord, parseCsv } from './csv.js';
import { featureToRecord, geojsonFeatures } from './geojson.js';

/**
 * The workshop finder's input formats: text -> raw value (`parseWorkshopDocument`, throws when the
 * text cannot be read) and raw value -> valid workshops (`normalizeByFormat`, never throws).
 */

export const WORKSHOP_FORMATS: readonly WorkshopFormat[] = ['pl', 'codeorg', 'geojson', 'csv'];

/** An unknown format name means the default, "pl". */
export const toFormat = (value: unknown): WorkshopFormat =>
  WORKSHOP_FORMATS.includes(value as WorkshopFormat) ? (value as WorkshopFormat) : 'pl';

/** Reads a fetched or inline document. Values that are not text are already parsed: returned as is. */
export function parseWorkshopDocument(text: string | unknown, format: WorkshopFormat | string): unknown {
  if (typeof text !== 'string') return text;
  return toFormat(format) === 'csv' ? parseCsv(text) : JSON.parse(text);
}

const EMPTY = (reason: string): Normalized<Workshop> => ({ items: [], skipped: 1, reasons: [reason] });

/**
 * Maps a format's records to workshops and validates them. Text (e.g. a CSV string) is parsed first.
 * `lazyDetails`: see `toWorkshop`.
 */
export function normalizeByFormat(raw: unknown, format: WorkshopFormat | string, lazyDetails = false): Normalized<Workshop> {
  const kind = toFormat(format);
  if (typeof raw === 'string') {
    try {
      raw = parseWorkshopDocument(raw, kind);
    } catch (error) {
      return EMPTY(`the ${kind} document cannot be read (${String(error)})`);
    }
  }
  switch (kind) {
    case 'csv': {
      const rows = unwrapList(raw, ['workshops']);
      return rows ? normalizeWorkshopList(rows, csvRowToRecord, lazyDetails) : EMPTY('expected CSV rows');
    }
    case 'geojson': {
      const features = geojsonFeatures(raw);
      return features ? normalizeWorkshopList(features, featureToRecord, lazyDetails) : EMPTY('expected a GeoJSON FeatureCollection');
    }
    case 'codeorg': {
      const entries = unwrapList(raw, ['workshops', 'data']);
      return entries ? normalizeWorkshopList(entries, codeorgToRecord, lazyDetails) : EMPTY('expected an array of Code.org workshops');
    }
    default:
      return normalizeWorkshops(raw, lazyDetails);
  }
}
