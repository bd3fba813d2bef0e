import { expect } from '@open-wc/testing';
import { codeorgToRecord, parseCodeorgSession } from '../../src/shared/data/formats/codeorg.js';
import { parseCsv } from '../../src/shared/data/formats/csv.js';
import { parseWorkshopDocument, scanByFormat, toFormat } from '../../src/shared/data/formats/index.js';
import { normalizeByFormat } from '../support/normalize-workshops.js';
import type { MapStrings } from '../../src/workshop-map/strings.js';
import { placeText } from '../../src/workshop-map/workshop-details.js';

describe('format "codeorg": a start without its own am/pm', () => {
  /** Session text -> local start and end hours (the start takes the end's am/pm unless it would follow the end). */
  const RANGES: [string, string, string][] = [
    ['2027-06-12, 9-4pm EDT', '09:00:00-04:00', '16:00:00-04:00'],
    ['2027-06-12, 1-4pm EDT', '13:00:00-04:00', '16:00:00-04:00'],
    ['2027-06-12, 9 - 4 pm EDT', '09:00:00-04:00', '16:00:00-04:00'],
    ['2027-06-12, 9–4pm EDT', '09:00:00-04:00', '16:00:00-04:00'],
    ['2027-06-12, 11-1pm PDT', '11:00:00-07:00', '13:00:00-07:00'],
    ['2027-06-12, 10-12pm PDT', '10:00:00-07:00', '12:00:00-07:00'],
  ];

  it('reads "9-4pm" as 9 AM to 4 PM, "11-1pm" as 11 AM to 1 PM', () => {
    for (const [text, start, end] of RANGES) {
      expect(parseCodeorgSession(text), text).to.deep.include({ start: `2027-06-12T${start}`, end: `2027-06-12T${end}` });
    }
    expect(parseCodeorgSession('2027-06-12, 9-4pm EDT')!.zone).to.equal('America/New_York');
  });

  it('reads an early time on the day the clocks go forward on that day\'s clock (3 AM is EDT, not EST)', () => {
    // The wall time read as UTC falls on the evening before, still in EST: one reading of the
    // zone's offset would put the session an hour late.
    expect(parseCodeorgSession('2027-03-14, 3:00am-4:00pm EDT')).to.deep.include({
      start: '2027-03-14T03:00:00-04:00',
      end: '2027-03-14T16:00:00-04:00',
    });
  });

  it('still reads the spellings with minutes or an am/pm on both sides', () => {
    for (const text of ['2027-06-12, 9:00am-4:00pm EDT', '2027-06-12, 9am-4pm EDT', '2027-06-12, 9:00-4:00pm EDT']) {
      expect(parseCodeorgSession(text), text).to.deep.include({
        start: '2027-06-12T09:00:00-04:00',
        end: '2027-06-12T16:00:00-04:00',
      });
    }
  });

  it('maps a feed entry with such a session to a workshop from 9 AM to 4 PM', () => {
    const entry = {
      id: 7,
      subject: 'Intro',
      location_name: 'Central Library',
      location_address: '1 Margaret Mitchell Sq, Atlanta, GA 30303',
      sessions: ['2027-06-12, 9-4pm EDT'],
      processed_location: { latitude: 33.75, longitude: -84.39, city: 'Atlanta', state: 'GA', formatted_address: '' },
    };
    const { items } = normalizeByFormat([entry], 'codeorg');
    expect(items[0].sessions).to.deep.equal([{ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' }]);
  });
});

describe('format "codeorg": sessions written other ways', () => {
  it('reads "8:30-3:30" as 8:30 AM to 3:30 PM, "9:00a-4:00p" as 9 AM to 4 PM and "6pm-midnight" to midnight', () => {
    expect(parseCodeorgSession('2027-06-12, 8:30-3:30 EDT')).to.deep.include({ start: '2027-06-12T08:30:00-04:00', end: '2027-06-12T15:30:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 9:00a-4:00p EDT')).to.deep.include({ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 6pm-midnight EDT')).to.deep.include({ start: '2027-06-12T18:00:00-04:00', end: '2027-06-13T00:00:00-04:00' });
    // No am/pm and a start between 1 and 6: the afternoon, not the small hours.
    expect(parseCodeorgSession('2027-06-12, 1:00-4:00 EDT')).to.deep.include({ start: '2027-06-12T13:00:00-04:00', end: '2027-06-12T16:00:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 7:30-11:00 EDT')).to.deep.include({ start: '2027-06-12T07:30:00-04:00', end: '2027-06-12T11:00:00-04:00' });
    // A morning that ends late in it, and a 24-hour clock's leading zero, stay in the morning.
    expect(parseCodeorgSession('2027-06-12, 5:00-11:00 EDT')).to.deep.include({ start: '2027-06-12T05:00:00-04:00', end: '2027-06-12T11:00:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 06:00-09:00 EDT')).to.deep.include({ start: '2027-06-12T06:00:00-04:00', end: '2027-06-12T09:00:00-04:00' });
    // A 24-hour range stays one.
    expect(parseCodeorgSession('2027-06-12, 13:00-16:00 EDT')).to.deep.include({ start: '2027-06-12T13:00:00-04:00', end: '2027-06-12T16:00:00-04:00' });
  });

  it('reads a session given as an ISO time, and reports the ones it cannot read instead of dropping them without a word', async () => {
    const entry = {
      id: 8,
      subject: 'Deep Dive',
      location_name: 'Central Library',
      location_address: '1 Margaret Mitchell Sq, Atlanta, GA 30303',
      sessions: ['2027-06-12, 9:00am-4:00pm EDT', 'June 13th, 2027, 9:00am-4:00pm EDT', '2027-06-14T09:00:00-04:00'],
      processed_location: { latitude: 33.75, longitude: -84.39, city: 'Atlanta', state: 'GA', formatted_address: '' },
    };
    // The scan hands its notes to the load's one console warning (tests/workshop-map/loading.test.ts).
    const scanned = scanByFormat([entry], 'codeorg');
    expect(scanned.index.workshop(0).sessions.map((session) => session.start)).to.deep.equal(['2027-06-12T09:00:00-04:00', '2027-06-14T09:00:00-04:00']);
    expect(scanned.notes!.join('\n')).to.contain('session times left out').and.contain('record 1 ("CS Fundamentals Deep Dive Workshop"): 1');
  });
});

describe('format "codeorg": the place names its city once', () => {
  const t = {} as MapStrings;
  const feed = [
    {
      id: 1,
      subject: 'Deep Dive',
      location_name: 'LAUSD Training Center',
      location_address: '',
      sessions: ['2027-01-16, 8:30am-3:30pm PST'],
      processed_location: {
        latitude: 34.0522,
        longitude: -118.2437,
        city: 'Los Angeles',
        state: 'CA',
        formatted_address: '333 S Beaudry Ave, Los Angeles, CA 90017, USA',
      },
    },
    {
      id: 2,
      subject: 'Intro',
      location_name: 'Lincoln Elementary',
      location_address: '123 Main St, Atlanta, GA 30303',
      sessions: ['2027-06-12, 9:00am-4:00pm EDT'],
      processed_location: { latitude: 33.7525, longitude: -84.3888, city: 'Atlanta', state: 'GA', formatted_address: '123 Main St, Atlanta, GA 30303, USA' },
    },
    {
      id: 3,
      subject: 'Intro',
      location_name: 'Somewhere in town',
      location_address: 'Macon, GA',
      sessions: ['2027-06-12, 9:00am-4:00pm EDT'],
      processed_location: { latitude: 32.84, longitude: -83.63, city: 'Macon', state: 'GA', formatted_address: 'Macon, GA, USA' },
    },
    {
      id: 4,
      subject: 'Intro',
      location_name: 'City Hall',
      location_address: '100 Washington St, WASHINGTON, DC 20001',
      sessions: ['2027-06-12, 9:00am-4:00pm EDT'],
      processed_location: { latitude: 38.9, longitude: -77.03, city: 'Washington', state: 'DC', formatted_address: '' },
    },
  ];

  it('shows name, street and "city, state" with no repetition', () => {
    const { items } = normalizeByFormat(feed, 'codeorg');
    // Without the direction isolates around each part (tests/workshop-map/bidi.test.ts).
    expect(items.map((w) => placeText(w, t).replace(/[\u2068\u2069]/g, ''))).to.deep.equal([
      'LAUSD Training Center · 333 S Beaudry Ave · Los Angeles, CA',
      'Lincoln Elementary · 123 Main St · Atlanta, GA',
      'Somewhere in town · Macon, GA',
      'City Hall · 100 Washington St · Washington, DC',
    ]);
  });

  it('keeps the city and state for search, and the ZIP code apart', () => {
    const { items } = normalizeByFormat(feed, 'codeorg');
    expect(items[0].location).to.deep.equal({
      name: 'LAUSD Training Center',
      address: '333 S Beaudry Ave',
      city: 'Los Angeles',
      state: 'CA',
      postalCode: '90017',
      lat: 34.0522,
      lng: -118.2437,
    });
    expect(items[1].location).to.deep.include({ address: '123 Main St', city: 'Atlanta', state: 'GA', postalCode: '30303' });
    expect(items[2].location?.address).to.equal(undefined);
  });

  it('keeps the whole address when it does not name the city', () => {
    const record = codeorgToRecord({
      id: 5,
      subject: 'Intro',
      location_name: 'Annex',
      location_address: '12 Oak St',
      sessions: ['2027-06-12, 9:00am-4:00pm EDT'],
      processed_location: { latitude: 33, longitude: -84, city: 'Decatur', state: 'GA' },
    }) as { location: Record<string, unknown> };
    expect(record.location).to.deep.include({ address: '12 Oak St', city: 'Decatur', postalCode: undefined });
  });
});

describe('format "csv": header names in any case', () => {
  const text =
    'ID, Title ,COURSE,CourseName,Type,Start,End,TimeZone,Virtual,SeatsRemaining,RegistrationURL,Location.Name,Location.Lat,LOCATION.LNG,Location.PostalCode\n' +
    'x1,Intro,csf,CS Fundamentals,intro,2027-06-12 09:00,2027-06-12 16:00,America/New_York,false,12,https://example.org/r/1,Library,33.75,-84.39,30303\n';

  it('reads a spreadsheet export with capitalised headers under the record\'s own field names', () => {
    const { items, skipped, reasons } = normalizeByFormat(text, 'csv');
    expect(reasons).to.deep.equal([]);
    expect(skipped).to.equal(0);
    expect(items[0]).to.deep.include({
      id: 'x1',
      title: 'Intro',
      course: 'csf',
      courseName: 'CS Fundamentals',
      type: 'intro',
      timeZone: 'America/New_York',
      virtual: false,
      seatsRemaining: 12,
      registrationUrl: 'https://example.org/r/1',
    });
    expect(items[0].sessions).to.deep.equal([{ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' }]);
    expect(items[0].location).to.deep.equal({ name: 'Library', postalCode: '30303', lat: 33.75, lng: -84.39 });
  });

  it('matches the short place columns and a semicolon file\'s number columns in any case', () => {
    const { items, skipped } = normalizeByFormat(
      'Id;Title;Course;Start;TimeZone;Venue;City;State;ZIP;Lat;Lng\nx2;Taller;csd;12/06/2027 9:00;America/Chicago;Biblioteca;Chicago;IL;60602;41,8781;-87,6298\n',
      'csv',
    );
    expect(skipped).to.equal(0);
    expect(items[0].location).to.deep.equal({ name: 'Biblioteca', city: 'Chicago', state: 'IL', postalCode: '60602', lat: 41.8781, lng: -87.6298 });
    expect(items[0].sessions[0].start).to.equal('2027-06-12T09:00:00-05:00');
  });

  it('reads the true and false a Spanish spreadsheet writes (VERDADERO, FALSO, sí)', () => {
    const { items, skipped } = normalizeByFormat(
      'id;title;course;start;virtual;scholarships;city;state;lat;lng\nv;En línea;csd;12/06/2027 9:00;VERDADERO;sí;;;;\np;Taller;csd;12/06/2027 9:00;FALSO;Si;Chicago;IL;41,87;-87,62\n',
      'csv',
    );
    expect(skipped).to.equal(0);
    expect(items.map((w) => [w.virtual, w.scholarships])).to.deep.equal([
      [true, true],
      [false, true],
    ]);
  });

  it("reads a semicolon file's amounts with dots between thousands, and keeps a position's decimal dot", () => {
    const rows = parseCsv('id;cost;value;capacity;seatsRemaining;lat;lng\na;1.500;2.500,50;1.200;12;33.7525;-84,3888\n');
    expect(rows[0]).to.deep.include({ cost: '1500', value: '2500.50', capacity: '1200', seatsRemaining: '12', lat: '33.7525', lng: '-84.3888' });
  });

  it('reads headers written as words, as spreadsheets title them ("Seats Remaining", "Registration URL", "time_zone")', () => {
    expect(parseCsv('Title,Seats Remaining,Registration URL,time_zone,Course-Name,Location.Postal Code\nt,1,u,z,n,p\n')).to.deep.equal([
      { title: 't', seatsRemaining: '1', registrationUrl: 'u', timeZone: 'z', courseName: 'n', 'location.postalCode': 'p' },
    ]);
  });

  it('reads the place\'s and the partner\'s columns without their dot ("Location Lat", "location_postal_code", "Partner Email")', () => {
    const csv = 'id,title,course,start,Location Lat,location_lng,Location Postal Code,Partner Email\nx,X,csf,2027-06-12T09:00:00-04:00,33.75,-84.39,30303,ga@example.org\n';
    expect(parseCsv(csv)[0]).to.deep.include({ 'location.lat': '33.75', 'location.lng': '-84.39', 'location.postalCode': '30303', 'partner.email': 'ga@example.org' });
    const [workshop] = normalizeByFormat(csv, 'csv').items;
    expect([workshop.location?.lat, workshop.location?.lng, workshop.partner?.email]).to.deep.equal([33.75, -84.39, 'ga@example.org']);
  });

  it('reads a sessions or partner column written as JSON, as GeoJSON properties are read', () => {
    const csv = 'id,title,course,sessions,partner,lat,lng\nx,X,csf,"[{""start"":""2027-06-12T09:00:00-04:00""}]","{""name"":""Georgia Tech""}",33.75,-84.39\n';
    const { items, skipped } = normalizeByFormat(csv, 'csv');
    expect(skipped).to.equal(0);
    expect([items[0].sessions[0].start, items[0].partner?.name]).to.deep.equal(['2027-06-12T09:00:00-04:00', 'Georgia Tech']);
  });

  it('is no table of workshops without an id or a title column (a web page served in its place)', () => {
    expect(() => parseCsv('<!doctype html>\n<title>Not found</title>\n')).to.throw('no "id" or "title" column');
    expect(() => parseCsv('')).to.throw('no "id" or "title" column');
    expect(parseCsv('id\n')).to.deep.equal([]);
  });

  it('is no table of workshops when it is JSON, on one line or many (a feed given as csv)', () => {
    const json = '[{"id":"a1","title":"T","course":"csf","sessions":[{"start":"2027-06-12T09:00:00-04:00"}],"location":{"lat":33.75,"lng":-84.39}}]';
    for (const text of [json, `${json}\n`, `\uFEFF  ${json}`, JSON.stringify(JSON.parse(json), null, 2), '{"workshops":[]}']) {
      expect(() => parseCsv(text), text).to.throw('JSON, not CSV');
    }
    expect(() => scanByFormat(json, 'csv')).to.throw('JSON, not CSV: set format to the format it is in');
  });

  it('gives parsed rows the canonical names', () => {
    expect(parseCsv('ID,Sessions.0.Start, seatsremaining \na,b,c\n')).to.deep.equal([{ id: 'a', 'sessions.0.start': 'b', seatsRemaining: 'c' }]);
  });
});

describe('the format name', () => {
  const csv = 'id,title,course,start,virtual\nx,X,csf,2027-01-01T10:00:00Z,true\n';

  it('is read case-insensitively and trimmed', () => {
    for (const name of ['CSV', ' csv ', 'Csv']) {
      expect(toFormat(name), name).to.equal('csv');
      expect(parseWorkshopDocument(csv, name), name).to.deep.equal([{ id: 'x', title: 'X', course: 'csf', start: '2027-01-01T10:00:00Z', virtual: 'true' }]);
      expect(normalizeByFormat(csv, name).items.map((w) => w.id), name).to.deep.equal(['x']);
      expect(scanByFormat(csv, name).skipped, name).to.equal(0);
    }
    expect(toFormat(' GeoJSON ')).to.equal('geojson');
    expect(toFormat('CodeOrg')).to.equal('codeorg');
    expect(toFormat('PL')).to.equal('pl');
  });

  it('refuses a list without a single GeoJSON Feature given as geojson (a "pl" file) as the wrong kind of file', () => {
    const pl = [{ id: 'x', title: 'X', course: 'csf', sessions: [{ start: '2027-01-01T10:00:00Z' }], location: { lat: 33.7, lng: -84.4 } }];
    expect(() => scanByFormat(pl, 'geojson')).to.throw('expected a GeoJSON FeatureCollection');
    const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [-84.4, 33.7] }, properties: { ...pl[0], location: undefined } };
    // With one Feature among them, the others are records skipped, each with its reason.
    const scanned = scanByFormat([feature, pl[0]], 'geojson');
    expect([scanned.items.length, scanned.skipped]).to.deep.equal([1, 1]);
    expect(scanByFormat([], 'geojson').items).to.deep.equal([]);
  });

  it('still means "pl" when unknown or not text', () => {
    for (const value of ['xml', '', undefined, null, 3]) expect(toFormat(value)).to.equal('pl');
  });
});

describe('format "codeorg": zones as feeds write them', () => {
  it("reads Arizona's MST on Phoenix's clock whatever the state is spelled", () => {
    for (const state of ['AZ', 'az', 'Arizona']) {
      expect(parseCodeorgSession('2027-07-10, 9:00am-3:00pm MST', state), state).to.deep.equal({
        start: '2027-07-10T09:00:00-07:00',
        end: '2027-07-10T15:00:00-07:00',
        zone: 'America/Phoenix',
      });
    }
    expect(parseCodeorgSession('2027-07-10, 9:00am-3:00pm MST', 'Colorado')!.zone).to.equal('America/Denver');
  });

  it('reads the time a feed writes on its zone\'s clock, whether the abbreviation says summer or standard time', () => {
    // "9:00am EST" in July is 9:00 on New York's clock (EDT), as timeZone "EST" is, not 10:00.
    expect(parseCodeorgSession('2027-07-12, 9:00am-4:00pm EST', 'GA')).to.deep.equal({
      start: '2027-07-12T09:00:00-04:00',
      end: '2027-07-12T16:00:00-04:00',
      zone: 'America/New_York',
    });
    expect(parseCodeorgSession('2027-07-12, 9:00am-4:00pm PST', 'CA')?.start).to.equal('2027-07-12T09:00:00-07:00');
    expect(parseCodeorgSession('2027-07-12, 9:00am-4:00pm MST', 'Colorado')?.start).to.equal('2027-07-12T09:00:00-06:00');
    expect(parseCodeorgSession('2027-01-16, 9:00am-4:00pm CDT', 'IL')?.start).to.equal('2027-01-16T09:00:00-06:00');
  });

  it('reads a zone in lower case or in brackets', () => {
    for (const text of ['2027-07-10, 9:00am-4:00pm edt', '2027-07-10, 9:00am-4:00pm (EDT)', '2027-07-10, 9:00am-4:00pm (edt) ']) {
      expect(parseCodeorgSession(text), text).to.deep.equal({
        start: '2027-07-10T09:00:00-04:00',
        end: '2027-07-10T16:00:00-04:00',
        zone: 'America/New_York',
      });
    }
  });

  it('ends a session that runs past midnight on the next day', () => {
    expect(parseCodeorgSession('2027-07-10, 8:00pm-1:00am EDT')).to.deep.equal({
      start: '2027-07-10T20:00:00-04:00',
      end: '2027-07-11T01:00:00-04:00',
      zone: 'America/New_York',
    });
  });
});

describe('formats: what exports and pages write around the records', () => {
  it('reads CSV whose header follows blank lines (inline CSV starts on the line after its tag)', () => {
    for (const start of ['\n', '\r\n', '\n  \n', '\uFEFF\n']) {
      const rows = parseCsv(`${start}id,title,course\nw1,One,csf\n`);
      expect(rows, JSON.stringify(start)).to.deep.equal([{ id: 'w1', title: 'One', course: 'csf' }]);
    }
  });

  it('keeps a GeoJSON feature\'s own id when its properties write the id empty or null', () => {
    const feature = (id: unknown, own: string) => ({
      type: 'Feature',
      id: own,
      geometry: { type: 'Point', coordinates: [-84.39, 33.75] },
      properties: { id, title: 'T', course: 'csf', sessions: [{ start: '2027-06-12T09:00:00-04:00' }] },
    });
    const { items, skipped } = normalizeByFormat({ type: 'FeatureCollection', features: [feature(null, 'f1'), feature('', 'f2'), feature('own', 'f3')] }, 'geojson');
    expect(skipped).to.equal(0);
    expect(items.map((w) => w.id)).to.deep.equal(['f1', 'f2', 'own']);
  });
});

describe('formats: the page\'s own objects stay as they were', () => {
  it('reads a nested object beside a dotted name into it without writing into the page\'s object', () => {
    const location = { city: 'Atlanta', lat: 33.75 };
    const sessions = [{ start: '2027-06-12T09:00:00-04:00' }];
    const properties = { id: 'g1', title: 'T', course: 'csf', location, 'location.state': 'GA', sessions, 'sessions.0.end': '2027-06-12T16:00:00-04:00' };
    const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [-84.39, 33.75] }, properties };
    const { items } = normalizeByFormat([feature], 'geojson');
    expect(items[0].location).to.deep.include({ city: 'Atlanta', state: 'GA' });
    expect(items[0].sessions[0]).to.deep.include({ end: '2027-06-12T16:00:00-04:00' });
    expect(location).to.deep.equal({ city: 'Atlanta', lat: 33.75 });
    expect(sessions).to.deep.equal([{ start: '2027-06-12T09:00:00-04:00' }]);
    // The dotted name first: it still adds to the nested object that comes after it.
    const { 'location.state': state, ...rest } = properties;
    const reversed = { ...feature, properties: { 'location.state': state, ...rest } };
    expect(normalizeByFormat([reversed], 'geojson').items[0].location).to.deep.include({ city: 'Atlanta', state: 'GA' });
    expect(location).to.deep.equal({ city: 'Atlanta', lat: 33.75 });
  });
});

describe('records given in another format than the one set', () => {
  const pl = { id: 'a', title: 'Intro', course: 'csf', sessions: [{ start: '2027-06-12T09:00:00-04:00' }], location: { lat: 33.75, lng: -84.39 } };
  const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [-84.39, 33.75] }, properties: { id: 'a', title: 'Intro', course: 'csf', start: '2027-06-12T09:00:00-04:00' } };
  const codeorg = { id: 8, subject: 'Intro', sessions: ['2027-06-12, 9:00am-4:00pm EDT'], processed_location: { latitude: 33.75, longitude: -84.39, city: 'Atlanta', state: 'GA' } };
  const hint = (raw: unknown, format: string) => scanByFormat(raw, format).notes.filter((note) => note.startsWith('they read as'));

  it('says which format reads them when not one record reads in the one given', () => {
    expect(hint([codeorg, codeorg], 'pl')).to.deep.equal([`they read as format="codeorg": set the element's format attribute to that`]);
    expect(hint([feature], 'pl')).to.deep.equal([`they read as format="geojson": set the element's format attribute to that`]);
    expect(hint([pl], 'codeorg')).to.deep.equal([`they read as format="pl": set the element's format attribute to that`]);
  });

  it('says nothing of another format when some record reads, or when none reads in any', () => {
    expect(hint([pl, codeorg], 'pl')).to.deep.equal([]);
    expect(hint([{ id: 'x' }], 'pl')).to.deep.equal([]);
  });

  it('names the format of a GeoJSON document given as pl in the reason it cannot be read', () => {
    expect(() => scanByFormat({ type: 'FeatureCollection', features: [feature] }, 'pl')).to.throw(`a GeoJSON document: set the element's format attribute to "geojson"`);
  });
});

describe('format "codeorg": an impossible time', () => {
  it('skips the session rather than reading another time ("9:75am", "99:00", an end of "4:60pm")', () => {
    for (const text of ['2027-06-12, 9:75am-4:00pm EDT', '2027-06-12, 99:00-16:00 EDT', '2027-06-12, 9:00am-4:60pm EDT'])
      expect(parseCodeorgSession(text), text).to.equal(undefined);
    // The same times written right still read.
    expect(parseCodeorgSession('2027-06-12, 9:15am-4:00pm EDT')?.start).to.equal('2027-06-12T09:15:00-04:00');
    expect(parseCodeorgSession('2027-06-12 EDT')?.start, 'a day without times').to.equal('2027-06-12T00:00:00-04:00');
  });
});
