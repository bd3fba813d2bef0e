import { expect, fixture, html } from '@open-wc/testing';
import '../../src/workshop-map.js';
import type { PlWorkshopMap, WorkshopSelectDetail } from '../../src/workshop-map.js';
import { recordEvents, waitFor } from '../support/helpers.js';
import { items, mountMap, root, searchFor, setField, summary } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';
const select = (el: PlWorkshopMap, id: string) => root(el).querySelector<HTMLSelectElement>(`#${id}`)!;

describe('<pl-workshop-map> filters changed by the page after the user chose', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('shows in its menus the course and type in effect, after the user has picked in them', async () => {
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    await setField(el, 'f-course', 'csd');
    await setField(el, 'f-course', '');
    await setField(el, 'f-type', 'intro');
    await setField(el, 'f-type', '');
    el.setAttribute('course', 'csd');
    await el.updateComplete;
    expect(el.filteredWorkshops.every((w) => w.course === 'csd')).to.equal(true);
    expect(select(el, 'f-course').value).to.equal('csd');
    // Back to a shared link's filters.
    history.pushState(null, '', `${location.pathname}?pl-type=intro`);
    dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => el.filteredWorkshops.every((w) => w.type === 'intro'), 2000, 'the type from the URL');
    await el.updateComplete;
    expect(select(el, 'f-type').value).to.equal('intro');
  });
});

describe('<pl-workshop-map> a search made while the data loads', () => {
  it('forgets it when the user clears the box before the data arrives', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('pl-workshop-map');
    for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', 'zip-table-url': '/tests/fixtures/', src: '/__slow/800/workshops.json' })) {
      el.setAttribute(name, value);
    }
    container.append(el);
    await el.updateComplete;
    await el.search('Atlanta');
    await el.search('');
    await waitFor(() => items(el).length > 0, 6000, 'the data');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('#near')!.value).to.equal('');
    expect(summary(el)).to.equal('9 workshops');
  });
});

describe('<pl-workshop-map> search() called by the page as soon as it made the element', () => {
  for (const when of ['before it is in the page', 'right after it is put in the page']) {
    it(`searches once the data is there, called ${when}, and wins over near=""`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      const el = document.createElement('pl-workshop-map');
      for (const [name, value] of Object.entries({ tiles: 'none', today: '2026-11-23', 'zip-table-url': '/tests/fixtures/', src: '/tests/fixtures/workshops.json', near: '' })) {
        el.setAttribute(name, value);
      }
      if (when.startsWith('before')) void el.search('Atlanta');
      container.append(el);
      if (!when.startsWith('before')) void el.search('Atlanta');
      await el.updateComplete;
      await waitFor(() => /Atlanta/.test(summary(el)), 6000, 'the search result');
      expect(root(el).querySelector<HTMLInputElement>('#near')!.value).to.equal('Atlanta');
      expect(summary(el)).to.match(/^\d+ workshops? within 50 mi of Atlanta/);
    });
  }
});

describe('<pl-workshop-map> pins of data that is gone', () => {
  it('takes the pins away with the data: none left to select', async () => {
    const { el } = await mountMap({ src: SRC });
    await waitFor(() => !!root(el).querySelector('.pl-pin, .pl-cluster'), 4000, 'pins');
    const { events } = recordEvents<WorkshopSelectDetail>(el, 'pl-workshop-select');
    el.removeAttribute('src');
    await el.updateComplete;
    await waitFor(() => !root(el).querySelector('.pl-pin, .pl-cluster'), 2000, 'no pins');
    expect(events).to.have.length(0);
  });
});

describe('<pl-workshop-map> removed from the page while it searches', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('leaves the page URL alone once it is gone (a single-page app changed route)', async () => {
    let answer: (value: { lat: number; lng: number; label: string }) => void = () => {};
    const { el } = await mountMap({ src: SRC, 'url-state': '' }, (m) => {
      m.geocoder = () => new Promise((resolve) => (answer = resolve));
    });
    const searched = searchFor(el, 'Slowville').catch(() => undefined);
    await waitFor(() => /Searching/.test(summary(el)), 2000, 'the search to start');
    el.remove();
    history.pushState(null, '', `${location.pathname}?tab=team`);
    answer({ lat: 33.75, lng: -84.39, label: 'Slowville' });
    await searched;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(location.search).to.equal('?tab=team');
  });
});

describe('<pl-workshop-map> a view the page switches while the user is in it', () => {
  it('keeps the keyboard focus in the finder, on the same workshop, when the focused button goes away', async () => {
    const { el } = await mountMap({ src: SRC });
    const item = root(el).querySelectorAll<HTMLElement>('.item')[1];
    item.querySelector<HTMLButtonElement>('.show')!.focus();
    el.view = 'list';
    await el.updateComplete;
    expect(root(el).querySelector('.show')).to.equal(null);
    // Compared as text: a failure that printed the element and the page's body would be huge.
    expect(document.activeElement === el && root(el).activeElement?.closest<HTMLElement>('.item')?.dataset.id, 'focus on the same workshop').to.equal(item.dataset.id);
  });

  it('moves the keyboard focus to the search box when the focused workshop goes away with the view', async () => {
    const { el } = await mountMap({ src: SRC });
    root(el).querySelector<HTMLElement>('.leaflet-container')!.focus();
    expect(root(el).activeElement?.classList.contains('leaflet-container')).to.equal(true);
    el.view = 'list';
    await el.updateComplete;
    expect(document.activeElement === el && root(el).activeElement?.id, 'focus in the search box').to.equal('near');
  });
});

describe('<pl-workshop-map> focus the page moves while the map updates', () => {
  it('leaves the focus where a pl-data-load listener put it', async () => {
    const { el } = await mountMap({ src: SRC });
    const own = document.createElement('button');
    own.textContent = 'Page button';
    el.parentElement!.append(own);
    root(el).querySelector<HTMLInputElement>('#near')!.focus();
    el.addEventListener('pl-data-load', () => own.focus(), { once: true });
    el.workshops = [];
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(document.activeElement === own, 'the page\'s button keeps the focus').to.equal(true);
  });
});

describe('<pl-workshop-map> its map made again (moved in the page, or new center, zoom or tiles)', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => window.addEventListener('error', onError));
  afterEach(() => {
    window.removeEventListener('error', onError);
    errors.length = 0;
  });

  it('leaves nothing of the maps it made before: a wheel over the focused map zooms it once, without errors', async () => {
    const { el } = await mountMap({ src: SRC, center: '33.75,-84.39', zoom: '8' });
    const other = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const home = el.parentElement!;
    for (const box of [other, home, other]) {
      box.append(el);
      await el.updateComplete;
    }
    el.setAttribute('zoom', '9');
    await el.updateComplete;
    const map = root(el).querySelector<HTMLElement>('[part="map"]')!;
    await waitFor(() => !!map.querySelector('.leaflet-marker-icon'), 4000, 'pins on the new map');
    map.focus();
    const box = map.getBoundingClientRect();
    map.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -120, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors).to.deep.equal([]);
  });

  it('takes arrow keys without errors before it has data to show', async () => {
    const el = document.createElement('pl-workshop-map');
    el.setAttribute('tiles', 'none');
    (await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`)).append(el);
    await el.updateComplete;
    const map = root(el).querySelector<HTMLElement>('[part="map"]')!;
    map.tabIndex = 0;
    map.focus();
    for (const key of ['ArrowDown', 'ArrowLeft', '+']) map.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, keyCode: key === '+' ? 187 : key === 'ArrowDown' ? 40 : 37, bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).to.deep.equal([]);
  });
});

describe('<pl-workshop-map> properties a script sets with values of other types', () => {
  it('reads partnersSrc set as a URL object, as src is read, and keeps working when the element moves', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener('error', onError);
    try {
      const { el } = await mountMap({ src: SRC });
      // Fails before: `src()?.trim is not a function` on the console, no partners, and an uncaught TypeError on the move.
      (el as unknown as { partnersSrc: URL }).partnersSrc = new URL('/tests/fixtures/map-partners.json', location.href);
      await waitFor(() => !!root(el).querySelector('.pl-partner-pin'), 4000, 'the partners\' pins');
      el.parentElement!.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(errors).to.deep.equal([]);
      expect(root(el).querySelector('.pl-partner-pin')).to.not.equal(null);
    } finally {
      removeEventListener('error', onError);
    }
  });

  it('sends includePast as a boolean in pl-filter-change, whatever a script set it to', async () => {
    const { el } = await mountMap({ src: SRC });
    (el as unknown as { includePast: unknown }).includePast = () => true;
    await el.updateComplete;
    const events = recordEvents<{ filters: { includePast: unknown } }>(el, 'pl-filter-change');
    // Fails before: structuredClone throws a DataCloneError for the function, uncaught, and no event goes out.
    root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    events.stop();
    expect(events.events.map((event) => event.detail.filters.includePast)).to.deep.equal([true]);
  });
});
