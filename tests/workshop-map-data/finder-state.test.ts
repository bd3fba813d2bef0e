import { expect } from '@open-wc/testing';
import { createFinderIndex, scanWorkshops, startOrder, type FinderIndex } from '../../src/workshop-map/finder-index.js';
import { queryFinder } from '../../src/workshop-map/finder-state.js';
import type { FinderFilters, FinderQuery, Place, Workshop } from '../../src/workshop-map/types.js';
import { normalizeWorkshops } from '../support/normalize-workshops.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const ATLANTA: Place = { lat: 33.749, lng: -84.388, label: 'Atlanta, GA 30303', kind: 'point' };

let workshops: Workshop[];
let index: FinderIndex;

before(async () => {
  const raw = await (await fetch('/tests/fixtures/workshops.json')).json();
  workshops = normalizeWorkshops(raw).items;
  index = createFinderIndex(workshops);
});

function query(filters: Partial<FinderFilters> = {}, rest: Partial<FinderQuery> = {}) {
  return queryFinder(index, {
    radius: 50,
    units: 'mi',
    now: NOW,
    ...rest,
    filters: { courses: [], types: [], mode: 'all', seatsAvailable: false, includePast: false, ...filters },
  });
}
const idsIn = (at: FinderIndex, positions: Uint32Array) => [...positions].map((i) => at.workshop(i).id);
const ids = (r: ReturnType<typeof query>) => idsIn(index, r.inPerson);
const virtualIds = (r: ReturnType<typeof query>) => idsIn(index, r.virtual);

describe('queryFinder', () => {
  it('with no place: every upcoming in-person workshop by start, virtual ones apart, past hidden', () => {
    const r = query();
    expect(ids(r)).to.deep.equal([
      'mar-2027-01-20-csf-intro',
      'chi-2027-02-06-csf-intro',
      'ath-2027-04-10-other',
      'atl-2027-06-12-csf-dd',
      'dec-2027-07-12-csd-summer',
      'sea-2027-07-19-csa-summer',
      'sav-2027-csp-ay',
    ]);
    expect(virtualIds(r)).to.deep.equal(['virt-2027-01-09-csd-intro', 'virt-2027-03-13-csp-dd']);
    expect(r.count).to.equal(9);
    expect(r.distances?.[0]).to.equal(undefined);
  });

  it('shows past workshops with includePast', () => {
    const r = query({ includePast: true });
    expect(ids(r)[0]).to.equal('atl-2026-03-01-csf-intro');
    expect(r.count).to.equal(10);
  });

  it('hides a workshop only once its last session has ended', () => {
    const during = Date.parse('2027-07-13T12:00:00-04:00');
    expect(ids(query({}, { now: during }))).to.include('dec-2027-07-12-csd-summer');
    const after = Date.parse('2027-07-14T16:00:01-04:00');
    expect(ids(query({}, { now: after }))).not.to.include('dec-2027-07-12-csd-summer');
  });

  it('finds in-person workshops within the radius, nearest first, with distances', () => {
    const r = query({}, { place: ATLANTA });
    expect(ids(r)).to.deep.equal(['atl-2027-06-12-csf-dd', 'dec-2027-07-12-csd-summer', 'mar-2027-01-20-csf-intro']);
    const d = [...r.distances!];
    expect(d[0]).to.be.below(1);
    expect(d[1]).to.be.within(5, 7);
    expect(d[2]).to.be.within(14, 17);
    // A place does not filter virtual workshops.
    expect(virtualIds(r)).to.have.length(2);
  });

  it('widens with the radius and honours kilometres', () => {
    expect(ids(query({}, { place: ATLANTA, radius: 100 }))).to.include('ath-2027-04-10-other');
    const km = query({}, { place: ATLANTA, radius: 20, units: 'km' });
    expect(ids(km)).to.deep.equal(['atl-2027-06-12-csf-dd', 'dec-2027-07-12-csd-summer']);
    expect(km.distances![1]).to.be.within(8, 11);
  });

  it('treats a missing radius as any distance, still sorted by distance', () => {
    const r = query({}, { place: ATLANTA, radius: NaN });
    expect(ids(r)).to.have.length(7);
    expect(ids(r).at(-1)).to.equal('sea-2027-07-19-csa-summer');
  });

  it('searches a whole state, sorted by start', () => {
    const r = query({}, { place: { lat: 33, lng: -83, label: 'Georgia', state: 'GA', kind: 'state' } });
    expect(ids(r)).to.deep.equal([
      'mar-2027-01-20-csf-intro', // written as "Georgia" in the data
      'ath-2027-04-10-other',
      'atl-2027-06-12-csf-dd',
      'dec-2027-07-12-csd-summer',
      'sav-2027-csp-ay',
    ]);
    expect(r.distances?.[0]).to.equal(undefined);
  });

  it('filters by course, case-insensitively', () => {
    const r = query({ courses: ['CSF'] });
    expect(ids(r)).to.deep.equal(['mar-2027-01-20-csf-intro', 'chi-2027-02-06-csf-intro', 'ath-2027-04-10-other', 'atl-2027-06-12-csf-dd']);
    expect(r.virtual).to.have.length(0);
    expect(query({ courses: ['csd', 'csp'] }).count).to.equal(4);
  });

  it('filters by workshop type', () => {
    const r = query({ types: ['summer'] });
    expect(ids(r)).to.deep.equal(['dec-2027-07-12-csd-summer', 'sea-2027-07-19-csa-summer']);
    expect(query({ types: ['other'] }).count).to.equal(1);
  });

  it('filters by date range, inclusive, by any session overlapping it', () => {
    expect(ids(query({ from: '2027-06-12', to: '2027-06-12' }))).to.deep.equal(['atl-2027-06-12-csf-dd']);
    // The academic-year workshop has a session in December only, not in November.
    expect(ids(query({ from: '2027-12-01', to: '2027-12-31' }))).to.deep.equal(['sav-2027-csp-ay']);
    expect(ids(query({ from: '2027-11-01', to: '2027-11-30' }))).to.deep.equal([]);
    // A multi-day session (Seattle, Jul 19-23) overlaps a range inside it.
    expect(ids(query({ from: '2027-07-21', to: '2027-07-21' }))).to.deep.equal(['sea-2027-07-19-csa-summer']);
    expect(query({ from: '2027-03-01' }).count).to.equal(6);
    expect(query({ to: '2027-01-31' }).count).to.equal(2);
    expect(query({ from: 'garbage' }).count).to.equal(9);
  });

  it('filters by mode', () => {
    const inPerson = query({ mode: 'in-person' });
    expect(inPerson.virtual).to.have.length(0);
    expect(inPerson.inPerson).to.have.length(7);
    const virtual = query({ mode: 'virtual' }, { place: ATLANTA });
    expect(virtual.inPerson).to.have.length(0);
    expect(virtual.virtual).to.have.length(2);
  });

  it('filters to seats available: 0 is full, unknown counts as available', () => {
    const r = query({ seatsAvailable: true });
    expect(ids(r)).not.to.include('dec-2027-07-12-csd-summer');
    expect(ids(r)).to.include('sav-2027-csp-ay'); // no seat count
    expect(virtualIds(r)).to.deep.equal(['virt-2027-01-09-csd-intro']);
  });

  it('combines filters with a place', () => {
    const r = query({ courses: ['csf'], seatsAvailable: true, from: '2027-06-01' }, { place: ATLANTA, radius: 100 });
    expect(ids(r)).to.deep.equal(['atl-2027-06-12-csf-dd']);
  });

  it('finds places across the antimeridian', () => {
    const aleutians = createFinderIndex(
      normalizeWorkshops([
        { id: 'a', title: 'A', course: 'csf', sessions: [{ start: '2027-01-01T10:00:00Z' }], location: { lat: 52, lng: 179.9 } },
        { id: 'b', title: 'B', course: 'csf', sessions: [{ start: '2027-01-01T10:00:00Z' }], location: { lat: 52, lng: -170 } },
      ]).items,
    );
    const r = queryFinder(aleutians, {
      place: { lat: 52, lng: -179.9, label: 'x' },
      radius: 50,
      units: 'km',
      now: NOW,
      filters: { courses: [], types: [], mode: 'all', seatsAvailable: false, includePast: false },
    });
    expect(idsIn(aleutians, r.inPerson)).to.deep.equal(['a']);
  });
});

describe('queryFinder: a series under way', () => {
  const at = { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 };
  const day = (d: string) => ({ start: `${d}T09:00:00-05:00`, end: `${d}T15:00:00-05:00` });
  // On Feb 1: the series met on Jan 5 and meets again on Mar 20; the single workshop is on Feb 10.
  const FEB_1 = Date.parse('2027-02-01T12:00:00-05:00');
  const data = [
    { id: 'series', title: 'Series', course: 'csf', location: at, sessions: [day('2027-01-05'), day('2027-03-20')] },
    { id: 'single', title: 'Single', course: 'csf', location: at, sessions: [day('2027-02-10')] },
    { id: 'online', title: 'Online series', course: 'csf', virtual: true, sessions: [day('2027-01-06'), day('2027-04-01')] },
    { id: 'online-one', title: 'Online', course: 'csf', virtual: true, sessions: [day('2027-03-01')] },
    { id: 'whole-days', title: 'Whole days', course: 'csf', location: at, sessions: [{ start: '2027-01-31' }, { start: '2027-02-01' }, { start: '2027-02-20' }] },
  ];
  let series: FinderIndex;
  before(() => (series = createFinderIndex(data)));
  const run = (filters: Partial<FinderFilters> = {}, rest: Partial<FinderQuery> = {}) =>
    queryFinder(series, {
      radius: 50,
      units: 'mi',
      now: FEB_1,
      ...rest,
      filters: { courses: [], types: [], mode: 'all', seatsAvailable: false, includePast: false, ...filters },
    });

  it('sorts a series by the session it shows next, not by its first, in both groups', () => {
    const r = run();
    // "Whole days" shows Feb 1, still under way all that day.
    expect(idsIn(series, r.inPerson)).to.deep.equal(['whole-days', 'single', 'series']);
    expect(idsIn(series, r.virtual)).to.deep.equal(['online-one', 'online']);
    // Before the series began, its first session leads.
    expect(idsIn(series, run({}, { now: Date.parse('2027-01-01') }).inPerson)).to.deep.equal(['series', 'whole-days', 'single']);
  });

  it('puts a series among the workshops of its next session in data order', () => {
    const tied = createFinderIndex([
      { id: 'late', title: 'Late', course: 'csf', location: at, sessions: [day('2027-03-21')] },
      { id: 'single-a', title: 'A', course: 'csf', location: at, sessions: [day('2027-03-20')] },
      { id: 'series-1', title: 'S1', course: 'csf', location: at, sessions: [day('2027-01-05'), day('2027-03-20')] },
      { id: 'single-b', title: 'B', course: 'csf', location: at, sessions: [day('2027-03-20')] },
      { id: 'series-2', title: 'S2', course: 'csf', location: at, sessions: [day('2027-01-06'), day('2027-03-20')] },
      { id: 'series-3', title: 'S3', course: 'csf', location: at, sessions: [day('2027-01-04'), day('2027-03-22')] },
      { id: 'early', title: 'Early', course: 'csf', location: at, sessions: [day('2027-02-02')] },
    ]);
    const r = queryFinder(tied, {
      radius: 50,
      units: 'mi',
      now: FEB_1,
      filters: { courses: [], types: [], mode: 'all', seatsAvailable: false, includePast: false },
    });
    expect(idsIn(tied, r.inPerson)).to.deep.equal(['early', 'single-a', 'series-1', 'single-b', 'series-2', 'late', 'series-3']);
  });

  it("reads each series' own sessions when records before it were skipped or have one session", () => {
    const mixed = createFinderIndex([
      { id: 'one', title: 'One', course: 'csf', location: at, sessions: [day('2027-02-15')] },
      { id: 'no-course', title: 'No course', location: at, sessions: [day('2027-01-02'), day('2027-02-05')] },
      { id: 'out-of-order', title: 'Out of order', course: 'csf', location: at, sessions: [day('2027-03-01'), 'not a time', day('2027-01-03')] },
      { id: 'no-times', title: 'No times', course: 'csf', location: at, sessions: ['soon', 'later'] },
      { id: 'end-before-start', title: 'End before start', course: 'csf', location: at, sessions: [day('2027-01-04'), { start: '2027-02-10T09:00:00-05:00', end: '2027-02-09T09:00:00-05:00' }] },
    ]);
    const r = queryFinder(mixed, {
      radius: 50,
      units: 'mi',
      now: FEB_1,
      filters: { courses: [], types: [], mode: 'all', seatsAvailable: false, includePast: false },
    });
    expect(idsIn(mixed, r.inPerson)).to.deep.equal(['end-before-start', 'one', 'out-of-order']);
  });

  it('orders by what the load read at its own minute as by reading the sessions again', () => {
    // The load reads each series' next session as it checks the record (scanWorkshops' `now`): a
    // query in that minute sorts by it; a later one reads the sessions again.
    const sets = [
      [...data, { id: 'reversed', title: 'Reversed', course: 'csf', location: at, sessions: [{ start: '2027-02-20' }, { start: '2027-02-01' }, { start: '2027-01-31' }] }],
      [
        { id: 'past-whole-day-last', title: 'P', course: 'csf', location: at, sessions: [day('2027-03-02'), { start: '2027-01-30', end: '2027-01-31' }] },
        { id: 'no-end', title: 'N', course: 'csf', location: at, sessions: ['2027-01-20T09:00:00-05:00', '2027-02-01T11:00:00-05:00', day('2027-02-03')] },
        { id: 'end-before-start', title: 'E', course: 'csf', location: at, sessions: [day('2027-01-04'), { start: '2027-02-10T09:00:00-05:00', end: '2027-02-09T09:00:00-05:00' }] },
        { id: 'bad-time', title: 'B', course: 'csf', location: at, sessions: ['soon', day('2027-01-03'), day('2027-02-04')] },
      ],
    ];
    const filters: FinderFilters = { courses: [], types: [], mode: 'all', seatsAvailable: false, includePast: false };
    const order = (i: FinderIndex, now: number) => idsIn(i, queryFinder(i, { radius: 50, units: 'mi', now, filters }).inPerson);
    for (const set of sets) {
      for (const now of [FEB_1, Date.parse('2027-01-01'), Date.parse('2027-02-01T20:00:00-05:00')]) {
        const reread = order(createFinderIndex(set), now);
        const loaded = scanWorkshops(set, undefined, now).index;
        expect(order(loaded, now), `at ${new Date(now).toISOString()}`).to.deep.equal(reread);
        expect(order(loaded, now + 30 * 864e5), 'a month later').to.deep.equal(order(createFinderIndex(set), now + 30 * 864e5));
      }
    }
    // A whole day listed after a later session is still under way all that day.
    expect(order(scanWorkshops(sets[0], undefined, FEB_1).index, FEB_1)).to.deep.equal(['whole-days', 'reversed', 'single', 'series']);
    expect(order(scanWorkshops(sets[1], undefined, FEB_1).index, FEB_1)).to.deep.equal(['no-end', 'bad-time', 'end-before-start', 'past-whole-day-last']);
  });

  it('keeps that order among equal distances', () => {
    const r = run({}, { place: { lat: 33.75, lng: -84.39, label: 'Atlanta', kind: 'point' } });
    expect(idsIn(series, r.inPerson)).to.deep.equal(['whole-days', 'single', 'series']);
    expect([...r.distances!].every((d) => d === 0)).to.equal(true);
  });

  it('matches a date range by the sessions still to come', () => {
    expect(idsIn(series, run({ from: '2027-01-01', to: '2027-01-31' }).inPerson)).to.deep.equal([]);
    expect(idsIn(series, run({ from: '2027-03-01', to: '2027-03-31' }).inPerson)).to.deep.equal(['series']);
    expect(idsIn(series, run({ from: '2027-01-01', to: '2027-01-31' }).virtual)).to.deep.equal([]);
    // Feb 1 is not over on Feb 1.
    expect(idsIn(series, run({ from: '2027-02-01', to: '2027-02-01' }).inPerson)).to.deep.equal(['whole-days']);
    // With past workshops shown, past sessions count too.
    expect(idsIn(series, run({ from: '2027-01-01', to: '2027-01-31', includePast: true }).inPerson)).to.deep.equal(['whole-days', 'series']);
  });
});

describe('the course options', () => {
  it('lists each course once, with the data name or a known name, sorted by name', () => {
    expect(index.courses).to.deep.equal([
      { key: 'csa', name: 'Computer Science A' },
      { key: 'csp', name: 'Computer Science Principles' },
      { key: 'csd', name: 'CS Discoveries' },
      { key: 'csf', name: 'CS Fundamentals' },
    ]);
  });

  it('counts a known course written by its name ("CS Fundamentals", any case) as that course, first or later', () => {
    const at = (course: string, i: number) => ({ id: `w${i}`, title: 'T', course, sessions: [{ start: '2027-06-12T09:00:00-04:00' }], location: { lat: 33.75, lng: -84.39 } });
    for (const courses of [['csf', 'CS Fundamentals', 'cs fundamentals', 'csd'], ['CS Fundamentals', 'CSF', 'csd']]) {
      const mixed = createFinderIndex(courses.map(at));
      expect(mixed.courses, courses.join()).to.deep.equal([
        { key: 'csd', name: 'CS Discoveries' },
        { key: 'csf', name: 'CS Fundamentals' },
      ]);
      const run = (filters: Partial<FinderFilters>) =>
        queryFinder(mixed, { radius: 50, units: 'mi', now: NOW, filters: { courses: [], types: [], mode: 'all', seatsAvailable: false, includePast: true, ...filters } });
      expect(run({ courses: ['csf'] }).count, courses.join()).to.equal(courses.length - 1);
    }
  });
});

describe('startOrder', () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const day = (from: number) => Date.UTC(2027, 0, 1 + Math.floor(random() * 40), 9) - from;
  // Whole minutes are sorted as packed numbers; the others (seconds, a 4,000-year span) by rank.
  const cases: Record<string, () => number> = {
    'whole minutes': () => day(0),
    'whole minutes before 1970': () => day(Date.UTC(2027, 0, 1) - Date.UTC(1901, 0, 1)),
    'times with seconds': () => day(0) + (random() < 0.5 ? 30_000 : 0),
    'a span of thousands of years': () => (random() < 0.01 ? Date.UTC(9999, 0, 1) : random() < 0.01 ? Date.UTC(100, 0, 1) : day(0)),
  };
  for (const [name, start] of Object.entries(cases)) {
    it(`orders by start, then data order (${name})`, () => {
      const n = 3000;
      const starts = Float64Array.from({ length: n }, start);
      const expected = [...Array(n).keys()].sort((a, b) => starts[a] - starts[b] || a - b);
      expect([...startOrder(starts)]).to.deep.equal(expected);
    });
  }
});

describe('an index of many distinct courses', () => {
  it('keeps 70,000 distinct course keys apart (more than 16 bits) and loads them in linear time', () => {
    const records = Array.from({ length: 70000 }, (_, i) => ({
      id: `w${i}`,
      title: 'W',
      course: `course-${i}`,
      sessions: [{ start: '2027-01-01T10:00:00Z' }],
      location: { lat: 40, lng: -100 },
    }));
    const many = createFinderIndex(records);
    expect(many.courseKeys).to.have.length(70000);
    const r = queryFinder(many, {
      radius: 50,
      units: 'mi',
      now: NOW,
      filters: { courses: ['course-69999'], types: [], mode: 'all', seatsAvailable: false, includePast: false },
    });
    expect(idsIn(many, r.inPerson)).to.deep.equal(['w69999']);
  });
});
