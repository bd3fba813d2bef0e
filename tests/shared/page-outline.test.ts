/**
 * The accordion's and the card's headings in the page's outline: without `heading-level`, one level
 * below the page's heading before them (3 when there is none), so a page title followed by a widget
 * has no gap in its outline (axe's heading-order); `heading-level` still decides when given.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/values-accordion.js';
import '../../src/pricing-card.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

// The accordion's headings are <h1>-<h6>, the card's role="heading" with aria-level.
const levels = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)));

async function onPage(before: string, widget: string): Promise<{ page: HTMLElement; el: Updating }> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  page.innerHTML = `${before}${widget}`;
  const el = page.lastElementChild as Updating;
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
  return { page, el };
}

const ACCORDION = '<pl-values-accordion><pl-value heading="Equity"><p>For every student.</p></pl-value><pl-value heading="Community"><p>No one alone.</p></pl-value></pl-values-accordion>';
const CARD = '<pl-pricing-card heading="Deep Dive" value="300" price="0"><ul slot="includes"><li>Lunch</li></ul></pl-pricing-card>';

describe('the accordion and the card in the page outline', () => {
  it('accordion: one level below the page heading before it, so axe finds no gap', async () => {
    const { page, el } = await onPage('<h1>Our values</h1>', ACCORDION);
    expect(levels(el)).to.deep.equal([2, 2]);
    await expect(page).to.be.accessible();
  });

  it('card: its heading one level below the page heading before it, its sections one more', async () => {
    const { page, el } = await onPage('<h1>What it costs</h1>', CARD);
    expect(levels(el)).to.deep.equal([2, 3, 3]);
    await expect(page).to.be.accessible();
  });

  it('keeps level 3 without a page heading before it, follows an h4 section with 5, and takes heading-level when given', async () => {
    const levelsAlone = async (before: string, widget: string) => {
      const { page, el } = await onPage(before, widget);
      const found = levels(el);
      page.remove();
      return found;
    };
    expect(await levelsAlone('', ACCORDION)).to.deep.equal([3, 3]);
    expect(await levelsAlone('<h4>Values</h4>', ACCORDION)).to.deep.equal([5, 5]);
    expect(await levelsAlone('<h1>Values</h1>', ACCORDION.replace('<pl-values-accordion>', '<pl-values-accordion heading-level="4">'))).to.deep.equal([4, 4]);
    expect(await levelsAlone('', CARD)).to.deep.equal([3, 4, 4]);
    expect(await levelsAlone('<h1>Cost</h1>', CARD.replace('<pl-pricing-card', '<pl-pricing-card heading-level="4"'))).to.deep.equal([4, 5, 5]);
  });
});
