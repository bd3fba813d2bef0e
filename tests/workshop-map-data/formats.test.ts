import { expect } from '@open-wc/testing';
import { parseCodeorgSession } from '../../src/shared/data/formats/codeorg.js';
import { parseCsv } from '../../src/shared/data/formats/csv.js';
import { parseWorkshopDocument } from '../../src/shared/data/formats/index.js';
import { normalizeByFormat } from '../support/normalize-workshops.js';
import { formatSessionRange } from '../../src/shared/i18n/zoned-time.js';
import type { Workshop, WorkshopFormat } from '../../src/workshop-map/types.js';

async function load(file: string, format: WorkshopFormat) {
  const text = await (await fetch(`/tests/fixtures/${file}`)).text();
  return normalizeByFormat(parseWorkshopDocument(text, format), format);
}
const byId = (items: Workshop[], id: string) => items.find((w) => w.id === id)!;

describe('format "pl" through the index', () => {
  it('parses JSON text and validates it', async () => {
    const { items, skipped } = await load('workshops.json', 'pl');
    expect(items).to.have.length(10);
    expect(skipped).to.equal(4);
  });

  it('throws on text that cannot be parsed, and an unknown format means "pl"', () => {
    expect(() => parseWorkshopDocument('{ nope', 'pl')).to.throw();
    expect(() => parseWorkshopDocument('{ nope', 'geojson')).to.throw();
    expect(() => parseWorkshopDocument('[', 'codeorg')).to.throw();
    const raw = [{ id: 'a', title: 'A', course: 'csf', sessions: [{ start: '2027-01-01T10:00:00Z' }], virtual: true }];
    expect(parseWorkshopDocument(raw, 'pl')).to.equal(raw);
    expect(normalizeByFormat(raw, 'something').items).to.have.length(1);
    expect(normalizeByFormat('{ nope', 'pl').skipped).to.equal(1);
  });
});

describe('format "csv"', () => {
  it('reads dotted columns with a start/end pair, counting valid and skipped rows', async () => {
    const { items, skipped, reasons } = await load('workshops.csv', 'csv');
    expect(items.map((w) => w.id)).to.deep.equal(['csv-atl-1', 'csv-chi-2', 'csv-virt-3']);
    expect(skipped).to.equal(2);
    expect(reasons).to.deep.equal(['record 4: missing title', 'record 5: missing location.lat/lng']);
    const atl = byId(items, 'csv-atl-1');
    expect(atl).to.deep.include({
      title: 'CS Fundamentals Intro Workshop',
      type: 'intro',
      virtual: false,
      capacity: 30,
      seatsRemaining: 12,
      cost: 0,
      value: 300,
      scholarships: true,
      registrationUrl: 'https://example.org/r/1',
      notes: 'Bring a laptop',
    });
    expect(atl.sessions).to.deep.equal([{ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' }]);
    expect(atl.location).to.deep.equal({ name: 'Central Library', city: 'Atlanta', state: 'GA', postalCode: '30303', lat: 33.7525, lng: -84.3888 });
  });

  it('keeps quoted text with HTML literal, drops a javascript: URL, and places local times in the zone', async () => {
    const { items } = await load('workshops.csv', 'csv');
    const chi = byId(items, 'csv-chi-2');
    expect(chi.title).to.equal('<i>Intro</i>, with "quotes"');
    expect(chi.registrationUrl).to.equal(undefined);
    expect(chi.type).to.equal('deep-dive');
    expect(chi.seatsRemaining).to.equal(0);
    expect(chi.sessions[0]).to.deep.equal({ start: '2027-02-06T09:00:00-06:00', end: '2027-02-06T15:00:00-06:00' });
    expect(byId(items, 'csv-virt-3').virtual).to.equal(true);
    expect(byId(items, 'csv-virt-3').location).to.equal(undefined);
  });

  it('reads semicolon files as spreadsheets save them in many locales, decimal commas included', async () => {
    const { items, skipped } = await load('workshops-semicolon.csv', 'csv');
    expect(skipped).to.equal(0);
    const [first, second] = items;
    expect(first.title).to.equal('Taller de verano, CS Discoveries');
    expect(first.location).to.deep.include({ city: 'Chicago', lat: 41.8781, lng: -87.6298 });
    expect(first.cost).to.equal(12.5);
    expect(first.notes).to.equal('Trae tu portátil; hay café');
    expect(first.sessions[0].start).to.equal('2027-06-12T09:00:00-05:00');
    expect(second.location).to.deep.include({ lat: 33.7525, lng: -84.3888 });
    // Day first, as those locales write dates: 12 June, in the workshop's own zone.
    expect(items[2].sessions[0].start).to.equal('2027-06-12T09:00:00-05:00');
  });

  it('reads tab-separated files, and keeps commas inside their cells', async () => {
    const { items, skipped } = await load('workshops-tabs.csv', 'csv');
    expect(skipped).to.equal(0);
    expect(items[0].title).to.equal('Tabbed, with a comma');
    expect(items[0].location).to.deep.include({ lat: 39.7392, lng: -104.9903 });
  });

  it('reads sessions.N columns, short place columns, a BOM and CRLF line ends', async () => {
    const { items, skipped } = await load('workshops-sessions.csv', 'csv');
    expect(skipped).to.equal(0);
    const multi = byId(items, 'multi-1');
    expect(multi.sessions).to.have.length(2);
    expect(multi.location).to.deep.equal({ name: 'Decatur High', city: 'Decatur', state: 'GA', postalCode: '30030', lat: 33.7748, lng: -84.2963 });
    expect(multi.facilitators).to.deep.equal(['Ana Ruiz', 'Sam Lee']);
    expect(byId(items, 'multi-2').sessions).to.deep.equal([{ start: '2027-07-19T09:00:00-04:00' }]);
  });

  it('accepts a CSV string as the raw value', () => {
    const r = normalizeByFormat('id,title,course,start,virtual\nx,X,csf,2027-01-01T10:00:00Z,true\n', 'csv');
    expect(r.items.map((w) => w.id)).to.deep.equal(['x']);
  });
});

describe('format "geojson"', () => {
  it('maps Point features ([lng, lat]) to workshops, counting valid and skipped', async () => {
    const { items, reasons } = await load('workshops.geojson', 'geojson');
    expect(items.map((w) => w.id)).to.deep.equal(['geo-atl', 'geo-sea', 'geo-virtual']);
    expect(reasons).to.deep.equal(['record 3: geometry is a LineString, not a Point', 'record 5: location.lat/lng out of range']);
    expect(byId(items, 'geo-atl').location).to.deep.equal({ city: 'Atlanta', state: 'GA', lat: 33.7525, lng: -84.3888 });
  });

  it('reads a feature id, flattened properties and stringified sessions; drops a javascript: URL', async () => {
    const { items } = await load('workshops.geojson', 'geojson');
    const sea = byId(items, 'geo-sea');
    expect(sea.location).to.deep.equal({ city: 'Seattle', state: 'WA', lat: 47.6062, lng: -122.3321 });
    expect(sea.sessions).to.deep.equal([{ start: '2027-07-19T09:00:00-07:00', end: '2027-07-23T15:00:00-07:00' }]);
    expect(sea.registrationUrl).to.equal(undefined);
    expect(byId(items, 'geo-virtual').virtual).to.equal(true);
    expect(byId(items, 'geo-virtual').location).to.equal(undefined);
  });

  it('reads an empty Point (a GIS export of a row without a place) by its properties: their place, or a virtual workshop', () => {
    const base = { title: 'T', course: 'csf', start: '2027-06-12T09:00:00-04:00' };
    const empty = (properties: Record<string, unknown>) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [] }, properties: { ...base, ...properties } });
    const features = [empty({ id: 'placed', 'location.lat': 33.75, 'location.lng': -84.39 }), empty({ id: 'online', virtual: true }), empty({ id: 'nowhere' })];
    const { items, reasons } = normalizeByFormat({ type: 'FeatureCollection', features }, 'geojson');
    expect(items.map((w) => [w.id, w.location?.lat, w.virtual])).to.deep.equal([
      ['placed', 33.75, false],
      ['online', undefined, true],
    ]);
    expect(reasons).to.deep.equal(['record 3: missing location.lat/lng']);
  });

  it('reads properties as a sheet made into features writes them: any case, short forms of the place', () => {
    const properties = { ID: 'g', Title: 'Flat', Course: 'csf', Start: '2027-06-12 09:00', venue: 'Tech Center', City: 'Atlanta', state: 'GA', zip: '30303', 'Seats Remaining': '3' };
    const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [-84.39, 33.75] }, properties };
    const { items, skipped } = normalizeByFormat({ type: 'FeatureCollection', features: [feature] }, 'geojson');
    expect(skipped).to.equal(0);
    expect(items[0]).to.deep.include({ id: 'g', title: 'Flat', seatsRemaining: 3 });
    expect(items[0].location).to.deep.equal({ name: 'Tech Center', city: 'Atlanta', state: 'GA', postalCode: '30303', lat: 33.75, lng: -84.39 });
    // On the state's clock (Atlanta's), not the viewer's.
    expect(items[0].sessions).to.deep.equal([{ start: '2027-06-12T09:00:00-04:00' }]);
    // The data's own objects are left as they were.
    expect(Object.keys(properties)).to.have.length(9);
  });

  it('rejects a document that is not a FeatureCollection without throwing', () => {
    expect(normalizeByFormat({ type: 'Point' }, 'geojson')).to.deep.include({ skipped: 1, items: [] });
  });
});

describe('format "csv" given rows as objects (a CSV library\'s output)', () => {
  it('reads their keys as it reads a header row, in any case and with spaces', () => {
    const rows = [{ ID: 'r1', Title: 'Row', Course: 'csf', Start: '2027-06-12 09:00', City: 'Atlanta', State: 'GA', Lat: '33.75', Lng: '-84.39', 'Seats Remaining': '3' }];
    const { items, skipped } = normalizeByFormat(rows, 'csv');
    expect(skipped).to.equal(0);
    expect(items[0]).to.deep.include({ id: 'r1', title: 'Row', course: 'csf', seatsRemaining: 3 });
    expect(items[0].location).to.deep.include({ city: 'Atlanta', lat: 33.75, lng: -84.39 });
  });
});

describe('format "codeorg"', () => {
  it('maps the feed, skipping entries that could not be placed or have no readable session', async () => {
    const { items, skipped, reasons } = await load('codeorg.json', 'codeorg');
    expect(items).to.have.length(8);
    expect(skipped).to.equal(2);
    expect(reasons).to.deep.equal([
      'record 3: processed_location is missing (the address could not be placed)',
      'record 9: no session with a valid start',
    ]);
  });

  it('builds the record: course csf, type and title from subject, place, registration link', async () => {
    const { items } = await load('codeorg.json', 'codeorg');
    const atl = byId(items, '9001');
    expect(atl).to.deep.include({
      title: 'CS Fundamentals Intro Workshop',
      course: 'csf',
      type: 'intro',
      virtual: false,
      timeZone: 'America/New_York',
      registrationUrl: 'https://studio.code.org/pd/workshops/9001/enroll',
    });
    expect(atl.location).to.deep.equal({
      name: 'Lincoln Elementary',
      address: '123 Main St',
      city: 'Atlanta',
      state: 'GA',
      postalCode: '30303',
      lat: 33.7525,
      lng: -84.3888,
    });
    const la = byId(items, '9002');
    expect(la).to.deep.include({ title: 'CS Fundamentals Deep Dive Workshop', type: 'deep-dive' });
    expect(la.location).to.deep.include({ address: '333 S Beaudry Ave', city: 'Los Angeles', postalCode: '90017' });
    expect(byId(items, '9004').type).to.equal('other');
    expect(byId(items, '9010').location?.name).to.equal('<b>Bold</b> & <script>alert(1)</script> School');
  });

  it('turns session strings into ISO instants with the right offset and zone (EDT, PST, ...)', async () => {
    const { items } = await load('codeorg.json', 'codeorg');
    const expectations: Record<string, [string, string, string]> = {
      '9001': ['2027-06-12T09:00:00-04:00', '2027-06-12T16:00:00-04:00', 'America/New_York'],
      '9002': ['2027-01-16T08:30:00-08:00', '2027-01-16T15:30:00-08:00', 'America/Los_Angeles'],
      '9004': ['2027-07-10T09:00:00-07:00', '2027-07-10T15:00:00-07:00', 'America/Phoenix'],
      '9005': ['2027-02-06T09:00:00-07:00', '2027-02-06T15:00:00-07:00', 'America/Denver'],
      '9006': ['2027-10-16T09:00:00-05:00', '2027-10-16T14:00:00-05:00', 'America/Chicago'],
      '9007': ['2027-01-30T10:00:00-09:00', '2027-01-30T14:00:00-09:00', 'America/Anchorage'],
      '9008': ['2027-04-17T08:00:00-10:00', '2027-04-17T14:00:00-10:00', 'Pacific/Honolulu'],
      '9010': ['2027-09-25T09:00:00-07:00', '2027-09-25T15:00:00-07:00', 'America/Los_Angeles'],
    };
    for (const [id, [start, end, zone]] of Object.entries(expectations)) {
      const w = byId(items, id);
      expect(w.sessions[0], id).to.deep.equal({ start, end });
      expect(w.timeZone, id).to.equal(zone);
    }
    expect(byId(items, '9002').sessions).to.have.length(2);
    expect(formatSessionRange(byId(items, '9002').sessions[1], 'America/Los_Angeles', 'en')).to.equal(
      'Sat, Jan 23, 2027, 8:30 AM – 3:30 PM PST',
    );
  });

  it('parses other spellings of a session', () => {
    expect(parseCodeorgSession('06/12/2027, 9am - 4pm ET')).to.deep.equal({
      start: '2027-06-12T09:00:00-04:00',
      end: '2027-06-12T16:00:00-04:00',
      zone: 'America/New_York',
    });
    expect(parseCodeorgSession('Saturday, Jan 9, 2027, 12:30pm-3:00pm CST')).to.deep.include({
      start: '2027-01-09T12:30:00-06:00',
      end: '2027-01-09T15:00:00-06:00',
    });
    // No zone named: the state's zone, with DST from the date.
    expect(parseCodeorgSession('2027-01-09, 9:00am-12:00pm', 'TX')).to.deep.include({
      start: '2027-01-09T09:00:00-06:00',
      zone: 'America/Chicago',
    });
    expect(parseCodeorgSession('TBD')).to.equal(undefined);
    // A day that does not exist is not rolled over into the next month.
    expect(parseCodeorgSession('2027-02-30, 9:00am-4:00pm EST')).to.equal(undefined);
    expect(parseCodeorgSession('2027-04-31, 9:00am-4:00pm EDT')).to.equal(undefined);
    expect(parseCodeorgSession('2028-02-29, 9:00am-4:00pm EST')?.start).to.equal('2028-02-29T09:00:00-05:00');
  });
});

describe('CSV headers', () => {
  it('ignores dangerous or absurd column names', () => {
    const r = normalizeByFormat(
      'id,title,course,start,virtual,__proto__.polluted,sessions.99999999.start\nx,X,csf,2027-01-01T10:00:00Z,true,yes,2027-01-02T10:00:00Z\n',
      'csv',
    );
    expect(r.items).to.have.length(1);
    expect(r.items[0].sessions).to.have.length(1);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reads rows whose header has a bare __proto__ or constructor column', () => {
    const rows = parseCsv('id,__proto__,constructor,title\nx,{},Object,X\n');
    expect(rows).to.have.length(1);
    expect(Object.getPrototypeOf(rows[0])).to.equal(Object.prototype);
    expect(rows[0].title).to.equal('X');
    const r = normalizeByFormat('id,title,course,start,virtual,__proto__,constructor\nx,X,csf,2027-01-01T10:00:00Z,true,{},Object\n', 'csv');
    expect(r.items.map((w) => w.title)).to.deep.equal(['X']);
  });
});
