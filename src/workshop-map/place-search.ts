import type { Geocoder } from '../shared/context.js';
import { matchPlace } from '../shared/geo/place-match.js';
import { lookupZip } from '../shared/geo/zip-table.js';
import type { Located, Place } from './types.js';

export type SearchOutcome =
  | { kind: 'place'; place: Place }
  | { kind: 'zip-not-found'; zip: string }
  | { kind: 'zip-unavailable'; zip: string }
  | { kind: 'not-found'; query: string };

export interface SearchContext {
  /** The data's workshops, for city and state names. */
  workshops: readonly Located[];
  /** Folder or URL the ZIP table loads from. */
  zipBase: string;
  geocoder?: Geocoder;
}

const ZIP = /^\d{5}(?:-\d{4})?$/;

/**
 * What the searched text means, in this order: a US ZIP code (the built-in table), a city or state
 * named in the data, then the page's geocoder. Never throws.
 */
export async function resolvePlace(text: string, { workshops, zipBase, geocoder }: SearchContext): Promise<SearchOutcome> {
  const query = text.trim();
  if (ZIP.test(query)) {
    const zip = query.slice(0, 5);
    const found = await lookupZip(zip, zipBase).catch(() => 'unavailable' as const);
    if (found === 'unavailable') return { kind: 'zip-unavailable', zip };
    return found ? { kind: 'place', place: found } : { kind: 'zip-not-found', zip };
  }
  const matched = matchPlace(query, workshops);
  if (matched) return { kind: 'place', place: matched };
  if (geocoder) {
    try {
      const result = await geocoder(query);
      if (result && Number.isFinite(result.lat) && Number.isFinite(result.lng)) {
        return { kind: 'place', place: { lat: result.lat, lng: result.lng, label: String(result.label || query), kind: 'point' } };
      }
    } catch (error) {
      console.warn('pl-workshop-map: the geocoder failed', error);
    }
  }
  return { kind: 'not-found', query };
}
