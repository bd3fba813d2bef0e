import { expect, fixture, html } from '@open-wc/testing';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { captureWarnings, flakyUrl, nextEvent, visibleText, waitFor } from '../support/helpers.js';
import { items, mountMap, root, summary, titles, workshop } from './helpers.js';

describe('<pl-workshop-map> data', () => {
  it('loads src, skips and counts invalid records, hides past workshops', async () => {
    let result!: Awaited<ReturnType<typeof mountMap>>;
    const warnings = await captureWarnings(async () => {
      result = await mountMap({ src: '/tests/fixtures/workshops.json' });
    });
    const { el, detail } = result;
    expect(detail).to.deep.equal({ count: 10, skipped: 4 });
    expect(warnings.join('\n')).to.contain('skipped 4 invalid records');
    expect(summary(el)).to.equal('9 workshops');
    expect(titles(el)).to.not.include('CS Fundamentals Intro Workshop (last spring)');
    expect(el.filteredWorkshops.map((w) => w.id)).to.have.length(9);
  });

  it('says on the console when `format` names no format it reads (a typo would show only as records skipped)', async () => {
    const said = async (format: string) =>
      (await captureWarnings(() => mountMap({ src: '/tests/fixtures/codeorg.json', format }))).filter((w) => w.includes('format='));
    const typo = await said('code.org');
    expect(typo[0]).to.equal('pl-workshop-map: format="code.org" is not pl, codeorg, geojson or csv; the data is read as pl.');
    // Read as pl, not one record is a workshop: the load's warning says which format reads them.
    expect(typo.slice(1).map((w) => w.split('\n').at(-1))).to.deep.equal([`they read as format="codeorg": set the element's format attribute to that`]);
    expect(await said(' CodeOrg ')).to.deep.equal([]);
  });

  it('says which format reads the records when not one reads as the format given (Code.org\'s feed without format="codeorg")', async () => {
    const warned = async (attrs: Record<string, string>) => {
      let detail!: { count: number; skipped: number };
      const warnings = await captureWarnings(async () => ({ detail } = await mountMap(attrs)));
      return [detail, warnings.filter((w) => w.includes('they read as'))] as const;
    };
    const [feed, feedWarnings] = await warned({ src: '/tests/fixtures/codeorg.json' });
    expect(feed).to.include({ count: 0 });
    expect(feedWarnings).to.have.length(1);
    expect(feedWarnings[0]).to.match(/^pl-workshop-map: skipped \d+ invalid records:\n/).and.match(/\nthey read as format="codeorg": set the element's format attribute to that$/);
    // Ours given as Code.org's.
    const [ours, oursWarnings] = await warned({ src: '/tests/fixtures/workshops.json', format: 'codeorg' });
    expect(ours).to.include({ count: 0 });
    expect(oursWarnings[0]).to.contain('they read as format="pl"');
    // Some records read: no word of another format.
    expect((await warned({ src: '/tests/fixtures/workshops.json' }))[1]).to.deep.equal([]);
  });

  it('says on the console when `radius` is not a number above 0, and searches within 50', async () => {
    const said = async (radius: string) => {
      let el!: PlWorkshopMap;
      const warnings = await captureWarnings(async () => {
        ({ el } = await mountMap({ src: '/tests/fixtures/workshops.json', radius, near: '30303' }));
        await waitFor(() => /within/.test(summary(el)), 4000, 'the search');
      });
      return { warnings: warnings.filter((w) => w.includes('radius=')), summary: summary(el) };
    };
    expect(await said('20mi')).to.deep.equal({
      warnings: ['pl-workshop-map: radius="20mi" is not a number above 0 (the unit is set by units); 50 is used.'],
      summary: '3 workshops within 50 mi of Atlanta, GA 30303',
    });
    expect((await said(' 20 ')).warnings).to.deep.equal([]);
  });

  it('hands out complete records from filteredWorkshops, though details are read on first use', async () => {
    // view="map" renders no list item, so nothing else has read the details yet.
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json', view: 'map' });
    const atlanta = el.filteredWorkshops.find((w) => w.id === 'atl-2027-06-12-csf-dd')!;
    expect(atlanta.registrationUrl).to.equal('https://example.org/register/atl-dd');
    expect(atlanta.partner?.url).to.equal('https://example.org/ga');
  });

  it('keeps a workshop with an unreadable session or end, and says on the console what it left out', async () => {
    const week = workshop(1, {
      sessions: [
        { start: '2027-06-28 09:00', end: '2027-06-28 16:00' },
        { start: '2027-06-31 09:00', end: '2027-06-31 16:00' },
        { start: '2027-07-01 09:00', end: '2027-07-01 04:00' },
      ],
    });
    let detail: unknown;
    const warnings = await captureWarnings(async () => {
      ({ detail } = await mountMap({}, (map) => (map.workshops = [week, workshop(2)])));
    });
    expect(detail).to.deep.equal({ count: 2, skipped: 0 });
    const said = warnings.filter((w) => w.includes('session times left out'));
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('record 1 ("Workshop 1"): 2').and.not.contain('record 2');
  });

  it('says on the console which timeZone values it does not know (a Windows zone name outside the US), once each, and keeps the workshops', async () => {
    const windows = (i: number) => workshop(i, { timeZone: 'Romance Standard Time' });
    let detail: unknown;
    const warnings = await captureWarnings(async () => {
      ({ detail } = await mountMap({}, (map) => (map.workshops = [windows(1), windows(2), workshop(3, { timeZone: 'Mars/Olympus' }), workshop(4, { timeZone: 'America/Chicago' }), workshop(5, { timeZone: 'EST' })])));
    });
    expect(detail).to.deep.equal({ count: 5, skipped: 0 });
    const said = warnings.filter((w) => w.includes('timeZone'));
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('"Romance Standard Time" (2 workshops)').and.contain('"Mars/Olympus" (1 workshop)');
    expect(said[0]).to.not.contain('America/Chicago').and.not.contain('"EST" (');
  });

  it('does not read another country\'s zone written out ("China Standard Time", "Central Standard Time (Mexico)") as a US zone of the same initials', async () => {
    const records = ['China Standard Time', 'Central Standard Time (Mexico)', 'Cuba Standard Time'].map((timeZone, i) =>
      workshop(i + 1, { timeZone, sessions: [{ start: '2027-07-10T09:00:00+08:00' }] }),
    );
    let el!: PlWorkshopMap;
    const warnings = await captureWarnings(async () => {
      ({ el } = await mountMap({ view: 'list' }, (map) => (map.workshops = records)));
    });
    const said = warnings.filter((w) => w.includes('timeZone'));
    expect(said).to.have.length(1);
    for (const name of ['China Standard Time', 'Central Standard Time (Mexico)', 'Cuba Standard Time']) expect(said[0]).to.contain(`"${name}" (1 workshop)`);
    // Not shown on Chicago's clock (CDT): the instant as written stands.
    expect(el.filteredWorkshops.map((w) => w.timeZone)).to.deep.equal([undefined, undefined, undefined]);
  });

  it('says all a load found in one console warning: skipped records, session times and zones left out', async () => {
    const mixed = [
      workshop(1),
      workshop(2, { timeZone: 'Mars/Olympus' }),
      workshop(3, { sessions: [{ start: 'soon' }, { start: '2027-06-12T09:00:00-04:00' }] }),
      { ...workshop(4), title: '' },
    ];
    let detail: unknown;
    const warnings = await captureWarnings(async () => {
      ({ detail } = await mountMap({}, (map) => (map.workshops = mixed)));
    });
    expect(detail).to.deep.equal({ count: 3, skipped: 1 });
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.match(/^pl-workshop-map: skipped 1 invalid record:\n  record 4: missing title/)
      .and.contain('session times left out')
      .and.contain('record 3 ("Workshop 3"): 1')
      .and.contain('"Mars/Olympus" (1 workshop)');
  });

  it('says on the console which partner records it skipped, in the words it uses for workshops', async () => {
    const partner = { id: 'p', name: 'Peach State CS', email: 'a@example.org', states: ['GA'], status: 'active' };
    const warnings = await captureWarnings(async () => {
      await mountMap({}, (map) => {
        map.workshops = [workshop(1)];
        map.partners = [partner, { ...partner, id: 'q', name: '' }, { ...partner, id: 'r', states: [] }];
      });
    });
    const said = warnings.filter((w) => w.includes('partner'));
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^pl-workshop-map: skipped 2 invalid partner records:\n  record 2: missing name\n  record 3: /);
  });

  it('shows past workshops with include-past', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json', 'include-past': '' });
    expect(summary(el)).to.equal('10 workshops');
  });

  it('puts online workshops in their own group after the in-person ones', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' });
    const group = root(el).querySelector('.group')!;
    expect(visibleText(group)).to.equal('Virtual');
    const virtualIds = [...root(el).querySelectorAll<HTMLElement>('.group + ul [part="item"]')].map((li) => li.dataset.id);
    expect(virtualIds).to.deep.equal(['virt-2027-01-09-csd-intro', 'virt-2027-03-13-csp-dd']);
    const all = items(el).map((li) => li.dataset.id);
    expect(all.slice(-2)).to.deep.equal(virtualIds);
    expect(visibleText(items(el).at(-1)!)).to.contain('Virtual');
  });

  it('takes the workshops property over src', async () => {
    const { el, detail } = await mountMap({ src: '/tests/fixtures/workshops.json' }, (map) => {
      map.workshops = [workshop(1), workshop(2), { id: 'broken' }];
    });
    expect(detail).to.deep.equal({ count: 2, skipped: 1 });
    expect(titles(el)).to.deep.equal(['Workshop 1', 'Workshop 2']);
  });

  it('reads an inline JSON child', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = new Promise<CustomEvent>((resolve) => container.addEventListener('pl-data-load', (e) => resolve(e as CustomEvent), { once: true }));
    container.innerHTML = `<pl-workshop-map tiles="none" today="2026-11-23">
      <script type="application/json">{"workshops": ${JSON.stringify([workshop(7)])}}</script>
    </pl-workshop-map>`;
    const event = await loaded;
    const el = container.querySelector('pl-workshop-map') as PlWorkshopMap;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ count: 1, skipped: 0 });
    expect(titles(el)).to.deep.equal(['Workshop 7']);
  });

  it('reads an inline CSV or GeoJSON child by the type a partner gives it (text/csv, application/geo+json)', async () => {
    const csv = 'id,title,course,start,city,state,lat,lng\ncsv-1,From a sheet,csf,2027-06-12 09:00,Atlanta,GA,33.75,-84.39\n';
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-84.39, 33.75] }, properties: { id: 'g-1', title: 'From a map', course: 'csf', sessions: [{ start: '2027-06-12T09:00:00-04:00' }] } }] });
    for (const [format, type, text, title] of [
      ['csv', 'text/csv', csv, 'From a sheet'],
      ['geojson', 'application/geo+json', geojson, 'From a map'],
    ]) {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = new Promise<CustomEvent>((resolve) => container.addEventListener('pl-data-load', (e) => resolve(e as CustomEvent), { once: true }));
      container.innerHTML = `<pl-workshop-map tiles="none" today="2026-11-23" format="${format}"><script type="${type}">${text}</script></pl-workshop-map>`;
      const event = await loaded;
      const el = container.querySelector('pl-workshop-map') as PlWorkshopMap;
      await el.updateComplete;
      expect(event.detail, type).to.deep.equal({ count: 1, skipped: 0 });
      expect(titles(el), type).to.deep.equal([title]);
    }
  });

  it('renders titles as text and drops javascript: registration links', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' });
    const athens = root(el).querySelector('[data-id="ath-2027-04-10-other"]')!;
    expect(visibleText(athens.querySelector('.title')!)).to.equal('<img src=x onerror=alert(1)> Robotics & <b>Coding</b>');
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(athens.querySelector('a.register')).to.equal(null);
    const atlanta = root(el).querySelector('[data-id="atl-2027-06-12-csf-dd"] a.register') as HTMLAnchorElement;
    expect(atlanta.href).to.equal('https://example.org/register/atl-dd');
    expect(atlanta.rel).to.equal('noopener');
    expect(atlanta.target).to.equal('_blank');
  });

  it('shows each workshop’s time in its own zone, seats, cost and scholarships', async () => {
    const { el } = await mountMap({}, (map) => {
      map.workshops = [
        workshop(1, {
          timeZone: 'America/Los_Angeles',
          sessions: [{ start: '2027-06-12T09:00:00-07:00', end: '2027-06-12T16:00:00-07:00' }],
          seatsRemaining: 0,
          cost: 0,
          value: 300,
          scholarships: true,
        }),
      ];
    });
    const text = visibleText(items(el)[0]);
    expect(text).to.match(/9:00\s?AM/);
    expect(text).to.contain('PDT');
    expect(text).to.contain('Full');
    expect(text).to.contain('Free');
    expect(text).to.contain('$300 value');
    expect(text).to.contain('Scholarships available');
  });

  it('reads cost and value written as a spreadsheet has them ("Free", "$1,500", "$25.50")', async () => {
    const { el } = await mountMap({ format: 'csv' }, (map) => {
      map.workshops = [
        'id,title,course,start,lat,lng,cost,value',
        'w-1,Workshop 1,csf,2027-06-12T09:00:00-04:00,33.75,-84.39,Free,"$1,500"',
        'w-2,Workshop 2,csf,2027-06-13T09:00:00-04:00,33.75,-84.39,$25.50,abc',
      ].join('\n') as never;
    });
    const [free, paid] = items(el).map(visibleText);
    expect(free).to.contain('Free').and.contain('$1,500 value');
    expect(paid).to.contain('$25.50').and.not.contain('value');
  });

  it('counts an overbooked workshop (seatsRemaining below 0) as full, not as seats unknown', async () => {
    const { el } = await mountMap({}, (map) => (map.workshops = [workshop(1, { seatsRemaining: -2 }), workshop(2, { seatsRemaining: 3 })]));
    expect(visibleText(items(el)[0])).to.contain('Full');
    expect(el.filteredWorkshops[0].seatsRemaining).to.equal(0);
    const seats = root(el).querySelector<HTMLInputElement>('[part="filters"] input[type="checkbox"]')!;
    seats.click();
    await el.updateComplete;
    expect(el.filteredWorkshops.map((w) => w.id)).to.deep.equal(['w-2']);
  });

  it('explains a 404 with Retry, fires pl-error, and loads on Retry', async () => {
    const { el, detail } = await mountMap({ src: flakyUrl('workshops.json') }, undefined, { expectError: true });
    expect((detail as unknown as { message: string }).message).to.contain('500');
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(visibleText(alert)).to.contain('could not be loaded');
    const loaded = nextEvent(el, 'pl-data-load');
    alert.querySelector('button')!.click();
    await loaded;
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(summary(el)).to.equal('9 workshops');
  });

  it('runs a city search typed while the load had failed once Retry has loaded the data', async () => {
    const { el } = await mountMap({ src: flakyUrl('workshops.json') }, undefined, { expectError: true });
    await el.search('Chicago');
    await el.updateComplete;
    // The alert says what is wrong: nothing is being searched until Retry has loaded the data.
    expect(summary(el)).to.equal('');
    expect(root(el).querySelector<HTMLInputElement>('#near')!.value).to.equal('Chicago');
    const loaded = nextEvent(el, 'pl-data-load');
    root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await loaded;
    await waitFor(() => /Chicago/.test(summary(el)) && !/find/.test(summary(el)), 4000, 'the search to run on the data');
    expect(summary(el)).to.match(/^\d+ workshops? within 50 mi of Chicago/);
  });

  it('says no "Searching…" beside the alert when the data a search waited for fails to load', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' });
    const failed = nextEvent(el, 'pl-error');
    el.src = '/__slow/300/no-such-file.json';
    await el.updateComplete;
    void el.search('Chicago');
    await el.updateComplete;
    expect(summary(el)).to.equal('Searching…');
    await failed;
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).to.not.equal(null);
    expect(summary(el)).to.equal('');
  });

  it('shows none of the last document\'s pins while another loads', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' });
    const pins = () => root(el).querySelectorAll('.leaflet-marker-pane > *').length;
    await waitFor(() => pins() > 0, 4000, 'the pins');
    el.src = '/__slow/400/workshops.json';
    await el.updateComplete;
    expect(visibleText(root(el))).to.contain('Loading');
    expect(pins()).to.equal(0);
    expect(el.filteredWorkshops).to.have.length(0);
    await nextEvent(el, 'pl-data-load');
    await waitFor(() => pins() > 0, 4000, 'the new pins');
  });

  it('explains a document that is not valid', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/broken.json' }, undefined, { expectError: true });
    expect(visibleText(root(el).querySelector('[role="alert"]')!)).to.contain('not valid');
    expect(items(el)).to.have.length(0);
  });

  it('explains a document of another shape (not a list of workshops) as not valid, with pl-error', async () => {
    const { el, detail } = await mountMap({ src: '/tests/fixtures/values.json' }, undefined, { expectError: true });
    expect((detail as unknown as { message: string }).message).to.contain('not valid');
    expect(visibleText(root(el).querySelector('[role="alert"]')!)).to.contain('not valid');
    // Set as a property, it is explained the same way.
    const failed = nextEvent(el, 'pl-error');
    el.workshops = { data: [workshop(1)] };
    await failed;
    await el.updateComplete;
    expect(visibleText(root(el).querySelector('[role="alert"]')!)).to.contain('not valid');
    el.workshops = [workshop(1)];
    await el.updateComplete;
    expect([root(el).querySelector('[role="alert"]'), summary(el)]).to.deep.equal([null, '1 workshop']);
  });

  it('explains a CSV src that is a web page (its address), or a table without an id or title column (not valid), with pl-error', async () => {
    // A server's "not found" or login page, answered with status 200.
    const { el, detail } = await mountMap({ format: 'csv', src: '/tests/fixtures/pages/strict-csp.html' }, undefined, { expectError: true });
    expect((detail as unknown as { message: string }).message).to.contain('its address gave a web page, not data');
    expect(visibleText(root(el).querySelector('[role="alert"]')!)).to.contain('its address gave a web page, not data');
    const failed = nextEvent(el, 'pl-error');
    el.workshops = 'name,email\nAda,ada@example.org\n';
    await failed;
    await el.updateComplete;
    expect(visibleText(root(el).querySelector('[role="alert"]')!)).to.contain('not valid');
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    el.workshops = 'ID,Title,Course,Start,Lat,Lng\na,Intro,csf,2027-06-12T09:00:00-04:00,33.75,-84.39\n';
    expect((await loaded).detail).to.deep.equal({ count: 1, skipped: 0 });
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('explains a JSON src given as format="csv" as not valid, with pl-error, on one line as well (no silent empty finder)', async () => {
    const { el, detail } = await mountMap({ format: 'csv', src: '/tests/fixtures/workshops.json' }, undefined, { expectError: true });
    expect((detail as unknown as { message: string }).message).to.contain('not valid');
    const failed = nextEvent(el, 'pl-error');
    el.workshops = '[{"id":"a1","title":"T","course":"csf","sessions":[{"start":"2027-06-12T09:00:00-04:00"}],"location":{"lat":33.75,"lng":-84.39}}]';
    await failed;
    await el.updateComplete;
    expect(visibleText(root(el).querySelector('[role="alert"]')!)).to.contain('not valid');
  });

  it('renders where the window lacks matchMedia, isSecureContext and innerHeight (a hidden frame in some browsers; jsdom, happy-dom)', async () => {
    const names = ['matchMedia', 'isSecureContext', 'innerHeight'];
    const saved = names.map((name) => Object.getOwnPropertyDescriptor(window, name));
    for (const name of names) Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
    try {
      // Over 2,000 workshops: the list plans what is in sight from the window's height.
      const many = Array.from({ length: 2100 }, (_, i) => workshop(i));
      const { el } = await mountMap({}, (map) => (map.workshops = many));
      expect(summary(el)).to.equal('2,100 workshops');
      expect(root(el).querySelectorAll('.leaflet-marker-icon').length).to.be.above(0);
      expect(root(el).querySelectorAll('[part="item"]').length).to.equal(25);
      // "Use my location" needs a secure context: not offered where the window cannot say it is one.
      expect([...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Use my location');
    } finally {
      names.forEach((name, i) => (saved[i] ? Object.defineProperty(window, name, saved[i]) : delete (window as unknown as Record<string, unknown>)[name]));
    }
    expect(typeof matchMedia).to.equal('function');
  });

  it('says so when there are no workshops, and offers fallback-url', async () => {
    const { el } = await mountMap({ 'fallback-url': 'https://example.org/contact' }, (map) => (map.workshops = []));
    expect(summary(el)).to.equal('There are no upcoming workshops yet.');
    const link = root(el).querySelector<HTMLAnchorElement>('[part="fallback"] a')!;
    expect(link.href).to.equal('https://example.org/contact');
    expect([link.target, visibleText(link)]).to.deep.equal(['_blank', 'See other ways to take part (opens in a new tab)']);
  });

  it('opens a fallback-url of its own site in place, without saying it opens a new tab', async () => {
    const { el } = await mountMap({ 'fallback-url': '/contact' }, (map) => (map.workshops = []));
    const link = root(el).querySelector<HTMLAnchorElement>('[part="fallback"] a')!;
    expect(link.href).to.equal(new URL('/contact', location.href).href);
    expect([link.target, visibleText(link)]).to.deep.equal(['', 'See other ways to take part']);
  });

  it('keeps the DOM small with 10,000 workshops: a page of items and clustered pins', async () => {
    const many = Array.from({ length: 10000 }, (_, i) => workshop(i));
    const { el, detail } = await mountMap({ tiles: 'none' }, (map) => (map.workshops = many));
    expect(detail.count).to.equal(10000);
    expect(summary(el)).to.equal('10,000 workshops');
    expect(items(el)).to.have.length(25);
    const more = root(el).querySelector<HTMLButtonElement>('.more')!;
    expect(visibleText(more)).to.equal('Show more (25 more)');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(50);
    // Focus moves on to the first new item.
    expect(root(el).activeElement).to.equal(items(el)[25].querySelector('button, a'));
    await waitFor(() => root(el).querySelectorAll('.leaflet-marker-icon').length > 0);
    expect(root(el).querySelectorAll('.leaflet-marker-icon').length).to.be.below(300);
    expect(root(el).querySelectorAll('*').length).to.be.below(3000);
  });
});

describe('<pl-workshop-map> pages of results', () => {
  it('shows the first virtual workshops on the first page, however many in-person ones there are', async () => {
    const inPerson = Array.from({ length: 30 }, (_, i) => workshop(i));
    const online = Array.from({ length: 8 }, (_, i) => workshop(100 + i, { virtual: true, location: undefined, title: `Online ${i}` }));
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [...inPerson, ...online]));
    expect(items(el)).to.have.length(25);
    const group = root(el).querySelector('#virtual-group')!;
    expect(visibleText(group)).to.equal('Virtual');
    expect(root(el).querySelectorAll('.virtual [part="item"]')).to.have.length(5);
    // Only the Format filter's radio is labelled "Virtual": a page or test that finds a control by its label finds one.
    const labelledVirtual = [...root(el).querySelectorAll('[aria-labelledby],[aria-label]')].filter(
      (node) => (node.getAttribute('aria-label') ?? root(el).getElementById(node.getAttribute('aria-labelledby')!)?.textContent)?.trim() === 'Virtual',
    );
    expect(labelledVirtual).to.have.length(0);
    expect([...root(el).querySelectorAll('label')].filter((label) => label.textContent!.trim() === 'Virtual')).to.have.length(1);
    const more = root(el).querySelector<HTMLButtonElement>('.more')!;
    expect(visibleText(more)).to.equal('Show more (13 more)');
    more.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(38);
    // Focus goes to the first new item: the 21st in-person workshop, above the Virtual group.
    expect(root(el).activeElement).to.equal(items(el)[20].querySelector('button, a'));
    expect(titles(el).slice(30)).to.deep.equal(online.map((w) => w.title));
  });
});

describe('<pl-workshop-map> data naming built-in object keys', () => {
  it('reads course, type and id "constructor" or "__proto__" as plain text', async () => {
    const { el, detail } = await mountMap({}, (map) => {
      map.workshops = [
        workshop(1, { course: 'constructor', type: 'constructor' }),
        workshop(2, { course: '__proto__', type: '__proto__', id: '__proto__' }),
        workshop(3, { course: 'toString', type: 'hasOwnProperty' }),
      ];
    });
    expect(detail).to.deep.equal({ count: 3, skipped: 0 });
    expect(items(el)).to.have.length(3);
    expect(el.filteredWorkshops.map((w) => w.type)).to.deep.equal(['other', 'other', 'other']);
    const courses = [...root(el).querySelectorAll<HTMLOptionElement>('#f-course option')].map((o) => o.textContent!.trim());
    expect(courses).to.include.members(['constructor', '__proto__', 'toString']);
  });
});
