import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { FilterChangeDetail } from '../../src/workshop-map.js';
import { nextEvent, visibleText, waitFor } from '../support/helpers.js';
import { setField, items, leafletMap, mountMap, root, searchFor, summary } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

describe('<pl-workshop-map> formats', () => {
  it('reads CSV', async () => {
    const { el, detail } = await mountMap({ src: '/tests/fixtures/workshops.csv', format: 'csv' });
    expect(detail).to.deep.equal({ count: 3, skipped: 2 });
    expect(items(el).map((li) => li.dataset.id)).to.deep.equal(['csv-chi-2', 'csv-atl-1', 'csv-virt-3']);
    expect(visibleText(root(el).querySelector('[data-id="csv-chi-2"] .title')!)).to.equal('<i>Intro</i>, with "quotes"');
  });

  it('reads GeoJSON', async () => {
    const { el, detail } = await mountMap({ src: '/tests/fixtures/workshops.geojson', format: 'geojson' });
    expect(detail).to.deep.equal({ count: 3, skipped: 2 });
    expect(items(el)).to.have.length(3);
  });

  it('reads the Code.org feed', async () => {
    const { el, detail } = await mountMap({ src: '/tests/fixtures/codeorg.json', format: 'codeorg' });
    expect(detail).to.deep.equal({ count: 8, skipped: 2 });
    const register = root(el).querySelector<HTMLAnchorElement>('[data-id="9001"] a.register')!;
    expect(register.href).to.equal('https://studio.code.org/pd/workshops/9001/enroll');
  });

  it('takes workshops and partners from an ancestor <pl-provider>', async () => {
    await import('../../src/provider.js');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const provider = document.createElement('pl-provider') as HTMLElement & { workshops?: unknown[]; partners?: unknown[] };
    provider.workshops = [
      { id: 'p1', title: 'From the provider', course: 'csf', sessions: [{ start: '2027-05-01T09:00:00-04:00' }], location: { lat: 33.7, lng: -84.4 } },
    ];
    provider.partners = [{ id: 'x', name: 'Provider Partner', states: ['AK'], email: 'a@example.org', status: 'active' }];
    provider.innerHTML = '<pl-workshop-map tiles="none" today="2026-11-23" zip-table-url="/tests/fixtures/"></pl-workshop-map>';
    const el = provider.querySelector('pl-workshop-map')!;
    const loaded = nextEvent(el, 'pl-data-load');
    container.appendChild(provider);
    await loaded;
    await el.updateComplete;
    expect(items(el).map((li) => li.dataset.id)).to.deep.equal(['p1']);
    await searchFor(el, '99501');
    expect(visibleText(root(el).querySelector('[part="fallback"]')!)).to.contain('Provider Partner');
  });
});

describe('<pl-workshop-map> language', () => {
  it('speaks Spanish with lang="es"', async () => {
    const { el } = await mountMap({ src: SRC, lang: 'es' });
    expect(summary(el)).to.equal('9 talleres');
    expect(visibleText(root(el).querySelector('label[for="near"]')!)).to.equal('Código postal, ciudad o estado');
    expect(visibleText(root(el).querySelector('.group')!)).to.equal('Talleres en línea');
    expect(visibleText(items(el)[0].querySelector('.show')!)).to.equal('Ver en el mapa');
    expect(visibleText(items(el)[0])).to.match(/ene|enero/);
    // US zones by their names, as US Spanish writes them.
    expect(visibleText(items(el)[0].querySelector('.when')!)).to.match(/a\.\s?m\..*\b[ECMP][SD]T\b/);
    expect(visibleText(root(el).querySelector('.items')!)).not.to.contain('GMT');
    expect(root(el).querySelector('[part="map"]')!.getAttribute('aria-label')).to.equal('Mapa de talleres');
    await searchFor(el, '00000');
    expect(summary(el)).to.contain('No encontramos el código postal 00000');
  });

  it('follows a lang change on the page', async () => {
    const { el } = await mountMap({ src: SRC });
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(summary(el)).to.equal('9 talleres');
  });

  it('changes the map\'s words with the language, and keeps the map where the user moved it', async () => {
    const { el } = await mountMap({ src: SRC });
    const map = leafletMap(el);
    map.setView([40, -90], 7, { animate: false });
    const zoomIn = () => el.shadowRoot!.querySelector<HTMLElement>('.leaflet-control-zoom-in')!;
    expect(zoomIn().getAttribute('aria-label')).to.equal('Zoom in');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(leafletMap(el) === map).to.equal(true);
    expect(map.getZoom()).to.equal(7);
    expect(map.getCenter().lat).to.be.closeTo(40, 0.01);
    expect(zoomIn().getAttribute('aria-label')).to.equal('Acercar');
    expect(el.shadowRoot!.querySelectorAll('.leaflet-control-zoom')).to.have.length(1);
  });
});

describe('<pl-workshop-map> zoom buttons and credits', () => {
  it('says a zoom button is unavailable at its end of the range, zooms with the other, and credits the tiles with the text given (as text)', async () => {
    const { el } = await mountMap({ src: SRC, tiles: 'https://tiles.invalid/{z}/{x}/{y}.png', attribution: 'Tiles <b>&</b> Co' });
    const map = leafletMap(el);
    const button = (name: string) => root(el).querySelector<HTMLElement>(`.leaflet-control-zoom-${name}`)!;
    const state = () => ['in', 'out'].map((name) => button(name).getAttribute('aria-disabled')).join();
    const credit = () => visibleText(root(el).querySelector('.leaflet-control-attribution')!);
    const zoomTo = async (zoom: number) => {
      const ended = new Promise((resolve) => map.once('zoomend', resolve));
      map.setView(map.getCenter(), zoom, { animate: false });
      await ended;
      await el.updateComplete;
    };
    await zoomTo(0);
    const atMin = state();
    await zoomTo(map.getMaxZoom());
    const atMax = [state(), credit()];
    button('in').click();
    button('out').click();
    await waitFor(() => map.getZoom() == map.getMaxZoom() - 1 && state() == 'false,false', 2000, 'one step out');
    expect(atMin).to.equal('false,true');
    expect(atMax).to.deep.equal(['true,false', 'Leaflet | Tiles <b>&</b> Co']);
  });
});

describe('<pl-workshop-map> accessibility', () => {
  it('says that the in-person and the virtual results are lists (WebKit drops it for lists without bullets)', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.csv', format: 'csv' });
    const lists = [...root(el).querySelectorAll('ul.items')];
    expect(lists.map((list) => list.getAttribute('role'))).to.deep.equal(['list', 'list']);
  });

  it('has no axe violations with results, a selection and a fallback', async () => {
    const { el } = await mountMap({ src: SRC, 'partners-src': '/tests/fixtures/map-partners.json', 'fallback-url': '/contact' });
    await expect(el).to.be.accessible();
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await el.updateComplete;
    await searchFor(el, '99501');
    await expect(el).to.be.accessible();
  });

  it('has no axe violations in Spanish at phone width', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const { el } = await mountMap({ src: SRC, lang: 'es' }, undefined, { width: 360 });
      const map = root(el).querySelector('[part="map"]')!;
      const list = root(el).querySelector('[part="list"]')!;
      // Stacked: the map above the list, both full width.
      expect(map.getBoundingClientRect().bottom).to.be.at.most(list.getBoundingClientRect().top + 1);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('fits a narrow column with large text (zoomed or a host page font)', async () => {
    const { el } = await mountMap({ src: SRC }, (map) => (map.style.fontSize = '30px'), { width: 320 });
    const box = el.getBoundingClientRect();
    for (const part of root(el).querySelectorAll('#near, .search-row button, [part="map"], [part="list"]')) {
      const rect = part.getBoundingClientRect();
      expect(rect.right, part.id || part.className).to.be.at.most(box.right + 0.5);
      expect(rect.left, part.id || part.className).to.be.at.least(box.left - 0.5);
    }
  });

  it('keeps the seats checkbox as big as the format radios when its label wraps (WCAG 2.5.8: 24 px)', async () => {
    for (const width of [320, 768, 1000, 1280]) {
      const { el } = await mountMap({ src: SRC }, (map) => (map.style.fontFamily = 'monospace'), { width });
      const sizes = [...root(el).querySelectorAll('.choice input')].map((input) => Math.round(input.getBoundingClientRect().width));
      expect(sizes.length).to.be.above(1);
      expect(sizes, `${width} px`).to.deep.equal(sizes.map(() => 24));
    }
  });

  it('puts the list beside the map when wide', async () => {
    const { el } = await mountMap({ src: SRC }, undefined, { width: 1100 });
    const map = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
    const list = root(el).querySelector('[part="list"]')!.getBoundingClientRect();
    expect(list.right).to.be.at.most(map.left);
    expect(list.height).to.be.at.most(map.height + 1);
  });

  it('announces results in a polite live region', async () => {
    const { el } = await mountMap({ src: SRC });
    expect(root(el).querySelector('[part="summary"]')!.getAttribute('role')).to.equal('status');
  });
});

describe('<pl-workshop-map> url-state', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('reads the search and filters from the page URL and writes changes back', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&flag&tilde=%7E&pl-near=30303&pl-course=csf#top`);
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    await waitFor(() => summary(el).startsWith('2 workshops within'), 4000, 'the URL search');
    expect(root(el).querySelector<HTMLInputElement>('#near')!.value).to.equal('30303');
    expect(root(el).querySelector<HTMLSelectElement>('#f-course')!.value).to.equal('csf');

    const change = nextEvent<FilterChangeDetail>(el, 'pl-filter-change');
    await setField(el, 'f-course', 'csd');
    expect((await change).detail.filters.courses).to.deep.equal(['csd']);
    const params = new URLSearchParams(location.search);
    expect(params.get('pl-course')).to.equal('csd');
    expect(params.get('pl-near')).to.equal('30303');
    expect(params.get('keep')).to.equal('1');
    // The page's own parameters are kept exactly as it wrote them.
    expect(location.search).to.match(/^\?keep=1&flag&tilde=%7E&/);
    expect(location.hash).to.equal('#top');

    await searchFor(el, '');
    expect(new URLSearchParams(location.search).has('pl-near')).to.equal(false);
  });

  it('ignores days in the URL that do not exist, and drops them from it', async () => {
    history.replaceState(null, '', `${location.pathname}?pl-from=2027-02-30&pl-to=2027-13-45`);
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    expect(summary(el)).to.equal('9 workshops');
    expect(root(el).querySelector<HTMLInputElement>('#f-from')!.value).to.equal('');
    await setField(el, 'f-course', 'csf');
    const params = new URLSearchParams(location.search);
    expect([params.has('pl-from'), params.has('pl-to'), params.get('pl-course')]).to.deep.equal([false, false, 'csf']);
  });

  it('shows the type a shared link names, the first one when it names several', async () => {
    history.replaceState(null, '', `${location.pathname}?pl-type=nonsense,summer,intro`);
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    expect(root(el).querySelector<HTMLSelectElement>('#f-type')!.value).to.equal('summer');
    expect(el.filteredWorkshops.every((w) => w.type === 'summer')).to.equal(true);
    history.replaceState(null, '', location.pathname);
  });

  it('leaves the URL alone without url-state', async () => {
    history.replaceState(null, '', `${location.pathname}?pl-course=csd`);
    const { el } = await mountMap({ src: SRC });
    expect(summary(el)).to.equal('9 workshops');
    await setField(el, 'f-course', 'csf');
    expect(new URLSearchParams(location.search).get('pl-course')).to.equal('csd');
  });
});
