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
