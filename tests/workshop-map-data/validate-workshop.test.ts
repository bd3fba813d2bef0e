import { expect } from '@open-wc/testing';
import { isAllDay } from '../../src/shared/i18n/zoned-time.js';
import { instantMs, localDays, toInstant } from '../../src/workshop-map/instants.js';
import { scanByFormat } from '../../src/shared/data/formats/index.js';
import { scanWorkshops } from '../../src/workshop-map/finder-index.js';
import { normalizeType } from '../../src/workshop-map/validate-workshop.js';
import { normalizeWorkshops } from '../support/normalize-workshops.js';

const fixture = async () => (await fetch('/tests/fixtures/workshops.json')).json();

const base = {
  id: 'w1',
  title: 'CS Fundamentals Intro',
  course: 'csf',
  sessions: [{ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' }],
  location: { lat: 33.75, lng: -84.39 },
};

describe('normalizeWorkshops (format "pl")', () => {
  it('counts valid and skipped records with clear reasons', async () => {
    const { items, skipped, reasons } = normalizeWorkshops(await fixture());
    expect(items).to.have.length(10);
    expect(skipped).to.equal(4);
    expect(reasons).to.deep.equal([
      'record 11: missing title',
      'record 12: duplicate id "atl-2027-06-12-csf-dd"',
      'record 13: missing location.lat/lng',
      'record 14: no session with a valid start',
    ]);
  });

  it('accepts a bare array and { workshops: [...] }, and rejects other shapes without throwing', () => {
    expect(normalizeWorkshops([base]).items).to.have.length(1);
    expect(normalizeWorkshops({ workshops: [base] }).items).to.have.length(1);
    const odd = normalizeWorkshops({ nothing: true });
    expect(odd.items).to.have.length(0);
    expect(odd.skipped).to.equal(1);
    expect(normalizeWorkshops(null).items).to.have.length(0);
    expect(normalizeWorkshops([null, 3, 'x']).skipped).to.equal(3);
  });

  it('keeps HTML in names as literal, trimmed text', async () => {
    const { items } = normalizeWorkshops(await fixture());
    const xss = items.find((w) => w.id === 'ath-2027-04-10-other')!;
    expect(xss.title).to.equal('<img src=x onerror=alert(1)> Robotics & <b>Coding</b>');
    expect(xss.partner?.name).to.equal('<script>alert(1)</script>');
  });

  it('keeps a record whose only fault is a javascript: URL, with the URL dropped', async () => {
    const { items } = normalizeWorkshops(await fixture());
    const xss = items.find((w) => w.id === 'ath-2027-04-10-other')!;
    expect(xss).to.exist;
    expect(xss.registrationUrl).to.equal(undefined);
    expect(xss.partner?.url).to.equal(undefined);
    const good = items.find((w) => w.id === 'atl-2027-06-12-csf-dd')!;
    expect(good.registrationUrl).to.equal('https://example.org/register/atl-dd');
    expect(good.partner?.url).to.equal('https://example.org/ga');
  });

  it('the finder index skips exactly what normalizeWorkshops skips, and builds each workshop on first use equal to it', async () => {
    const raw = await fixture();
    const eager = normalizeWorkshops(raw);
    const scanned = scanByFormat(raw, 'pl');
    expect(scanned.reasons).to.deep.equal(eager.reasons);
    expect(scanned.items).to.have.length(eager.items.length);
    const built = scanned.items.map((_, i) => scanned.index.workshop(i));
    expect(built).to.deep.equal(eager.items);
    // The same object every time: what the element hands out keeps its identity.
    expect(scanned.index.workshop(0)).to.equal(built[0]);
  });

  it('the finder index agrees with normalizeWorkshops on hostile records', () => {
    const hostile: unknown[] = [
      null,
      'text',
      [base],
      { ...base, id: 7 },
      { ...base, id: '  ' },
      { ...base, title: { toString: () => 'x' } },
      { ...base, sessions: 'soon' },
      { ...base, sessions: [null, { start: 'nope' }] },
      { ...base, sessions: [{ start: 1800000000000 }] },
      { ...base, sessions: ['2027-06-12T09:00:00-04:00'] },
      { ...base, sessions: undefined, start: '2027-06-12 09:00', end: '2027-06-12 08:00', timeZone: 'America/Denver' },
      { ...base, location: { lat: '33.5', lng: '-84.1', state: ' ga ' } },
      { ...base, location: { latitude: 33.5, longitude: 200 } },
      { ...base, location: { lat: 91, lng: 0 }, virtual: 'yes' },
      { ...base, location: null, virtual: true },
      { ...base, timeZone: 'Mars/Olympus' },
      { ...base, id: 'w1' },
      Object.defineProperty({ ...base, id: 'getter' }, 'title', { get: () => { throw new Error('no'); }, enumerable: true }),
    ];
    const eager = normalizeWorkshops(hostile);
    const scanned = scanWorkshops(hostile);
    expect(scanned.reasons.slice(0, 3)).to.deep.equal(['record 1: not an object', 'record 2: not an object', 'record 3: not an object']);
    expect(scanned.reasons).to.deep.equal(eager.reasons);
    expect(scanned.items.map((_, i) => scanned.index.workshop(i))).to.deep.equal(eager.items);
  });

  it('keeps registration links the contract allows (web, mailto:, tel:); partner email and phone stay plain text', () => {
    const [w, call, script] = normalizeWorkshops([
      { ...base, registrationUrl: 'mailto:a@b.org', partner: { email: 'mailto:x@y.org', phone: 'tel:+1 555', url: 'data:text/html,hi' } },
      { ...base, id: 'call', registrationUrl: 'tel:+15555550100' },
      { ...base, id: 'script', registrationUrl: ' JavaScript:alert(1)' },
    ]).items;
    expect(w.registrationUrl).to.equal('mailto:a@b.org');
    expect(call.registrationUrl).to.equal('tel:+15555550100');
    expect(script.registrationUrl).to.equal(undefined);
    expect(w.partner).to.deep.equal({ email: 'x@y.org', phone: '+1 555' });
  });

  it('defaults type to "other" and reads type aliases', () => {
    expect(normalizeType(undefined)).to.equal('other');
    expect(normalizeType('hackathon')).to.equal('other');
    expect(normalizeType('Deep Dive')).to.equal('deep-dive');
    expect(normalizeType('academic_year')).to.equal('academic-year');
    // Code.org's own names of its workshops.
    expect(['Deep Dive Workshop', 'Intro Workshop', 'Summer Workshop', 'Academic Year Workshop', 'deepdive workshop'].map(normalizeType)).to.deep.equal([
      'deep-dive',
      'intro',
      'summer',
      'academic-year',
      'deep-dive',
    ]);
    expect(normalizeType('Workshop')).to.equal('other');
    expect(normalizeWorkshops([base]).items[0].type).to.equal('other');
  });

  it('requires coordinates in range unless virtual', () => {
    const r = normalizeWorkshops([
      { ...base, id: 'a', location: { lat: 91, lng: 0 } },
      { ...base, id: 'b', location: { lat: 'x', lng: 0 } },
      { ...base, id: 'c', location: undefined, virtual: true },
      { ...base, id: 'd', location: { lat: '33.5', lng: '-84.1' } },
      { ...base, id: 'e', location: { lat: Infinity, lng: 0 } },
    ]);
    expect(r.items.map((w) => w.id)).to.deep.equal(['c', 'd']);
    expect(r.reasons[0]).to.equal('record 1: location.lat/lng out of range');
    expect(r.items[1].location).to.deep.equal({ lat: 33.5, lng: -84.1 });
  });

  it('lists every missing required field at once', () => {
    const r = normalizeWorkshops([{ sessions: [] }]);
    expect(r.reasons[0]).to.equal(
      'record 1: missing id, missing title, missing course, no session with a valid start, missing location.lat/lng',
    );
  });

  it('sorts sessions, drops unreadable ones and ends before starts', () => {
    const [w] = normalizeWorkshops([
      {
        ...base,
        sessions: [
          { start: '2027-06-14T09:00:00-04:00', end: '2027-06-14T08:00:00-04:00' },
          { start: 'tomorrow' },
          { start: '2027-06-13T09:00:00-04:00', end: '2027-06-13T16:00:00-04:00' },
        ],
      },
    ]).items;
    expect(w.sessions).to.deep.equal([
      { start: '2027-06-13T09:00:00-04:00', end: '2027-06-13T16:00:00-04:00' },
      { start: '2027-06-14T09:00:00-04:00' },
    ]);
    // The index reads the same sessions: the first start, and the last end (an end before its start is none).
    const { index } = scanWorkshops([w]);
    expect(index.firstStart[0]).to.equal(Date.parse('2027-06-13T09:00:00-04:00'));
    expect(index.lastEnd[0]).to.equal(Date.parse('2027-06-14T09:00:00-04:00'));
  });

  it('drops a numeric session time past the range of dates, not the whole record', () => {
    const start = Date.parse('2027-06-12T13:00:00Z');
    const { items, skipped } = normalizeWorkshops([
      { ...base, sessions: [{ start, end: 1812495600000000000 }, { start: 1e300 }, { start: 1812495600000000 }] },
    ]);
    expect(skipped).to.equal(0);
    expect(items[0].sessions).to.deep.equal([{ start: '2027-06-12T13:00:00.000Z' }]);
    expect(normalizeWorkshops([{ ...base, sessions: [{ start: -1e300 }] }]).skipped).to.equal(1);
  });

  it('places a local time without offset in the workshop zone', () => {
    expect(toInstant('2027-06-12T09:00', 'America/New_York')).to.equal('2027-06-12T09:00:00-04:00');
    expect(toInstant('2027-01-12 09:00', 'America/Denver')).to.equal('2027-01-12T09:00:00-07:00');
    expect(toInstant('2027-06-12T13:00:00Z', undefined)).to.equal('2027-06-12T13:00:00Z');
    expect(toInstant('nope', undefined)).to.equal(undefined);
    const [w] = normalizeWorkshops([{ ...base, timeZone: 'America/Chicago', sessions: [{ start: '2027-03-01T08:00' }] }]).items;
    expect(w.sessions[0].start).to.equal('2027-03-01T08:00:00-06:00');
  });

  it('drops an unknown time zone but keeps the record; reads optional fields', () => {
    const [w] = normalizeWorkshops([
      {
        ...base,
        timeZone: 'Mars/Olympus',
        capacity: '30',
        seatsRemaining: -2,
        cost: 0,
        value: 300,
        currency: 'usd',
        scholarships: 'true',
        virtual: 'false',
        facilitators: [' Ana ', '', 7],
        notes: '  plain  ',
      },
    ]).items;
    expect(w.timeZone).to.equal(undefined);
    expect(w.capacity).to.equal(30);
    // Overbooked: full, not unknown.
    expect(w.seatsRemaining).to.equal(0);
    expect(w.cost).to.equal(0);
    expect(w.value).to.equal(300);
    expect(w.currency).to.equal('USD');
    expect(w.scholarships).to.equal(true);
    expect(w.virtual).to.equal(false);
    expect(w.facilitators).to.deep.equal(['Ana', '7']);
    expect(w.notes).to.equal('plain');
  });

  it('upper-cases two-letter states and keeps numeric ids as text', () => {
    const [w] = normalizeWorkshops([{ ...base, id: 42, location: { lat: 1, lng: 2, state: 'ga', city: ' Atlanta ' } }]).items;
    expect(w.id).to.equal('42');
    expect(w.location).to.deep.equal({ lat: 1, lng: 2, state: 'GA', city: 'Atlanta' });
  });
});

describe('toInstant spellings', () => {
  it('writes times with an offset in one canonical spelling', () => {
    expect(toInstant('2027-06-12T09:00-04:00', undefined)).to.equal('2027-06-12T09:00:00-04:00');
    expect(toInstant('2027-06-12 09:00:00-0400', undefined)).to.equal('2027-06-12T09:00:00-04:00');
    expect(toInstant('2027-06-12T13:00:00.250z', undefined)).to.equal('2027-06-12T13:00:00Z');
    expect(toInstant('2027-02-30T09:00:00-04:00', undefined)).to.equal(undefined);
    expect(toInstant(Date.UTC(2027, 0, 1), undefined)).to.equal('2027-01-01T00:00:00.000Z');
  });
});

describe('the finder index reads session spans as the workshops have them', () => {
  /** 400 records with 1 to 5 sessions each: spellings, offsets, invalid times, ends before starts. */
  function randomRecords() {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    const pad = (n: number) => String(n).padStart(2, '0');
    const time = () => {
      const kind = random();
      if (kind < 0.04) return pick(['tomorrow', '', '2027-02-30T09:00:00-04:00', '2027-06-1xT09:00:00-04:00', null, 5]);
      const offset = kind < 0.1 ? pick(['Z', '+01:00', '-05:00']) : '-04:00';
      const day = `2027-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
      const stamp = `${day}T${pad(Math.floor(random() * 24))}:${pick(['00', '30'])}:00${offset}`;
      return kind < 0.12 ? stamp.replace('T', ' ') : stamp;
    };
    return Array.from({ length: 400 }, (_, i) => ({
      ...base,
      id: `r${i}`,
      sessions: Array.from({ length: 1 + Math.floor(random() * 5) }, () => (random() < 0.1 ? time() : { start: time(), ...(random() < 0.8 ? { end: time() } : {}) })),
    }));
  }

  it('gives the earliest start and the latest end of every random record, as read from its valid sessions', () => {
    const records = randomRecords();
    const eager = normalizeWorkshops(records).items;
    const { index, items } = scanWorkshops(records);
    expect(items).to.have.length(eager.length);
    const spans = eager.map((w) => {
      const starts = w.sessions.map((s) => Date.parse(s.start));
      // A session from midnight (to midnight, or with no end) is whole days: until its last day is over.
      const untils = w.sessions.map((s) => Date.parse(s.end ?? s.start) + (isAllDay(s) ? 864e5 : 0));
      return [Math.min(...starts), Math.max(...untils)];
    });
    expect(eager.map((_, i) => [index.firstStart[i], index.lastEnd[i]])).to.deep.equal(spans);
  });

  it("gives the date filter every valid session's local days, as the workshops have them", () => {
    const records = randomRecords();
    const eager = normalizeWorkshops(records).items;
    const days = scanWorkshops(records).index.sessionDays();
    const dayOf = (iso: string, zone: string | undefined) => localDays(zone)(iso, instantMs(iso));
    eager.forEach((w, i) => {
      const expected = w.sessions.map((s) => [dayOf(s.start, w.timeZone), dayOf(s.end ?? s.start, w.timeZone)]);
      const indexed = [];
      for (let k = days.offset[i]; k < days.offset[i + 1]; k++) indexed.push([days.start[k], days.end[k]]);
      // The filter only asks whether some session overlaps: the order of a workshop's sessions is free.
      const order = (pairs: number[][]) => pairs.map((p) => p.join('-')).sort();
      expect(order(indexed), w.id).to.deep.equal(order(expected));
    });
  });
});
