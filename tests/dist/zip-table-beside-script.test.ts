/**
 * The drop-in fetches its ZIP table from its own folder (SPEC, "Distribution") however the page
 * writes its script tag. Each page (tests/fixtures/pages/zip-beside-*.html) loads dist/pl-widgets.js
 * fresh in its own frame, with no zip-table-url, and lists two workshops near Atlanta (tests/fixtures/workshops-atlanta.json).
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { visibleText, waitFor } from '../support/helpers.js';

const PAGES: [how: string, page: string][] = [
  ['with a query string (pl-widgets.js?ver=1.2)', 'zip-beside-query.html'],
  ['as type="module"', 'zip-beside-module.html'],
  ['as type="module" with a query string', 'zip-beside-module-query.html'],
];

const summaryOf = (map: Element) => visibleText(map.shadowRoot?.querySelector('[part="summary"]') ?? document.createElement('p'));

/** Types a search into the map's box and submits it, as a visitor would. */
function searchIn(map: Element, text: string): void {
  map.shadowRoot!.querySelector<HTMLInputElement>('#near')!.value = text;
  map.shadowRoot!.querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!.click();
}

/** Where the page asked for a ZIP table, as paths. */
const zipTableRequests = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('pl-zip-table.json'));

describe('the drop-in finds its ZIP table beside itself', () => {
  for (const [how, page] of PAGES) {
    it(`when the page loads it ${how}: a ZIP search finds the workshops near it`, async () => {
      const frame = await openPage(page);
      try {
        const map = frame.contentDocument!.getElementById('map')!;
        await waitFor(() => summaryOf(map) === '2 workshops', 6000, 'the workshops');
        searchIn(map, '30303');
        await waitFor(() => /within|not available|couldn't/.test(summaryOf(map)), 6000, 'the ZIP search');
        expect(summaryOf(map)).to.equal('2 workshops within 50 mi of Atlanta, GA 30303');
        expect(zipTableRequests(frame)).to.deep.equal(['/dist/pl-zip-table.json']);
        const win = frame.contentWindow as Window & { recorded: { errors: string[] } };
        expect(win.recorded.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
