/**
 * Every element of the drop-in, and a provider, on a page whose Content-Security-Policy is the
 * contract's strict one (`script-src 'self'; style-src 'self'`): each renders and answers a visitor
 * without one violation or uncaught error, a map whose tile server answers 404 included.
 * tests/fixtures/pages/record-trouble.js records both from before the drop-in runs.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { visibleText, waitFor } from '../support/helpers.js';

type Trouble = { violations: string[]; errors: string[] };

/** The page in a frame wide enough for the tiled map to show its list beside the map. */
async function openCspPage(): Promise<{ frame: HTMLIFrameElement; doc: Document; trouble: Trouble }> {
  const frame = await openPage('strict-csp-every-element.html', '1000px 800px');
  const doc = frame.contentDocument!;
  const trouble = (frame.contentWindow as Window & { trouble: Trouble }).trouble;
  return { frame, doc, trouble };
}

const shadow = (doc: Document, id: string) => doc.getElementById(id)!.shadowRoot!;
const read = (doc: Document, id: string, selector: string) => [...(shadow(doc, id)?.querySelectorAll(selector) ?? [])].map(visibleText);
const summaryOf = (doc: Document, id: string) => read(doc, id, '[part="summary"]').join(' ');
const totalOf = (doc: Document) => read(doc, 'card', '[part="total"] dd').join(' ');

/**
 * Each value's heading, and its body after a colon when its panel shows. Asked of the panel itself:
 * visibleText's checks are for this window's elements, and reads a frame's nodes as plain text.
 */
const valuesShown = (doc: Document, id: string) =>
  [...shadow(doc, id).querySelectorAll('[part="item"]')].map((item) => {
    const heading = visibleText(item.querySelector('[part="header"]')!);
    const panel = item.querySelector<HTMLElement>('[role="region"]')!;
    if (!panel.checkVisibility()) return heading;
    const body = panel.querySelector('slot')!.assignedNodes({ flatten: true });
    return `${heading}: ${body.map((node) => node.textContent).join('').trim()}`;
  });

/** What a visitor reads of each element once all have loaded. */
async function whatEachShows(doc: Document): Promise<Record<string, unknown>> {
  await waitFor(
    () =>
      summaryOf(doc, 'tiled') === '2 workshops' &&
      summaryOf(doc, 'untiled') === '2 workshops' &&
      read(doc, 'accordion', 'button[aria-expanded]').length > 0 &&
      read(doc, 'timeline', '.phase-title').length > 0 &&
      totalOf(doc) !== '' &&
      read(doc, 'provided', 'button[aria-expanded]').length > 0,
    8000,
    'every element to render',
  );
  return {
    accordion: valuesShown(doc, 'accordion'),
    timeline: read(doc, 'timeline', '.phase-title'),
    current: read(doc, 'timeline', '[aria-current="step"] .phase-title'),
    card: [...read(doc, 'card', '[part="heading"]'), totalOf(doc)],
    provided: valuesShown(doc, 'provided'),
    tiled: read(doc, 'tiled', '[part="item"] .title'),
    untiled: read(doc, 'untiled', '[part="item"] .title'),
  };
}

/** Until the map has asked its tile server for tiles (and had its 404s). */
const tilesAsked = (frame: HTMLIFrameElement) =>
  waitFor(
    () => frame.contentWindow!.performance.getEntriesByType('resource').some((entry) => entry.name.includes('/no-such-tiles/')),
    6000,
    'the map to ask for tiles',
  );

describe('every element of the drop-in under a strict Content-Security-Policy', () => {
  it('renders the accordion, timeline, card, provider and both maps with no violation or error', async () => {
    const { frame, doc, trouble } = await openCspPage();
    try {
      expect(await whatEachShows(doc)).to.deep.equal({
        accordion: ['Equity', 'Community'],
        timeline: ['Online course', 'Summer workshop'],
        current: ['Summer workshop'],
        card: ['Deep Dive', '$300'],
        provided: ['Document: teachers are the experts', 'Document: equity'],
        tiled: ['Atlanta Deep Dive', 'Decatur Summer Workshop'],
        untiled: ['Atlanta Deep Dive', 'Decatur Summer Workshop'],
      });
      await tilesAsked(frame);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(trouble).to.deep.equal({ violations: [], errors: [] });
    } finally {
      frame.remove();
    }
  });

  it('opens a value, adds a seat and opens a workshop chosen in the list on the map, with no violation or error', async () => {
    const { frame, doc, trouble } = await openCspPage();
    try {
      await whatEachShows(doc);
      await tilesAsked(frame);
      shadow(doc, 'accordion').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      shadow(doc, 'card').querySelector<HTMLButtonElement>('button[aria-label="Add one seat"]')!.click();
      shadow(doc, 'tiled').querySelector<HTMLButtonElement>('[data-id="atl"] .show')!.click();
      await waitFor(() => !!shadow(doc, 'tiled').querySelector('.leaflet-popup'), 4000, 'the popup');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect({
        values: valuesShown(doc, 'accordion'),
        total: totalOf(doc),
        popup: read(doc, 'tiled', '.leaflet-popup .popup-title'),
      }).to.deep.equal({
        values: ['Equity: Every student.', 'Community'],
        total: '$600',
        popup: ['Atlanta Deep Dive'],
      });
      expect(trouble).to.deep.equal({ violations: [], errors: [] });
    } finally {
      frame.remove();
    }
  });
});
