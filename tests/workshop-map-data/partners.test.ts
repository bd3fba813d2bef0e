import { expect } from '@open-wc/testing';
import type { Partner } from '../../src/workshop-map/types.js';
import { findPartner, normalizePartners } from '../../src/workshop-map/validate-partner.js';

let partners: Partner[];
before(async () => {
  partners = normalizePartners(await (await fetch('/tests/fixtures/partners.json')).json()).items;
});

describe('normalizePartners', () => {
  it('counts valid and skipped partners with reasons', async () => {
    const result = normalizePartners(await (await fetch('/tests/fixtures/partners.json')).json());
    expect(result.items.map((p) => p.id)).to.deep.equal(['ga-code', 'metro-atl', 'savannah-seeking', 'tx-seeking', 'tx-north']);
    expect(result.reasons).to.deep.equal(['record 6: missing name', 'record 7: no states or postalPrefixes to serve']);
  });

  it('normalises contacts, states and status; drops a javascript: URL but keeps the partner', () => {
    const ga = partners[0];
    expect(ga).to.include({ email: 'hello@example.org', url: 'https://example.org/georgia', status: 'active' });
    expect(partners[3].states).to.deep.equal(['TX']);
    expect(partners[3].status).to.equal('seeking');
    expect(partners[4].url).to.equal(undefined);
    expect(normalizePartners([{ name: 'X', states: 'ga, al' }]).items[0]).to.deep.include({ id: 'X GA AL', states: ['GA', 'AL'], postalPrefixes: [] });
    expect(() => normalizePartners('nope')).to.throw('expected an array of partners');
  });

  it('reads states of two words written in one string, and codes cut by spaces', () => {
    const states = (value: string) => normalizePartners([{ name: 'X', states: value }]).items[0].states;
    expect(states('New York')).to.deep.equal(['NY']);
    expect(states('North Carolina, South Carolina; West Virginia')).to.deep.equal(['NC', 'SC', 'WV']);
    expect(states('GA AL')).to.deep.equal(['GA', 'AL']);
    expect(states('New Mexico, TX OK')).to.deep.equal(['NM', 'TX', 'OK']);
    const [ny] = normalizePartners([{ name: 'NY CS', states: 'New York' }]).items;
    expect(findPartner([ny], { state: 'NY' })?.name).to.equal('NY CS');
  });

  it('reads a place given as latitude/longitude, "303xx" prefixes and "Ga." states, as sheets write them', () => {
    const [partner] = normalizePartners([{ name: 'X', states: ['Ga.'], postalPrefixes: ['303xx'], location: { latitude: 33.75, longitude: -84.39 } }]).items;
    expect(partner).to.deep.include({ states: ['GA'], postalPrefixes: ['303'] });
    expect(partner.location).to.deep.include({ lat: 33.75, lng: -84.39 });
  });

  it('skips a partner that is neither active nor seeking, with its reason; no status is active', () => {
    const result = normalizePartners([
      { name: 'Retired', states: ['NV'], status: 'inactive' },
      { name: 'Plain', states: ['NV'] },
      { name: 'Blank', states: ['NV'], status: ' ' },
      { name: 'Shouting', states: ['NV'], status: 'SEEKING' },
    ]);
    expect(result.items.map((p) => [p.name, p.status])).to.deep.equal([['Plain', 'active'], ['Blank', 'active'], ['Shouting', 'seeking']]);
    expect(result.reasons).to.deep.equal(['record 1: status "inactive" is not "active" or "seeking"']);
  });
});

describe('findPartner', () => {
  it('prefers the longest matching ZIP prefix', () => {
    expect(findPartner(partners, { postalCode: '30303', state: 'GA' })?.id).to.equal('metro-atl');
    const withLonger: Partner[] = [...partners, { ...partners[1], id: 'downtown', postalPrefixes: ['3030'] }];
    expect(findPartner(withLonger, { postalCode: '30303', state: 'GA' })?.id).to.equal('downtown');
  });

  it('falls back to the state when no prefix matches', () => {
    expect(findPartner(partners, { postalCode: '30601', state: 'GA' })?.id).to.equal('ga-code');
    expect(findPartner(partners, { state: 'Georgia' })?.id).to.equal('ga-code');
  });

  it('prefers an active partner over a seeking one for the same state', () => {
    expect(findPartner(partners, { postalCode: '77001', state: 'TX' })?.id).to.equal('tx-north');
    expect(findPartner(partners.filter((p) => p.id !== 'tx-north'), { state: 'TX' })?.id).to.equal('tx-seeking');
  });

  it("prefers the state's active partner to a seeking region that matches the ZIP code better", () => {
    expect(findPartner(partners, { postalCode: '31401', state: 'GA' })?.id).to.equal('ga-code');
  });

  it('shows a seeking region when no active partner serves the place, and nothing for an unserved place', () => {
    expect(findPartner(partners.filter((p) => p.status === 'seeking'), { postalCode: '31401', state: 'GA' })?.id).to.equal('savannah-seeking');
    expect(findPartner(partners, { postalCode: '98101', state: 'WA' })).to.equal(undefined);
    expect(findPartner(partners, {})).to.equal(undefined);
  });
});

describe('findPartner by postal prefix', () => {
  const partner = (id: string, prefix: string) => ({ id, name: id, states: [], postalPrefixes: [prefix], status: 'active' as const });

  it('takes the longest matching prefix wherever it is listed, and the first of two equal ones', () => {
    expect(findPartner([partner('downtown', '3030'), partner('metro', '303'), partner('state', '3')], { postalCode: '30303' })?.id).to.equal('downtown');
    expect(findPartner([partner('first', '303'), partner('second', '303')], { postalCode: '30303' })?.id).to.equal('first');
  });
});
