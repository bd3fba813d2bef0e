import type { Located, Place } from '../../workshop-map/types.js';
import { best } from '../best.js';
import { US_STATES, stateCode, unaccented } from './us-states.js';

/**
 * Free text matched against the data itself, offline: a US state ("Georgia", "ga") or a city named
 * by the workshops ("Atlanta", "atlanta, ga", "Atlanta GA"). Anything else is for the geocoder.
 */

interface Centre {
  lat: number;
  lng: number;
  /** The positions of its workshops. */
  lats: number[];
  lngs: number[];
  city: string;
  state: string;
}

interface PlaceTable {
  /** "atlanta|GA" -> centre of that city's workshops. */
  cities: Map<string, Centre>;
  /** "atlanta" -> the same centres, one per state that has such a city. */
  cityNames: Map<string, Centre[]>;
  states: Map<string, Centre>;
}

/** Words written out or shortened alike in US place names: "Saint Louis" is "St. Louis". */
const SHORT_WORDS: Record<string, string> = { saint: 'st', sainte: 'ste', fort: 'ft', mount: 'mt' };
const LONG_WORD = new RegExp(`\\b(?:${Object.keys(SHORT_WORDS).join('|')})\\b`, 'g');

/**
 * Lower case, no accents, single spaces, hyphens as spaces, one spelling of the usual short words,
 * initials joined: "  San José " -> "san jose", "Saint Louis" -> "st louis", "D.C." -> "dc".
 */
export function foldText(text: string): string {
  return unaccented(text)
    .toLowerCase()
    .replace(/[.\s-]+/g, ' ')
    .trim()
    .replace(LONG_WORD, (word) => SHORT_WORDS[word])
    .replace(/\b([a-z]) (?=[a-z]\b)/g, '$1');
}

const tables = new WeakMap<readonly Located[], PlaceTable>();

function add(map: Map<string, Centre>, key: string, lat: number, lng: number, city: string, state: string): Centre {
  const centre = map.get(key) ?? map.set(key, { lat: 0, lng: 0, lats: [], lngs: [], city, state }).get(key)!;
  centre.lats.push(lat);
  centre.lngs.push(lng);
  return centre;
}

/**
 * The middle value, not the mean: one workshop placed far off (a sign left out, "0, 0" from a
 * failed geocode) would drag a mean hundreds of miles from its city, and a search for the city
 * would find none of its workshops.
 */
const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1];

/** The city and state names of the workshops, made once per data set (a warm-up may make it first). */
export function placeTable(workshops: readonly Located[]): PlaceTable {
  let table = tables.get(workshops);
  if (table) return table;
  table = { cities: new Map(), cityNames: new Map(), states: new Map() };
  // Many workshops share a few cities and states: each spelling is folded once.
  const codes = new Map<string | undefined, string>();
  const folded = new Map<string, string>();
  for (const w of workshops) {
    const location = w.location;
    if (w.virtual || !location) continue;
    let state = codes.get(location.state);
    if (state === undefined) codes.set(location.state, (state = stateCode(location.state) ?? location.state?.toUpperCase() ?? ''));
    if (state) add(table.states, state, location.lat, location.lng, '', state);
    if (!location.city) continue;
    let city = folded.get(location.city);
    if (city === undefined) folded.set(location.city, (city = foldText(location.city)));
    const isNew = !table.cities.has(`${city}|${state}`);
    const centre = add(table.cities, `${city}|${state}`, location.lat, location.lng, location.city, state);
    if (isNew) table.cityNames.set(city, [...(table.cityNames.get(city) ?? []), centre]);
  }
  for (const map of [table.cities, table.states]) {
    for (const centre of map.values()) {
      centre.lat = median(centre.lats);
      centre.lng = median(centre.lngs);
    }
  }
  tables.set(workshops, table);
  return table;
}

function cityPlace(centre: Centre): Place {
  return {
    lat: centre.lat,
    lng: centre.lng,
    label: centre.state ? `${centre.city}, ${centre.state}` : centre.city,
    ...(centre.state ? { state: centre.state } : {}),
    kind: 'point',
  };
}

/** A state-wide place, centred on the state's workshops (or on the state when it has none). */
export function statePlace(code: string, workshops: readonly Located[]): Place | undefined {
  const centre = placeTable(workshops).states.get(code);
  const state = US_STATES[code];
  if (!centre && !state) return undefined;
  return {
    lat: centre?.lat ?? state[1],
    lng: centre?.lng ?? state[2],
    label: state?.[0] ?? code,
    state: code,
    kind: 'state',
  };
}

/** Splits "Atlanta, GA" / "Atlanta GA" / "Atlanta, Georgia" into city and state code. */
function splitCityState(folded: string): { city: string; state: string } | undefined {
  const comma = folded.lastIndexOf(',');
  if (comma > 0) {
    const state = stateCode(folded.slice(comma + 1));
    const city = folded.slice(0, comma).trim();
    return state && city ? { city, state } : undefined;
  }
  const words = folded.split(' ');
  for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
    const state = stateCode(words.slice(-take).join(' '));
    if (state) return { city: words.slice(0, -take).join(' '), state };
  }
  return undefined;
}

// A run of commas and spaces is one comma: the trim at the end then sees at most ", " (on a long run
// of them, an unanchored /[,\s]+$/ tries every position of it to the end: a link of 30 KB froze the page).
// A pasted address's country goes too: "Atlanta, GA, USA".
const fold = (text: string) =>
  foldText(text)
    .replace(/[,\s]*,[,\s]*/g, ', ')
    .replace(/[,\s]+$/, '')
    .replace(/, (usa?|united states)$/, '');

/** The state of "Savannah, GA" when the city is not in the data (and no geocoder knew it): state-wide. */
export function stateNamedIn(text: string, workshops: readonly Located[]): Place | undefined {
  const split = splitCityState(fold(text));
  return split && statePlace(split.state, workshops);
}

/**
 * The place the text names, from the data's own cities and the US states, or undefined. A state
 * name alone gives a state-wide place; a city gives the middle position of that city's workshops (the
 * biggest one when several states have a city of that name and none is given).
 */
export function matchPlace(text: string, workshops: readonly Located[]): Place | undefined {
  const folded = fold(text);
  if (!folded) return undefined;
  const table = placeTable(workshops);

  const sameNames = table.cityNames.get(folded);
  const asState = stateCode(folded);
  // "New York" and "Washington" are both a state and a city: the state wins unless "city, ST" is given.
  if (asState) return statePlace(asState, workshops);
  if (sameNames?.length) return cityPlace(best(sameNames, (city, most) => city.lats.length > most.lats.length)!);

  const split = splitCityState(folded);
  if (split) {
    const centre = table.cities.get(`${split.city}|${split.state}`);
    if (centre) return cityPlace(centre);
  }
  return undefined;
}
