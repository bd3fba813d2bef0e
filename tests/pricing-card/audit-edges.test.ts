/**
 * Edges of the pricing card that a mutation audit found no test held: heading levels past 6, which
 * slot content counts, slotted content changed in place, how tiers and hints read, the stepper's
 * ARIA, whose amounts and currency a card takes from its document and its provider, and amounts as
 * people write them. Public contract only (attributes, properties, events, parts, shadow DOM text):
 * these tests also run against the drop-in.
 */
import { expect } from '@open-wc/testing';
import '../../src/pricing-card.js';
import '../../src/provider.js';
import type { PlPricingCard } from '../../src/pricing-card.js';
import { captureWarnings, flakyUrl, nextEvent, visibleText, waitFor } from '../support/helpers.js';
import { container, mount, part, partText, seatInput, stepButtons } from './helpers.js';

/** Whether a part is on screen: not itself, nor inside, a hidden (display: none) box. */
const shown = (el: PlPricingCard, name: string) => (part(el, name)?.getClientRects().length ?? 0) > 0;
const levels = (el: PlPricingCard) => [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
/** The calculator's hints a sighted user reads (next tier, the most seats), not the live region. */
const hints = (el: PlPricingCard) => [...el.shadowRoot!.querySelectorAll('[part~="calculator"] p:not([aria-live])')].map(visibleText).join(' ');
const json = (value: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;

/** A card inside a <pl-provider> whose inline document gives `pricing`; resolves once the card shows a price or value. */
async function inProvider(pricing: Record<string, unknown>, card: string): Promise<PlPricingCard> {
  const box = container();
  const loaded = nextEvent(box, 'pl-program-load');
  box.innerHTML = `<pl-provider><script type="application/json">${JSON.stringify({ program: { pricing } })}</script>${card}</pl-provider>`;
  await loaded;
  const el = box.querySelector('pl-pricing-card') as PlPricingCard;
  await waitFor(() => !!part(el, 'price') || !!part(el, 'value') || !!part(el, 'heading'), 3000, 'the card to read its provider');
  await el.updateComplete;
  return el;
}

describe('<pl-pricing-card> audit: heading levels', () => {
  it('takes a heading-level past 6 as 6, the deepest heading there is', async () => {
    const el = await mount('<pl-pricing-card heading="Deep Dive" heading-level="9" value="300"><ul slot="includes"><li>Lunch</li></ul></pl-pricing-card>');
    expect(levels(el)).to.deep.equal(['6', '6', '6']);
  });

  it('keeps its section headings at level 6 under a heading at heading-level 6, not 7', async () => {
    const el = await mount('<pl-pricing-card heading="Deep Dive" heading-level="6" value="300"><ul slot="includes"><li>Lunch</li></ul></pl-pricing-card>');
    expect(levels(el)).to.deep.equal(['6', '6', '6']);
  });
});

describe('<pl-pricing-card> audit: what fills a section', () => {
  it("shows the page's own description alone, not its document's description as well", async () => {
    const box = container();
    const loaded = nextEvent(box, 'pl-data-load');
    box.innerHTML = `<pl-pricing-card price="300"><script type="application/json">{"description": "From the document."}</script><p>Our own words.</p></pl-pricing-card>`;
    const el = box.querySelector('pl-pricing-card') as PlPricingCard;
    await loaded;
    await el.updateComplete;
    expect(partText(el, 'description')).to.equal('Our own words.');
  });

  it('takes bare text written inside the card for its description', async () => {
    const el = await mount('<pl-pricing-card value="300">Five days in person, lunch included.</pl-pricing-card>');
    expect(shown(el, 'description')).to.equal(true);
    expect(partText(el, 'description')).to.equal('Five days in person, lunch included.');
  });

  it('keeps the description section hidden when the only content is for another slot', async () => {
    const el = await mount('<pl-pricing-card value="300"><small slot="note">Costs vary.</small></pl-pricing-card>');
    expect(shown(el, 'note')).to.equal(true);
    expect(shown(el, 'description')).to.equal(false);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.details')!.hidden).to.equal(true);
  });

  it('shows a section when a script changes the text already in its slotted element', async () => {
    const el = await mount('<pl-pricing-card value="300"><p slot="note"> </p></pl-pricing-card>');
    expect(shown(el, 'note')).to.equal(false);
    (el.querySelector('[slot="note"]')!.firstChild as Text).data = 'Costs vary by district.';
    await waitFor(() => shown(el, 'note'), 2000, 'the note section');
    expect(partText(el, 'note')).to.equal('Costs vary by district.');
  });

  it('moves content to the section its slot attribute names when a script changes it', async () => {
    const el = await mount('<pl-pricing-card value="300"><p>Costs vary by district.</p></pl-pricing-card>');
    expect([shown(el, 'description'), shown(el, 'note')]).to.deep.equal([true, false]);
    el.querySelector('p')!.slot = 'note';
    await waitFor(() => shown(el, 'note'), 2000, 'the note section');
    expect(shown(el, 'description')).to.equal(false);
  });

  it("shows the provider's scholarship text as a section even without a scholarship link", async () => {
    const el = await inProvider({ value: 300, scholarship: 'Scholarships cover the full cost.' }, '<pl-pricing-card></pl-pricing-card>');
    expect(shown(el, 'scholarship')).to.equal(true);
    expect(partText(el, 'scholarship')).to.contain('Scholarships cover the full cost.');
  });

  it('lists no empty bullet for a blank item of its document\'s includes', async () => {
    const box = container();
    const loaded = nextEvent(box, 'pl-data-load');
    box.innerHTML = `<pl-pricing-card price="300"><script type="application/json">{"includes": ["Lunch", " ", "Materials"]}</script></pl-pricing-card>`;
    const el = box.querySelector('pl-pricing-card') as PlPricingCard;
    await loaded;
    await el.updateComplete;
    expect([...part(el, 'includes')!.querySelectorAll('li')].map(visibleText)).to.deep.equal(['Lunch', 'Materials']);
  });
});

describe('<pl-pricing-card> audit: links and buttons', () => {
  it('shows its call to action when it is all the buy column has (no calculator, no discounts)', async () => {
    const el = await mount('<pl-pricing-card value="300" cta-url="https://example.org/register"></pl-pricing-card>');
    expect(shown(el, 'cta')).to.equal(true);
    expect(visibleText(part(el, 'cta')!)).to.equal('Register');
  });

  it('names the scholarship link "Apply for a scholarship"', async () => {
    const el = await mount('<pl-pricing-card value="300" scholarship-url="https://example.org/apply"></pl-pricing-card>');
    expect(visibleText(part(el, 'scholarship-link')!)).to.equal('Apply for a scholarship');
  });

  it('reflects calculator set as a property to its attribute, so page CSS can select such cards', async () => {
    const el = await mount('<pl-pricing-card value="300"></pl-pricing-card>');
    el.calculator = true;
    await el.updateComplete;
    expect(el.hasAttribute('calculator')).to.equal(true);
    el.calculator = false;
    await el.updateComplete;
    expect(el.hasAttribute('calculator')).to.equal(false);
  });

  it('says the − and + buttons control the seat field', async () => {
    const el = await mount('<pl-pricing-card value="300" calculator></pl-pricing-card>');
    const id = seatInput(el).id;
    expect(id).to.not.equal('');
    expect(stepButtons(el).map((button) => button.getAttribute('aria-controls'))).to.deep.equal([id, id]);
  });

  it('has a live region read whole (aria-atomic), so a changed total is said with its seat count', async () => {
    const el = await mount('<pl-pricing-card value="300" calculator></pl-pricing-card>');
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.getAttribute('aria-atomic')).to.equal('true');
  });

  it('gives the seat field the card\'s max-seats as its maximum', async () => {
    const el = await mount('<pl-pricing-card value="300" calculator max-seats="50"></pl-pricing-card>');
    expect(seatInput(el).max).to.equal('50');
    el.maxSeats = 20;
    await el.updateComplete;
    expect(seatInput(el).max).to.equal('20');
  });

  it('labels the Spanish − and + buttons for what they do', async () => {
    const el = await mount('<pl-pricing-card lang="es" value="300" calculator seats="3"></pl-pricing-card>');
    const [fewer, more] = stepButtons(el);
    expect([fewer.getAttribute('aria-label'), more.getAttribute('aria-label')]).to.deep.equal(['Quitar una plaza', 'Añadir una plaza']);
    more.click();
    await el.updateComplete;
    expect(el.seats).to.equal(4);
  });
});

describe('<pl-pricing-card> audit: discounts and hints', () => {
  it('lists a fractional discount as written (12.5%), not rounded', async () => {
    const el = await mount(`<pl-pricing-card value="300" discounts='[{"min":10,"percent":12.5}]'></pl-pricing-card>`);
    expect(partText(el, 'discounts')).to.contain('10 seats or more: 12.5% off');
  });

  it('writes one seat in Spanish in the singular ("1 plaza o más")', async () => {
    const el = await mount(`<pl-pricing-card lang="es" value="300" discounts='[{"min":1,"percent":5},{"min":10,"percent":15}]'></pl-pricing-card>`);
    const items = [...part(el, 'discounts')!.querySelectorAll('li')].map(visibleText);
    expect(items[0]).to.match(/^1 plaza o más: /);
    expect(items[1]).to.match(/^10 plazas o más: /);
  });

  it('takes exactly 20 discount tiers without a warning', async () => {
    const tiers = Array.from({ length: 20 }, (_, i) => ({ min: i + 1, percent: i + 1 }));
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount(`<pl-pricing-card value="300" discounts='${JSON.stringify(tiers)}'></pl-pricing-card>`);
    });
    expect(part(el, 'discounts')!.querySelectorAll('li')).to.have.length(20);
    expect(warnings).to.deep.equal([]);
  });

  it('ignores a 0% discount tier, with a warning, instead of listing "0% off"', async () => {
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount(`<pl-pricing-card value="300" discounts='[{"min":5,"percent":0},{"min":10,"percent":15}]'></pl-pricing-card>`);
    });
    expect([...part(el, 'discounts')!.querySelectorAll('li')].map(visibleText)).to.deep.equal(['10 seats or more: 15% off']);
    expect(warnings.join('\n')).to.contain('discount 1 ignored');
  });

  it('offers a tier at exactly max-seats as the next step', async () => {
    const el = await mount(`<pl-pricing-card value="300" calculator seats="3" max-seats="50" discounts='[{"min":50,"percent":20}]'></pl-pricing-card>`);
    expect(hints(el)).to.contain('Save 20% with 50 seats or more.');
  });

  it('offers no "Save" hint for a tier whose discount is smaller than the one already given', async () => {
    const el = await mount(`<pl-pricing-card value="300" calculator seats="6" discounts='[{"min":5,"percent":20},{"min":10,"percent":15}]'></pl-pricing-card>`);
    expect(el.quote).to.include({ discountPercent: 20 });
    expect(hints(el)).to.not.contain('Save');
  });

  it('offers no "Save" hint on a free card: there is nothing to save', async () => {
    const el = await mount(`<pl-pricing-card value="300" price="0" calculator seats="3" discounts='[{"min":10,"percent":15}]'></pl-pricing-card>`);
    expect(el.quote).to.include({ total: 0 });
    expect(hints(el)).to.not.contain('Save');
  });

  it('takes a fractional seats attribute down to whole seats, as the field takes a typed 2.7', async () => {
    let el!: PlPricingCard;
    await captureWarnings(async () => {
      el = await mount('<pl-pricing-card value="100" calculator seats="2.7"></pl-pricing-card>');
    });
    expect([seatInput(el).value, el.quote?.seats, el.quote?.total]).to.deep.equal(['2', 2, 200]);
  });
});

describe('<pl-pricing-card> audit: documents, provider and currency', () => {
  it('reads a new src document when the src attribute changes', async () => {
    const el = await mount(`<pl-pricing-card src="${json({ value: 120 })}"></pl-pricing-card>`);
    await waitFor(() => partText(el, 'price') === '$120 per person', 3000, 'the first document');
    el.setAttribute('src', json({ value: 450, unit: 'school' }));
    await waitFor(() => partText(el, 'price') === '$450 per school', 3000, `the second document, not "${partText(el, 'price')}"`);
  });

  it('loads its own src document again with Retry after a failure', async () => {
    const box = container();
    const failed = nextEvent(box, 'pl-error');
    let el!: PlPricingCard;
    await captureWarnings(async () => {
      box.innerHTML = `<pl-pricing-card src="${flakyUrl('pricing.json')}"></pl-pricing-card>`;
      el = box.querySelector('pl-pricing-card') as PlPricingCard;
      await failed;
      await el.updateComplete;
    });
    const loaded = nextEvent(box, 'pl-data-load');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(partText(el, 'price')).to.equal('Free for partner districts');
  });

  it('takes the provider\'s value when its own currency is USD and the provider names none (USD too)', async () => {
    const el = await inProvider({ value: 300 }, '<pl-pricing-card currency="usd"></pl-pricing-card>');
    expect(partText(el, 'price')).to.equal('$300 per person');
  });

  it('keeps the currency its own price names ("CAD 250") over a provider in USD, and borrows no USD value', async () => {
    const el = await inProvider({ value: 300, currency: 'USD' }, '<pl-pricing-card price="CAD 250"></pl-pricing-card>');
    expect(partText(el, 'price')).to.equal('CA$250 per person');
    expect(part(el, 'value')).to.equal(null);
  });

  it("shows no provider value in dollars as a euro value beside its own document's euro price", async () => {
    const el = await inProvider(
      { value: 300, price: 100, currency: 'USD' },
      '<pl-pricing-card><script type="application/json">{"currency": "EUR", "price": 50}</script></pl-pricing-card>',
    );
    await waitFor(() => partText(el, 'price').includes('50'), 3000, 'the document');
    expect(partText(el, 'price')).to.equal('€50 per person');
    expect(part(el, 'value')).to.equal(null);
  });

  it("keeps the provider's setting where its own document leaves the field blank", async () => {
    const el = await inProvider(
      { heading: 'From the program', value: 300 },
      '<pl-pricing-card><script type="application/json">{"heading": "", "value": 120}</script></pl-pricing-card>',
    );
    await waitFor(() => partText(el, 'price').includes('120'), 3000, 'the document');
    expect(partText(el, 'heading')).to.equal('From the program');
  });

  // As attributes do (price="€50"): the currency an amount of its own document names wins over the provider's.
  it("keeps the currency its own document's amount names (\"€50\") inside a provider in USD, and borrows no USD value", async () => {
    const el = await inProvider({ value: 300, currency: 'USD' }, '<pl-pricing-card><script type="application/json">{"price": "€50"}</script></pl-pricing-card>');
    await waitFor(() => partText(el, 'price').includes('50'), 3000, 'the document');
    expect([partText(el, 'price'), part(el, 'value')]).to.deep.equal(['€50 per person', null]);
    const pounds = await inProvider({ value: 300, currency: 'EUR' }, '<pl-pricing-card><script type="application/json">{"value": "£50"}</script></pl-pricing-card>');
    await waitFor(() => partText(pounds, 'price').includes('50'), 3000, 'the document in pounds');
    expect(partText(pounds, 'price')).to.equal('£50 per person');
  });

  // As attributes do (cta-url=...): a label goes with its link.
  it("does not put the provider's cta label on the link its own document gives", async () => {
    const el = await inProvider(
      { value: 300, ctaUrl: 'https://example.org/program', ctaLabel: 'Join the program' },
      '<pl-pricing-card><script type="application/json">{"ctaUrl": "https://example.org/district"}</script></pl-pricing-card>',
    );
    await waitFor(() => (part(el, 'cta') as HTMLAnchorElement | null)?.href === 'https://example.org/district', 3000, 'the document\'s link');
    expect(visibleText(part(el, 'cta')!)).to.equal('Register');
  });

  it('reads "12,5" as 12.50 (a decimal comma with one digit), not 125', async () => {
    const el = await mount('<pl-pricing-card value="12,5" currency="EUR"></pl-pricing-card>');
    expect(partText(el, 'price')).to.equal('€12.50 per person');
  });

  it('reads "1.500.000" as one and a half million (dots grouping thousands)', async () => {
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount('<pl-pricing-card value="1.500.000" currency="CLP"></pl-pricing-card>');
    });
    expect(warnings).to.deep.equal([]);
    expect(partText(el, 'price')).to.contain('1,500,000');
  });
});
