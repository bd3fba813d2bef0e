import { expect } from '@open-wc/testing';
import { distance } from '../../src/shared/geo/distance.js';
import { createFinderIndex } from '../../src/workshop-map/finder-index.js';
import { queryFinder } from '../../src/workshop-map/finder-state.js';
import type { FinderFilters, Workshop } from '../../src/workshop-map/types.js';
import { normalizeWorkshops } from '../support/normalize-workshops.js';
import { normalizePartners } from '../../src/workshop-map/validate-partner.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const filters: FinderFilters = { courses: [], types: [], mode: 'all', seatsAvailable: false, includePast: false };

describe('demo data (scripts/generate-sample-workshops.mjs)', () => {
  it('is entirely valid: workshops and partners', async () => {
    const workshops = normalizeWorkshops(await (await fetch('/demo/data/workshops.json')).json());
    expect(workshops.reasons).to.deep.equal([]);
    expect(workshops.items.length).to.be.at.least(150);
    expect(workshops.items.some((w) => w.virtual)).to.equal(true);
    expect(workshops.items.some((w) => w.seatsRemaining === 0)).to.equal(true);
    expect(new Set(workshops.items.map((w) => w.course))).to.deep.equal(new Set(['csf', 'csd', 'csp', 'csa']));
    const partners = normalizePartners(await (await fetch('/demo/data/partners.json')).json());
    expect(partners.reasons).to.deep.equal([]);
    expect(partners.items.some((p) => p.status === 'seeking')).to.equal(true);
  });
});

describe('100,000 workshops', function () {
  this.timeout(120000);
  let workshops: Workshop[];

  before(async () => {
    const demo = (await (await fetch('/demo/data/workshops.json')).json()) as Record<string, any>[];
    const raw: unknown[] = [];
    for (let i = 0; raw.length < 100000; i++) {
      const w = demo[i % demo.length];
      const shift = (i % 97) / 97 - 0.5;
      raw.push({
        ...w,
        id: `${w.id}-${i}`,
        location: w.location ? { ...w.location, lat: w.location.lat + shift, lng: w.location.lng - shift } : undefined,
      });
    }
    raw.push({ id: 'broken' });
    const result = normalizeWorkshops(raw);
    expect(result.items).to.have.length(100000);
    expect(result.skipped).to.equal(1);
    workshops = result.items;
  });

  it('answers a radius query exactly like a brute-force scan, nearest first', () => {
    const index = createFinderIndex(workshops);
    const place = { lat: 33.749, lng: -84.388, label: 'Atlanta' };
    const result = queryFinder(index, { place, radius: 100, units: 'mi', now: NOW, filters: { ...filters, courses: ['csf'] } });

    const expected = workshops.filter(
      (w) =>
        !w.virtual &&
        w.course === 'csf' &&
        Date.parse(w.sessions.at(-1)!.end ?? w.sessions.at(-1)!.start) >= NOW &&
        distance(place.lat, place.lng, w.location!.lat, w.location!.lng) <= 100,
    );
    expect(result.inPerson.length).to.be.above(0);
    expect(new Set([...result.inPerson].map((i) => index.workshop(i).id))).to.deep.equal(new Set(expected.map((w) => w.id)));
    const d = result.distances!;
    const nearestFirst = d.every((distance, k) => k === 0 || distance >= d[k - 1]);
    expect(nearestFirst).to.equal(true);
    expect([...result.virtual].map((i) => index.workshop(i)).every((w) => w.course === 'csf' && w.virtual)).to.equal(true);
  });

  it('sorts the unfiltered list by the session each shows (the next one of a series under way) and hides past workshops', () => {
    const index = createFinderIndex(workshops);
    const result = queryFinder(index, { radius: 50, units: 'mi', now: NOW, filters });
    const upcoming = workshops.filter((w) => Date.parse(w.sessions.at(-1)!.end ?? w.sessions.at(-1)!.start) >= NOW);
    expect(result.count).to.equal(upcoming.length);
    const shown = (w: Workshop) => w.sessions.find((s) => Date.parse(s.end ?? s.start) >= NOW)!.start;
    const starts = [...result.inPerson].map((i) => Date.parse(shown(index.workshop(i))));
    expect(starts.every((s, i) => i === 0 || s >= starts[i - 1])).to.equal(true);
    // The data has series under way: some first sessions are over.
    expect([...result.inPerson].some((i) => Date.parse(index.workshop(i).sessions[0].start) < NOW)).to.equal(true);
  });
});
