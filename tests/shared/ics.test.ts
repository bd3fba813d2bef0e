import { expect } from '@open-wc/testing';
import { buildIcs, foldLine } from '../../src/shared/ics.js';
import type { Workshop } from '../../src/workshop-map/types.js';
import { icsProperty, unfoldIcs } from '../support/ics.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const octets = (text: string) => new TextEncoder().encode(text).length;
/** A lone surrogate: half of a split pair. */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every physical line at most 75 octets, continuations start with a space, no pair split, nothing lost. */
function expectWellFolded(line: string, wellFormed = true): string[] {
  const folded = foldLine(line);
  const physical = folded.split('\r\n');
  expect(folded.replace(/\r\n /g, '')).to.equal(line);
  expect(folded.replace(/\r\n /g, '')).not.to.match(/[\r\n]/);
  physical.forEach((part, i) => {
    expect(octets(part), `line ${i}`).to.be.at.most(75);
    if (wellFormed) expect(LONE.test(part), `line ${i} splits a surrogate pair`).to.equal(false);
    if (i > 0) expect(part.startsWith(' ')).to.equal(true);
    // Tight: the next line's first character would not have fitted.
    if (i < physical.length - 1) expect(octets(part) + octets(String.fromCodePoint(physical[i + 1].codePointAt(1)!))).to.be.above(75);
  });
  return physical;
}

function workshopWith(overrides: Partial<Workshop>, sessions = 1): Workshop {
  return {
    id: 'big',
    title: 'Deep Dive',
    course: 'csf',
    type: 'deep-dive',
    virtual: false,
    timeZone: 'America/New_York',
    sessions: Array.from({ length: sessions }, (_, i) => ({ start: new Date(Date.UTC(2027, 5, 1) + i * 86_400_000).toISOString() })),
    location: { name: 'Central Library', city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 },
    registrationUrl: 'https://example.org/register?id=1',
    record: {},
    ...overrides,
  };
}

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a long ASCII line into 75 then 74 + space', () => {
    expect(foldLine(`DESCRIPTION:${'a'.repeat(63)}`)).to.equal(`DESCRIPTION:${'a'.repeat(63)}`);
    const physical = expectWellFolded(`DESCRIPTION:${'a'.repeat(1000)}`);
    expect(octets(physical[0])).to.equal(75);
    for (const part of physical.slice(1, -1)) expect(octets(part)).to.equal(75);
    expect(physical).to.have.length(Math.ceil((1012 - 75) / 74) + 1);
  });

  it('never splits an accented letter, a CJK character or an emoji (surrogate pair), and counts UTF-8 octets', () => {
    expectWellFolded(`SUMMARY:${'é'.repeat(500)}`);
    expectWellFolded(`SUMMARY:${'漢'.repeat(500)}`);
    expectWellFolded(`SUMMARY:${'😀'.repeat(500)}`);
    expectWellFolded(`DESCRIPTION:${'aé漢😀👩🏽‍💻'.repeat(300)}`);
    // Each offset, so every kind of character lands on the 75-octet boundary.
    for (let pad = 0; pad < 4; pad++) expectWellFolded(`X:${'a'.repeat(pad)}${'😀é'.repeat(40)}`);
    // A lone surrogate is written as U+FFFD: 3 octets.
    expectWellFolded(`X:${'\uD800'.repeat(100)}`, false);
  });

  it('folds a megabyte line (linear, not one TextEncoder per character)', () => {
    expectWellFolded(`DESCRIPTION:${'ab😀 é'.repeat(200_000)}`);
  });
});

describe('buildIcs on hostile records', () => {
  it('makes at most 100 events, numbered against the real count', () => {
    const ics = buildIcs(workshopWith({}, 150), NOW);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(100);
    expect(ics.match(/END:VEVENT/g)).to.have.length(100);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.equal(true);
    expect(unfoldIcs(ics)).to.include('SUMMARY:Deep Dive (100/150)');
    expect(ics).not.to.include('big-101@');
  });

  it('cuts long notes with "…", keeps the registration link, and folds them correctly', () => {
    const notes = `${'Bring a laptop; lunch, 😀 provided.\n'.repeat(30_000)}`; // about 1 MB
    const ics = buildIcs(workshopWith({ notes }), NOW);
    const description = icsProperty(unfoldIcs(ics), 'DESCRIPTION')!;
    expect(description.length).to.be.below(5000);
    expect(description).to.include('…\\nhttps://example.org/register?id=1');
    expect(description.startsWith('DESCRIPTION:Bring a laptop\\; lunch\\, 😀 provided.\\nBring')).to.equal(true);
    expect(LONE.test(description)).to.equal(false);
    for (const line of ics.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    expect(unfoldIcs(ics)).to.include('URL:https://example.org/register?id=1\r\n');
  });

  it('keeps the file to a few hundred KB for 1 MB of notes and 10,000 sessions', () => {
    const ics = buildIcs(workshopWith({ notes: 'x'.repeat(1 << 20) }, 10_000), NOW);
    expect(octets(ics)).to.be.below(300_000);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(100);
    for (const line of ics.split('\r\n')) expect(octets(line)).to.be.at.most(75);
  });

  it('keeps the file bounded for a 2 MB title, 1 MB notes, a 1 MB address and 200,000 sessions', () => {
    const ics = buildIcs(
      workshopWith(
        {
          title: '🎓'.repeat(1 << 20),
          notes: 'é'.repeat(1 << 20),
          location: { name: 'Hall', address: 'a,'.repeat(1 << 19), city: 'Atlanta', lat: 33.75, lng: -84.39 },
          registrationUrl: `https://example.org/?q=${'a'.repeat(1 << 20)}`,
        },
        200_000,
      ),
      NOW,
    );
    expect(octets(ics)).to.be.below(2_000_000);
    const summary = icsProperty(unfoldIcs(ics), 'SUMMARY')!;
    expect(summary.endsWith('… (1/200000)')).to.equal(true);
    expect(LONE.test(summary)).to.equal(false);
    // A registration link that long is no link: not cut into a broken one, left out.
    expect(ics).not.to.include('URL:');
  });
});

describe('buildIcs as written', () => {
  it('names the city once when the address already does', () => {
    const ics = unfoldIcs(
      buildIcs(workshopWith({ location: { name: 'Library', address: '1 Main St, Atlanta, GA', city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 } }), NOW),
    );
    expect(ics).to.contain('LOCATION:Library\\, 1 Main St\\, Atlanta\\, GA\r\n');
  });

  it('gives a session whose end is not after its start no DTEND', () => {
    const start = '2027-06-01T13:00:00Z';
    const ics = unfoldIcs(buildIcs(workshopWith({ sessions: [{ start, end: start }] }), NOW));
    expect([ics.includes('DTSTART'), ics.includes('DTEND')]).to.deep.equal([true, false]);
  });
});
