import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

/** The direction the element's own text is laid out in (its first rendered child's). */
const innerDirection = (el: Element) => getComputedStyle(el.shadowRoot!.firstElementChild ?? el.shadowRoot!.querySelector('*')!).direction;

describe('a page that reads right to left', () => {
  it('keeps the widgets, whose languages read left to right, left to right', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="en">
      <pl-pricing-card heading="Workshop" value="300" price="150"></pl-pricing-card>
      <pl-program-timeline current="1"><pl-phase name="Phase 1" title="Online course" start="2026-06-01" end="2026-06-05"></pl-phase></pl-program-timeline>
      <pl-values-accordion><pl-value heading="Equity">Every student.</pl-value></pl-values-accordion>
      <pl-workshop-map tiles="none" .workshops=${[]}></pl-workshop-map>
    </div>`);
    const elements = [...page.children];
    for (const el of elements) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    for (const el of elements) expect(innerDirection(el), el.localName).to.equal('ltr');

    // "$150" starts at the left of its line, not at the right end of it as right-to-left text would.
    const card = elements[0];
    const price = card.shadowRoot!.querySelector('[part="price"]')!;
    const box = price.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(price);
    const glyphs = range.getClientRects();
    expect(glyphs[0].left - box.left).to.be.below(2);
  });

  it('still takes a direction that a page rule sets on the element itself', async () => {
    const page = await fixture(html`<div>
      <style>.mirrored { direction: rtl; }</style>
      <pl-pricing-card class="mirrored" heading="Workshop" value="300"></pl-pricing-card>
    </div>`);
    const card = page.querySelector('pl-pricing-card')!;
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(innerDirection(card)).to.equal('rtl');
  });
});

describe('the page\'s own text inside the widgets, on a page that reads right to left', () => {
  it('lays out what the page wrote into the elements right to left, and keeps the widgets\' own words left to right', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
      <pl-pricing-card heading="ورشة" value="300"><p class="page-text">وصف الورشة.</p></pl-pricing-card>
      <pl-program-timeline current="1"><pl-phase name="1" title="دورة" start="2026-06-01" end="2026-06-05"><p class="page-text">دورة ذاتية.</p></pl-phase></pl-program-timeline>
      <pl-values-accordion><pl-value heading="الإنصاف" open><p class="page-text">لكل طالب.</p></pl-value></pl-values-accordion>
    </div>`);
    const elements = [...page.children];
    for (const el of elements) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    for (const text of page.querySelectorAll('.page-text')) expect(getComputedStyle(text).direction, text.parentElement!.localName).to.equal('rtl');
    for (const el of elements) expect(innerDirection(el), el.localName).to.equal('ltr');
  });

  it('leaves left to right what the page marked so (dir="ltr")', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="he">
      <pl-pricing-card heading="Workshop" value="300"><p class="page-text" dir="ltr">English description.</p></pl-pricing-card>
    </div>`);
    await (page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(getComputedStyle(page.querySelector('.page-text')!).direction).to.equal('ltr');
  });
});
