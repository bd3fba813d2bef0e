import { isRecord, nonEmptyString, unwrapList, validateAll, notAList, type Normalized } from '../shared/data/normalized.js';
import { LoadError } from '../shared/data/load-error.js';
import { stateCode } from '../shared/geo/us-states.js';
import { safeUrl } from '../shared/safe-url.js';
import type { Partner, Place } from './types.js';
import { readContact, readPoint, textList } from './validate-workshop.js';

/**
 * Regional partners: who serves a place when no workshop matches. Validated once per load; a partner
 * must name the states or ZIP prefixes it serves, or it could never be found.
 */

const list = (value: unknown): string[] => textList(value, /[,;\s]+/);

function readLocation(value: unknown): Partner['location'] | undefined {
  if (!isRecord(value)) return undefined;
  // Read as a workshop's place is (`lat`/`latitude`, ..., in range).
  const point = { lat: NaN, lng: NaN };
  if (readPoint(value, point)) return undefined;
  const city = nonEmptyString(value.city);
  const state = nonEmptyString(value.state);
  return { ...point, ...(city ? { city } : {}), ...(state ? { state: stateCode(state) ?? state } : {}) };
}

export function toPartner(record: unknown): Partner | string {
  if (!isRecord(record)) return 'not an object';
  const name = nonEmptyString(record.name);
  if (!name) return 'missing name';
  // "New York, North Carolina" names two states; "GA AL" two codes.
  const states = textList(record.states, /[,;]/).flatMap((s) => stateCode(s) ?? s.split(/\s+/).map((word) => stateCode(word) ?? word.toUpperCase()));
  // "303xx" (as a sheet may write a prefix) is 303.
  const postalPrefixes = list(record.postalPrefixes).map((p) => p.replace(/x+$/i, '')).filter((p) => /^\d{1,5}$/.test(p));
  if (!states.length && !postalPrefixes.length) return 'no states or postalPrefixes to serve';
  // No status is an active partner; one that has stopped ("inactive") is no partner to offer.
  const status = typeof record.status === 'string' ? record.status.trim().toLowerCase() || 'active' : 'active';
  if (status != 'active' && status != 'seeking') return `status "${record.status}" is not "active" or "seeking"`;
  const partner: Partner = {
    // Without an id, two records of one name for different places are two partners.
    id: nonEmptyString(record.id) ?? [name, ...states, ...postalPrefixes].join(' '),
    name,
    states,
    postalPrefixes,
    status,
  };
  // An organisation's site written as a spreadsheet writes it ("piedmontcs.org") is that site, not a
  // page of the partner page's own.
  const site = nonEmptyString(record.url);
  const url = safeUrl(site && /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(\/|$)/i.test(site) ? `https://${site}` : record.url, { webOnly: true });
  const location = readLocation(record.location);
  readContact(record, partner);
  if (url) partner.url = url;
  if (location) partner.location = location;
  return partner;
}

/** Partners: an array, or `{ "partners": [...] }`. Duplicate ids keep the first. */
export function normalizePartners(raw: unknown): Normalized<Partner> {
  const records = unwrapList(raw, ['partners']);
  if (!records) throw new LoadError('parse', notAList('partners', 'partners'));
  const seen = new Set<string>();
  return validateAll(records, (record) => {
    const partner = toPartner(record);
    if (typeof partner === 'string') return partner;
    if (seen.has(partner.id)) return `duplicate id "${partner.id}"`;
    seen.add(partner.id);
    return partner;
  });
}

/**
 * The partner that serves a place: an active partner before one still sought there (a teacher is
 * helped by the state's partner, not by a city that has none yet); among those, by ZIP prefix first
 * (the longest matching prefix wins), then by state.
 */
export const findPartner = (partners: readonly Partner[], place: Pick<Place, 'postalCode' | 'state'>): Partner | undefined =>
  servedBy(partners.filter((p) => p.status == 'active'), place) ?? servedBy(partners, place);

function servedBy(partners: readonly Partner[], place: Pick<Place, 'postalCode' | 'state'>): Partner | undefined {
  const zip = place.postalCode?.trim();
  let best: Partner | undefined;
  let bestLength = 0;
  if (zip)
    for (const partner of partners)
      for (const prefix of partner.postalPrefixes)
        if (zip.startsWith(prefix) && prefix.length > bestLength) {
          best = partner;
          bestLength = prefix.length;
        }
  const state = stateCode(place.state) ?? place.state?.trim().toUpperCase();
  return best ?? (state ? partners.find((p) => p.states.includes(state)) : undefined);
}
