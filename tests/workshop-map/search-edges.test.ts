/**
 * The finder's search, filters and page URL at their edges: attributes removed or set before the
 * element upgrades, repeated submits, half-typed dates, addresses with a ZIP code, back and forward.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { FilterChangeDetail, PlWorkshopMap } from '../../src/workshop-map.js';
import { recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { items, mountMap, root, searchFor, setField, summary, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

describe('<pl-workshop-map> search at its edges', () => {
  it('asks for a missing ZIP table once for the partner of places with no workshop, and again for a ZIP code searched', async () => {
    const base = `/tests/fixtures/no-zip-table-${Date.now()}/`;
    const { el } = await mountMap({ src: SRC, course: 'csa', 'zip-table-url': base });
    el.partners = [{ id: 'metro', name: 'Metro Atlanta CS', postalPrefixes: ['303'], email: 'metro@atl.example.org' }];
    const asked = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(base)).length;
    for (const city of ['Atlanta', 'Savannah', 'Chicago']) {
      await searchFor(el, city);
      expect(summary(el)).to.equal('No workshops match these filters.');
      await waitFor(() => asked() >= 1, 4000, 'the table asked for');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(asked()).to.equal(1);
    // A ZIP code searched asks again: the file may be there now.
    await searchFor(el, '30303');
    await waitFor(() => asked() === 2, 4000, 'the table asked for again');
  });

  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  it('searches city names with a zip-table-url that is no URL, and says only ZIP search is not available', async () => {
    const rejections: string[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(String(event.reason));
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const { el } = await mountMap({ src: SRC, 'zip-table-url': 'http://' });
      // A first digit typed loads the table early: here it cannot, quietly.
      const near = root(el).querySelector<HTMLInputElement>('#near')!;
      near.value = '3';
      near.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await searchFor(el, 'Atlanta');
      expect(summary(el)).to.match(/^\d+ workshops? within 50 mi of Atlanta, GA$/);
      await searchFor(el, '30303');
      expect(summary(el)).to.contain('ZIP code search is not available right now');
      expect([...errors, ...rejections]).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('clears the search when the near attribute is removed, without an error', async () => {
    const { el } = await mountMap({ src: SRC, near: '30303' });
    await waitFor(() => summary(el).startsWith('3 workshops within'), 4000, 'the first search');
    el.removeAttribute('near');
    await el.updateComplete;
    await waitFor(() => summary(el) === '9 workshops', 4000, 'the search cleared');
    expect(root(el).querySelector<HTMLInputElement>('#near')!.value).to.equal('');
    expect(errors).to.deep.equal([]);
  });

  it('takes near and course given as other types than text (el.near = 30303)', async () => {
    const { el } = await mountMap({ src: SRC });
    (el as unknown as { near: unknown }).near = 30303;
    (el as unknown as { course: unknown }).course = ['csf'];
    await el.updateComplete;
    await waitFor(() => summary(el).startsWith('2 workshops within'), 4000, 'the search for 30303');
    expect(errors).to.deep.equal([]);
  });

  it('takes near and course set before the element was upgraded', async () => {
    // An element made where it is not defined yet (as on a page whose script loads later).
    const early = document.implementation.createHTMLDocument('').createElement('pl-workshop-map') as PlWorkshopMap;
    for (const [name, value] of Object.entries({ src: SRC, tiles: 'none', today: '2026-11-23', 'zip-table-url': '/tests/fixtures/' })) {
      early.setAttribute(name, value);
    }
    Object.assign(early, { near: '30303', course: 'csf' });
    const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.adoptNode(early);
    container.append(el);
    await el.updateComplete;
    await waitFor(() => summary(el).startsWith('2 workshops within'), 4000, 'the search for 30303, course csf');
    expect(root(el).querySelector<HTMLInputElement>('#near')!.value).to.equal('30303');
  });

  it('reports one change for one submit, none for an empty box submitted again', async () => {
    const { el } = await mountMap({ src: SRC });
    await searchFor(el, '30303');
    const log = recordEvents<FilterChangeDetail>(el, 'pl-filter-change');
    await searchFor(el, '');
    // Chromium also fires the search field's own "search" event on Enter.
    root(el).querySelector('#near')!.dispatchEvent(new Event('search'));
    await searchFor(el, '');
    await el.updateComplete;
    log.stop();
    expect(log.events.map((e) => e.detail.count)).to.deep.equal([9]);
  });

  it('finds ZIP codes written with a space, without a separator, with punctuation, or at the end of an address', async () => {
    const { el } = await mountMap({ src: SRC });
    // And with the punctuation people paste around it, or an address's country after it.
    for (const text of ['30303 1234', '303031234', 'Atlanta, GA 30303', '30303.', '#30303', '"30303"', 'Zip:30303', '30303\u20131234', 'Atlanta, GA 30303, USA']) {
      await searchFor(el, '');
      await searchFor(el, text);
      expect(summary(el), text).to.equal('3 workshops within 50 mi of Atlanta, GA 30303');
    }
  });

  it('after a failed search, says what the list shows as the filters change', async () => {
    const { el } = await mountMap({ src: SRC });
    await searchFor(el, '00000');
    await setField(el, 'f-course', 'csf');
    expect(summary(el)).to.match(/^We couldn't find ZIP 00000\..* \d+ workshops?$/);
    await setField(el, 'f-from', '2031-01-01');
    expect(summary(el)).to.match(/^We couldn't find ZIP 00000\..* No workshops match these filters\.$/);
  });

  it('searches the state of a "City, ST" it does not know (no geocoder), instead of finding nothing', async () => {
    const { el } = await mountMap({ src: SRC });
    await searchFor(el, 'Valdosta, GA');
    expect(summary(el)).to.equal('5 workshops in Georgia');
  });

  it('finds the partner of a state written as the AP abbreviates it ("N.C.", "Calif.")', async () => {
    const { el } = await mountMap({ src: SRC }, (map) => {
      map.partners = [{ name: 'Tar Heel CS', states: ['N.C.'] }, { name: 'Golden CS', states: ['Calif.'] }];
    });
    await searchFor(el, 'North Carolina');
    expect(root(el).querySelector('[part="fallback"]')!.textContent).to.contain('Tar Heel CS');
    await searchFor(el, 'California');
    expect(root(el).querySelector('[part="fallback"]')!.textContent).to.contain('Golden CS');
  });

  it('links a partner\'s site written without https:// ("piedmontcs.org") to that site, not to a page of this one', async () => {
    const { el } = await mountMap({ src: SRC }, (map) => {
      map.partners = [{ name: 'Northern CS', states: ['AK'], url: 'northerncs.org/teachers' }];
    });
    await searchFor(el, 'Alaska');
    const link = root(el).querySelector<HTMLAnchorElement>('[part="fallback"] a[href*="northerncs"]')!;
    expect(link.href).to.equal('https://northerncs.org/teachers');
  });

  it('shows a partner\'s email and phone that cannot be links as text, not as broken links', async () => {
    const { el } = await mountMap({ src: SRC }, (map) => {
      map.partners = [{ name: 'Northern CS', states: ['AK'], email: 'javascript:alert(1)', phone: 'call the office' }];
    });
    await searchFor(el, 'Alaska');
    const fallback = root(el).querySelector('[part="fallback"]')!;
    expect(fallback.querySelectorAll('a')).to.have.length(0);
    expect(fallback.textContent!.replace(/\s+/g, ' ')).to.contain('Email: javascript:alert(1)').and.contain('Phone: call the office');
  });

  it('offers the partner that serves the place, else fallback-url, not both', async () => {
    const { el } = await mountMap({ src: SRC, 'fallback-url': 'https://example.org/contact' }, (map) => {
      map.partners = [
        { name: 'Northern CS', states: ['AK'], email: 'cs@example.org' },
        { name: 'Wyoming: partner wanted', states: ['WY'], status: 'seeking' },
      ];
    });
    await searchFor(el, 'Alaska');
    const links = () => [...root(el).querySelectorAll<HTMLAnchorElement>('[part="fallback"] a')].map((a) => a.href);
    expect(links()).to.deep.equal(['mailto:cs@example.org']);
    // A partner still sought there serves nobody yet: fallback-url as well.
    await searchFor(el, 'Wyoming');
    expect(links()).to.deep.equal(['https://example.org/contact']);
    expect(visibleText(root(el).querySelector('[part="fallback"]')!)).to.contain('Wyoming: partner wanted');
    el.partners = [];
    await searchFor(el, 'Alaska');
    expect(links()).to.deep.equal(['https://example.org/contact']);
  });

  it('offers fallback-url beside a partner who cannot be reached (no contact, or none that links)', async () => {
    const { el } = await mountMap({ src: SRC, 'fallback-url': 'https://example.org/contact' }, (map) => {
      map.partners = [
        { name: 'Northern CS', states: ['AK'] },
        { name: 'Mountain CS', states: ['WY'], url: 'javascript:alert(1)', phone: 'call the office' },
      ];
    });
    const links = () => [...root(el).querySelectorAll<HTMLAnchorElement>('[part="fallback"] a')].map((a) => a.href);
    for (const state of ['Alaska', 'Wyoming']) {
      await searchFor(el, state);
      expect(links(), state).to.deep.equal(['https://example.org/contact']);
    }
  });

  it('names a searched state in the page\'s language', async () => {
    const { el } = await mountMap({ src: SRC, lang: 'es' }, (map) => {
      map.workshops = [workshop(1, { location: { city: 'Albany', state: 'NY', lat: 42.65, lng: -73.75 } })];
    });
    await searchFor(el, 'New York');
    expect(summary(el)).to.equal('1 taller en Nueva York');
    el.partners = [{ name: 'Socio de Nueva York', states: ['NY'], email: 'ny@example.org' }];
    await searchFor(el, 'Texas');
    expect(summary(el)).to.equal('Todavía no hay talleres en Texas.');
    el.setAttribute('course', 'csa');
    await searchFor(el, 'New York');
    expect(visibleText(root(el).querySelector('[part="fallback"] p')!)).to.contain('que atiende Nueva York');
    el.removeAttribute('course');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await searchFor(el, 'Nueva York');
    expect(summary(el)).to.equal('1 workshop in New York');
  });

  it('says a state has no workshops yet, like a place with none near it', async () => {
    const { el } = await mountMap({ src: SRC });
    await searchFor(el, 'Wyoming');
    expect(summary(el)).to.equal('No workshops in Wyoming yet.');
  });

  it('does not filter on the half-typed years a date field passes through (0002, 0020, 0202)', async () => {
    const { el } = await mountMap({ src: SRC });
    const log = recordEvents<FilterChangeDetail>(el, 'pl-filter-change');
    for (const day of ['0002-06-15', '0020-06-15', '0202-06-15', '2027-06-15']) await setField(el, 'f-from', day);
    log.stop();
    expect(log.events.map((e) => e.detail.filters.from)).to.deep.equal(['2027-06-15']);
  });

  it('says the location failed when the page\'s geolocation throws', async () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    Object.defineProperty(geolocation, 'getCurrentPosition', {
      configurable: true,
      value: () => {
        throw new Error('blocked by an extension');
      },
    });
    try {
      const { el } = await mountMap({ src: SRC });
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="search"] button')].at(-1)!.click();
      await el.updateComplete;
      expect(summary(el)).to.match(/^We could not get your location/);
    } finally {
      Object.defineProperty(geolocation, 'getCurrentPosition', { configurable: true, value: original });
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('<pl-workshop-map url-state> and the page history', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('follows back and forward between entries the page pushed', async () => {
    history.replaceState(null, '', location.pathname);
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    history.pushState(null, '', `${location.pathname}?pl-near=30303`);
    dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => summary(el).startsWith('3 workshops within'), 4000, 'the search from the URL');
    history.back();
    await waitFor(() => summary(el) === '9 workshops', 4000, 'back to every workshop');
  });

  it('keeps the search, the page of results and the selection when a link only changes the hash (a skip link)', async () => {
    history.replaceState(null, '', location.pathname);
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    await searchFor(el, '30303');
    items(el)[1].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => items(el)[1].getAttribute('aria-current') === 'true', 4000, 'the selection');
    const before = summary(el);
    location.hash = '#main-content';
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect([summary(el), items(el)[1].getAttribute('aria-current')]).to.deep.equal([before, 'true']);
  });

  it('writes the search into the URL of a page whose <base href> names another host', async () => {
    history.replaceState(null, '', location.pathname);
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    const base = document.createElement('base');
    base.href = `${location.protocol}//${location.hostname == 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/elsewhere/`;
    document.head.prepend(base);
    try {
      await searchFor(el, 'Atlanta');
      expect([summary(el).includes('Atlanta'), new URLSearchParams(location.search).get('pl-near')]).to.deep.equal([true, 'Atlanta']);
    } finally {
      base.remove();
    }
  });

  it('writes only what differs from the attributes, and remembers that the user cleared them', async () => {
    history.replaceState(null, '', location.pathname);
    const { el } = await mountMap({ src: SRC, 'url-state': '', course: 'csf' });
    // The attributes' own start is not written into the page's URL.
    expect(location.search).to.equal('');
    root(el).querySelector<HTMLButtonElement>('.clear')!.click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('pl-course')).to.equal('');
    // Reloaded (a new element on the same URL): the course stays cleared.
    const { el: again } = await mountMap({ src: SRC, 'url-state': '', course: 'csf' });
    expect(summary(again)).to.equal('9 workshops');
  });
});

describe('<pl-workshop-map> pins redrawn', () => {
  it('names each pin and cluster for what it shows now, after a zoom redraws them', async () => {
    // Markers are reused as the view changes: a cluster's marker may come back as a pin.
    const spots = [
      [33.75, -84.39],
      [33.95, -84.55],
      [34.0, -84.1],
      [33.5, -84.6],
      [33.77, -84.4],
    ];
    const { el } = await mountMap({ view: 'map' }, (map) => {
      map.workshops = spots.flatMap(([lat, lng], i) =>
        [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => workshop(i * 10 + k, { location: { city: 'Town', state: 'GA', lat: lat + k * 0.01, lng } })),
      );
    });
    const markers = () => [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-pane > .pl-pin, .leaflet-marker-pane > .pl-cluster')];
    const wrongNames = () =>
      markers()
        .filter((m) => (m.classList.contains('pl-cluster') ? !m.title.startsWith(`${m.textContent} workshops around Town, GA`) : /workshops/.test(m.title)))
        .map((m) => `${m.className.split(' ')[1]} "${m.textContent}": ${m.title}`);
    await waitFor(() => markers().some((m) => m.classList.contains('pl-cluster')), 4000, 'a cluster');
    for (let zoom = 0; zoom < 4; zoom++) {
      const cluster = markers().find((m) => m.classList.contains('pl-cluster'));
      if (!cluster) break;
      cluster.click();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(wrongNames(), `after zoom ${zoom + 1}`).to.deep.equal([]);
    }
  });
});

describe('<pl-workshop-map> cluster names', () => {
  it('names a cluster by the count its badge shows ("1.2k"), the exact count in its title', async () => {
    const { el } = await mountMap({ center: '33.75,-84.39', zoom: '5' }, (map) => {
      map.workshops = Array.from({ length: 1234 }, (_, i) => workshop(i, { location: { city: 'Town', state: 'GA', lat: 33.75 + (i % 10) * 0.001, lng: -84.39 } }));
    });
    await waitFor(() => !!root(el).querySelector('.pl-cluster'), 4000, 'the cluster');
    const cluster = root(el).querySelector<HTMLElement>('.pl-cluster')!;
    expect([cluster.textContent, cluster.ariaLabel, cluster.title]).to.deep.equal(['1.2k', '1.2k workshops around Town, GA; select to zoom in', '1,234 workshops around Town, GA; select to zoom in']);
  });

  it('names each cluster by the place of its workshop nearest its middle, so that badges read one after another differ', async () => {
    const at = (city: string, lat: number, lng: number, name?: string) => ({ course: city == 'Savannah' ? 'csd' : 'csf', location: { name, city, state: 'GA', lat, lng } });
    const { el } = await mountMap({ view: 'map', center: '33.2,-84', zoom: '7' }, (map) => {
      map.workshops = [
        // First in the data, but at the cluster's edge: the cluster is not named by its first workshop.
        workshop(1, at('Marietta', 33.9, -84.3)),
        ...[2, 3, 4, 5].map((i) => workshop(i, at('Atlanta', 33.75 + i * 0.01, -84.2))),
        ...[6, 7].map((i) => workshop(i, at('Savannah', 32.08 + i * 0.01, -81.09))),
        // No place in words: the badge says "here", as before.
        ...[8, 9].map((i) => workshop(i, { course: 'csf', location: { lat: 31.2 + i * 0.01, lng: -83.2 } })),
        // One venue: its name.
        ...[10, 11].map((i) => workshop(i, at('Augusta', 33.47, -81.97, 'Augusta Tech'))),
      ];
    });
    const names = () => [...root(el).querySelectorAll<HTMLElement>('.pl-cluster')].map((cluster) => cluster.ariaLabel ?? cluster.title).sort();
    await waitFor(() => names().length === 4, 4000, 'four clusters');
    expect(names()).to.deep.equal([
      '2 workshops around Savannah, GA; select to zoom in',
      '2 workshops at Augusta Tech; select to list them',
      '2 workshops here; select to zoom in',
      '5 workshops around Atlanta, GA; select to zoom in',
    ]);
    // A re-filter reuses the markers: their names follow what they show now (the venue's only where all are there).
    el.setAttribute('course', 'csf');
    await waitFor(() => names().length === 3, 4000, 'the clusters of one course');
    expect(names()).to.deep.equal([
      '2 workshops at Augusta Tech; select to list them',
      '2 workshops here; select to zoom in',
      '5 workshops around Atlanta, GA; select to zoom in',
    ]);
  });
});

describe('<pl-workshop-map> cluster names at the closest zoom', () => {
  it('names a cluster of two venues side by side by their city, not by one venue', async () => {
    const at = (name: string, lng: number) => ({ location: { name, city: 'Atlanta', state: 'GA', lat: 33.75, lng } });
    const { el } = await mountMap({ view: 'map', center: '33.75,-84.39', zoom: '18' }, (map) => {
      map.workshops = [workshop(1, at('Central Library', -84.39)), workshop(2, at('City Hall', -84.39005))];
    });
    await waitFor(() => !!root(el).querySelector('.pl-cluster'), 4000, 'the cluster');
    const cluster = root(el).querySelector<HTMLElement>('.pl-cluster')!;
    expect(cluster.ariaLabel ?? cluster.title).to.equal('2 workshops at Atlanta, GA; select to list them');
  });
});

describe('<pl-workshop-map> given no workshops', () => {
  it('answers a search on a finder given no workshops at all from its partners, and searches the workshops a page sets later', async () => {
    const el = document.createElement('pl-workshop-map') as PlWorkshopMap;
    for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', 'zip-table-url': '/tests/fixtures/', 'partners-src': '/tests/fixtures/map-partners.json' })) {
      el.setAttribute(name, value);
    }
    const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    container.appendChild(el);
    await el.updateComplete;
    // Before anyone searches, no count: the page may be fetching its workshops.
    expect(summary(el)).to.equal('');
    await searchFor(el, '30303');
    expect(summary(el)).to.match(/^0 workshops within 50 mi of .*30303$/);
    await waitFor(() => visibleText(root(el).querySelector('[part="fallback"]') ?? el).includes('Peach State CS Partnership'), 4000, 'the partner');
    el.workshops = [workshop(1, { location: { city: 'Atlanta', state: 'GA', lat: 33.76, lng: -84.39 } }), workshop(2)];
    await el.updateComplete;
    await waitFor(() => /^1 workshop within 50 mi of .*30303$/.test(summary(el)), 4000, 'the workshop near 30303');
    expect(items(el).map((item) => item.dataset.id)).to.deep.equal(['w-1']);
  });
});
