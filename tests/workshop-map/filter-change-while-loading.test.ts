/**
 * `pl-filter-change` for what a visitor changes while the workshops load (or after they failed): the
 * count is not known yet, so the event goes out once the data is in, once, with the count the list
 * then shows (or with the answer of a search still to come, which reports the change with it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { flakyUrl, recordEvents, waitFor } from '../support/helpers.js';
import { root, setField, summary } from './helpers.js';

type Detail = { count: number; near?: string; filters: { types: string[] } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The workshops, sent `ms` late, at a URL of their own: no other test's request answers it from the browser's cache. */
const slowWorkshops = (ms: number) => `/__slow/${ms}/workshops.json?${Math.random().toString(36).slice(2)}`;

async function mount(attrs: Record<string, string>) {
  const el = document.createElement('pl-workshop-map') as PlWorkshopMap;
  for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', 'zip-table-url': '/tests/fixtures/', ...attrs })) el.setAttribute(name, value);
  const events = recordEvents<Detail>(el, 'pl-filter-change');
  (await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`)).append(el);
  await el.updateComplete;
  return { el, events: events.events };
}

const searchBox = (el: PlWorkshopMap) => root(el).querySelector<HTMLInputElement>('#near')!;
const submitSearch = (el: PlWorkshopMap) => root(el).querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!.click();

/** "Use my location" answered (after `ms`) with a point in Atlanta. */
function locatedInAtlanta(ms = 20): () => void {
  const geolocation = navigator.geolocation;
  const original = geolocation.getCurrentPosition;
  Object.defineProperty(geolocation, 'getCurrentPosition', {
    configurable: true,
    value: (ok: PositionCallback) => setTimeout(() => ok({ coords: { latitude: 33.75, longitude: -84.39 } } as GeolocationPosition), ms),
  });
  return () => Object.defineProperty(geolocation, 'getCurrentPosition', { configurable: true, value: original });
}

describe('<pl-workshop-map> pl-filter-change for changes made while the data loads', () => {
  it('reports a filter changed while the data loads once the data is in, with the count it shows', async () => {
    const { el, events } = await mount({ src: slowWorkshops(600) });
    await setField(el, 'f-type', 'intro');
    expect(events, 'nothing to count yet').to.have.length(0);
    await waitFor(() => events.length > 0, 4000, 'pl-filter-change');
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].detail.filters.types).to.deep.equal(['intro']);
    expect(events[0].detail.count).to.be.above(0);
    expect(events[0].detail.count).to.equal(el.filteredWorkshops.length);
    expect(summary(el)).to.contain(`${el.filteredWorkshops.length} workshops`);
  });

  it('reports a filter changed and a search typed while the data loads once, with the search\'s answer', async () => {
    const { el, events } = await mount({ src: slowWorkshops(600) });
    await setField(el, 'f-type', 'intro');
    searchBox(el).value = 'Atlanta';
    submitSearch(el);
    await waitFor(() => /within 50 mi of Atlanta/.test(summary(el)), 4000, 'the search\'s answer');
    await sleep(100);
    expect(events.map((e) => e.detail.near)).to.deep.equal(['Atlanta']);
    expect(events[0].detail.count).to.equal(el.filteredWorkshops.length);
  });

  it('reports a filter changed during the load of a page that set near with that search\'s answer', async () => {
    const { el, events } = await mount({ src: slowWorkshops(600), near: 'Atlanta' });
    await setField(el, 'f-type', 'intro');
    await waitFor(() => /within 50 mi of Atlanta/.test(summary(el)), 5000, 'the answer');
    await sleep(200);
    expect(events).to.have.length(1);
    expect(events[0].detail.count).to.equal(el.filteredWorkshops.length);
    expect(events[0].detail.near).to.equal('Atlanta');
    expect(events[0].detail.filters.types).to.deep.equal(['intro']);
  });

  it('reports once several filter changes made during the load', async () => {
    const { el, events } = await mount({ src: slowWorkshops(600) });
    await setField(el, 'f-type', 'intro');
    await setField(el, 'f-type', 'summer');
    await waitFor(() => events.length > 0, 5000, 'pl-filter-change');
    await sleep(200);
    expect(events).to.have.length(1);
    expect(events[0].detail.filters.types).to.deep.equal(['summer']);
    expect(events[0].detail.count).to.equal(el.filteredWorkshops.length);
  });

  it('reports a change whose search was then replaced by "Use my location", and changes during a later load', async () => {
    const restore = locatedInAtlanta();
    try {
      const { el, events } = await mount({ src: slowWorkshops(1500) });
      await setField(el, 'f-type', 'intro');
      searchBox(el).value = 'Chicago';
      submitSearch(el);
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('[part="search"] button[type="button"]')!.click();
      // The location answers in 20 ms, while the data still loads: nothing to report yet.
      await sleep(200);
      expect(events).to.have.length(0);
      await waitFor(() => events.length > 0, 5000, 'pl-filter-change');
      await sleep(200);
      expect(events).to.have.length(1);
      expect(events[0].detail.count).to.equal(el.filteredWorkshops.length);
      expect(events[0].detail.near).to.equal('your location');
      // Later the page loads new data, and the visitor changes a filter meanwhile.
      el.src = slowWorkshops(400);
      await el.updateComplete;
      await setField(el, 'f-type', 'summer');
      await waitFor(() => events.length > 1, 5000, 'the second pl-filter-change');
      expect(events[1].detail.filters.types).to.deep.equal(['summer']);
      expect(events[1].detail.count).to.equal(el.filteredWorkshops.length);
    } finally {
      restore();
    }
  });

  it('reports a change whose search was then cleared', async () => {
    const { el, events } = await mount({ src: slowWorkshops(600) });
    await setField(el, 'f-type', 'intro');
    searchBox(el).value = 'Chicago';
    submitSearch(el);
    await el.updateComplete;
    searchBox(el).value = '';
    submitSearch(el);
    await waitFor(() => events.length > 0, 5000, 'pl-filter-change');
    await sleep(200);
    expect(events).to.have.length(1);
    expect(events[0].detail.count).to.equal(el.filteredWorkshops.length);
    expect(events[0].detail.count).to.be.above(0);
  });

  it('acts on what a listener of the late event sets (a new near, a new src)', async () => {
    const { el, events } = await mount({ src: slowWorkshops(500) });
    el.addEventListener('pl-filter-change', () => (el.near = 'Chicago'), { once: true });
    await setField(el, 'f-type', 'intro');
    await waitFor(() => events.length > 0, 5000, 'pl-filter-change');
    await waitFor(() => /within 50 mi of Chicago/.test(summary(el)), 5000, 'the search the listener set');

    const second = await mount({ src: slowWorkshops(500) });
    const loads: number[] = [];
    second.el.addEventListener('pl-data-load', (e) => loads.push((e as CustomEvent<{ count: number }>).detail.count));
    second.el.addEventListener('pl-filter-change', () => (second.el.src = `/tests/fixtures/workshops-atlanta.json?${Math.random()}`), { once: true });
    await setField(second.el, 'f-type', 'intro');
    await waitFor(() => loads.length === 2, 5000, 'the src the listener set');
  });

  it('keeps a search waiting for the data in the URL when a filter changes meanwhile (url-state)', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?pl-near=30303`);
      const { el } = await mount({ src: slowWorkshops(800), 'url-state': '' });
      await setField(el, 'f-type', 'intro');
      expect(location.search).to.contain('pl-near=30303');
      expect(location.search).to.contain('pl-type=intro');
      await waitFor(() => /30303/.test(summary(el)), 5000, 'the search');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('reports a change made before a load failed once Retry has brought the data, not with a count of 0', async () => {
    const { el, events } = await mount({ src: flakyUrl('workshops.json') });
    await setField(el, 'f-type', 'intro');
    await waitFor(() => !!root(el).querySelector('[role="alert"] button'), 5000, 'the error and its Retry');
    await sleep(100);
    expect(events, 'nothing to count while it failed').to.have.length(0);
    root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitFor(() => events.length > 0, 5000, 'pl-filter-change');
    expect(events).to.have.length(1);
    expect(events[0].detail.count).to.equal(el.filteredWorkshops.length);
    expect(events[0].detail.count).to.be.above(0);
  });
});
