/** A <pl-provider> around a real <pl-workshop-map>: its tiles, geocoder, language and document reach the map, and the map's own settings win. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider.js';
import '../../src/workshop-map.js';
import type { PlProvider } from '../../src/provider.js';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { nextEvent, visibleText, waitFor } from '../support/helpers.js';
import { root, searchFor, summary, type LoadDetail } from '../workshop-map/helpers.js';

const PROVIDER_TILES = '/__provider-tiles/{z}/{x}/{y}.png';
const OWN_TILES = '/__own-tiles/{z}/{x}/{y}.png';

/** Two workshops near Atlanta, a year ahead of the maps' "today". */
const ATLANTA_WORKSHOPS = [
  { id: 'atl', title: 'Atlanta Deep Dive', course: 'csf', sessions: [{ start: '2027-06-12T09:00:00-04:00' }], location: { city: 'Atlanta', state: 'GA', lat: 33.7525, lng: -84.3888 } },
  { id: 'dec', title: 'Decatur Summer Workshop', course: 'csd', sessions: [{ start: '2027-07-12T09:00:00-04:00' }], location: { city: 'Decatur', state: 'GA', lat: 33.7748, lng: -84.2963 } },
];

/** What every map here shares with tests/workshop-map/helpers.ts's mountMap, tiles aside (set by each test). */
const MAP_DEFAULTS = 'today="2026-11-23" zip-table-url="/tests/fixtures/"';

/**
 * Mounts a provider holding maps (`markup`), lets `setup` give them data before they connect, and
 * waits for every map's pl-data-load.
 */
async function mount(markup: string, setup?: (provider: PlProvider, map: (id: string) => PlWorkshopMap) => void) {
  const box = document.createElement('div');
  box.style.width = '1000px';
  box.innerHTML = markup;
  const provider = box.querySelector<PlProvider>('pl-provider')!;
  const map = (id: string) => box.querySelector<PlWorkshopMap>(`#${id}`)!;
  setup?.(provider, map);
  const maps = [...box.querySelectorAll<PlWorkshopMap>('pl-workshop-map')];
  // Generous, as mountMap's: the machine running the suite may be busy.
  const loads = maps.map((el) => nextEvent<LoadDetail>(el, 'pl-data-load', 9000));
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(box);
  const details = await Promise.all(loads);
  await Promise.all(maps.map((el) => el.updateComplete));
  return { provider, map, loads: details.map((event) => event.detail) };
}

/** Gives each map the two Atlanta workshops through its own `workshops` property. */
const withWorkshops = (...ids: string[]) => (_provider: PlProvider, map: (id: string) => PlWorkshopMap) => {
  for (const id of ids) map(id).workshops = ATLANTA_WORKSHOPS;
};

/** The paths of the tiles a map shows (its <img class="leaflet-tile"> elements). */
const tilePaths = (map: PlWorkshopMap) => [...root(map).querySelectorAll<HTMLImageElement>('img.leaflet-tile')].map((img) => new URL(img.src).pathname);

const searchLabel = (map: PlWorkshopMap) => visibleText(root(map).querySelector('label[for="near"]')!);
const fallback = (map: PlWorkshopMap) => visibleText(root(map).querySelector('[part="fallback"]') ?? document.createElement('p'));

describe('<pl-workshop-map> inside a <pl-provider>', () => {
  it("requests its map tiles from the provider's tile template, unless it has a tiles attribute of its own", async () => {
    const { map } = await mount(
      `<pl-provider tiles="${PROVIDER_TILES}">
        <pl-workshop-map id="inherits" ${MAP_DEFAULTS}></pl-workshop-map>
        <pl-workshop-map id="own" tiles="${OWN_TILES}" ${MAP_DEFAULTS}></pl-workshop-map>
      </pl-provider>`,
      withWorkshops('inherits', 'own'),
    );
    await waitFor(() => tilePaths(map('inherits')).length > 0 && tilePaths(map('own')).length > 0, 4000, 'the tiles of both maps');
    expect(tilePaths(map('inherits')).every((path) => /^\/__provider-tiles\/\d+\/\d+\/\d+\.png$/.test(path)), tilePaths(map('inherits')).join()).to.equal(true);
    expect(tilePaths(map('own')).every((path) => /^\/__own-tiles\/\d+\/\d+\/\d+\.png$/.test(path)), tilePaths(map('own')).join()).to.equal(true);
  });

  it("finds a place the data does not name with the provider's geocoder, unless the map has a geocoder of its own", async () => {
    const asked: string[] = [];
    const { map } = await mount(
      `<pl-provider tiles="none">
        <pl-workshop-map id="inherits" ${MAP_DEFAULTS}></pl-workshop-map>
        <pl-workshop-map id="own" ${MAP_DEFAULTS}></pl-workshop-map>
      </pl-provider>`,
      (provider, map) => {
        withWorkshops('inherits', 'own')(provider, map);
        provider.geocoder = async (query) => (asked.push(`provider: ${query}`), { lat: 33.765, lng: -84.37, label: 'Old Fourth Ward (provider)' });
        map('own').geocoder = async (query) => (asked.push(`own: ${query}`), { lat: 33.78, lng: -84.39, label: 'Old Fourth Ward (own)' });
      },
    );
    await searchFor(map('inherits'), 'Old Fourth Ward');
    await searchFor(map('own'), 'Old Fourth Ward');
    expect([summary(map('inherits')), summary(map('own'))]).to.deep.equal([
      '2 workshops within 50 mi of Old Fourth Ward (provider)',
      '2 workshops within 50 mi of Old Fourth Ward (own)',
    ]);
    expect(asked).to.deep.equal(['provider: Old Fourth Ward', 'own: Old Fourth Ward']);
  });

  it('speaks the provider\'s language, unless the map has a lang of its own', async () => {
    const { map } = await mount(
      `<pl-provider lang="es" tiles="none">
        <pl-workshop-map id="inherits" ${MAP_DEFAULTS}></pl-workshop-map>
        <pl-workshop-map id="own" lang="en" ${MAP_DEFAULTS}></pl-workshop-map>
      </pl-provider>`,
      withWorkshops('inherits', 'own'),
    );
    expect([searchLabel(map('inherits')), summary(map('inherits'))]).to.deep.equal(['Código postal, ciudad o estado', '2 talleres']);
    expect([searchLabel(map('own')), summary(map('own'))]).to.deep.equal(['ZIP code, city or state', '2 workshops']);
  });

  it("names the partner from the provider's document when nothing matches the searched place, unless the map has partners of its own", async () => {
    const { map, loads } = await mount(
      `<pl-provider src="/tests/fixtures/program-map.json" tiles="none">
        <pl-workshop-map id="inherits" ${MAP_DEFAULTS}></pl-workshop-map>
        <pl-workshop-map id="own" ${MAP_DEFAULTS}></pl-workshop-map>
      </pl-provider>`,
      (_provider, map) => {
        map('own').partners = [{ id: 'own-ak', name: 'Own Alaska Partner', email: 'own@ak.example.org', states: ['AK'], status: 'active' }];
      },
    );
    expect(loads, "the document's two workshops, in each map").to.deep.equal([
      { count: 2, skipped: 0 },
      { count: 2, skipped: 0 },
    ]);
    await searchFor(map('inherits'), '99501');
    await searchFor(map('own'), '99501');
    expect(summary(map('inherits'))).to.equal('0 workshops within 50 mi of Anchorage, AK 99501');
    await waitFor(() => fallback(map('inherits')) !== '' && fallback(map('own')) !== '', 4000, 'the partners');
    expect(fallback(map('inherits'))).to.contain('The regional partner serving Anchorage, AK 99501 can help');
    expect(fallback(map('inherits'))).to.contain('Document: Alaska CS Partners');
    expect(fallback(map('own'))).to.contain('Own Alaska Partner');
    expect(fallback(map('own'))).to.not.contain('Document:');
  });
});
