/** Details of reading workshop data that nothing pinned down before (each seen failing on a mutant). */
import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/shared/data/formats/csv.js';
import { normalizeByFormat } from '../support/normalize-workshops.js';
import { matchPlace } from '../../src/shared/geo/place-match.js';
import { scanWorkshops } from '../../src/workshop-map/finder-index.js';
import { toInstant } from '../../src/workshop-map/instants.js';
import type { Workshop } from '../../src/workshop-map/types.js';

const at = (city: string, state: string, lat: number, lng: number) => ({ city, state, lat, lng });
const record = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Workshop ${id}`,
  course: 'csf',
  sessions: [{ start: '2027-06-12T09:00:00-04:00' }],
  location: at('Atlanta', 'GA', 33.75, -84.39),
  ...extra,
});
const pl = (records: unknown[]) => normalizeByFormat(records, 'pl');
const one = (extra: Record<string, unknown>): Workshop => pl([record('a', extra)]).items[0];

describe('workshop records: edges of what is read', () => {
  it('takes longitude 180 and -180, and refuses 180.5', () => {
    const { items, reasons } = pl([
      record('east', { location: at('Date line', '', 0, 180) }),
      record('west', { location: at('Date line', '', 0, -180) }),
      record('past', { location: at('Past it', '', 0, 180.5) }),
    ]);
    expect(items.map((w) => w.id)).to.deep.equal(['east', 'west']);
    expect(reasons).to.deep.equal(['record 3: location.lat/lng out of range']);
  });

  it('reads a time in Alaska\'s daylight time (AKDT) on Anchorage\'s clock', () => {
    const w = one({ sessions: [{ start: '2027-07-12 9:00 AM AKDT' }], location: at('Anchorage', 'AK', 61.2, -149.9) });
    expect(w.sessions[0].start).to.equal('2027-07-12T09:00:00-08:00');
  });

  it('reads a local time Date reads, and not with " GMT" after it, on the workshop\'s clock', () => {
    // An ISO date with a six-digit year: Date.parse reads it as local, and not with a zone name added.
    expect(toInstant('+002027-06-12T09:00:00', 'America/New_York')).to.equal('2027-06-12T09:00:00-04:00');
    expect(toInstant('June 12, 2027 9:00 AM', 'America/Chicago')).to.equal('2027-06-12T09:00:00-05:00');
  });

  it('places a time the clocks skip later on the same day, as Date does', () => {
    // New York goes from 1:59 to 3:00 on 2027-03-14: 2:30 is 3:30 summer time.
    expect(toInstant('2027-03-14T02:30', 'America/New_York')).to.equal('2027-03-14T02:30:00-05:00');
    expect(Date.parse(toInstant('2027-03-14T02:30', 'America/New_York')!)).to.equal(Date.parse('2027-03-14T03:30:00-04:00'));
    // Santiago's day of the change has no midnight: it starts at 1:00, on that day.
    expect(toInstant('2026-09-06', 'America/Santiago')).to.equal('2026-09-06T00:00:00-04:00');
    // A time that happens twice (New York, 2027-11-07 1:30) is the first of the two.
    expect(toInstant('2027-11-07T01:30', 'America/New_York')).to.equal('2027-11-07T01:30:00-04:00');
  });

  it('leaves out a negative capacity, and keeps the workshop', () => {
    const w = one({ capacity: -5, seatsRemaining: 3 });
    expect(w.capacity).to.equal(undefined);
    expect(w.seatsRemaining).to.equal(3);
    expect(one({ capacity: 0 }).capacity).to.equal(0);
  });
});

describe('format "codeorg": titles', () => {
  it('does not say "Workshop" twice when the subject already ends with it', () => {
    const entry = (id: number, subject: string) => ({
      id,
      subject,
      sessions: ['2027-07-12, 9:00am-4:00pm EST'],
      location_address: '123 Main St, Atlanta, GA 30303',
      processed_location: { city: 'Atlanta', state: 'GA', latitude: 33.75, longitude: -84.39 },
    });
    const { items, reasons } = normalizeByFormat([entry(1, 'Deep Dive Workshop'), entry(2, 'Intro workshop'), entry(3, 'Deep Dive')], 'codeorg');
    expect(reasons).to.deep.equal([]);
    expect(items.map((w) => w.title)).to.deep.equal([
      'CS Fundamentals Deep Dive Workshop',
      'CS Fundamentals Intro Workshop',
      'CS Fundamentals Deep Dive Workshop',
    ]);
  });
});

describe('format "csv": rows shorter than the header', () => {
  it('reads the missing cells as empty, and keeps the row', () => {
    expect(parseCsv('id,title,course,notes\n1,Intro,csf\n')).to.deep.equal([{ id: '1', title: 'Intro', course: 'csf', notes: '' }]);
    const { items } = normalizeByFormat('id,title,course,start,lat,lng,seatsRemaining\n1,Intro,csf,2027-06-12T09:00:00-04:00,33.75,-84.39\n', 'csv');
    expect(items).to.have.length(1);
    expect(items[0].seatsRemaining).to.equal(undefined);
  });
});

describe('course names', () => {
  it('takes a course\'s name from a later record when the first gives none', () => {
    const { index } = scanWorkshops([
      record('1', { course: 'ecs' }),
      record('2', { course: 'ecs', courseName: 'Exploring Computer Science' }),
      record('3', { course: 'csf' }),
      record('4', { course: 'csf', courseName: 'CS Fundamentals (K-5)' }),
      record('5', { course: 'csf', courseName: 'Another name' }),
    ]);
    expect(index.courses.map((c) => [c.key, c.name])).to.deep.equal([
      ['csf', 'CS Fundamentals (K-5)'],
      ['ecs', 'Exploring Computer Science'],
    ]);
  });
});

describe('a city name that several states have', () => {
  const workshops = pl([
    record('1', { location: at('Springfield', 'IL', 39.8, -89.65) }),
    record('2', { location: at('Springfield', 'MA', 42.1, -72.59) }),
    record('3', { location: at('Springfield', 'MA', 42.11, -72.58) }),
  ]).items;

  it('finds the one with the most workshops, or the one whose state is given', () => {
    expect(matchPlace('Springfield', workshops)).to.include({ label: 'Springfield, MA', state: 'MA' });
    const illinois = matchPlace('Springfield, IL', workshops)!;
    expect(illinois).to.include({ label: 'Springfield, IL', state: 'IL', lat: 39.8, lng: -89.65 });
    expect(matchPlace('springfield illinois', workshops)).to.deep.equal(illinois);
  });
});
