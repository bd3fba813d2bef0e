import { expect } from '@open-wc/testing';
import { codeorgToRecord } from '../../src/shared/data/formats/codeorg.js';
import { matchPlace, stateNamedIn } from '../../src/shared/geo/place-match.js';
import { namesCity } from '../../src/shared/ics.js';
import { telUrl } from '../../src/shared/phone.js';
import { renderFilters } from '../../src/workshop-map/filters.js';
import { mapStrings } from '../../src/workshop-map/strings.js';
import { resolvePlace } from '../../src/workshop-map/place-search.js';
import { toWorkshop } from '../../src/workshop-map/validate-workshop.js';
import { normalizeWorkshops } from '../support/normalize-workshops.js';
import type { Workshop } from '../../src/workshop-map/types.js';

/**
 * Text a page, a link or a data file can hand the finder, at a size where a regular expression that
 * backtracks, or a loop inside a loop, takes tens of seconds instead of milliseconds. Each case below
 * took longer than the test's 10 s limit before its fix (measured: 14 to 36 s); the assertions say
 * what the result is.
 */

const atlanta = normalizeWorkshops([
  { id: 'a', title: 'T', course: 'csf', sessions: [{ start: '2027-06-01' }], location: { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 } },
]).items;

/** How many times `fn` lower-cases a string: the work that grew with the square of the input. */
function lowerCasings(fn: () => unknown): number {
  let count = 0;
  const lower = String.prototype.toLowerCase;
  String.prototype.toLowerCase = function (this: string) {
    count++;
    return lower.call(this);
  };
  try {
    fn();
  } finally {
    String.prototype.toLowerCase = lower;
  }
  return count;
}

describe('pathological input, answered in linear time', () => {
  it('a search of a long run of commas (a shared ?pl-near= link) finds nothing, at once', async () => {
    const commas = `a${','.repeat(150_000)}b`;
    expect(matchPlace(commas, atlanta)).to.equal(undefined);
    expect(stateNamedIn(commas, atlanta)).to.equal(undefined);
    // A ZIP code at the end that the table does not know: the text before it is searched as a place.
    const outcome = await resolvePlace(`${commas} 00000`, { places: () => atlanta, zipBase: '/tests/fixtures/' });
    expect(outcome.kind).to.equal('zip-not-found');
  });

  it('still reads a city and state with commas and spaces around them', () => {
    expect(matchPlace('Atlanta ,,, GA,,', atlanta)).to.include({ kind: 'point', label: 'Atlanta, GA' });
    expect(matchPlace('Atlanta, , GA', atlanta)).to.include({ kind: 'point', label: 'Atlanta, GA' });
  });

  it('a timeZone of many "(" is no zone, and costs each record little', () => {
    const zone = '('.repeat(200_000);
    const records = [1, 2].map((n) => ({ id: `z${n}`, title: 'T', course: 'csf', timeZone: zone, sessions: [{ start: '2027-06-01T09:00:00-04:00' }], location: { lat: 33.75, lng: -84.39 } }));
    const loaded = normalizeWorkshops(records);
    expect(loaded.items.map((w) => w.id)).to.deep.equal(['z1', 'z2']);
    expect(loaded.items[0].timeZone).to.equal(undefined);
    // Written out with its parenthesis, a zone is still read.
    const pacific = toWorkshop({ ...records[0], timeZone: 'Pacific Time (US & Canada)' });
    expect(typeof pacific === 'object' && pacific.timeZone).to.equal('America/Los_Angeles');
  });

  it('a phone number followed by "ext" and a long run of spaces dials the number alone', () => {
    expect(telUrl(`555-010-0000 ext${' '.repeat(200_000)}!`)).to.equal('tel:5550100000');
    expect(telUrl('(555) 010-0000 extensión: 12')).to.equal('tel:5550100000;ext=12');
    expect(telUrl('(555) 010-0000 # 12')).to.equal('tel:5550100000;ext=12');
  });

  it('a Code.org subject with a long run of spaces makes a title without them', () => {
    const entry = (subject: string) => ({ id: 1, subject, sessions: [], processed_location: { latitude: 33.75, longitude: -84.39, city: 'Atlanta', state: 'GA' } });
    const record = codeorgToRecord(entry(`Deep Dive${' '.repeat(200_000)}x`)) as { title: string };
    expect(record.title.length).to.be.below(200_100);
    expect((codeorgToRecord(entry('Deep Dive Workshop')) as { title: string }).title).to.equal('CS Fundamentals Deep Dive Workshop');
    expect((codeorgToRecord(entry('Intro  workshop')) as { title: string }).title).to.equal('CS Fundamentals Intro Workshop');
  });

  it('an address of many parts is compared with the city lower-cased once, not once per part', () => {
    let found = false;
    const calls = lowerCasings(() => (found = namesCity(`${'x,'.repeat(1000)}Atlanta`, 'Atlanta')));
    expect(found).to.equal(true);
    // One per part of the address, and one for the city.
    expect(calls).to.equal(1001 + 1);
  });

  it('a link that chooses every course of data with many: each course is looked up, not searched for', () => {
    const filters = { courses: [], types: [], from: '', to: '', mode: 'all' as const, seatsAvailable: false, includePast: false };
    // The filters name the chosen courses ("several" of them): one lower-casing per course and per
    // choice, not one per pair (300 by 300 here: 180,000 before).
    const courses = Array.from({ length: 300 }, (_, i) => ({ key: `c${i}`, name: `Course ${i}` }));
    const options = { t: mapStrings('en'), nth: '', courses, onChange: () => {}, onDateFocus: () => {} };
    const calls = lowerCasings(() => renderFilters({ ...options, filters: { ...filters, courses: courses.map((c) => c.key.toUpperCase()) } }));
    expect(calls).to.be.below(300 * 10);
  });
});

describe('numbers and dates at the ends of their range', () => {
  it('a session at the last day a Date can hold is left out, and its workshop stays', () => {
    const base = { title: 'T', course: 'csf', timeZone: 'America/New_York', location: { lat: 33.75, lng: -84.39 } };
    const loaded = normalizeWorkshops([
      { ...base, id: 'second', sessions: [{ start: '2027-06-12T09:00:00-04:00' }, { start: '+275760-09-13' }] },
      { ...base, id: 'only', sessions: [{ start: '+275760-09-13T00:00:00Z' }] },
    ]);
    expect(loaded.items.map((w: Workshop) => [w.id, w.sessions.length])).to.deep.equal([['second', 1]]);
    expect(loaded.reasons).to.deep.equal(['record 2: no session with a valid start']);
  });

  it('Infinity (JSON\'s 1e999) is not text: a title, a course name or an address of it is left out', () => {
    const loaded = normalizeWorkshops([
      { id: 'a', title: Infinity, course: 'csf', sessions: [{ start: '2027-06-01' }], location: { lat: 33.75, lng: -84.39 } },
      { id: 'b', title: 'T', course: 'csf', courseName: -Infinity, sessions: [{ start: '2027-06-01' }], location: { lat: 33.75, lng: -84.39, address: Infinity, city: 12 } },
    ]);
    expect(loaded.reasons).to.deep.equal(['record 1: missing title']);
    const [b] = loaded.items;
    expect(b.courseName).to.equal(undefined);
    expect(b.location?.address).to.equal(undefined);
    // A finite number is still text (a postal code or a city written as a number).
    expect(b.location?.city).to.equal('12');
  });
});
