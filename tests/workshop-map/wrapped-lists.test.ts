/** The `workshops` and `partners` properties take a whole document, `{ "workshops": [...] }` or `{ "partners": [...] }`, as SPEC allows. */
import { expect } from '@open-wc/testing';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { captureWarnings, visibleText, waitFor } from '../support/helpers.js';
import { items, mountMap, root, searchFor, summary, workshop, type LoadDetail } from './helpers.js';

const fallbackText = (el: PlWorkshopMap) => visibleText(root(el).querySelector('[part="fallback"]') ?? document.createElement('p'));

describe('<pl-workshop-map> given whole documents through its properties', () => {
  it('loads { "workshops": [...] } given to .workshops, and counts its records in pl-data-load', async () => {
    const { el, detail } = await mountMap({ view: 'list' }, (map) => {
      map.workshops = { workshops: [workshop(1), workshop(2), workshop(3)] };
    });
    expect(detail).to.deep.equal({ count: 3, skipped: 0 });
    expect(items(el).map((item) => item.dataset.id)).to.deep.equal(['w-1', 'w-2', 'w-3']);
    expect(summary(el)).to.equal('3 workshops');
  });

  it('skips and counts the invalid records inside { "workshops": [...] } as it does in a bare list', async () => {
    let detail: LoadDetail | undefined;
    const warnings = await captureWarnings(async () => {
      ({ detail } = await mountMap({ view: 'list' }, (map) => {
        map.workshops = { workshops: [workshop(1), { id: 'no-title', course: 'csf' }, workshop(2)] };
      }));
    });
    expect(detail).to.deep.equal({ count: 2, skipped: 1 });
    expect(warnings.join('\n')).to.contain('record 2: missing title');
  });

  it('names the partner from { "partners": [...] } given to .partners when nothing is near the searched place', async () => {
    const { el } = await mountMap({}, (map) => {
      map.workshops = [workshop(1)];
      map.partners = { partners: [{ id: 'ak', name: 'Alaska CS Partners', email: 'hello@ak.example.org', states: ['AK'], status: 'active' }] };
    });
    await searchFor(el, '99501');
    await waitFor(() => fallbackText(el) !== '', 4000, 'the partner');
    expect(fallbackText(el)).to.contain('The regional partner serving Anchorage, AK 99501 can help');
    expect(fallbackText(el)).to.contain('Alaska CS Partners');
  });
});
