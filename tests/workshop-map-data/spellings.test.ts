/**
 * Data as spreadsheets and people write it: local times in many spellings (always on the workshop's
 * clock, never the viewer's), blank CSV lines, place columns in two forms, partners without a point.
 */
import { expect } from '@open-wc/testing';
import { parseWorkshopDocument } from '../../src/shared/data/formats/index.js';
import { normalizeByFormat } from '../support/normalize-workshops.js';
import { toInstant } from '../../src/workshop-map/instants.js';
import { toPartner } from '../../src/workshop-map/validate-partner.js';
import type { Partner } from '../../src/workshop-map/types.js';

const NEW_YORK = 'America/New_York';

describe('local session times in the spellings data arrives in', () => {
  it('reads each on the workshop\'s own clock (9 AM in New York), whatever the viewer\'s zone', () => {
    const spellings = [
      '2027-06-12 9:00',
      '2027-06-12 09:00 AM',
      '2027-06-12 9:00am',
      '2027-06-12T09:00:00.000',
      '2027/06/12 09:00',
      '6/12/27 9:00 AM',
      '6/12/2027 9:00',
      '06-12-2027 09:00',
      '6-12-27 9:00 AM',
      'June 12, 2027 9:00 AM',
      'Sat Jun 12 2027 09:00:00',
    ];
    const read = spellings.map((text) => [text, toInstant(text, NEW_YORK)]);
    expect(read).to.deep.equal(spellings.map((text) => [text, '2027-06-12T09:00:00-04:00']));
  });

  it('keeps the offset or zone a time names', () => {
    expect(toInstant('2027-06-12T09:00:00-05:00', NEW_YORK)).to.equal('2027-06-12T09:00:00-05:00');
    expect(toInstant('June 12, 2027 09:00:00 GMT', NEW_YORK)).to.equal('2027-06-12T09:00:00.000Z');
    expect(toInstant('2027-06-12 1:30 PM', NEW_YORK)).to.equal('2027-06-12T13:30:00-04:00');
    expect(toInstant('2027-06-12 13:30 PM', NEW_YORK)).to.equal(undefined);
  });

  it('reads a Date (a script\'s data, or JSON read by a date-reviving parser) as its instant, shown on the workshop\'s clock', () => {
    expect(toInstant(new Date('2027-06-12T13:00:00Z'), NEW_YORK)).to.equal('2027-06-12T13:00:00.000Z');
    expect(toInstant(new Date('not a date'), NEW_YORK)).to.equal(undefined);
    const record = { id: 'd', title: 'T', course: 'csf', timeZone: NEW_YORK, location: { state: 'GA', lat: 33.75, lng: -84.39 } };
    const { items, skipped } = normalizeByFormat([{ ...record, sessions: [{ start: new Date('2027-06-12T13:00:00Z'), end: new Date('2027-06-12T20:00:00Z') }] }], 'pl');
    expect([skipped, Date.parse(items[0].sessions[0].start), Date.parse(items[0].sessions[0].end!)]).to.deep.equal([0, Date.parse('2027-06-12T09:00:00-04:00'), Date.parse('2027-06-12T16:00:00-04:00')]);
  });

  it('reads a date written with dashes as a date, not its year as an offset ("06-12-2027" is no "-2027")', () => {
    expect(toInstant('06-12-2027', NEW_YORK)).to.equal('2027-06-12T00:00:00-04:00');
    expect(toInstant('Jun 12 2027 9:00 AM -0500', NEW_YORK)).to.equal('2027-06-12T14:00:00.000Z');
  });
});

describe('format "csv": rows as spreadsheets save them', () => {
  const load = (text: string) => normalizeByFormat(parseWorkshopDocument(text, 'csv'), 'csv');

  it('passes over blank lines and rows of empty cells instead of counting them as invalid', () => {
    const csv = 'id,title,course,start,lat,lng\na,A,csf,2027-06-12T09:00:00-04:00,33.7,-84.3\n\n,,,,,\nb,B,csf,2027-06-13T09:00:00-04:00,33.7,-84.3\n\n';
    const { items, skipped } = load(csv);
    expect([items.map((w) => w.id), skipped]).to.deep.equal([['a', 'b'], 0]);
  });

  it('fills what the location.* columns leave empty from the short columns (lat, lng, city)', () => {
    const csv = 'id,title,course,start,location.name,lat,lng,city\na,A,csf,2027-06-12T09:00:00-04:00,Library,33.7,-84.3,Atlanta\n';
    const { items, skipped } = load(csv);
    expect(skipped).to.equal(0);
    expect(items[0].location).to.deep.include({ name: 'Library', lat: 33.7, lng: -84.3, city: 'Atlanta' });
  });

  it('reads "12/06/2027 9:00 AM" day first in a semicolon file, like "12/06/2027 9:00"', () => {
    const csv = 'id;title;course;start;timeZone;lat;lng\na;A;csf;12/06/2027 9:00 AM;America/New_York;33,7;-84,3\nb;B;csf;12/06/2027 9:00;America/New_York;33,7;-84,3\nc;C;csf;12.06.2027 09:00;America/New_York;33,7;-84,3\n';
    // German Excel writes dots: day first too.
    expect(load(csv).items.map((w) => w.sessions[0].start)).to.deep.equal(['2027-06-12T09:00:00-04:00', '2027-06-12T09:00:00-04:00', '2027-06-12T09:00:00-04:00']);
  });

  it('reads dashes, two-digit years and a zone after the time day first in a semicolon file too', () => {
    const rows = ['12-06-2027 09:00', '12.06.27 09:00', '12/06/27 9:00', '12/06/2027 09:00 EDT', '13-06-2027'];
    const csv = 'id;title;course;start;timeZone;lat;lng\n' + rows.map((start, i) => `r${i};R;csf;${start};America/New_York;33,7;-84,3`).join('\n');
    expect(load(csv).items.map((w) => w.sessions[0].start)).to.deep.equal([
      '2027-06-12T09:00:00-04:00',
      '2027-06-12T09:00:00-04:00',
      '2027-06-12T09:00:00-04:00',
      '2027-06-12T09:00:00-04:00',
      '2027-06-13T00:00:00-04:00',
    ]);
  });
});

describe('partners', () => {
  it('gives no pin to a partner whose lat/lng is null, blank or a list (Number() reads them as 0)', () => {
    for (const point of [{ lat: null, lng: null }, { lat: '', lng: '' }, { lat: [], lng: [] }]) {
      const partner = toPartner({ name: 'CA', states: ['CA'], status: 'seeking', location: point }) as Partner;
      expect(partner.location, JSON.stringify(point)).to.equal(undefined);
    }
    const placed = toPartner({ name: 'CA', states: ['CA'], location: { lat: '37.8', lng: -122.3 } }) as Partner;
    expect(placed.location).to.deep.include({ lat: 37.8, lng: -122.3 });
  });
});

describe('local session times of a record that names no time zone', () => {
  it('reads them on the clock of the workshop\'s state, for the list and the date filter alike', () => {
    const csv = 'id,title,course,start,end,lat,lng,city,state\nnz,T,csf,2027-06-12 09:00,2027-06-12 16:00,33.75,-84.39,Atlanta,GA\n';
    const { items } = normalizeByFormat(parseWorkshopDocument(csv, 'csv'), 'csv');
    expect(items[0].sessions).to.deep.equal([{ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' }]);
    // The zone is only assumed for reading: the workshop shows the offsets it was read with.
    expect(items[0].timeZone).to.equal(undefined);
  });
});

describe('places and partners as data writes them', () => {
  it('does not repeat a city that the address already holds', async () => {
    const { placeText } = await import('../../src/workshop-map/workshop-details.js');
    const { mapStrings } = await import('../../src/workshop-map/strings.js');
    const t = mapStrings('en');
    const workshop = { location: { lat: 33.7, lng: -84.3, name: 'Library', address: '1 Main St, Atlanta, GA', city: 'Atlanta', state: 'GA' } };
    expect(placeText(workshop as never, t)).to.equal('\u2068Library\u2069 · \u20681 Main St, Atlanta, GA\u2069');
  });

  it('keeps two partners of one name that serve different places, when neither has an id', async () => {
    const { normalizePartners } = await import('../../src/workshop-map/validate-partner.js');
    const { items, skipped } = normalizePartners([
      { name: 'CS Alliance', states: ['GA'] },
      { name: 'CS Alliance', states: ['AL'] },
    ]);
    expect([items.map((p) => p.states[0]), skipped]).to.deep.equal([['GA', 'AL'], 0]);
  });
});
