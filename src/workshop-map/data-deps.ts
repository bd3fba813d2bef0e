// TEMPORARY stand-ins for the data helper's modules (formats, partners, place-match, ics) until they
// land; every import of them goes through this file so the swap is one edit.
import type { Normalized } from '../shared/data/normalized.js';
import { stateCode, US_STATES } from '../shared/geo/us-states.js';
import type { Partner, Place, Workshop, WorkshopFormat } from './types.js';
import { normalizeWorkshops } from './validate-workshop.js';

export const parseWorkshopDocument = (text: string, _format: WorkshopFormat): unknown => JSON.parse(text);
export const normalizeByFormat = (raw: unknown, _format: WorkshopFormat): Normalized<Workshop> => normalizeWorkshops(raw);

export function normalizePartners(raw: unknown): Normalized<Partner> {
  const list = Array.isArray(raw) ? raw : ((raw as { partners?: unknown[] })?.partners ?? []);
  const items = list.filter((p): p is Partner => !!p && typeof (p as Partner).name === 'string').map((p) => ({
    ...p,
    states: p.states ?? [],
    postalPrefixes: p.postalPrefixes ?? [],
    status: p.status === 'seeking' ? ('seeking' as const) : ('active' as const),
  }));
  return { items, skipped: list.length - items.length, reasons: [] };
}

export function findPartner(partners: readonly Partner[], place: Place): Partner | undefined {
  const zip = place.postalCode ?? '';
  return (
    partners.find((p) => zip && p.postalPrefixes.some((prefix) => zip.startsWith(prefix))) ??
    partners.find((p) => place.state && p.states.includes(stateCode(place.state) ?? place.state))
  );
}

export function matchPlace(text: string, workshops: readonly Workshop[]): Place | null {
  const code = stateCode(text);
  if (code) return { lat: 0, lng: 0, label: US_STATES[code], state: code, kind: 'state' };
  const city = text.split(',')[0].trim().toLowerCase();
  const hit = workshops.find((w) => w.location?.city?.toLowerCase() === city);
  return hit?.location ? { lat: hit.location.lat, lng: hit.location.lng, label: text.trim(), state: hit.location.state, kind: 'point' } : null;
}

export function buildIcs(workshop: Workshop, _now: Date): string {
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:${workshop.title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
}
