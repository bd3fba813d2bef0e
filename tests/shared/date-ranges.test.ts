/**
 * formatRangeByShape fills each range shape Intl gives once with the two ends' own parts (see
 * src/shared/i18n/zoned-time.ts): the text must be what formatRange writes, in every language and
 * region it is used for, and where it is not used (other regions) formatRange itself answers.
 */
import { expect } from '@open-wc/testing';
import { formatRangeByShape } from '../../src/shared/i18n/zoned-time.js';

const LOCALES = ['en', 'en-US', 'es-US', 'en-GB', 'en-ZA', 'es-ES', 'es-PR', 'es-MX', 'ja'];
const ZONES = ['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu', 'America/Phoenix', 'Europe/London', undefined];
const MINUTES = [15, 30, 60, 90, 120, 180, 240, 420, 480, 720, 1440, 1500, 2880, 4320, 7200, 43200, 576000];

function formatters(locale: string, timeZone: string | undefined): Intl.DateTimeFormat[] {
  const zone = timeZone ? { timeZone } : {};
  return [
    new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', ...zone }),
    new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', ...zone }),
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...zone }),
  ];
}

describe('formatRangeByShape', () => {
  it('writes what formatRange writes, for sessions of minutes to months, across DST changes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const wrong: string[] = [];
    let compared = 0;
    for (const locale of LOCALES) {
      for (const zone of ZONES) {
        for (const f of formatters(locale, zone)) {
          for (let i = 0; i < 60; i++) {
            const start = Date.UTC(2026, 0, 1) + Math.floor(random() * 3 * 365 * 96) * 900000;
            const end = start + MINUTES[Math.floor(random() * MINUTES.length)] * 60000;
            compared++;
            const ours = formatRangeByShape(f, start, end);
            const intl = f.formatRange(start, end);
            if (ours !== intl) wrong.push(`${locale} ${zone}: ${ours} / ${intl}`);
          }
        }
      }
    }
    // The hour that New York's clocks skip: the range names the end's zone.
    const f = formatters('en-US', 'America/New_York')[0];
    const dst = [Date.UTC(2027, 2, 14, 6, 45), Date.UTC(2027, 2, 14, 8, 45)] as const;
    expect([compared, wrong.slice(0, 5), formatRangeByShape(f, ...dst)]).to.deep.equal([LOCALES.length * ZONES.length * 3 * 60, [], f.formatRange(...dst)]);
  });
});
