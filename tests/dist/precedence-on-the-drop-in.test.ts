/**
 * The contract's order of data sources (src > inline JSON > light-DOM children) in the drop-in as a
 * partner's page loads it: each element on tests/fixtures/pages/precedence.html holds two or three
 * sources, and only the first in that order may show. (tests/shared/data-precedence.test.ts covers
 * the property and the provider, and changes over time, against the sources only.)
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { visibleText, waitFor } from '../support/helpers.js';

const VALUES_JSON = ['Educators are the experts', 'Equity', 'Community'];
const PHASES_JSON = ['Online course', 'Summer workshop', 'Quarterly workshops', 'Closing workshop'];

type Read = (el: Element) => string[];
const texts = (selector: string): Read => (el) => [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map(visibleText);
const headings = texts('button[aria-expanded]');
const phaseTitles = texts('.phase-title');
const workshopTitles = texts('[part="item"] .title');
const cardHeading = texts('[part="heading"]');

/** The page, once every element on it shows something and a src fetched late has had time to land. */
async function openPrecedencePage(): Promise<{ frame: HTMLIFrameElement; read: (id: string, what: Read) => string[] }> {
  const frame = await openPage('precedence.html');
  const doc = frame.contentDocument!;
  const read = (id: string, what: Read) => what(doc.getElementById(id)!);
  await waitFor(
    () =>
      [...doc.querySelectorAll('pl-values-accordion')].every((el) => headings(el).length > 0) &&
      [...doc.querySelectorAll('pl-program-timeline')].every((el) => phaseTitles(el).length > 0) &&
      read('map-src-json', workshopTitles).length > 0 &&
      read('card-src-json', cardHeading).length > 0,
    6000,
    'every element to show its data',
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { frame, read };
}

describe('which data the drop-in shows when an element has several sources', () => {
  // One visit: the tests only read the page.
  let frame: HTMLIFrameElement;
  let read: (id: string, what: Read) => string[];
  before(async () => ({ frame, read } = await openPrecedencePage()));
  after(() => frame.remove());

  it('shows the values of src, not those of an inline JSON child or of <pl-value> children', () => {
    expect([read('accordion-src-json-children', headings), read('accordion-src-children', headings)]).to.deep.equal([VALUES_JSON, VALUES_JSON]);
  });

  it('shows the values of an inline JSON child, not its <pl-value> children', () => {
    expect(read('accordion-json-children', headings)).to.deep.equal(['From its inline JSON']);
  });

  it('shows the phases of src, not those of an inline JSON child or of <pl-phase> children', () => {
    expect([read('timeline-src-json-children', phaseTitles), read('timeline-src-children', phaseTitles)]).to.deep.equal([PHASES_JSON, PHASES_JSON]);
  });

  it('shows the phases of an inline JSON child, not its <pl-phase> children', () => {
    expect(read('timeline-json-children', phaseTitles)).to.deep.equal(['From its inline JSON']);
  });

  it("lists the workshops of src, not those of the map's inline JSON child", () => {
    const titles = read('map-src-json', workshopTitles);
    expect(titles).to.include('CS Fundamentals Deep Dive');
    expect(titles).to.not.include('From its inline JSON');
  });

  it("prices the card from src, not from the card's inline JSON child", () => {
    const card = frame.contentDocument!.getElementById('card-src-json')!;
    expect(read('card-src-json', cardHeading)).to.deep.equal(['CS Fundamentals Deep Dive']);
    expect(visibleText(card.shadowRoot!.querySelector('[part~="price"]')!)).to.contain('Free');
  });
});
