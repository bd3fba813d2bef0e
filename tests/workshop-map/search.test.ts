import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FilterChangeDetail } from '../../src/workshop-map.js';
import type { Geocoder } from '../../src/shared/context.js';
import { resolvePlace } from '../../src/workshop-map/place-search.js';
import { captureWarnings, recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { setField, items, mountMap, popup, root, searchFor, summary, titles, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';
/** A partner in a city no workshop of SRC names. */
const NASHVILLE_PARTNER = { id: 'tn', name: 'Volunteer State CS', states: ['TN'], email: 'hi@tn.example.org', location: { city: 'Nashville', state: 'TN', lat: 36.16, lng: -86.78 } };

describe('<pl-workshop-map> search', () => {
  it('finds a ZIP code in the built-in table and sorts by distance', async () => {
    const { el } = await mountMap({ src: SRC });
    const log = recordEvents<FilterChangeDetail>(el, 'pl-filter-change');
    await searchFor(el, '30303');
    expect(summary(el)).to.equal('3 workshops within 50 mi of Atlanta, GA 30303');
    const inPerson = items(el).filter((li) => li.querySelector('.distance'));
    expect(inPerson.map((li) => li.dataset.id)).to.deep.equal([
      'atl-2027-06-12-csf-dd',
      'dec-2027-07-12-csd-summer',
      'mar-2027-01-20-csf-intro',
    ]);
    expect(visibleText(inPerson[1])).to.match(/\d(\.\d)? mi away/);
    expect(log.events).to.have.length(1);
    expect(log.events[0].detail.near).to.equal('30303');
    expect(log.events[0].detail.count).to.equal(5); // 3 nearby and 2 online
  });

  it('widens with radius and works in km', async () => {
    const { el } = await mountMap({ src: SRC, radius: '120', units: 'km' });
    await searchFor(el, '30303');
    expect(summary(el)).to.equal('4 workshops within 120 km of Atlanta, GA 30303');
    el.setAttribute('radius', '12.5');
    await el.updateComplete;
    // The radius as given, not rounded to one it does not search.
    expect(summary(el)).to.match(/within 12\.5 km of/);
  });

  it('reads its keyword attributes in any case, as HTML reads its own, spaces around them ignored (" KM", "Map ")', async () => {
    const { el } = await mountMap({ src: SRC, radius: '120', units: ' KM', view: 'Map ', tiles: 'NONE' });
    await searchFor(el, '30303');
    expect(summary(el)).to.equal('4 workshops within 120 km of Atlanta, GA 30303');
    // Only what the map cannot pin is listed (below it): the virtual workshops.
    expect(root(el).querySelector('.body.view-map .list #virtual-group + .items:last-child') !== null, 'the map view').to.equal(true);
    expect(root(el).querySelector('.leaflet-tile-pane img') === null, 'no tiles requested').to.equal(true);
    el.setAttribute('view', 'LIST');
    await el.updateComplete;
    expect(root(el).querySelector('.body.view-list .list') !== null, 'the list alone').to.equal(true);
  });

  it('reads units written out ("Kilometers", "miles")', async () => {
    const { el } = await mountMap({ src: SRC, radius: '120', units: 'Kilometers' });
    await searchFor(el, '30303');
    const said = [summary(el)];
    el.setAttribute('units', 'miles');
    await el.updateComplete;
    said.push(summary(el));
    expect(said).to.deep.equal(['4 workshops within 120 km of Atlanta, GA 30303', '4 workshops within 120 mi of Atlanta, GA 30303']);
  });

  it('takes a radius past the size of the Earth as 20,000, not as a 300-digit number or Infinity', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const { el } = await mountMap({ src: SRC, radius: '1e308' });
    await searchFor(el, '30303');
    el.setAttribute('radius', 'Infinity');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    window.removeEventListener('error', onError);
    expect([summary(el), errors]).to.deep.equal(['7 workshops within 20,000 mi of Atlanta, GA 30303', []]);
  });

  it('asks a geocoder the page sets after the search ran without one, once', async () => {
    for (const near of ['Springfield', 'Valdosta, GA']) {
      const { el } = await mountMap({ src: SRC, near });
      await waitFor(() => !summary(el).includes('Searching'), 4000, `${near} without a geocoder`);
      const asked: string[] = [];
      el.geocoder = async (query) => (asked.push(query), { lat: 33.76, lng: -84.4, label: 'Here' });
      await waitFor(() => summary(el).startsWith('3 workshops within 50 mi of Here'), 4000, `${near} found by the late geocoder`);
      // Later changes, a new geocoder included, do not ask again: the last search had one.
      el.setAttribute('radius', '60');
      el.geocoder = async (query) => (asked.push(query), null);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(asked, near).to.deep.equal([near]);
    }
  });

  it('searches a place it could not find again when new data comes (a src that names that city)', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [workshop(1), workshop(2)]));
    await searchFor(el, 'Chicago');
    expect(summary(el)).to.contain('find');
    const chicago = { city: 'Chicago', state: 'IL', lat: 41.88, lng: -87.63 };
    const changes = recordEvents(el, 'pl-filter-change');
    el.workshops = [workshop(1), workshop(3, { location: chicago }), workshop(4, { location: { ...chicago, city: 'Evanston', lat: 42.05, lng: -87.68 } })];
    await waitFor(() => summary(el) === '2 workshops within 50 mi of Chicago, IL', 4000, 'the search again, in the new data');
    expect(titles(el)).to.deep.equal(['Workshop 3', 'Workshop 4']);
    // New data is no new search by the user: no pl-filter-change.
    changes.stop();
    expect(changes.events).to.have.length(0);
  });

  it('does not search again when a geocoder comes after a search it could not have changed', async () => {
    for (const near of ['30303', 'Atlanta', 'Georgia']) {
      const { el } = await mountMap({ src: SRC });
      await searchFor(el, near);
      const before = summary(el);
      // What a new search would undo: the item the user chose.
      items(el)[1].querySelector<HTMLButtonElement>('button.show')!.click();
      await el.updateComplete;
      const changes = recordEvents(el, 'pl-filter-change');
      const asked: string[] = [];
      el.geocoder = async (query) => (asked.push(query), { lat: 40, lng: -100, label: 'Elsewhere' });
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const chosen = items(el).findIndex((item) => item.getAttribute('aria-current') === 'true');
      expect([asked, changes.events.length, summary(el), chosen], near).to.deep.equal([[], 0, before, 1]);
    }
  });

  it('says when a ZIP code is not in the table, and offers fallback-url', async () => {
    const { el } = await mountMap({ src: SRC, 'fallback-url': 'https://example.org/contact' });
    await searchFor(el, '00000');
    expect(summary(el)).to.contain("We couldn't find ZIP 00000");
    expect(root(el).querySelector<HTMLAnchorElement>('[part="fallback"] a')!.href).to.equal('https://example.org/contact');
  });

  /**
   * Searches with the ZIP table's waits cut short: for the server's answer (20 s) to 0.6 s, for the whole
   * file (2 min) to 2.5 s. (100 ms and 1.5 s failed on a busy two-core machine: the test server's
   * headers came later than that.)
   */
  async function searchWithShortWait(el: Parameters<typeof searchFor>[0], text: string): Promise<void> {
    const wait = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number) => wait(handler, ms === 2e4 ? 600 : ms === 12e4 ? 2500 : ms)) as typeof setTimeout;
    try {
      await searchFor(el, text);
    } finally {
      window.setTimeout = wait;
    }
  }

  it('says ZIP search is not available when the ZIP table does not arrive in time, and tries again on the next search', async () => {
    const { el } = await mountMap({ src: SRC, 'zip-table-url': '/__slow/1500/' });
    await searchWithShortWait(el, '30303');
    expect(summary(el)).to.equal('ZIP code search is not available right now. Try a city or a state. 9 workshops');
    await searchFor(el, '30303');
    expect(summary(el)).to.equal('3 workshops within 50 mi of Atlanta, GA 30303');
  });

  it('waits for a ZIP table that is on its way over a slow connection, but not for one that stalls', async () => {
    const { el } = await mountMap({ src: SRC, 'zip-table-url': '/__trickle/800/' });
    await searchWithShortWait(el, '30303');
    expect(summary(el)).to.equal('3 workshops within 50 mi of Atlanta, GA 30303');
    const stalled = (await mountMap({ src: SRC, 'zip-table-url': '/__trickle/600000/' })).el;
    await searchWithShortWait(stalled, '30303');
    expect(summary(stalled)).to.equal('ZIP code search is not available right now. Try a city or a state. 9 workshops');
  });

  it('says when the ZIP table cannot be loaded, and on the console where to put it', async () => {
    const { el } = await mountMap({ src: SRC, 'zip-table-url': '/no-such-folder/' });
    const warnings = await captureWarnings(() => searchFor(el, '30303'));
    expect(summary(el)).to.equal('ZIP code search is not available right now. Try a city or a state. 9 workshops');
    expect(items(el).length).to.be.greaterThan(0);
    const said = warnings.filter((w) => w.includes('ZIP table'));
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('/no-such-folder/pl-zip-table.json: HTTP 404. Put pl-zip-table.json there').and.contain('zip-table-url').and.contain('combines or inlines scripts');
    // An app's bundle has no pl-widgets.js: the URL looked at says where, for the drop-in and a bundle alike.
    expect(said[0]).not.to.contain('pl-widgets.js');
  });

  it('matches a state by name, state-wide', async () => {
    const { el } = await mountMap({ src: SRC });
    await searchFor(el, 'Georgia');
    expect(summary(el)).to.equal('5 workshops in Georgia');
  });

  it('matches a city from the data', async () => {
    const { el } = await mountMap({ src: SRC });
    await searchFor(el, 'Chicago');
    expect(summary(el)).to.match(/^1 workshop within 50 mi of Chicago/);
    expect(titles(el)[0]).to.equal('CS Fundamentals Intro Workshop');
  });

  it('asks the geocoder for anything else', async () => {
    const asked: string[] = [];
    const { el } = await mountMap({ src: SRC }, (map) => {
      map.geocoder = async (query) => {
        asked.push(query);
        return { lat: 47.61, lng: -122.33, label: 'Pike Place' };
      };
    });
    await searchFor(el, 'Pike Place Market');
    expect(asked).to.deep.equal(['Pike Place Market']);
    expect(summary(el)).to.equal('1 workshop within 50 mi of Pike Place');
  });

  it('names the place as typed when the geocoder\'s label is not text (an object of its own, or blank)', async () => {
    const labels: unknown[] = [{ name: 'Pike Place' }, '  '];
    const { el } = await mountMap({ src: SRC }, (map) => {
      map.geocoder = async () => ({ lat: 47.61, lng: -122.33, label: labels.shift() as string });
    });
    await searchFor(el, 'Pike Place Market');
    expect(summary(el)).to.equal('1 workshop within 50 mi of Pike Place Market');
    await searchFor(el, 'The Market');
    expect(summary(el)).to.equal('1 workshop within 50 mi of The Market');
  });

  it('keeps the searched place centred when "nothing near" widens the map', async () => {
    // In-person workshops only: nothing at all matches there, so the list gives way to the map.
    const { el } = await mountMap({ src: SRC, mode: null }, (map) => {
      map.workshops = [workshop(1), workshop(2), workshop(3)];
      map.geocoder = async () => ({ lat: 47.6, lng: -67.2, label: 'Far North' });
    });
    await searchFor(el, 'Rapid City');
    expect(summary(el)).to.contain('Far North');
    await waitFor(() => !!root(el).querySelector('.body.no-results'), 4000, 'the no-results layout');
    const mapBox = root(el).querySelector('[part="map"]')!;
    // The layout settles (the list gives way), then the map fits the place again.
    await waitFor(() => {
      const place = root(el).querySelector('.pl-place')?.getBoundingClientRect();
      const box = mapBox.getBoundingClientRect();
      return !!place && Math.abs(place.x + place.width / 2 - (box.x + box.width / 2)) < 4 && Math.abs(place.y + place.height / 2 - (box.y + box.height / 2)) < 4;
    }, 4000, 'the place to be centred in the map');
  });

  it('says when a place cannot be found', async () => {
    const { el } = await mountMap({ src: SRC });
    await searchFor(el, 'Atlantis');
    expect(summary(el)).to.contain("We couldn't find “Atlantis”");
    // A shared link's text of any length is said cut, whole characters (an emoji is two code units).
    await searchFor(el, `${'x'.repeat(59)}😀 call 555-0100 to register ${'y'.repeat(5000)}`);
    // The length first: a failure that printed 5,000 characters would be unreadable.
    expect(summary(el).length).to.be.below(200);
    expect(summary(el)).to.contain(`We couldn't find “${'x'.repeat(59)}😀…”`);
  });

  it('starts from the near attribute', async () => {
    const { el } = await mountMap({ src: SRC, near: '30303' });
    await waitFor(() => summary(el).startsWith('3 workshops within'));
    expect(root(el).querySelector<HTMLInputElement>('#near')!.value).to.equal('30303');
  });

  it('"Use my location" asks the browser only when clicked', async () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    let asked = 0;
    Object.defineProperty(geolocation, 'getCurrentPosition', {
      configurable: true,
      value: (success: PositionCallback) => {
        asked++;
        success({ coords: { latitude: 33.77, longitude: -84.3 } } as GeolocationPosition);
      },
    });
    try {
      const { el } = await mountMap({ src: SRC });
      expect(asked).to.equal(0);
      const button = [...root(el).querySelectorAll<HTMLButtonElement>('[part="search"] button')].find((b) => b.textContent!.includes('Use my location'))!;
      button.click();
      await el.updateComplete;
      expect(asked).to.equal(1);
      expect(summary(el)).to.equal('3 workshops within 50 mi of your location');
      // The page switches language: "your location" too.
      el.lang = 'es';
      await el.updateComplete;
      // Miles written out: a Spanish voice reads "mi" as "my".
      expect(summary(el)).to.equal('3 talleres a menos de 50 millas de tu ubicación');
    } finally {
      Object.defineProperty(geolocation, 'getCurrentPosition', { configurable: true, value: original });
    }
  });

  it('offers no "Use my location" on a page the browser will not locate (not https)', async () => {
    // The global object holds its own attributes: keep the real one to put it back.
    const owner = Object.getOwnPropertyDescriptor(window, 'isSecureContext') ? window : Object.getPrototypeOf(window);
    const real = Object.getOwnPropertyDescriptor(owner, 'isSecureContext')!;
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: false });
    try {
      const { el } = await mountMap({ src: SRC });
      const labels = [...root(el).querySelectorAll<HTMLButtonElement>('[part="search"] button')].map((b) => b.textContent!.trim());
      expect(labels).to.deep.equal(['Search']);
    } finally {
      Object.defineProperty(owner, 'isSecureContext', real);
      if (owner !== window) delete (window as unknown as { isSecureContext?: boolean }).isSecureContext;
    }
    expect(window.isSecureContext).to.equal(true);
  });

  it('says so when the location cannot be had', async () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    Object.defineProperty(geolocation, 'getCurrentPosition', {
      configurable: true,
      value: (_: PositionCallback, failure: PositionErrorCallback) => failure({ code: 1, message: 'denied' } as GeolocationPositionError),
    });
    try {
      const { el } = await mountMap({ src: SRC });
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="search"] button')].at(-1)!.click();
      await el.updateComplete;
      expect(summary(el)).to.equal('We could not get your location. Try a ZIP code instead. 9 workshops');
      // The count of what the list still shows is a line of its own, not the end of the message.
      const [said, count] = [...root(el).querySelectorAll('[part="summary"] > span')].map((span) => span.getBoundingClientRect());
      expect(count.top).to.be.at.least(said.bottom - 1);
    } finally {
      Object.defineProperty(geolocation, 'getCurrentPosition', { configurable: true, value: original });
    }
  });

  it('clearing the search shows everything again', async () => {
    const { el } = await mountMap({ src: SRC });
    await searchFor(el, '30303');
    await searchFor(el, '');
    expect(summary(el)).to.equal('9 workshops');
  });
});

describe('<pl-workshop-map> partner fallback', () => {
  it('says the filters hide what is near, not that there is nothing yet', async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json', course: 'csa' });
    await searchFor(el, '30303');
    expect(summary(el)).to.equal('No workshops match these filters.');
    // The partner still shows: it can help with the course asked for (once the partners have loaded).
    await waitFor(() => !!root(el).querySelector('[part="fallback"]'), 4000, 'the partner');
  });

  it('counts no workshops near the place, not "none match", when virtual ones match the filters', async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json', course: 'csp' });
    await searchFor(el, '30303');
    expect(summary(el)).to.match(/^0 workshops within 50 mi of .*30303$/);
    expect(root(el).querySelector('#virtual-group')?.textContent).to.contain('Virtual');
    expect(el.filteredWorkshops.map((w) => w.id)).to.deep.equal(['virt-2027-03-13-csp-dd']);
  });

  it('shows the partner serving a place with no workshops nearby', async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json', 'fallback-url': 'https://example.org/contact' });
    await searchFor(el, '99501');
    // The count as the contract writes it, 0 too: the partner follows.
    expect(summary(el)).to.equal('0 workshops within 50 mi of Anchorage, AK 99501');
    const fallback = root(el).querySelector('[part="fallback"]')!;
    expect(visibleText(fallback)).to.contain('Northern Lights CS Alliance');
    const links = [...fallback.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.include('mailto:info@northern-lights.example.org');
    expect(links).to.include('tel:+19075550142');
    expect(links.some((href) => href.startsWith('javascript'))).to.equal(false);
  });

  it('finds a city that only a partner names (no workshop there yet), and shows that partner', async () => {
    const { el } = await mountMap({ src: SRC, 'fallback-url': 'https://example.org/contact' });
    el.partners = [NASHVILLE_PARTNER];
    await el.updateComplete;
    await searchFor(el, 'nashville');
    expect(summary(el)).to.equal('0 workshops within 50 mi of Nashville, TN');
    expect(visibleText(root(el).querySelector('[part="fallback"]')!)).to.contain('Volunteer State CS');
    // A city of the workshops still comes first.
    await searchFor(el, 'Atlanta');
    expect(summary(el)).to.match(/^\d+ workshops? within 50 mi of Atlanta, GA$/);
  });

  it('finds a city that only a partner names when the partners come after the search (a shared link, a slow partners file)', async () => {
    const { el } = await mountMap({ src: SRC, near: 'Nashville' });
    await waitFor(() => summary(el).includes('Nashville'), 4000, 'the search answered');
    expect(summary(el)).to.not.contain('within');
    el.partners = [NASHVILLE_PARTNER];
    await waitFor(() => summary(el) === '0 workshops within 50 mi of Nashville, TN', 4000, 'the city found again, from the partners');
    expect(visibleText(root(el).querySelector('[part="fallback"]')!)).to.contain('Volunteer State CS');
  });

  // Searched again for the new partners, with the same answer: the reader's list stays as it was.
  it('keeps the page of the list, the chosen workshop and its popup when partners come after a search they do not answer', async () => {
    const data = Array.from({ length: 60 }, (_, i) => workshop(i));
    const { el } = await mountMap({ near: 'Smallville' }, (m) => (m.workshops = data));
    await waitFor(() => summary(el).includes('Smallville'), 4000, 'the search answered');
    const before = summary(el);
    root(el).querySelector<HTMLButtonElement>('.more')!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(50);
    items(el)[30].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 2000, 'the popup');
    for (const partners of [[NASHVILLE_PARTNER], [{ ...NASHVILLE_PARTNER }]]) {
      el.partners = partners;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect([summary(el), items(el).length, items(el)[30].getAttribute('aria-current'), !!popup(el)]).to.deep.equal([before, 50, 'true', true]);
    }
  });

  it('answers a search typed while the data loads once it comes, also when the answer is the place shown before', async () => {
    const el = document.createElement('pl-workshop-map');
    for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', 'zip-table-url': '/tests/fixtures/' })) el.setAttribute(name, value);
    (await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`)).append(el);
    await el.updateComplete;
    const { events } = recordEvents<FilterChangeDetail>(el, 'pl-filter-change');
    await searchFor(el, 'Topeka, KS');
    expect(summary(el)).to.contain('Kansas');
    el.setAttribute('src', '/__slow/600/workshops.json');
    await el.updateComplete;
    // Waits for the answer: "Searching…" must not stay.
    await searchFor(el, 'Wichita, KS');
    expect(summary(el)).to.contain('Kansas');
    expect(events.map((event) => event.detail.near)).to.deep.equal(['Topeka, KS', 'Wichita, KS']);
  });

  it('says "Searching…" for a near set as partners arrive', async () => {
    const { el } = await mountMap({ src: SRC, near: 'Smallville', 'zip-table-url': '/__slow/600/pl-zip-table.json' });
    await waitFor(() => summary(el).includes('Smallville'), 4000, 'the search answered');
    // In one task, as a framework's render would.
    el.setAttribute('near', '30303');
    el.partners = [NASHVILLE_PARTNER];
    await el.updateComplete;
    expect(summary(el)).to.match(/Searching/);
    await waitFor(() => /within/.test(summary(el)), 4000, 'the ZIP code found');
  });

  it('reports the user\'s search that partners arrive during (pl-filter-change)', async () => {
    const { el } = await mountMap({ src: SRC, near: 'Smallville', 'zip-table-url': '/__slow/601/pl-zip-table.json' });
    await waitFor(() => summary(el).includes('Smallville'), 4000, 'the search answered');
    // The partners come while the user's search runs (the ZIP table is slow).
    const { events } = recordEvents<FilterChangeDetail>(el, 'pl-filter-change');
    root(el).querySelector<HTMLInputElement>('#near')!.value = '30305';
    root(el).querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!.click();
    await el.updateComplete;
    el.partners = [NASHVILLE_PARTNER];
    await waitFor(() => !/Searching/.test(summary(el)), 4000, 'the search to finish');
    expect(events.map((event) => event.detail.near)).to.deep.equal(['30305']);
  });

  it('says "Searching…" for a near set after a cleared search was run again for new data', async () => {
    const data = Array.from({ length: 60 }, (_, i) => workshop(i));
    const { el } = await mountMap({ 'zip-table-url': '/__slow/602/pl-zip-table.json' }, (m) => (m.workshops = data));
    await searchFor(el, 'Topeka, KS');
    expect(summary(el)).to.contain('Kansas');
    await searchFor(el, '');
    // The page polls its data: the same workshops again.
    el.workshops = [...data];
    await el.updateComplete;
    el.setAttribute('near', '30303');
    await el.updateComplete;
    expect(summary(el)).to.match(/Searching/);
    await waitFor(() => /within/.test(summary(el)), 4000, 'the ZIP code found');
  });

  it('finds the partner that serves a searched city by ZIP prefix alone (from the ZIP code nearest the city)', async () => {
    const { el } = await mountMap({ src: SRC, course: 'csa' });
    el.partners = [
      { id: 'ga', name: 'Peach State CS', states: ['GA'], email: 'state@ga.example.org' },
      { id: 'metro', name: 'Metro Atlanta CS', postalPrefixes: ['303'], email: 'metro@atl.example.org' },
    ];
    await searchFor(el, 'Atlanta');
    expect(summary(el)).to.equal('No workshops match these filters.');
    // The prefix is the nearer answer than the state, as it is for a ZIP code searched.
    await waitFor(() => visibleText(root(el).querySelector('[part="fallback"]') ?? el).includes('Metro Atlanta CS'), 4000, 'the prefix partner');
    expect(visibleText(root(el).querySelector('[part="fallback"]')!)).to.contain('The regional partner serving Atlanta, GA can help');
    // A state searched is served by the state's partner, not by the ZIP code nearest its middle.
    await searchFor(el, 'Georgia');
    await waitFor(() => visibleText(root(el).querySelector('[part="fallback"]') ?? el).includes('Peach State CS'), 4000, 'the state partner');
  });

  it("names the state's active partner before a place where a partner is still wanted, and says which is which", async () => {
    const { el } = await mountMap({ src: SRC, 'fallback-url': 'https://example.org/contact' });
    const wanted = { id: 'wanted', name: 'Anchorage region', postalPrefixes: ['995'], status: 'seeking' };
    el.partners = [wanted, { id: 'ak', name: 'Alaska CS Partners', states: ['AK'], phone: '(907) 555-0100, Mon-Fri 9-5' }];
    await searchFor(el, '99501');
    const fallback = () => root(el).querySelector('[part="fallback"]')!;
    const hrefs = () => [...fallback().querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(visibleText(fallback())).to.contain('The regional partner serving Anchorage, AK 99501 can help you find or host a workshop:');
    expect(visibleText(fallback())).to.contain('Alaska CS Partners');
    // The phone as written; the link dials the number, not the office hours after it.
    expect(visibleText(fallback())).to.contain('(907) 555-0100, Mon-Fri 9-5');
    expect(hrefs()).to.deep.equal(['tel:9075550100']);
    // No active partner: the place where one is wanted, said as such, and the other ways to take part.
    el.partners = [wanted];
    await el.updateComplete;
    expect(visibleText(fallback())).to.not.contain('can help you');
    expect(visibleText(fallback())).to.contain('Anchorage region');
    expect(visibleText(fallback())).to.contain('A local partner is wanted here.');
    expect(hrefs()).to.deep.equal(['https://example.org/contact']);
  });

  it('finds the partner by ZIP prefix even when the ZIP is not in the table', async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json' });
    await searchFor(el, '99599');
    expect(summary(el)).to.contain("We couldn't find ZIP 99599");
    expect(visibleText(root(el).querySelector('[part="fallback"]')!)).to.contain('Northern Lights CS Alliance');
  });

  it('falls back to fallback-url when no partner serves the place', async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json', 'fallback-url': 'https://example.org/contact' });
    await searchFor(el, '02139');
    expect(summary(el)).to.equal('0 workshops within 50 mi of Cambridge, MA 02139');
    const fallback = root(el).querySelector('[part="fallback"]')!;
    expect(visibleText(fallback)).to.not.contain('Alliance');
    expect(fallback.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/contact');
  });

  it('shows the places where a partner is wanted (seeking) as pins of their own, with a legend', async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json' });
    await waitFor(() => root(el).querySelectorAll('.pl-partner-pin').length === 2, 4000, 'partner pins');
    expect(visibleText(root(el).querySelector('.legend')!)).to.contain('Partner wanted');
  });

  it('moves a partner pin whose place is under a cluster badge beside the badge, and home once the cluster splits', async () => {
    // Five workshops around Atlanta (a cluster when zoomed out) and a partner wanted right there.
    const around = Array.from({ length: 5 }, (_, i) => workshop(i, { location: { city: 'Atlanta', state: 'GA', lat: 33.76 + (i - 2) * 0.02, lng: -84.39 + (i % 2) * 0.03 } }));
    const partner = { id: 'atl', name: 'Atlanta hosts', status: 'seeking', states: ['GA'], location: { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 } };
    const { el } = await mountMap({ center: '33.75,-84.39', zoom: '7' }, (map) => {
      map.workshops = around;
      map.partners = [partner];
    });
    const diamond = () => root(el).querySelector<HTMLElement>('.pl-partner-pin')!;
    await waitFor(() => !!diamond(), 4000, 'the partner pin');
    const badge = root(el).querySelector<HTMLElement>('.pl-cluster')!;
    expect(visibleText(badge)).to.equal('5');
    const centre = (box: DOMRect) => [box.x + box.width / 2, box.y + box.height / 2];
    const [bx, by] = centre(badge.getBoundingClientRect());
    const [dx, dy] = centre(diamond().getBoundingClientRect());
    const apart = Math.hypot(dx - bx, dy - by);
    expect(apart, 'the diamond clears the badge').to.be.above(badge.offsetWidth / 2 + 6);
    expect(apart, 'and stays beside it').to.be.below(badge.offsetWidth / 2 + 20);
    const onTop = root(el).elementFromPoint(dx, dy);
    expect(!!onTop && diamond().contains(onTop), 'the diamond is what its centre shows').to.equal(true);
    diamond().click();
    await waitFor(() => !!popup(el), 4000, 'the partner popup');
    const tip = popup(el)!.querySelector('.leaflet-popup-tip')!.getBoundingClientRect();
    expect(Math.abs(centre(tip)[0] - dx), 'the popup points at the diamond').to.be.below(2);
    // Zoomed in, the workshops are pins kilometres apart and the diamond stands on its place again.
    const map = (el as unknown as { mapView: { map: { setView: (c: [number, number], z: number, o: object) => void; latLngToContainerPoint: (p: [number, number]) => { x: number; y: number } } } }).mapView.map;
    map.setView([33.75, -84.39], 14, { animate: false });
    await waitFor(() => !root(el).querySelector('.pl-cluster'), 4000, 'the cluster to split');
    const home = map.latLngToContainerPoint([33.75, -84.39]);
    const container = root(el).querySelector('.leaflet-container')!.getBoundingClientRect();
    const [hx, hy] = centre(diamond().getBoundingClientRect());
    expect(Math.hypot(hx - container.x - home.x, hy - container.y - home.y), 'back on its place (Leaflet rounds to pixels)').to.be.below(2);
  });

  it('keeps the page light with thousands of partners: at most 200 pins, those in view', async () => {
    // 3,000 seeking partners spread over the Southeast, seeded so the test is the same every time.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const partners = Array.from({ length: 3000 }, (_, i) => ({
      id: `p${i}`,
      name: `Partner ${i}`,
      status: 'seeking',
      states: ['GA'],
      location: { lat: 30 + random() * 6, lng: -88 + random() * 8 },
    }));
    const { el } = await mountMap({ src: SRC, center: '33,-84', zoom: '6' }, (map) => (map.partners = partners));
    const pins = () => [...root(el).querySelectorAll<HTMLElement>('.pl-partner-pin')];
    await waitFor(() => pins().length > 0, 4000, 'partner pins');
    expect(pins().length).to.equal(200);
    // A popup stays open while the map moves (its pin keeps its marker).
    pins()[0].click();
    await waitFor(() => !!popup(el), 4000, 'the partner popup');
    const map = (el as unknown as { mapView: { map: { panBy: (offset: [number, number], options: object) => void; getBounds: () => { contains: (p: [number, number]) => boolean } } } }).mapView.map;
    map.panBy([5, 5], { animate: false });
    await el.updateComplete;
    expect(popup(el), 'popup after a small pan').to.not.equal(null);
    // Zoomed far in, the pins are the partners in that small view.
    (map as unknown as { setView: (c: [number, number], z: number, o: object) => void }).setView([33, -84], 11, { animate: false });
    await waitFor(() => pins().length < 200, 4000, 'fewer pins zoomed in');
    const inView = partners.filter((p) => map.getBounds().contains([p.location.lat, p.location.lng])).length;
    expect(pins().length).to.be.at.least(inView);
  });
});

describe('<pl-workshop-map> filters', () => {
  it('filters by course and reports each change', async () => {
    const { el } = await mountMap({ src: SRC });
    const log = recordEvents<FilterChangeDetail>(el, 'pl-filter-change');
    await setField(el, 'f-course', 'csd');
    expect(summary(el)).to.equal('2 workshops');
    expect(el.filteredWorkshops.every((w) => w.course === 'csd')).to.equal(true);
    expect(log.events).to.have.length(1);
    expect(log.events[0].detail.count).to.equal(2);
    expect(log.events[0].detail.filters.courses).to.deep.equal(['csd']);
  });

  it('filters by type, seats, format and dates', async () => {
    const { el } = await mountMap({ src: SRC });
    const log = recordEvents<FilterChangeDetail>(el, 'pl-filter-change');
    await setField(el, 'f-type', 'summer');
    expect(summary(el)).to.equal('2 workshops');
    const seats = root(el).querySelector<HTMLInputElement>('.seats input')!;
    seats.click();
    await el.updateComplete;
    expect(summary(el)).to.equal('1 workshop');
    expect(titles(el)).to.deep.equal(['Computer Science A Summer Workshop']);
    root(el).querySelector<HTMLButtonElement>('.clear')!.click();
    await el.updateComplete;
    expect(summary(el)).to.equal('9 workshops');

    root(el).querySelector<HTMLInputElement>('input[name="mode"][value="virtual"]')!.click();
    await el.updateComplete;
    expect(summary(el)).to.equal('2 workshops');
    root(el).querySelector<HTMLInputElement>('input[name="mode"][value="all"]')!.click();
    await el.updateComplete;

    await setField(el, 'f-from', '2027-07-01');
    await setField(el, 'f-to', '2027-07-31');
    expect(el.filteredWorkshops.map((w) => w.id).sort()).to.deep.equal(['dec-2027-07-12-csd-summer', 'sea-2027-07-19-csa-summer']);
    expect(log.events.map((e) => e.detail.count)).to.deep.equal([2, 1, 9, 2, 9, 3, 2]);
  });

  it('starts loading the ZIP table while a ZIP code is typed, not while a place name is', async () => {
    // A URL of its own: the table is fetched once per URL and page.
    const zipUrl = new URL('/tests/fixtures/pl-zip-table.json?typed', location.href).href;
    const { el } = await mountMap({ src: SRC, 'zip-table-url': zipUrl });
    const requested = () => performance.getEntriesByType('resource').some((entry) => entry.name === zipUrl);
    const input = root(el).querySelector<HTMLInputElement>('input#near')!;
    input.focus();
    await sendKeys({ type: 'Atl' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested(), 'a place name loads no ZIP table').to.equal(false);
    input.value = '';
    await sendKeys({ type: '3' });
    await waitFor(requested, 4000, 'the ZIP table to be requested after the first digit');
    await sendKeys({ type: '0303' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => /Atlanta/.test(summary(el)), 4000, 'the search to answer from the loaded table');
  });

  it('shows a new result from its top, wherever the last one was scrolled', async () => {
    const { el } = await mountMap({ src: SRC });
    const list = root(el).querySelector<HTMLElement>('[part="list"]')!;
    const scrolled = new Promise((resolve) => list.addEventListener('scroll', resolve, { once: true }));
    list.scrollTop = 400;
    expect(list.scrollTop).to.be.above(0);
    await scrolled; // as when a person scrolls: the event comes before they can pick a filter
    await setField(el, 'f-course', 'csf');
    expect(list.scrollTop).to.equal(0);
  });

  it('takes the initial course filter from the attribute', async () => {
    const { el } = await mountMap({ src: SRC, course: 'csf,csp' });
    expect(el.filteredWorkshops.every((w) => ['csf', 'csp'].includes(w.course))).to.equal(true);
    expect(summary(el)).to.equal('6 workshops');
  });

  it('lists at most 300 courses, and still the one chosen past them', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => workshop(i, { course: `course-${String(i).padStart(4, '0')}`, courseName: `Course ${String(i).padStart(4, '0')}` }));
    const { el } = await mountMap({ course: 'course-1999' }, (map) => (map.workshops = many));
    const options = () => [...root(el).querySelectorAll<HTMLOptionElement>('#f-course option')];
    expect(options()).to.have.length(1 + 300 + 1);
    expect(options().at(-1)!.textContent!.trim()).to.equal('Course 1999');
    expect(options().at(-1)!.selected).to.equal(true);
    expect(summary(el)).to.equal('1 workshop');
  });
});

describe('the geocoder, when it misbehaves', () => {
  const context = (geocoder: Geocoder) => ({ places: () => [], zipBase: '/tests/fixtures/', geocoder, geocoderTimeoutMs: 100 });

  it('takes only a lat/lng on Earth', async () => {
    const answers: unknown[] = [{ lat: 999, lng: 0, label: 'Off the map' }, { lat: 'north', lng: -122.3 }, { lat: '', lng: 1 }, { lat: NaN, lng: 1 }, 42, null];
    for (const answer of answers) {
      const warnings = await captureWarnings(async () => {
        const outcome = await resolvePlace('Somewhere', context(async () => answer as never));
        expect(outcome, JSON.stringify(answer)).to.deep.equal({ kind: 'not-found', query: 'Somewhere' });
      });
      expect(warnings.length, JSON.stringify(answer)).to.be.at.most(1);
    }
    const ok = await resolvePlace('Edge', context(async () => ({ lat: -90, lng: 180, label: '' })));
    expect(ok).to.deep.equal({ kind: 'place', place: { lat: -90, lng: 180, label: 'Edge', kind: 'point' } });
    // Numbers as text, as Nominatim answers.
    const text = await resolvePlace('Seattle', context(async () => ({ lat: ' 47.6', lng: '-122.3', label: 'Seattle' }) as never));
    expect(text).to.deep.equal({ kind: 'place', place: { lat: 47.6, lng: -122.3, label: 'Seattle', kind: 'point' } });
  });

  it('stops waiting for an answer that never comes, and says search is unavailable', async () => {
    const warnings = await captureWarnings(async () => {
      const outcome = await resolvePlace('Nowhere', context(() => new Promise(() => undefined)));
      expect(outcome).to.deep.equal({ kind: 'place-unavailable', query: 'Nowhere' });
    });
    expect(warnings.join('\n')).to.contain('did not answer "Nowhere" within 0.1 s');
  });

  it('says search is unavailable, not that the place does not exist, when it throws or rejects', async () => {
    const failing: Geocoder[] = [
      () => {
        throw new Error('offline');
      },
      () => Promise.reject(new TypeError('Failed to fetch')),
    ];
    for (const geocoder of failing) {
      const warnings = await captureWarnings(async () => {
        expect(await resolvePlace('Boom', context(geocoder))).to.deep.equal({ kind: 'place-unavailable', query: 'Boom' });
      });
      expect(warnings.join('\n')).to.contain('the geocoder failed');
    }
  });

  it('tells the visitor which of the two happened', async () => {
    const { el } = await mountMap({ src: SRC }, (map) => {
      map.geocoder = async (query) => {
        if (query === 'Nowhere Town') return null;
        throw new Error('rate limited');
      };
    });
    await captureWarnings(async () => {
      await searchFor(el, 'Nowhere Town');
      expect(summary(el)).to.equal("We couldn't find “Nowhere Town”. Try a ZIP code, a city or a state. 9 workshops");
      await searchFor(el, 'Springfield Gardens');
      expect(summary(el)).to.equal('Place search is not available right now. Try a ZIP code, a city or a state. 9 workshops');
      // A ZIP code still works without the geocoder.
      await searchFor(el, '30303');
      expect(summary(el)).to.match(/within 50 mi of/);
    });
  });
});

describe('an address with a ZIP code that cannot be used', () => {
  const atlanta = [{ virtual: false, location: { lat: 33.75, lng: -84.39, city: 'Atlanta', state: 'GA' } }];

  it('is found by its city when the ZIP table is missing or does not hold the ZIP code', async () => {
    await captureWarnings(async () => {
      const missing = await resolvePlace('Atlanta, GA 30303', { places: () => atlanta as never, zipBase: '/no-such-folder/' });
      expect(missing).to.deep.include({ kind: 'place' });
      const unknown = await resolvePlace('Atlanta, GA 30399', { places: () => atlanta as never, zipBase: '/tests/fixtures/' });
      expect(unknown).to.deep.include({ kind: 'place' });
    });
    // A ZIP code alone still says why it is not found.
    expect(await resolvePlace('30399', { places: () => atlanta as never, zipBase: '/tests/fixtures/' })).to.deep.equal({ kind: 'zip-not-found', zip: '30399' });
  });

  it('does not gather the data\'s place names for a ZIP code the table knows (at 100,000 workshops that is most of the search)', async () => {
    let asked = 0;
    const outcome = await resolvePlace('60601', { places: () => (asked++, []), zipBase: '/tests/fixtures/' });
    expect(outcome.kind).to.equal('place');
    expect(asked).to.equal(0);
  });
});
