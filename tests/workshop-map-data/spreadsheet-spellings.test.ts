import { expect } from '@open-wc/testing';
import { parseCodeorgSession } from '../../src/shared/data/formats/codeorg.js';
import { normalizeByFormat } from '../support/normalize-workshops.js';
import type { Workshop } from '../../src/workshop-map/types.js';
import { captureWarnings } from '../support/helpers.js';
import { items, mountMap } from '../workshop-map/helpers.js';

const ATLANTA = { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 };
const record = (extra: Record<string, unknown>) => ({
  id: 'a',
  title: 'Deep Dive',
  course: 'csf',
  sessions: [{ start: '2027-06-12T09:00:00-04:00' }],
  location: ATLANTA,
  ...extra,
});
const one = (extra: Record<string, unknown>): Workshop => normalizeByFormat([record(extra)], 'pl').items[0];
const csv = (text: string) => normalizeByFormat(text, 'csv');

describe('workshop data as partners write it', () => {
  it('keeps the currency an amount is written in ("€25", "300 EUR", currency "€")', () => {
    expect(one({ cost: '€25' })).to.include({ cost: 25, currency: 'EUR' });
    expect(one({ cost: '300 EUR', value: '400 EUR' })).to.include({ cost: 300, value: 400, currency: 'EUR' });
    expect(one({ cost: 25, currency: '€' })).to.include({ currency: 'EUR' });
    expect(one({ value: '£30' })).to.include({ value: 30, currency: 'GBP' });
    // A code written beside the amount wins over the amount's own sign; "$" names no other currency.
    expect(one({ cost: '€25', currency: 'usd' })).to.include({ currency: 'USD' });
    expect(one({ cost: '$25' }).currency).to.equal(undefined);
    expect(one({ cost: '25', currency: 'dollars' }).currency).to.equal(undefined);
  });

  it('reads a time with a US zone abbreviation on that zone\'s clock, summer time included', () => {
    const at = (start: string, location = ATLANTA) => one({ sessions: [{ start }], location }).sessions[0].start;
    expect(at('2027-06-12 9:00 AM EST')).to.equal('2027-06-12T09:00:00-04:00');
    expect(at('2027-06-12T09:00 EDT')).to.equal('2027-06-12T09:00:00-04:00');
    expect(at('2027-01-12 9:00 AM EDT')).to.equal('2027-01-12T09:00:00-05:00');
    expect(at('07/12/2027 9:00 AM PST', { ...ATLANTA, state: 'CA' })).to.equal('2027-07-12T09:00:00-07:00');
    // Arizona keeps MST all year.
    expect(at('2027-07-12 9:00 AM MST', { ...ATLANTA, state: 'AZ' })).to.equal('2027-07-12T09:00:00-07:00');
    expect(at('2027-07-12 9:00 AM MST', { ...ATLANTA, state: 'CO' })).to.equal('2027-07-12T09:00:00-06:00');
    expect(at('June 12, 2027 9:00 AM CST')).to.equal('2027-06-12T09:00:00-05:00');
    // Not zone names: am/pm, and UTC as Date reads it.
    expect(at('2027-06-12 09:00 UTC')).to.equal('2027-06-12T09:00:00.000Z');
  });

  it('reads CSV session times with an abbreviation the same way', () => {
    const { items } = csv('id,title,course,start,end,lat,lng,state\n1,EST in June,csf,2027-06-12 9:00 AM EST,2027-06-12 4:00 PM EST,33.7,-84.4,GA\n');
    expect(items[0].sessions).to.deep.equal([{ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' }]);
  });

  it('reads seats written as words or with separators, and never more precise than a seat', () => {
    expect(one({ seatsRemaining: 'Full' }).seatsRemaining).to.equal(0);
    expect(one({ seatsRemaining: 'Sold out' }).seatsRemaining).to.equal(0);
    expect(one({ seatsRemaining: ' Agotado ' }).seatsRemaining).to.equal(0);
    expect(one({ seatsRemaining: '1,000' }).seatsRemaining).to.equal(1000);
    expect(one({ seatsRemaining: '12 seats' }).seatsRemaining).to.equal(12);
    expect(one({ seatsRemaining: 2.5 }).seatsRemaining).to.equal(2);
    expect(one({ seatsRemaining: -2 }).seatsRemaining).to.equal(0);
    expect(one({ seatsRemaining: 'ask us' }).seatsRemaining).to.equal(undefined);
    expect(one({ seatsRemaining: '' }).seatsRemaining).to.equal(undefined);
    // The capacity as well.
    expect([one({ capacity: '1,000' }).capacity, one({ capacity: '30 seats' }).capacity, one({ capacity: 'ask us' }).capacity]).to.deep.equal([1000, 30, undefined]);
  });

  it('reads plain start and end columns beside numbered sessions as the first session', () => {
    const { items } = csv(
      'id,title,course,start,end,sessions.1.start,sessions.1.end,lat,lng,state\nm1,Two days,csf,2027-06-12 09:00,2027-06-12 16:00,2027-06-13 09:00,2027-06-13 16:00,33.75,-84.39,GA\n',
    );
    expect(items[0].sessions.map((s) => s.start)).to.deep.equal(['2027-06-12T09:00:00-04:00', '2027-06-13T09:00:00-04:00']);
  });

  it('reads Excel\'s "sep=;" first line and Y/N booleans', () => {
    const { items, skipped } = csv('sep=;\r\nid;title;course;start;lat;lng;virtual;scholarships\r\n1;A;csf;2027-06-12;33,7;-84,4;N;Y\r\n2;B;csf;2027-06-12;;;Y;n\r\n');
    expect(skipped).to.equal(0);
    expect(items.map((w) => [w.id, w.virtual, w.scholarships, w.location?.lat])).to.deep.equal([
      ['1', false, true, 33.7],
      ['2', true, false, undefined],
    ]);
  });
});

describe('format "codeorg": noon and date ranges', () => {
  it('reads "noon" as a time', () => {
    expect(parseCodeorgSession('2027-06-12, noon-4:00pm EDT')).to.deep.include({ start: '2027-06-12T12:00:00-04:00', end: '2027-06-12T16:00:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 9:00am-12 noon EDT')).to.deep.include({ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T12:00:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 9:00am-Noon EDT')).to.deep.include({ end: '2027-06-12T12:00:00-04:00' });
  });

  it('reads times written with a dot or with seconds ("9.30am", "9:00:00am"), as a spreadsheet exports them', () => {
    expect(parseCodeorgSession('2027-06-12, 9.00am-4.00pm EDT')).to.deep.include({ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 9.30am-3.30pm', 'GA')).to.deep.include({ start: '2027-06-12T09:30:00-04:00', end: '2027-06-12T15:30:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 9:30am-3.30pm EDT')).to.deep.include({ end: '2027-06-12T15:30:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 9:00:00am-4:00:00pm EDT')).to.deep.include({ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' });
    expect(parseCodeorgSession('2027-06-12, 9.00-16.00 EDT')).to.deep.include({ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' });
  });

  it('skips a range of days rather than reading the second date as times', () => {
    expect(parseCodeorgSession('2027-06-12 to 2027-06-14, 9:00am-4:00pm EDT')).to.equal(undefined);
    expect(parseCodeorgSession('2027-06-12 - 2027-06-14, 9:00am-4:00pm EDT')).to.equal(undefined);
    expect(parseCodeorgSession('6/12/2027 - 6/14/2027, 9:00am-4:00pm EDT')).to.equal(undefined);
    const entry = {
      id: 9,
      subject: 'Intro',
      location_name: 'Library',
      location_address: '',
      sessions: ['2027-06-12 to 2027-06-14, 9:00am-4:00pm EDT'],
      processed_location: { latitude: 33.75, longitude: -84.39, city: 'Atlanta', state: 'GA', formatted_address: '' },
    };
    const { items, skipped } = normalizeByFormat([entry], 'codeorg');
    expect([items.length, skipped]).to.deep.equal([0, 1]);
  });
});

describe('<pl-workshop-map> documents from spreadsheets', () => {
  const HEADER = 'id\ttitle\tcourse\tstart\tlat\tlng\tstate\tcost\n';
  const blobUrl = (bytes: Uint8Array<ArrayBuffer>) => URL.createObjectURL(new Blob([bytes], { type: 'text/csv' }));

  it('reads a UTF-16 file with its byte-order mark (Excel\'s "Unicode Text")', async () => {
    const text = `${HEADER}1\tTaller en Español\tcsf\t2027-06-12\t33.7\t-84.4\tGA\t€25\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i) & 0xff, (bytes[3 + i * 2] = text.charCodeAt(i) >> 8);
    const { el, detail } = await mountMap({ src: blobUrl(bytes), format: 'csv' });
    expect(detail).to.deep.equal({ count: 1, skipped: 0 });
    const item = items(el)[0];
    expect(item.querySelector('.title')!.textContent).to.equal('Taller en Español');
    expect(item.textContent).to.contain('€25');
  });

  it('reads a Windows-1252 file (Excel\'s "CSV" on Windows) without replacement characters', async () => {
    const text = `${HEADER}1\tCaf\u00e9 Workshop\tcsf\t2027-06-12\t33.7\t-84.4\tGA\t25\n`;
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const { el } = await mountMap({ src: blobUrl(bytes), format: 'csv' });
    expect(items(el)[0].querySelector('.title')!.textContent).to.equal('Café Workshop');
  });

  it('reads a UTF-8 file with one stray Windows-1252 byte as UTF-8: its other accents stay right', async () => {
    const utf8 = new TextEncoder().encode(`${HEADER}1\tTaller de Educaci\u00f3n en Espa\u00f1ol\tcsf\t2027-06-12\t33.7\t-84.4\tGA\t25\n2\tCaf`);
    // "Café" pasted from a Windows file: its é is the one byte 0xE9.
    const rest = Uint8Array.from(' Workshop\tcsf\t2027-06-13\t33.7\t-84.4\tGA\t25\n', (c) => c.charCodeAt(0));
    const bytes = new Uint8Array([...utf8, 0xe9, ...rest]);
    const { el } = await mountMap({ src: blobUrl(bytes), format: 'csv' });
    expect(items(el).map((item) => item.querySelector('.title')!.textContent)).to.deep.equal(['Taller de Educación en Español', 'Caf\uFFFD Workshop']);
  });

  it('shows a workshop whose seats are written "Full" as full', async () => {
    const { el } = await mountMap({}, (map) => (map.workshops = [record({ seatsRemaining: 'Full' }), record({ id: 'b', title: 'Open', seatsRemaining: 3 })]));
    expect(items(el).map((item) => item.classList.contains('full'))).to.deep.equal([true, false]);
  });

  it('reports invalid partners once when they are set before the element is on the page', async () => {
    const warnings = await captureWarnings(() =>
      mountMap({}, (map) => {
        map.workshops = [record({})];
        map.partners = [{ name: 'bad' }, { id: 'ga', name: 'Georgia', states: ['GA'] }];
      }),
    );
    expect(warnings.filter((w) => w.includes('invalid partner'))).to.have.length(1);
  });
});
