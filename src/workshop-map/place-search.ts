import type { Geocoder } from '../shared/context.js';
import { matchPlace, stateNamedIn } from '../shared/geo/place-match.js';
import { lookupZip } from '../shared/geo/zip-table.js';
import type { Located, Place } from './types.js';
import { warn } from '../shared/warn.js';
import { finiteNumber } from './validate-workshop.js';
import { nonEmptyString } from '../shared/data/normalized.js';

export type SearchOutcome = (
  | { kind: 'place'; place: Place }
  | { kind: 'zip-not-found'; zip: string }
  | { kind: 'zip-unavailable'; zip: string }
  | { kind: 'not-found'; query: string }
  /** The geocoder failed or did not answer in time: the place may well exist. */
  | { kind: 'place-unavailable'; query: string }
) & {
  /** Made without a geocoder where one would have been asked: a geocoder given later may place it. */
  geocodable?: boolean;
};

export interface SearchContext {
  /** The data's workshops, for city and state names; asked for only when a name is searched (a ZIP code needs none). */
  places: () => readonly Located[];
  /** The regional partners, whose cities are places too: a city with no workshop yet finds its partner. */
  partners?: readonly Located[];
  /** Folder or URL the ZIP table loads from. */
  zipBase: string;
  geocoder?: Geocoder;
  /** How long to wait for the geocoder before saying place search is unavailable. */
  geocoderTimeoutMs?: number;
}

/**
 * "30303", "30303-1234", "30303 1234", "303031234", and a ZIP code at the end of an address
 * ("Atlanta, GA 30303", "…, GA 30303, USA"), with punctuation around it ("30303.", "#30303", "Zip:30303").
 */
const ZIP = /^(?:.*\W)?(\d{5})(?:[-\s\u2013]?\d{4})?\W*(?:USA?\W*)?$/i;
const GEOCODER_TIMEOUT_MS = 10000;

/**
 * The geocoder's answer: a place, 'not-found' when it answers nothing usable, or 'unavailable' when
 * it throws or takes too long.
 */
async function askGeocoder(geocoder: Geocoder, query: string, timeoutMs: number): Promise<Place | 'not-found' | 'unavailable'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
  try {
    const result = await Promise.race([geocoder(query), late]);
    if (result === 'late') {
      warn(`pl-workshop-map: the geocoder did not answer "${query}" within ${timeoutMs / 1000} s`);
      return 'unavailable';
    }
    // Numbers, or numbers as text (Nominatim answers "33.749").
    const lat = finiteNumber(result?.lat);
    const lng = finiteNumber(result?.lng);
    if (lat === undefined || lng === undefined || !(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) {
      if (result) warn('pl-workshop-map: the geocoder answered without a usable lat/lng', result);
      return 'not-found';
    }
    // A label that is not text (an object of a geocoder's own) names the place as it was typed.
    return { lat, lng, label: nonEmptyString(result!.label) ?? query, kind: 'point' };
  } catch (error) {
    warn('pl-workshop-map: the geocoder failed', error);
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What the searched text means, in this order: a US ZIP code (the built-in table), a city or state
 * named in the data, then the page's geocoder. Never throws.
 */
export async function resolvePlace(text: string, context: SearchContext): Promise<SearchOutcome> {
  const { places, zipBase, geocoder } = context;
  const query = text.trim();
  const zip = ZIP.exec(query)?.[1];
  if (zip) {
    const found = await lookupZip(zip, zipBase).catch(() => 'unavailable' as const);
    if (found && found !== 'unavailable') return { kind: 'place', place: found };
    // "Atlanta, GA 30303": where the ZIP code cannot say, its city may.
    // Trailing commas and spaces are matchPlace's to drop (a regular expression that trims them here
    // tried every position of a long run).
    const before = query.slice(0, query.lastIndexOf(zip));
    const city = /[^\s,]/.test(before) && matchPlace(before, places());
    if (city) return { kind: 'place', place: city };
    return { kind: found ? 'zip-unavailable' : 'zip-not-found', zip };
  }
  const matched = matchPlace(query, places()) ?? matchPlace(query, context.partners ?? []);
  if (matched) return { kind: 'place', place: matched };
  const answer = geocoder ? await askGeocoder(geocoder, query, context.geocoderTimeoutMs ?? GEOCODER_TIMEOUT_MS) : 'not-found';
  if (answer === 'not-found') {
    const state = stateNamedIn(query, places());
    const outcome: SearchOutcome = state ? { kind: 'place', place: state } : { kind: 'not-found', query };
    if (!geocoder) outcome.geocodable = true;
    return outcome;
  }
  return answer === 'unavailable' ? { kind: 'place-unavailable', query } : { kind: 'place', place: answer };
}
