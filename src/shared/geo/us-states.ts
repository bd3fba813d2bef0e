/** The 50 states and DC: postal code -> English name (for search and for state-wide results). */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const byName = new Map<string, string>();
for (const [code, name] of Object.entries(US_STATES)) byName.set(name.toLowerCase(), code);
byName.set('washington dc', 'DC');
byName.set('washington d.c.', 'DC');

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

/** A rough centre per state (the mean of its ZIP codes): where a state-wide search looks when no data does. */
export const STATE_CENTERS: Readonly<Record<string, readonly [number, number]>> = {
  AL: [32.9, -86.8], AK: [61.5, -152.5], AZ: [33.6, -111.6], AR: [35.1, -92.4], CA: [36.2, -119.8],
  CO: [39.3, -105.3], CT: [41.6, -72.8], DE: [39.3, -75.5], DC: [38.9, -77.0], FL: [28.1, -82.0],
  GA: [33.1, -83.7], HI: [21.0, -155.0], ID: [44.5, -114.8], IL: [40.4, -89.0], IN: [39.9, -86.3],
  IA: [42.0, -93.3], KS: [38.5, -97.1], KY: [37.6, -84.8], LA: [30.9, -91.7], ME: [44.6, -69.4],
  MD: [39.1, -76.8], MA: [42.2, -71.5], MI: [43.4, -84.7], MN: [45.5, -94.1], MS: [32.8, -89.7],
  MO: [38.4, -92.5], MT: [46.9, -110.3], NE: [41.2, -98.1], NV: [37.8, -116.6], NH: [43.4, -71.6],
  NJ: [40.4, -74.5], NM: [34.7, -106.2], NY: [42.2, -75.1], NC: [35.6, -79.5], ND: [47.5, -99.6],
  OH: [40.4, -82.7], OK: [35.5, -97.0], OR: [44.5, -122.1], PA: [40.6, -77.6], RI: [41.7, -71.5],
  SC: [34.0, -81.1], SD: [44.3, -99.1], TN: [35.8, -86.5], TX: [31.3, -98.0], UT: [39.9, -111.8],
  VT: [44.0, -72.6], VA: [37.7, -78.2], WA: [47.3, -121.2], WV: [38.5, -81.0], WI: [44.1, -89.5],
  WY: [42.9, -107.3],
};

const STATE_ZONES: Record<string, string> = {};
const ZONE_STATES: Record<string, string> = {
  'America/New_York': 'CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV',
  'America/Chicago': 'AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI',
  'America/Denver': 'CO ID MT NM UT WY',
  'America/Phoenix': 'AZ',
  'America/Los_Angeles': 'CA NV OR WA',
  'America/Anchorage': 'AK',
  'Pacific/Honolulu': 'HI',
  'America/Puerto_Rico': 'PR VI',
};
for (const [zone, states] of Object.entries(ZONE_STATES)) for (const s of states.split(' ')) STATE_ZONES[s] = zone;

/** A state's main time zone ("GA", "Georgia" -> America/New_York): where a time names none. */
export function stateZone(state: unknown): string | undefined {
  const code = typeof state === 'string' ? stateCode(state) : undefined;
  return code && STATE_ZONES[code];
}
