import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine } from '../../src/shared/ics.js';
import { formatSessionRange, wallTimeToInstant } from '../../src/shared/i18n/zoned-time.js';
import type { Workshop } from '../../src/workshop-map/types.js';
import { unfoldIcs } from '../support/ics.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const workshop: Workshop = {
  id: 'atl-dd',
  title: 'CS Fundamentals Deep Dive; day one, with "friends"',
  course: 'csf',
  type: 'deep-dive',
  virtual: false,
  timeZone: 'America/New_York',
  sessions: [
    { start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' },
    { start: '2027-06-13T09:00:00-04:00' },
  ],
  location: { name: 'Central Library', city: 'Atlanta', state: 'GA', postalCode: '30303', lat: 33.75, lng: -84.39 },
  registrationUrl: 'https://example.org/register?id=1&x=2',
  notes: 'Bring a laptop.\nLunch provided. '.repeat(6),
  record: {},
};


describe('buildIcs', () => {
  it('writes one VEVENT per session inside a VCALENDAR, with CRLF line ends', () => {
    const ics = buildIcs(workshop, NOW);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.equal(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.equal(true);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
    expect(ics.match(/END:VEVENT/g)).to.have.length(2);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it("uses UTC times, a UID from the id and the page's host, DTSTAMP from now, and the registration URL", () => {
    const ics = unfoldIcs(buildIcs(workshop, new Date(NOW)));
    expect(ics).to.include('DTSTART:20270612T130000Z\r\nDTEND:20270612T200000Z');
    expect(ics).to.include('DTSTART:20270613T130000Z\r\nSUMMARY:');
    // Workshop "1" of two partners' sites are two events in a teacher's calendar, not one.
    expect(ics).to.include(`UID:atl-dd-1@${location.hostname}\r\n`);
    expect(ics).to.include(`UID:atl-dd-2@${location.hostname}\r\n`);
    expect(ics).to.include('DTSTAMP:20261123T120000Z');
    expect(ics).to.include('URL:https://example.org/register?id=1&x=2');
    expect(ics).to.include('LOCATION:Central Library\\, Atlanta\\, GA 30303');
  });

  it('escapes text values', () => {
    const ics = unfoldIcs(buildIcs(workshop, NOW));
    expect(ics).to.include('SUMMARY:CS Fundamentals Deep Dive\\; day one\\, with "friends" (1/2)');
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    // No control characters but the tab: a spreadsheet's in-cell break (vertical tab) is a line break.
    expect(escapeText('one\u000btwo\u000cthree\u0007\u0000\u007f\tfour')).to.equal('one\\ntwo\\nthree\tfour');
  });

  it('folds lines at 75 octets without splitting characters', () => {
    const ics = buildIcs(workshop, NOW);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(unfoldIcs(ics)).to.include(`DESCRIPTION:${escapeText(workshop.notes!)}`);
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).to.equal(`SUMMARY:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  });

  it('says "Virtual" for a virtual workshop and leaves URL out without a registration link', () => {
    const ics = buildIcs({ ...workshop, virtual: true, location: undefined, registrationUrl: undefined }, NOW);
    expect(ics).to.include('LOCATION:Virtual\r\n');
    expect(ics).not.to.include('URL:');
  });
});

describe('formatSessionRange', () => {
  const session = { start: '2026-06-12T09:00:00-04:00', end: '2026-06-12T16:00:00-04:00' };

  it("shows the session in the workshop's own zone with its abbreviation", () => {
    expect(formatSessionRange(session, 'America/New_York', 'en')).to.equal('Fri, Jun 12, 2026, 9:00 AM – 4:00 PM EDT');
    expect(formatSessionRange(session, 'America/Los_Angeles', 'en')).to.equal('Fri, Jun 12, 2026, 6:00 AM – 1:00 PM PDT');
    expect(formatSessionRange({ start: '2027-01-09T10:00:00-08:00' }, 'America/Los_Angeles', 'en')).to.equal(
      'Sat, Jan 9, 2027, 10:00 AM PST',
    );
  });

  it("keeps the workshop's own clock when the data gives an offset but no zone", () => {
    // The test machine runs in UTC: the viewer's zone would say 1:00 PM – 8:00 PM.
    expect(formatSessionRange(session, undefined, 'en')).to.equal('Fri, Jun 12, 2026, 9:00 AM – 4:00 PM GMT-4');
    expect(formatSessionRange(session, 'Not/AZone', 'en')).to.equal('Fri, Jun 12, 2026, 9:00 AM – 4:00 PM GMT-4');
    expect(formatSessionRange({ start: '2027-01-09T10:00:00+05:30' }, undefined, 'en')).to.equal('Sat, Jan 9, 2027, 10:00 AM GMT+5:30');
    // "Z" says nothing about the workshop's clock: the viewer's zone.
    const viewer = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(Date.parse('2026-06-12T13:00:00Z'));
    expect(formatSessionRange({ start: '2026-06-12T13:00:00Z' }, undefined, 'en')).to.contain(viewer);
  });

  it("shows a time without a zone on the clock of the workshop's state, unless it was written on another", () => {
    const ny = 'America/New_York';
    const utc = { start: '2026-06-12T13:00:00Z', end: '2026-06-12T20:00:00+00:00' };
    expect(formatSessionRange(utc, undefined, 'en', ny)).to.equal('Fri, Jun 12, 2026, 9:00 AM – 4:00 PM EDT');
    expect(formatSessionRange(session, undefined, 'en', ny)).to.equal('Fri, Jun 12, 2026, 9:00 AM – 4:00 PM EDT');
    // Written on Central time in a New York state: the data's own clock.
    expect(formatSessionRange({ start: '2026-06-12T08:00:00-05:00' }, undefined, 'en', ny)).to.equal('Fri, Jun 12, 2026, 8:00 AM GMT-5');
    expect(formatSessionRange(utc, 'America/Chicago', 'en', ny)).to.equal('Fri, Jun 12, 2026, 8:00 AM – 3:00 PM CDT');
  });

  it('formats in Spanish', () => {
    const text = formatSessionRange(session, 'America/New_York', 'es');
    expect(text).to.match(/vie/);
    expect(text).to.match(/jun/);
    expect(text).to.match(/9:00/);
  });

  it('falls back gracefully on an invalid zone or language', () => {
    expect(() => formatSessionRange(session, 'Not/AZone', 'en')).not.to.throw();
    expect(formatSessionRange(session, 'Not/AZone', 'en')).to.match(/2026/);
    expect(formatSessionRange(session, 'America/New_York', 'not a tag!!')).to.match(/2026/);
    expect(formatSessionRange({ start: 'garbage' }, undefined, 'en')).to.equal('garbage');
  });

  it('turns a wall time into the right instant across DST', () => {
    expect(new Date(wallTimeToInstant(Date.UTC(2027, 2, 14, 12), 'America/New_York')).toISOString()).to.equal(
      '2027-03-14T16:00:00.000Z',
    );
    expect(new Date(wallTimeToInstant(Date.UTC(2027, 2, 13, 12), 'America/New_York')).toISOString()).to.equal(
      '2027-03-13T17:00:00.000Z',
    );
  });
});
