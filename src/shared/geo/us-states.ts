// The states' main time zones (also the zones the Code.org feed's abbreviations name).
export const EASTERN = 'America/New_York';
export const CENTRAL = 'America/Chicago';
export const MOUNTAIN = 'America/Denver';
export const ARIZONA = 'America/Phoenix';
export const PACIFIC = 'America/Los_Angeles';
export const ALASKA = 'America/Anchorage';
export const HAWAII = 'Pacific/Honolulu';

/**
 * The 50 states, DC, Puerto Rico (the ZIP table's largest territory) and the Pacific territories: postal code -> English name (for search and for state-wide results), a
 * rough centre, lat and lng (the mean of its ZIP codes: where a state-wide search looks when no data
 * does), and the state's main time zone (where a time names none).
 */
export const US_STATES: Readonly<Record<string, readonly [name: string, lat: number, lng: number, zone: string]>> = {
  AL: ['Alabama', 32.9, -86.8, CENTRAL], AK: ['Alaska', 61.5, -152.5, ALASKA], AZ: ['Arizona', 33.6, -111.6, ARIZONA],
  AR: ['Arkansas', 35.1, -92.4, CENTRAL], CA: ['California', 36.2, -119.8, PACIFIC], CO: ['Colorado', 39.3, -105.3, MOUNTAIN],
  CT: ['Connecticut', 41.6, -72.8, EASTERN], DE: ['Delaware', 39.3, -75.5, EASTERN], DC: ['District of Columbia', 38.9, -77, EASTERN],
  FL: ['Florida', 28.1, -82, EASTERN], GA: ['Georgia', 33.1, -83.7, EASTERN], HI: ['Hawaii', 21, -155, HAWAII],
  ID: ['Idaho', 44.5, -114.8, MOUNTAIN], IL: ['Illinois', 40.4, -89, CENTRAL], IN: ['Indiana', 39.9, -86.3, EASTERN],
  IA: ['Iowa', 42, -93.3, CENTRAL], KS: ['Kansas', 38.5, -97.1, CENTRAL], KY: ['Kentucky', 37.6, -84.8, EASTERN],
  LA: ['Louisiana', 30.9, -91.7, CENTRAL], ME: ['Maine', 44.6, -69.4, EASTERN], MD: ['Maryland', 39.1, -76.8, EASTERN],
  MA: ['Massachusetts', 42.2, -71.5, EASTERN], MI: ['Michigan', 43.4, -84.7, EASTERN], MN: ['Minnesota', 45.5, -94.1, CENTRAL],
  MS: ['Mississippi', 32.8, -89.7, CENTRAL], MO: ['Missouri', 38.4, -92.5, CENTRAL], MT: ['Montana', 46.9, -110.3, MOUNTAIN],
  NE: ['Nebraska', 41.2, -98.1, CENTRAL], NV: ['Nevada', 37.8, -116.6, PACIFIC], NH: ['New Hampshire', 43.4, -71.6, EASTERN],
  NJ: ['New Jersey', 40.4, -74.5, EASTERN], NM: ['New Mexico', 34.7, -106.2, MOUNTAIN], NY: ['New York', 42.2, -75.1, EASTERN],
  NC: ['North Carolina', 35.6, -79.5, EASTERN], ND: ['North Dakota', 47.5, -99.6, CENTRAL], OH: ['Ohio', 40.4, -82.7, EASTERN],
  OK: ['Oklahoma', 35.5, -97, CENTRAL], OR: ['Oregon', 44.5, -122.1, PACIFIC], PA: ['Pennsylvania', 40.6, -77.6, EASTERN],
  RI: ['Rhode Island', 41.7, -71.5, EASTERN], SC: ['South Carolina', 34, -81.1, EASTERN], SD: ['South Dakota', 44.3, -99.1, CENTRAL],
  TN: ['Tennessee', 35.8, -86.5, CENTRAL], TX: ['Texas', 31.3, -98, CENTRAL], UT: ['Utah', 39.9, -111.8, MOUNTAIN],
  VT: ['Vermont', 44, -72.6, EASTERN], VA: ['Virginia', 37.7, -78.2, EASTERN], WA: ['Washington', 47.3, -121.2, PACIFIC],
  WV: ['West Virginia', 38.5, -81, EASTERN], WI: ['Wisconsin', 44.1, -89.5, CENTRAL], WY: ['Wyoming', 42.9, -107.3, MOUNTAIN],
  PR: ['Puerto Rico', 18.2, -66.5, 'America/Puerto_Rico'],
  // Too far from any state for zoneNear: without them a time that names no zone is read on the visitor's clock.
  GU: ['Guam', 13.4, 144.8, 'Pacific/Guam'], MP: ['Northern Mariana Islands', 15.2, 145.7, 'Pacific/Saipan'], AS: ['American Samoa', -14.3, -170.7, 'Pacific/Pago_Pago'],
};

const byName = new Map<string, string>();
for (const [code, [name]] of Object.entries(US_STATES)) byName.set(name.toLowerCase(), code);
byName.set('washington dc', 'DC');
byName.set('fla', 'FL');
/**
 * The text without its accents and apostrophes, straight, curly or the ʻokina: "José" -> "Jose",
 * "Coeur d’Alene" -> "Coeur dAlene". Shared with the place search (place-match.ts).
 */
export const unaccented = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f'\u2018\u2019\u02bb]/g, '');

/** Accents folded, as a search's are: "Tenesí", "Nuevo México" in a record's state. */
const fold = (name: string) => unaccented(name).toLowerCase().replace(/\s+/g, ' ');

/** Spanish names that differ from the English ones (searched, and shown on Spanish pages). */
const SPANISH = new Map<string, string>();
for (const entry of 'NCCarolina del Norte,SCCarolina del Sur,NYNueva York,NJNueva Jersey,NMNuevo México,PAPensilvania,LALuisiana,MSMisisipi,MOMisuri,TNTenesí,HIHawái,NDDakota del Norte,SDDakota del Sur,WVVirginia Occidental,DCDistrito de Columbia,NHNuevo Hampshire'.split(',')) {
  SPANISH.set(entry.slice(0, 2), entry.slice(2));
  byName.set(fold(entry.slice(2)), entry.slice(0, 2));
}

/** A state's name in the page's language ("NY" -> "Nueva York" in Spanish), else its English one. */
export const stateName = (code: string, lang: string): string | undefined =>
  (lang.startsWith('es') && SPANISH.get(code)) || US_STATES[code]?.[0];

/**
 * "GA", "ga", "Georgia", " georgia " -> "GA", and the AP's abbreviations: "Ga.", "N.C.", "D.C.",
 * "Calif.", "Mass."; undefined when it is not a state.
 */
export function stateCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim().replace(/\./g, '');
  if (v.length === 2) {
    const code = v.toUpperCase();
    return code in US_STATES ? code : undefined;
  }
  const name = fold(v);
  // A longer abbreviation, with its dot ("Tenn."), begins its state's name, the first one listed
  // when two do: "Ala." is Alabama, "Miss." Mississippi ("Fla." is the one that does not: byName).
  return (
    byName.get(name) ??
    (name.length > 2 && /\.$/.test(value.trim()) ? Object.keys(US_STATES).find((code) => US_STATES[code][0].toLowerCase().startsWith(name)) : undefined)
  );
}

/**
 * The main zone of the state whose centre is nearest a point, if one is within about 7 degrees (a
 * place in the US, or just over a border, where the clocks are the same): for a workshop that names
 * neither its zone nor its state. Near a zone line inside a state it can be an hour out, as the
 * state's own zone can.
 */
export function zoneNear(lat: number, lng: number): string | undefined {
  let nearest = 49;
  let zone: string | undefined;
  const shrink = Math.cos((lat * Math.PI) / 180);
  for (const [, y, x, z] of Object.values(US_STATES)) {
    const d = (lat - y) ** 2 + ((lng - x) * shrink) ** 2;
    if (d < nearest) (nearest = d), (zone = z);
  }
  return zone;
}

/** A state's main time zone ("GA", "Georgia" -> America/New_York): where a time names none. */
export function stateZone(state: unknown): string | undefined {
  const code = typeof state === 'string' ? stateCode(state) : undefined;
  return code && US_STATES[code][3];
}
