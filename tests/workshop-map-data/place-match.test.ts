import { expect } from '@open-wc/testing';
import { matchPlace } from '../../src/shared/geo/place-match.js';
import { stateCode, zoneNear } from '../../src/shared/geo/us-states.js';
import type { Workshop } from '../../src/workshop-map/types.js';
import { normalizeWorkshops } from '../support/normalize-workshops.js';

let workshops: Workshop[];
before(async () => {
  workshops = normalizeWorkshops(await (await fetch('/tests/fixtures/workshops.json')).json()).items;
});

describe('matchPlace', () => {
  it('matches a state name or code to a state-wide place centred on its workshops', () => {
    const georgia = matchPlace('Georgia', workshops)!;
    expect(georgia).to.include({ kind: 'state', state: 'GA', label: 'Georgia' });
    // The middle of the 6 Georgia workshops (including the past one), by latitude and by longitude:
    // in Atlanta, where most of them are.
    expect(georgia.lat).to.be.within(33.7, 33.8);
    expect(georgia.lng).to.be.within(-84.45, -84.25);
    expect(matchPlace('ga', workshops)).to.deep.equal(georgia);
    expect(matchPlace('  GEORGIA ', workshops)).to.deep.equal(georgia);
  });

  it('centres a city on the middle of its workshops, so one placed far off does not move it', () => {
    const at = (id: string, lat: number, lng: number) => ({ id, title: 'T', course: 'csf', sessions: [{ start: '2027-06-01' }], location: { city: 'Atlanta', state: 'GA', lat, lng } });
    const located = normalizeWorkshops([
      ...Array.from({ length: 9 }, (_, i) => at(`a${i}`, 33.75 + i / 1000, -84.39 - i / 1000)),
      // A sign left out, and a failed geocode's "0, 0".
      at('typo', 33.75, 84.39),
      at('null-island', 0, 0),
    ]).items;
    const atlanta = matchPlace('Atlanta', located)!;
    expect(atlanta.lat).to.be.within(33.75, 33.76);
    expect(atlanta.lng).to.be.within(-84.4, -84.39);
    expect(matchPlace('Georgia', located)!.lng).to.be.within(-84.4, -84.39);
  });

  it('reads states as the AP abbreviates them, with their dots', () => {
    const cases: [string, string | undefined][] = [
      ['N.C.', 'NC'], ['D.C.', 'DC'], ['n.y.', 'NY'], ['Ga.', 'GA'], ['Calif.', 'CA'], ['Mass.', 'MA'], ['Tenn.', 'TN'],
      ['Ala.', 'AL'], ['Miss.', 'MS'], ['Fla.', 'FL'], ['Wash.', 'WA'], ['Ind.', 'IN'], ['Okla.', 'OK'],
      // Without its dot a part of a name is no abbreviation.
      ['Calif', undefined], ['Mass', undefined], ['N.Y.C.', undefined],
    ];
    for (const [written, code] of cases) expect(stateCode(written), written).to.equal(code);
    const located = normalizeWorkshops([
      { id: 'r', title: 'T', course: 'csf', sessions: [{ start: '2027-06-01' }], location: { city: 'Raleigh', state: 'N.C.', lat: 35.78, lng: -78.64 } },
      { id: 'f', title: 'T', course: 'csf', sessions: [{ start: '2027-06-01' }], location: { city: 'Fresno', state: 'Calif.', lat: 36.74, lng: -119.79 } },
    ]).items;
    expect(matchPlace('Raleigh, NC', located)).to.include({ kind: 'point', lat: 35.78 });
    expect(matchPlace('Fresno, CA', located)).to.include({ kind: 'point', lat: 36.74 });
    expect(matchPlace('Atlanta, GA, USA', workshops)).to.include({ kind: 'point', state: 'GA' });
  });

  it('gives a state without workshops its own centre, so partners can still be found', () => {
    expect(matchPlace('Texas', workshops)).to.include({ kind: 'state', state: 'TX', label: 'Texas' });
    expect(matchPlace('dc', workshops)).to.include({ state: 'DC', label: 'District of Columbia' });
  });

  it('matches names with any apostrophe, as phones and editors type them', () => {
    const located = normalizeWorkshops([
      { id: 'c', title: 'T', course: 'csf', sessions: [{ start: '2027-06-01' }], location: { city: "Coeur d'Alene", state: 'ID', lat: 47.68, lng: -116.78 } },
      { id: 'o', title: 'T', course: 'csf', sessions: [{ start: '2027-06-01' }], location: { city: 'O\u2019Fallon', state: 'MO', lat: 38.81, lng: -90.7 } },
    ]).items;
    for (const query of ['Coeur d\u2019Alene', "coeur d'alene, ID", 'Coeur d\u2018Alene']) expect(matchPlace(query, located), query).to.include({ lat: 47.68 });
    for (const query of ["O'Fallon", 'o\u2019fallon']) expect(matchPlace(query, located), query).to.include({ lat: 38.81 });
    expect(stateCode('Hawai\u02bbi')).to.equal('HI');
  });

  it('reads a time that names no zone in Guam, the Northern Marianas or American Samoa on their own clocks', () => {
    const session = (state: string, lat: number, lng: number) =>
      normalizeWorkshops([{ id: 'g', title: 'T', course: 'csf', sessions: [{ start: '2027-06-12T09:00:00', end: '2027-06-12T12:00:00' }], location: { state, lat, lng } }]).items[0].sessions[0];
    expect(session('GU', 13.47, 144.75)).to.deep.equal({ start: '2027-06-12T09:00:00+10:00', end: '2027-06-12T12:00:00+10:00' });
    expect(session('MP', 15.18, 145.75).start).to.equal('2027-06-12T09:00:00+10:00');
    expect(session('AS', -14.28, -170.7).start).to.equal('2027-06-12T09:00:00-11:00');
    expect(['Guam', 'American Samoa', 'northern mariana islands'].map(stateCode)).to.deep.equal(['GU', 'AS', 'MP']);
  });

  it('knows Puerto Rico, as the ZIP table does', () => {
    const located = normalizeWorkshops([{ id: 'p', title: 'T', course: 'csf', sessions: [{ start: '2027-06-01' }], location: { city: 'San Juan', state: 'PR', lat: 18.47, lng: -66.1 } }]).items;
    for (const query of ['San Juan, PR', 'PR', 'Puerto Rico']) expect(matchPlace(query, located), query).to.include({ lat: 18.47 });
    expect(stateCode('puerto rico')).to.equal('PR');
  });

  it('knows the Spanish names of states, with or without accents', () => {
    const cases: [string, string][] = [
      ['Nueva York', 'NY'],
      ['Carolina del Norte', 'NC'],
      ['carolina del sur', 'SC'],
      ['Nuevo México', 'NM'],
      ['Nuevo Mexico', 'NM'],
      ['Nueva Jersey', 'NJ'],
      ['Pensilvania', 'PA'],
      ['Luisiana', 'LA'],
      ['Misisipi', 'MS'],
      ['Misuri', 'MO'],
      ['Tenesí', 'TN'],
      ['Hawái', 'HI'],
    ];
    for (const [name, state] of cases) expect(matchPlace(name, workshops)?.state, name).to.equal(state);
    // In a record's state too, accents and all.
    expect(['Tenesí', 'Nuevo México', 'Hawái'].map(stateCode)).to.deep.equal(['TN', 'NM', 'HI']);
  });

  it('matches a city in the data, with or without its state', () => {
    const atlanta = matchPlace('Atlanta', workshops)!;
    expect(atlanta).to.include({ kind: 'point', label: 'Atlanta, GA', state: 'GA' });
    expect(atlanta.lat).to.be.within(33.74, 33.76);
    expect(matchPlace('atlanta, ga', workshops)).to.deep.equal(atlanta);
    expect(matchPlace('Atlanta GA', workshops)).to.deep.equal(atlanta);
    expect(matchPlace('atlanta, georgia', workshops)).to.deep.equal(atlanta);
    expect(matchPlace('Marietta', workshops)).to.include({ state: 'GA' });
  });

  it('takes the usual other spellings of a city or state name', () => {
    const places = [
      { location: { lat: 38.63, lng: -90.2, city: 'St. Louis', state: 'MO' } },
      { location: { lat: 36.1, lng: -80.24, city: 'Winston-Salem', state: 'NC' } },
      { location: { lat: 32.75, lng: -97.33, city: 'Fort Worth', state: 'TX' } },
      { location: { lat: 40.41, lng: -79.9, city: 'Mt. Lebanon', state: 'PA' } },
    ] as unknown as Workshop[];
    const label = (text: string) => matchPlace(text, places)?.label;
    expect(['Saint Louis', 'st louis', 'ST. LOUIS, MO', 'Saint Louis, Missouri'].map(label)).to.deep.equal(Array(4).fill('St. Louis, MO'));
    expect(['Winston Salem', 'winston-salem nc'].map(label)).to.deep.equal(Array(2).fill('Winston-Salem, NC'));
    expect(['Ft. Worth', 'ft worth, tx'].map(label)).to.deep.equal(Array(2).fill('Fort Worth, TX'));
    expect(['Mount Lebanon', 'mt lebanon'].map(label)).to.deep.equal(Array(2).fill('Mt. Lebanon, PA'));
    expect(['D.C.', 'd. c.'].map((text) => matchPlace(text, places)?.state)).to.deep.equal(['DC', 'DC']);
  });

  it('returns undefined for places the data does not know', () => {
    expect(matchPlace('Atlantis', workshops)).to.equal(undefined);
    expect(matchPlace('Atlanta, TX', workshops)).to.equal(undefined);
    expect(matchPlace('', workshops)).to.equal(undefined);
  });
});

describe('zoneNear', () => {
  it("gives the main zone of the state nearest a place in the US or just over its border, and none further away", () => {
    const places: [string, number, number, string | undefined][] = [
      ['Chicago', 41.88, -87.63, 'America/Chicago'],
      ['Atlanta', 33.75, -84.39, 'America/New_York'],
      ['El Paso (nearest New Mexico)', 31.76, -106.44, 'America/Denver'],
      ['Phoenix', 33.45, -112.07, 'America/Phoenix'],
      ['Seattle', 47.61, -122.33, 'America/Los_Angeles'],
      ['Honolulu', 21.31, -157.86, 'Pacific/Honolulu'],
      ['Anchorage', 61.22, -149.9, 'America/Anchorage'],
      ['San Juan', 18.47, -66.11, 'America/Puerto_Rico'],
      ['Hagåtña', 13.47, 144.75, 'Pacific/Guam'],
      ['Saipan', 15.18, 145.75, 'Pacific/Saipan'],
      ['Pago Pago', -14.28, -170.7, 'Pacific/Pago_Pago'],
      ['Toronto', 43.65, -79.38, 'America/New_York'],
      ['Mexico City', 19.43, -99.13, undefined],
      ['London', 51.51, -0.13, undefined],
      ['no place', NaN, NaN, undefined],
    ];
    for (const [name, lat, lng, zone] of places) expect(zoneNear(lat, lng), name).to.equal(zone);
  });
});
