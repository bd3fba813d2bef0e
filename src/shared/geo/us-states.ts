/**
 * The 50 states and DC: postal code -> English name (for search and for state-wide results), and a
 * rough centre, lat and lng (the mean of its ZIP codes: where a state-wide search looks when no data does).
 */
export const US_STATES: Readonly<Record<string, readonly [name: string, lat: number, lng: number]>> = {
  AL: ['Alabama', 32.9, -86.8], AK: ['Alaska', 61.5, -152.5], AZ: ['Arizona', 33.6, -111.6],
  AR: ['Arkansas', 35.1, -92.4], CA: ['California', 36.2, -119.8], CO: ['Colorado', 39.3, -105.3],
  CT: ['Connecticut', 41.6, -72.8], DE: ['Delaware', 39.3, -75.5], DC: ['District of Columbia', 38.9, -77],
  FL: ['Florida', 28.1, -82], GA: ['Georgia', 33.1, -83.7], HI: ['Hawaii', 21, -155],
  ID: ['Idaho', 44.5, -114.8], IL: ['Illinois', 40.4, -89], IN: ['Indiana', 39.9, -86.3],
  IA: ['Iowa', 42, -93.3], KS: ['Kansas', 38.5, -97.1], KY: ['Kentucky', 37.6, -84.8],
  LA: ['Louisiana', 30.9, -91.7], ME: ['Maine', 44.6, -69.4], MD: ['Maryland', 39.1, -76.8],
  MA: ['Massachusetts', 42.2, -71.5], MI: ['Michigan', 43.4, -84.7], MN: ['Minnesota', 45.5, -94.1],
  MS: ['Mississippi', 32.8, -89.7], MO: ['Missouri', 38.4, -92.5], MT: ['Montana', 46.9, -110.3],
  NE: ['Nebraska', 41.2, -98.1], NV: ['Nevada', 37.8, -116.6], NH: ['New Hampshire', 43.4, -71.6],
  NJ: ['New Jersey', 40.4, -74.5], NM: ['New Mexico', 34.7, -106.2], NY: ['New York', 42.2, -75.1],
  NC: ['North Carolina', 35.6, -79.5], ND: ['North Dakota', 47.5, -99.6], OH: ['Ohio', 40.4, -82.7],
  OK: ['Oklahoma', 35.5, -97], OR: ['Oregon', 44.5, -122.1], PA: ['Pennsylvania', 40.6, -77.6],
  RI: ['Rhode Island', 41.7, -71.5], SC: ['South Carolina', 34, -81.1], SD: ['South Dakota', 44.3, -99.1],
  TN: ['Tennessee', 35.8, -86.5], TX: ['Texas', 31.3, -98], UT: ['Utah', 39.9, -111.8],
  VT: ['Vermont', 44, -72.6], VA: ['Virginia', 37.7, -78.2], WA: ['Washington', 47.3, -121.2],
  WV: ['West Virginia', 38.5, -81], WI: ['Wisconsin', 44.1, -89.5], WY: ['Wyoming', 42.9, -107.3],
};

const byName = new Map<string, string>();
for (const [code, [name]] of Object.entries(US_STATES)) byName.set(name.toLowerCase(), code);
byName.set('washington dc', 'DC');
byName.set('washington d.c.', 'DC');
// Spanish names that differ from the English ones, as searches fold them (no accents, lower case).
for (const entry of 'NCcarolina del norte,SCcarolina del sur,NDdakota del norte,SDdakota del sur,NYnueva york,NJnueva jersey,NMnuevo mexico,NHnuevo hampshire,PApensilvania,LAluisiana,MSmisisipi,MOmisuri,TNtenesi,HIhawai,WVvirginia occidental'.split(',')) {
  byName.set(entry.slice(2), entry.slice(0, 2));
}

/** "GA", "ga", "Georgia", " georgia " -> "GA"; undefined when it is not a state. */
export function stateCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (v.length === 2) {
    const code = v.toUpperCase();
    return code in US_STATES ? code : undefined;
  }
  return byName.get(v.toLowerCase().replace(/\s+/g, ' '));
}

const STATE_ZONES: Record<string, string> = {};
const ZONE_STATES: Record<string, string> = {
  'America/New_York': 'CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV',
  'America/Chicago': 'AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI',
  'America/Denver': 'CO ID MT NM UT WY',
  'America/Phoenix': 'AZ',
  'America/Los_Angeles': 'CA NV OR WA',
  'America/Anchorage': 'AK',
  'Pacific/Honolulu': 'HI',
};
for (const [zone, states] of Object.entries(ZONE_STATES)) for (const s of states.split(' ')) STATE_ZONES[s] = zone;

/** A state's main time zone ("GA", "Georgia" -> America/New_York): where a time names none. */
export function stateZone(state: unknown): string | undefined {
  const code = typeof state === 'string' ? stateCode(state) : undefined;
  return code && STATE_ZONES[code];
}
