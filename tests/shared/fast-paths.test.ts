import { expect } from '@open-wc/testing';
import { parseSafeUrl, safeUrl } from '../../src/shared/safe-url.js';
import { dayInZone, zoneOffsetMinutes } from '../../src/shared/i18n/zoned-time.js';
import { canonicalMs, instantMs, localDays, toInstant } from '../../src/workshop-map/instants.js';

/** What the URL parser alone says (the slow path the fast one must agree with). */
function parsed(value: string, webOnly: boolean): string | undefined {
  try {
    const url = new URL(value.trim(), document.baseURI);
    const ok = webOnly ? ['http:', 'https:'] : ['http:', 'https:', 'mailto:', 'tel:'];
    return ok.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

describe('safeUrl fast path', () => {
  const urls = [
    'https://example.org/workshops/atl-1/register',
    'http://example.org/a/b.html',
    'https://sub.example-site.org/path_with~odd!$&()*+,;=:@chars',
    'https://Example.org/Upper',
    'HTTPS://example.org/x',
    'https://example.org',
    'https://example.org:443/x',
    'http://example.org:80/x',
    'https://example.org/a/../b',
    'https://example.org/a/./b',
    'https://example.org/a/%2e%2e/b',
    'https://example.org/a b',
    "https://example.org/it's",
    'https://1.2.3/x',
    'https://127.0.0.1/x',
    'https://xn--nxasmq6b.com/x',
    'https://example.org/x?q=1#top',
    'https://user@example.org/x',
    '  https://example.org/padded  ',
    'https://example.org/tab\there',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,hi',
    'register.html',
    '//example.org/protocol-relative',
    'mailto:someone@example.org',
  ];
  for (const url of urls) {
    it(`agrees with the URL parser: ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url, { webOnly: true })).to.equal(parsed(url, true));
      expect(safeUrl(url)).to.equal(parsed(url, false));
    });
  }
});

describe('safeUrl of an address written without its scheme', () => {
  it('takes "www.example.org/..." as the site it names, not a page of this one', () => {
    expect(safeUrl('www.partner.org/apply')).to.equal('https://www.partner.org/apply');
    expect(parseSafeUrl(' WWW.Partner.org ', { webOnly: true })).to.equal('https://www.partner.org/');
    // A page of this site whose name merely starts so stays relative.
    expect(safeUrl('www-help.html')).to.equal(new URL('www-help.html', document.baseURI).href);
  });
});

describe('canonicalMs: the stored session spelling without Date.parse', () => {
  const good = [
    '2027-07-26T09:00:00-04:00',
    '2027-07-26T23:59:59+05:30',
    '2027-01-01T00:00:00Z',
    '2027-06-12T13:00:00.250Z',
    '2028-02-29T12:00:00-08:00',
    '1999-12-31T23:00:00+14:00',
  ];
  for (const iso of good) {
    it(`reads ${iso} as Date.parse does`, () => expect(canonicalMs(iso)).to.equal(Date.parse(iso)));
  }
  const bad = [
    '2027-02-29T12:00:00-08:00',
    '2027-13-01T00:00:00Z',
    '2027-07-26T24:00:00Z',
    '2027-07-26T09:60:00Z',
    '2027-07-26 09:00:00Z',
    '2027-07-26T09:00:00',
    '2027-07-26T09:00:00-0400',
    '2027-07-2xT09:00:00Z',
    'not a date at all, really',
  ];
  for (const iso of bad) {
    it(`refuses ${iso}`, () => expect(Number.isNaN(canonicalMs(iso))).to.equal(true));
  }
  it('falls back to Date.parse for other spellings, and reads local days as the list shows them', () => {
    expect(instantMs('2027-07-26T09:00:00.5+02:00')).to.equal(Date.parse('2027-07-26T09:00:00.5+02:00'));
    const late = '2027-07-26T23:30:00-10:00';
    // Written at UTC-10 for a Paris workshop: the list shows Paris time, 11:30 AM on July 27.
    expect(localDays('Europe/Paris')(late, instantMs(late))).to.equal(20270727);
    expect(localDays('Pacific/Honolulu')(late, instantMs(late))).to.equal(20270726);
    expect(localDays(undefined)(late, instantMs(late))).to.equal(20270726);
    expect(localDays('Pacific/Honolulu')('2027-07-27T09:30:00Z', Date.parse('2027-07-27T09:30:00Z'))).to.equal(20270726);
  });
  it('reads a month-first slashed date (US spreadsheets) as a local time in the zone', () => {
    const zone = 'America/Chicago';
    expect(toInstant('6/12/2027 9:00 AM', zone)).to.equal('2027-06-12T09:00:00-05:00');
    expect(toInstant('6/12/2027, 12:30 p.m.', zone)).to.equal('2027-06-12T12:30:00-05:00');
    expect(toInstant('12/1/2027 12:00 AM', zone)).to.equal('2027-12-01T00:00:00-06:00');
    expect(toInstant('06/12/2027 15:45', zone)).to.equal('2027-06-12T15:45:00-05:00');
    expect(toInstant('6/12/2027', zone)).to.equal('2027-06-12T00:00:00-05:00');
    expect(toInstant('13/12/2027 9:00', zone)).to.equal(undefined);
    expect(toInstant('6/12/2027 13:00 PM', zone)).to.equal(undefined);
  });
  it('keeps toInstant answers for every spelling it accepts', () => {
    expect(toInstant('2027-07-26T09:00:00-04:00', undefined)).to.equal('2027-07-26T09:00:00-04:00');
    expect(toInstant('2027-02-30T09:00:00-04:00', undefined)).to.equal(undefined);
    expect(toInstant('2027-07-26T25:00:00-04:00', undefined)).to.equal(undefined);
  });
});

describe('canonicalMs across the calendar', () => {
  it('agrees with Date.parse on every day from 1900 to 2100, at several times and offsets', () => {
    const wrong: string[] = [];
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (let day = Date.UTC(1900, 0, 1); day < Date.UTC(2101, 0, 1); day += 86400000 * 3 + 3600000) {
      const date = new Date(day);
      const stem = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:07:09`;
      for (const zone of ['Z', '-04:00', '+05:30', '-10:00', '+14:00']) {
        const iso = stem + zone;
        if (canonicalMs(iso) !== Date.parse(iso)) wrong.push(iso);
      }
    }
    expect(wrong).to.deep.equal([]);
  });
});

describe('zone offsets read from the formatted time', () => {
  /** The wall clock of an instant in a zone, from formatToParts (the slow path). */
  function wallClock(format: Intl.DateTimeFormat, ms: number) {
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    return p;
  }
  it('agrees with formatToParts in every zone, through a year, the hours of two change days, and far dates', () => {
    const instants = [-2208988800000, 0, 4102444799000];
    for (let day = 0; day < 365; day += 14) instants.push(Date.UTC(2027, 0, 1 + day, day % 24, 37, 5));
    // Europe's and the US's spring change days, every hour.
    for (let h = 0; h < 24; h++) instants.push(Date.UTC(2027, 2, 14, h, 30), Date.UTC(2027, 2, 28, h, 30));
    const wrong: string[] = [];
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const options = { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;
      const format = new Intl.DateTimeFormat('en-US', options);
      for (const ms of instants) {
        const p = wallClock(format, ms);
        const offset = Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second) - Math.floor(ms / 1000) * 1000) / 60000);
        const day = p.year * 10000 + p.month * 100 + p.day;
        if (zoneOffsetMinutes(ms, zone) !== offset || dayInZone(ms, zone) !== day) wrong.push(`${zone} ${new Date(ms).toISOString()}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });
});
