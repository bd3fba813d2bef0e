/**
 * The finder's page URL (url-state) and filters at their edges: shared links with a range the wrong
 * way round or one format, a search from the near attribute, Clear filters beside include-past, and
 * a workshop exactly at the radius.
 */
import { expect } from '@open-wc/testing';
import type { FilterChangeDetail } from '../../src/workshop-map.js';
import { recordEvents, waitFor } from '../support/helpers.js';
import { items, mountMap, root, searchFor, setField, summary, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

describe('<pl-workshop-map url-state> shared links', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('shows the workshops between the two days of a link whose From is after its To', async () => {
    history.replaceState(null, '', `${location.pathname}?pl-from=2027-06-30&pl-to=2027-06-01`);
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    expect(items(el).map((item) => item.dataset.id)).to.deep.equal(['atl-2027-06-12-csf-dd']);
    expect(summary(el)).to.equal('1 workshop');
  });

  it('shows only in-person workshops for a link with pl-mode=in-person', async () => {
    history.replaceState(null, '', `${location.pathname}?pl-mode=in-person`);
    const { el } = await mountMap({ src: SRC, 'url-state': '' });
    expect(root(el).querySelector<HTMLInputElement>('input[name="mode"][value="in-person"]')!.checked).to.equal(true);
    const ids = items(el).map((item) => item.dataset.id);
    expect(ids).to.include('atl-2027-06-12-csf-dd');
    expect(ids.filter((id) => id!.startsWith('virt-'))).to.deep.equal([]);
    expect(el.filteredWorkshops.some((w) => w.virtual)).to.equal(false);
  });

  it('leaves the near attribute\'s search out of the URL, and writes a cleared search as pl-near= so a reload keeps it cleared', async () => {
    history.replaceState(null, '', location.pathname);
    const { el } = await mountMap({ src: SRC, 'url-state': '', near: '30303' });
    await waitFor(() => summary(el).startsWith('3 workshops within'), 4000, 'the search from the attribute');
    await setField(el, 'f-course', 'csf');
    const params = () => new URLSearchParams(location.search);
    expect([params().get('pl-course'), params().has('pl-near')]).to.deep.equal(['csf', false]);
    await searchFor(el, '');
    expect(params().get('pl-near')).to.equal('');
    // Reloaded (a new element on the same URL): the search stays cleared.
    const { el: again } = await mountMap({ src: SRC, 'url-state': '', near: '30303' });
    // Neither "within" nor "Searching…": no search at all.
    expect(summary(again)).to.match(/^\d+ workshops?$/);
    expect(root(again).querySelector<HTMLInputElement>('#near')!.value).to.equal('');
  });
});

describe('<pl-workshop-map> Clear filters', () => {
  it('keeps past workshops listed on a finder with include-past', async () => {
    const { el } = await mountMap({ src: SRC, 'include-past': '' });
    const first = summary(el);
    expect(items(el).map((item) => item.dataset.id)).to.include('atl-2026-03-01-csf-intro');
    const log = recordEvents<FilterChangeDetail>(el, 'pl-filter-change');
    await setField(el, 'f-course', 'csd');
    root(el).querySelector<HTMLButtonElement>('.clear')!.click();
    await el.updateComplete;
    log.stop();
    expect(summary(el)).to.equal(first);
    expect(items(el).map((item) => item.dataset.id)).to.include('atl-2026-03-01-csf-intro');
    expect(log.events.at(-1)!.detail.filters.includePast).to.equal(true);
  });
});

describe('<pl-workshop-map> radius', () => {
  it('includes a workshop exactly at the radius', async () => {
    // Half-way round the Earth (the antipode): every great-circle formula gives π times the Earth's
    // mean radius (3958.7613 mi) there, exactly; a radius one mile shorter leaves the workshop out.
    const edge = Math.PI * 3958.7613;
    const { el } = await mountMap({ radius: String(edge) }, (map) => {
      map.workshops = [workshop(1, { location: { city: 'Far Side', state: 'TX', lat: 0, lng: 90 } })];
      map.geocoder = async () => ({ lat: 0, lng: -90, label: 'Near Side' });
    });
    await searchFor(el, 'Near Side');
    expect(items(el).map((item) => item.dataset.id)).to.deep.equal(['w-1']);
    el.setAttribute('radius', String(edge - 1));
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
  });
});
