/**
 * What the page and its visitors get from the finder beyond its own box: its outline of headings
 * under the page's, virtual workshops in a map-only view, state that a page's script cannot change
 * by accident, and focus that survives the page changing the results.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { chromiumOnly } from '../support/chromium-only.js';
import { deepActiveElement, nextEvent, visibleText, waitFor } from '../support/helpers.js';
import { items, mountMap, popup, root, setField, summary, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

const titleLevels = (el: PlWorkshopMap) => items(el).map((item) => item.querySelector('.title')!.getAttribute('aria-level'));

describe('<pl-workshop-map> landmarks', () => {
  const names = (el: PlWorkshopMap) =>
    ['[part="search"]', '[part="filters"]', '[part="map"]'].map((selector) => root(el).querySelector(selector)!.getAttribute('aria-label'));

  it('names its search, filters and map, apart from the search form of a theme and from another finder on the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><form role="search" action="/"><input type="search" aria-label="Search this site" /></form><main id="main"></main></div>`);
    const make = (course: string) => {
      const el = document.createElement('pl-workshop-map');
      el.setAttribute('tiles', 'none');
      el.setAttribute('today', '2026-11-23');
      el.setAttribute('course', course);
      el.workshops = [workshop(1), workshop(2)];
      return el;
    };
    const [first, second] = [make('csf'), make('csd')];
    const loads = [nextEvent(first, 'pl-data-load'), nextEvent(second, 'pl-data-load')];
    page.querySelector('main')!.append(first, second);
    await Promise.all(loads);
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(names(first)).to.deep.equal(['Search workshops', 'Filter workshops', 'Map of workshops']);
    expect(names(second)).to.deep.equal(['Search workshops 2', 'Filter workshops 2', 'Map of workshops 2']);
    await expect(page).to.be.accessible();
  });
});

describe('<pl-workshop-map> in the page outline', () => {
  it('titles its workshops one level below the page heading before it, so axe finds no gap', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><h1>Find a workshop</h1><p>Search by ZIP code.</p><div id="slot"></div></div>`);
    const data = [workshop(1), workshop(2, { virtual: true, location: undefined })];
    const el = document.createElement('pl-workshop-map');
    el.setAttribute('tiles', 'none');
    el.setAttribute('today', '2026-11-23');
    el.workshops = data;
    const loaded = nextEvent(el, 'pl-data-load');
    page.querySelector('#slot')!.append(el);
    await loaded;
    await el.updateComplete;
    // The virtual workshops a level below their group's heading ("Virtual").
    expect(titleLevels(el)).to.deep.equal(['2', '3']);
    expect(root(el).querySelector('#virtual-group')!.getAttribute('aria-level')).to.equal('2');
    expect(root(el).querySelector('#virtual-group')!.getAttribute('role')).to.equal('heading');
    await expect(page).to.be.accessible();
  });

  it('keeps level 3 without a page heading before it, and follows an h4 section with 5', async () => {
    const { el } = await mountMap({ src: SRC });
    const inPerson = () => titleLevels(el).filter((_, i) => !items(el)[i].closest('.virtual'));
    expect(new Set(inPerson())).to.deep.equal(new Set(['3']));
    const page = await fixture<HTMLDivElement>(html`<div><h4>Workshops near you</h4></div>`);
    page.append(el);
    await el.updateComplete;
    expect(new Set(inPerson())).to.deep.equal(new Set(['5']));
  });
});

describe('<pl-workshop-map view="map">', () => {
  it('says the pins still work when tiles cannot load, not the list it does not have', async () => {
    const { el } = await mountMap({ src: SRC, view: 'map', tiles: '/no-tiles-here/{z}/{x}/{y}.png' });
    await waitFor(() => !!root(el).querySelector('.tiles-note'), 6000, 'the tile note');
    expect(visibleText(root(el).querySelector('.tiles-note')!)).to.equal('Map tiles unavailable. The pins still work.');
  });

  it('names a cluster of workshops at one place for what selecting it does: list them', async () => {
    const here = { location: { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 } };
    const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = [workshop(1, here), workshop(2, here), workshop(3, here)]));
    await waitFor(() => !!root(el).querySelector('.pl-cluster'), 4000, 'the cluster');
    const cluster = root(el).querySelector<HTMLElement>('.pl-cluster')!;
    expect(cluster.getAttribute('aria-label') ?? cluster.title).to.equal('3 workshops at Atlanta, GA; select to list them');
  });
});

describe('<pl-workshop-map> markers', () => {
  it('draws cluster badges above pins, so a pin never covers a number, and a chosen pin above both', async () => {
    const near = (lat: number, lng: number) => ({ location: { city: 'X', state: 'GA', lat, lng } });
    const data = [workshop(1, near(33.75, -84.39)), workshop(2, near(33.76, -84.38)), workshop(3, near(34.9, -83.0))];
    const { el } = await mountMap({ view: 'map' }, (m) => (m.workshops = data));
    await waitFor(() => !!root(el).querySelector('.pl-cluster') && !!root(el).querySelector('.pl-pin'), 4000, 'a cluster and a pin');
    const z = (node: Element) => Number(getComputedStyle(node).zIndex);
    const pin = root(el).querySelector<HTMLElement>('.pl-pin')!;
    expect(z(root(el).querySelector('.pl-cluster')!)).to.be.greaterThan(z(pin));
    pin.click();
    await waitFor(() => !!root(el).querySelector('.pl-pin.is-selected'), 4000, 'the chosen pin');
    expect(z(root(el).querySelector('.pl-pin.is-selected')!)).to.be.greaterThan(z(root(el).querySelector('.pl-cluster')!));
  });
});

describe('<pl-workshop-map> state the page reads', () => {
  it('keeps its content inside its box when the page gives it a height, as Leaflet map divs are sized', async () => {
    const style = document.createElement('style');
    style.textContent = '.sized-by-page { height: 200px; max-height: 300px }';
    document.head.append(style);
    try {
      const { el } = await mountMap({ src: SRC, class: 'sized-by-page' });
      const after = document.createElement('p');
      after.textContent = 'What the page has after the finder';
      el.after(after);
      const list = root(el).querySelector('[part="list"]')!.getBoundingClientRect();
      const map = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
      expect(after.getBoundingClientRect().top).to.be.at.least(Math.max(list.bottom, map.bottom));
    } finally {
      style.remove();
    }
  });

  it('hands out filteredWorkshops as a copy: sorting or trimming it changes nothing', async () => {
    const { el } = await mountMap({ src: SRC });
    const first = el.filteredWorkshops.map((w) => w.id);
    const read = el.filteredWorkshops as unknown as { id: string }[];
    read.reverse();
    read.length = 1;
    expect(el.filteredWorkshops.map((w) => w.id)).to.deep.equal(first);
  });

  it('reports its filters in pl-filter-change as a copy: a listener that pushes to them changes nothing', async () => {
    const { el } = await mountMap({ src: SRC });
    const changed = nextEvent<{ filters: { courses: string[]; types: string[] }; count: number }>(el, 'pl-filter-change');
    await setField(el, 'f-course', 'csf');
    const { detail } = await changed;
    const count = detail.count;
    detail.filters.courses.push('csa');
    detail.filters.types.push('summer');
    // Another change: the element filters by what the visitor chose, not by what the listener added.
    await setField(el, 'f-to', '2099-12-31');
    expect(el.filteredWorkshops.length).to.equal(count);
    expect(root(el).querySelector<HTMLSelectElement>('#f-course')!.value).to.equal('csf');
  });

  it('moves the other end of the date range to a day typed past it, so a range moved To first ends where it is typed', async () => {
    const { el } = await mountMap({ src: SRC, 'include-past': '' });
    const field = (id: string) => root(el).querySelector<HTMLInputElement>(`#${id}`)!;
    const shown = () => [field('f-from').value, field('f-to').value, field('f-from').validity.valid && field('f-to').validity.valid];
    const ids = () => el.filteredWorkshops.map((w) => w.id).sort();
    const changes: [string, string][] = [];
    el.addEventListener('pl-filter-change', (e) => {
      const { from, to } = (e as CustomEvent).detail.filters;
      changes.push([from || '', to || '']);
    });
    // July, then June typed To first: for a moment the range is June 30 alone, then all of June.
    await setField(el, 'f-from', '2027-07-01');
    await setField(el, 'f-to', '2027-07-31');
    expect(ids()).to.deep.equal(['dec-2027-07-12-csd-summer', 'sea-2027-07-19-csa-summer']);
    await setField(el, 'f-to', '2027-06-30');
    expect(shown()).to.deep.equal(['2027-06-30', '2027-06-30', true]);
    await setField(el, 'f-from', '2027-06-01');
    expect(shown()).to.deep.equal(['2027-06-01', '2027-06-30', true]);
    expect(ids()).to.deep.equal(['atl-2027-06-12-csf-dd']);
    // And forward again, From first.
    await setField(el, 'f-from', '2027-07-10');
    expect(shown()).to.deep.equal(['2027-07-10', '2027-07-10', true]);
    await setField(el, 'f-to', '2027-07-31');
    expect(ids()).to.deep.equal(['dec-2027-07-12-csd-summer', 'sea-2027-07-19-csa-summer']);
    expect(summary(el)).to.not.contain('No workshops');
    // Clearing either end leaves the other where it is.
    await setField(el, 'f-to', '');
    expect(shown()).to.deep.equal(['2027-07-10', '', true]);
    await setField(el, 'f-to', '2027-07-31');
    await setField(el, 'f-from', '');
    expect(shown()).to.deep.equal(['', '2027-07-31', true]);
    // Two changes in one task (a script), before the render between them: the second sees the first.
    for (const [id, day] of [['f-from', '2027-09-01'], ['f-to', '2027-08-20']]) {
      field(id).value = day;
      field(id).dispatchEvent(new Event('change', { bubbles: true }));
    }
    await el.updateComplete;
    expect(shown()).to.deep.equal(['2027-08-20', '2027-08-20', true]);
    expect(changes.splice(-2)).to.deep.equal([
      ['2027-09-01', '2027-09-01'],
      ['2027-08-20', '2027-08-20'],
    ]);
    expect(changes).to.deep.equal([
      ['2027-07-01', ''],
      ['2027-07-01', '2027-07-31'],
      ['2027-06-30', '2027-06-30'],
      ['2027-06-01', '2027-06-30'],
      ['2027-07-10', '2027-07-10'],
      ['2027-07-10', '2027-07-31'],
      ['2027-07-10', ''],
      ['2027-07-10', '2027-07-31'],
      ['', '2027-07-31'],
    ]);
  });
});

describe('<pl-workshop-map> focus when the page changes the results', () => {
  it('moves focus from a popup the new results close to the map, not to the page', async () => {
    const { el } = await mountMap({ src: SRC });
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    popup(el)!.querySelector<HTMLElement>('.actions button')!.focus();
    el.setAttribute('course', 'csp');
    await waitFor(() => !popup(el), 4000, 'the popup to close');
    expect(deepActiveElement()).to.equal(root(el).querySelector('[part="map"]'));
  });

  // Chromium only: counts the tab stops of Chromium's date field (its calendar button); Firefox's has others.
  chromiumOnly("keeps the date field's focus ring while its calendar button has the focus", async () => {
    const { el } = await mountMap({ src: SRC });
    const from = root(el).querySelector<HTMLInputElement>('#f-from')!;
    from.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    expect(from.matches(':focus'), 'the calendar button, inside the field, has the focus').to.equal(false);
    expect(getComputedStyle(from).outlineStyle).to.equal('solid');
  });
});
