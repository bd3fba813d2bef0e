import { expect } from '@open-wc/testing';
import { boundingBox, distance } from '../../src/shared/geo/distance.js';
import { lookupZip, parseZip, preloadZipTable, zipTableUrl } from '../../src/shared/geo/zip-table.js';
import { flakyUrl } from '../support/helpers.js';

const FIXTURES = new URL('/tests/fixtures/', location.href).href;

describe('distance', () => {
  it('measures great-circle distances in miles and kilometres', () => {
    expect(distance(33.749, -84.388, 40.7128, -74.006)).to.be.within(740, 755); // Atlanta - New York
    expect(distance(33.749, -84.388, 40.7128, -74.006, 'km')).to.be.within(1190, 1215);
    expect(distance(10, 20, 10, 20)).to.equal(0);
  });

  it('orders places by distance from a point', () => {
    const from = [33.749, -84.388];
    const places = { Chicago: [41.8781, -87.6298], Decatur: [33.7748, -84.2963], Savannah: [32.0809, -81.0912] };
    const order = Object.entries(places)
      .sort(([, a], [, b]) => distance(from[0], from[1], a[0], a[1]) - distance(from[0], from[1], b[0], b[1]))
      .map(([name]) => name);
    expect(order).to.deep.equal(['Decatur', 'Savannah', 'Chicago']);
  });

  it('builds a bounding box that contains the whole circle', () => {
    const { dLat, dLng } = boundingBox(60, 300, 'mi');
    // A point due east at the circle's widest latitude is inside the box.
    expect(distance(60, 0, 60, dLng * 0.99)).to.be.above(300 * 0.9);
    expect(dLat).to.be.within(4.3, 4.4);
    expect(boundingBox(88, 300, 'mi').dLng).to.equal(180);
  });
});

describe('lookupZip', () => {
  it('parses ZIP codes, with or without +4', () => {
    expect(parseZip('30303')).to.equal('30303');
    expect(parseZip(' 30303-1234 ')).to.equal('30303');
    expect(parseZip('3030')).to.equal(undefined);
    expect(parseZip('Atlanta')).to.equal(undefined);
    // Punctuation typed or pasted around it.
    for (const text of ['30303,', '30303.', '#30303', '"30303"', '30303-', '(30303)']) expect(parseZip(text), text).to.equal('30303');
    expect(parseZip('30 303')).to.equal(undefined);
  });

  it('fetches the table once (on first use) and answers later lookups from it', async () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls += 1;
      return original(...args);
    };
    try {
      const [a, b] = await Promise.all([lookupZip('30303', FIXTURES), lookupZip('60601', FIXTURES)]);
      const c = await lookupZip('98101', FIXTURES);
      expect(calls).to.equal(1);
      expect([a, b, c].map((p) => (p as { state: string }).state)).to.deep.equal(['GA', 'IL', 'WA']);
    } finally {
      window.fetch = original;
    }
  });

  it('finds a known ZIP with its city, state and a point, including leading zeros', async () => {
    const place = await lookupZip('30303', FIXTURES);
    expect(place).to.deep.equal({
      lat: 33.75,
      lng: -84.39,
      label: 'Atlanta, GA 30303',
      state: 'GA',
      postalCode: '30303',
      kind: 'point',
    });
    const cambridge = await lookupZip('02139', FIXTURES);
    expect(cambridge).to.include({ label: 'Cambridge, MA 02139', state: 'MA' });
    expect(await lookupZip('99501', FIXTURES)).to.include({ state: 'AK', lat: 61.21 });
  });

  it('accepts the table file URL itself, or a script URL beside it', async () => {
    expect(await lookupZip('60601', new URL('/tests/fixtures/pl-zip-table.json', location.href).href)).to.include({ state: 'IL' });
    expect(await lookupZip('60601', new URL('/tests/fixtures/pl-widgets.js', location.href).href)).to.include({ state: 'IL' });
    expect(zipTableUrl('https://cdn.example/x/custom-zips.json')).to.equal('https://cdn.example/x/custom-zips.json');
    expect(zipTableUrl('https://cdn.example/x/')).to.equal('https://cdn.example/x/pl-zip-table.json');
    // A folder without its last slash is still that folder (a partner writes it so).
    expect(zipTableUrl('https://cdn.example/pl-widgets')).to.equal('https://cdn.example/pl-widgets/pl-zip-table.json');
    expect(zipTableUrl('https://cdn.example/x/pl-widgets.js?v=2')).to.equal('https://cdn.example/x/pl-zip-table.json?v=2');
  });

  it('answers null for an unknown ZIP or text that is not a ZIP', async () => {
    expect(await lookupZip('30304', FIXTURES)).to.equal(null);
    expect(await lookupZip('00000', FIXTURES)).to.equal(null);
    expect(await lookupZip('hello', FIXTURES)).to.equal(null);
  });

  it("answers 'unavailable' when the table cannot be fetched or read, and retries later", async () => {
    const original = console.warn;
    const warned: string[] = [];
    console.warn = (m: string) => warned.push(m);
    try {
      expect(await lookupZip('30303', new URL('/tests/no-such-folder/', location.href).href)).to.equal('unavailable');
      // A document that is not a ZIP table.
      const fetchBefore = window.fetch;
      window.fetch = async () => new Response('{"format":"something else"}');
      try {
        expect(await lookupZip('30303', 'https://cdn.example/wrong/')).to.equal('unavailable');
      } finally {
        window.fetch = fetchBefore;
      }
      // The flaky URL fails once, then serves the fixture: the failure is not cached.
      const flaky = new URL(flakyUrl('pl-zip-table.json'), location.href).href;
      expect(await lookupZip('30303', flaky)).to.equal('unavailable');
      // Typing after a failure does not ask again with every digit; a search does.
      const asked: string[] = [];
      const fetchBefore2 = window.fetch;
      window.fetch = (input, init) => (asked.push(String(input)), fetchBefore2(input, init));
      try {
        preloadZipTable(flaky);
        preloadZipTable(flaky);
        expect(asked).to.deep.equal([]);
        const second = await lookupZip('30303', flaky);
        expect(second, warned.join(' / ')).to.include({ state: 'GA' });
        expect(asked).to.have.length(1);
      } finally {
        window.fetch = fetchBefore2;
      }
    } finally {
      console.warn = original;
    }
  });
});
