/**
 * `src` is any URL the page's fetch can read: a test or a page that builds its data in the browser
 * gives a data: URL or an object URL (blob:).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { nextEvent, visibleText } from '../support/helpers.js';

const VALUES = [{ id: 'equity', heading: 'Equity', body: 'Every student.' }];
const PHASES = [{ name: 'Phase 1', title: 'Online course' }];

async function loadedFrom(tag: string, src: string) {
  const el = document.createElement(tag);
  el.setAttribute('tiles', 'none');
  const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load', 4000);
  el.setAttribute('src', src);
  document.body.append(el);
  const { detail } = await loaded;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, detail };
}

describe('src as a data: or blob: URL', () => {
  it('loads an accordion from a data: URL', async () => {
    const { el, detail } = await loadedFrom('pl-values-accordion', `data:application/json,${encodeURIComponent(JSON.stringify(VALUES))}`);
    expect(detail).to.deep.equal({ count: 1, skipped: 0 });
    expect(visibleText(el.shadowRoot!.querySelector('[part="header"]')!)).to.equal('Equity');
    el.remove();
  });

  it('loads a timeline from an object URL', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(PHASES)], { type: 'application/json' }));
    const { el, detail } = await loadedFrom('pl-program-timeline', url);
    expect(detail).to.deep.equal({ count: 1, skipped: 0 });
    expect(visibleText(el)).to.contain('Online course');
    URL.revokeObjectURL(url);
    el.remove();
  });

  it('loads a finder from a data: URL of CSV', async () => {
    const csv = 'id,title,course,start,lat,lng\na,Atlanta intro,csf,2027-06-12T09:00:00-04:00,33.75,-84.39\n';
    const el = document.createElement('pl-workshop-map');
    el.setAttribute('format', 'csv');
    el.setAttribute('today', '2026-11-23');
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load', 4000);
    el.setAttribute('tiles', 'none');
    el.setAttribute('src', `data:text/csv,${encodeURIComponent(csv)}`);
    document.body.append(el);
    expect((await loaded).detail).to.deep.equal({ count: 1, skipped: 0 });
    el.remove();
  });
});
