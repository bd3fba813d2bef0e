/** The card given amounts and content as partners write them in a CMS. */
import { expect } from '@open-wc/testing';
import '../../src/pricing-card.js';
import type { PlPricingCard } from '../../src/pricing-card.js';
import { captureWarnings, visibleText } from '../support/helpers.js';

const boxes: HTMLElement[] = [];
afterEach(() => boxes.splice(0).forEach((box) => box.remove()));

async function mount(markup: string): Promise<PlPricingCard> {
  const box = document.createElement('div');
  box.style.width = '1000px';
  box.innerHTML = markup;
  document.body.append(box);
  boxes.push(box);
  const el = box.querySelector('pl-pricing-card') as PlPricingCard;
  await el.updateComplete;
  return el;
}

const price = (el: PlPricingCard) => visibleText(el.shadowRoot!.querySelector('[part~="price"]') ?? document.createElement('p'));

/** Each case's attributes on a card of its own, and the price it shows. */
async function pricesShown(cases: [attributes: string, shown: string][]): Promise<string[]> {
  const seen: string[] = [];
  for (const [attrs] of cases) seen.push(price(await mount(`<pl-pricing-card ${attrs}></pl-pricing-card>`)));
  return seen;
}

describe('<pl-pricing-card> amounts as people write them', () => {
  it('reads "$300", "1,500", "300 USD", "12,50" (a decimal comma) and "Free"', async () => {
    const cases: [string, string][] = [
      ['value="$300"', '$300 per person'],
      ['value="1,500"', '$1,500 per person'],
      ['value="300 USD"', '$300 per person'],
      ['value="12,50" currency="EUR"', '€12.50 per person'],
      ['value="300" price="Free"', 'Free'],
      ['value="US$ 300 per teacher"', '$300 per person'],
      ['value="From $300"', '$300 per person'],
      ['value="Price: $300"', '$300 per person'],
      ['value="USD 300"', '$300 per person'],
      ['value="$.50"', '$0.50 per person'],
      ['value="1.500" currency="EUR"', '\u20ac1,500 per person'],
      ['value="1.500,50" currency="EUR"', '\u20ac1,500.50 per person'],
    ];
    expect(await pricesShown(cases)).to.deep.equal(cases.map(([, shown]) => shown));
  });

  it('takes the currency an amount names when the card sets none ("€300", "300 EUR", "GBP 45"); an own currency wins', async () => {
    const cases: [string, string][] = [
      ['value="€300"', '€300 per person'],
      ['value="300 EUR per teacher"', '€300 per person'],
      ['value="GBP 45"', '£45 per person'],
      ['value="£45"', '£45 per person'],
      ['value="INR 5,000"', '₹5,000 per person'],
      ['value="₹5,000"', '₹5,000 per person'],
      ['value="5,000 ₹"', '₹5,000 per person'],
      ['value="300" price="CAD 250"', 'CA$250 per person'],
      // "$" says no more than the default; a word that is no code next to the number is no currency.
      ['value="$300"', '$300 per person'],
      ['value="300 per person (FAQ)"', '$300 per person'],
      ['value="€300" currency="USD"', '$300 per person'],
      ['value="¥3000"', '$3,000 per person'],
      // The sign after the number, as Spanish and most of Europe write it; a no-break space between.
      ['value="300 €"', '€300 per person'],
      ['value="1.500,00 €"', '€1,500 per person'],
      ['value="45£"', '£45 per person'],
      ['value="300\u00a0EUR"', '€300 per person'],
      ['value="€\u00a0300"', '€300 per person'],
    ];
    expect(await pricesShown(cases)).to.deep.equal(cases.map(([, shown]) => shown));
    const card = await mount('<pl-pricing-card value="€300" calculator></pl-pricing-card>');
    const quote = new Promise<CustomEvent>((resolve) => card.addEventListener('pl-quote-change', (e) => resolve(e as CustomEvent), { once: true }));
    card.seats = 2;
    expect((await quote).detail).to.include({ currency: 'EUR', total: 600 });
  });

  it('still refuses what is not an amount ("1e21", "0x10", "abc", a note with a number), with a warning', async () => {
    // Text around a number is not an amount: "TBD (see note 1)" is not $1.
    // A letter against the number is a typo or a unit the card cannot read: "3OO" (letter O) is not $3, "300k" not $300.
    for (const value of ['1e21', '0x10', 'abc', 'TBD (see note 1)', 'Call us: 2 options', '3OO', '300k', '1.5k']) {
      const warnings = await captureWarnings(() => mount(`<pl-pricing-card value="${value}"></pl-pricing-card>`));
      expect(warnings.join(' '), value).to.contain(`"${value}"`);
      expect(price(await mount(`<pl-pricing-card value="${value}"></pl-pricing-card>`)), value).to.equal('');
    }
  });
});

describe('<pl-pricing-card> a price it cannot read', () => {
  it('does not show the value as what is paid ("TBD", "Free for partner districts"): the value shows as a value', async () => {
    for (const written of ['TBD', 'Free for partner districts']) {
      const warnings = await captureWarnings(() => mount(`<pl-pricing-card value="300" price="${written}"></pl-pricing-card>`));
      expect(warnings.join(' '), written).to.contain(`"${written}"`);
      const card = await mount(`<pl-pricing-card value="300" price="${written}"></pl-pricing-card>`);
      expect(price(card), written).to.equal('');
      expect(visibleText(card.shadowRoot!.querySelector('[part="value"]')!), written).to.equal('$300 value per person');
    }
    // Absent, the value is the price, as before.
    expect(price(await mount('<pl-pricing-card value="300"></pl-pricing-card>'))).to.equal('$300 per person');
  });

  it('reads the usual Spanish words for free, and a unit written in the plural', async () => {
    expect(
      await Promise.all(
        ['Gratuito', 'gratuita', 'Sin costo'].map(async (written) => price(await mount(`<pl-pricing-card lang="es" value="300" price="${written}"></pl-pricing-card>`))),
      ),
    ).to.deep.equal(['Gratis', 'Gratis', 'Gratis']);
    expect(price(await mount('<pl-pricing-card lang="es" value="300" unit="teachers"></pl-pricing-card>'))).to.equal('300 US$ por docente');
    expect(price(await mount('<pl-pricing-card value="300" unit="Teachers"></pl-pricing-card>'))).to.equal('$300 per teacher');
  });
});

describe('<pl-pricing-card> content a CMS adds on its own', () => {
  it('keeps one column when the only children are empty paragraphs and line breaks (WordPress)', async () => {
    const el = await mount('<pl-pricing-card value="300" price="250" cta-url="https://example.org/r">\n<p></p>\n<br>\n</pl-pricing-card>');
    expect(el.shadowRoot!.querySelector('.details')!.hasAttribute('hidden')).to.equal(true);
  });
});

describe('<pl-pricing-card> seat fields a CMS leaves blank', () => {
  /** A card with a calculator, as written; its seat field and what it warned while it rendered. */
  async function mountCalculator(markup: string): Promise<{ card: PlPricingCard; input: HTMLInputElement; warnings: string[] }> {
    let card!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      card = await mount(markup);
    });
    return { card, input: card.shadowRoot!.querySelector<HTMLInputElement>('input')!, warnings };
  }

  it('reports seats and max-seats that are not numbers, and uses the defaults', async () => {
    const { input, warnings } = await mountCalculator('<pl-pricing-card value="250" calculator seats="abc" max-seats="ten"></pl-pricing-card>');
    expect([input.value, input.max]).to.deep.equal(['1', '1000']);
    expect(warnings.join('\n')).to.contain('seats "NaN": using 1');
    expect(warnings.join('\n')).to.contain('max-seats "NaN": using 1000');
  });

  it('reads max-seats="" and seats="" as not set: the calculator goes past one seat, with no warning', async () => {
    const { card, input, warnings } = await mountCalculator('<pl-pricing-card value="250" calculator seats="" max-seats=""></pl-pricing-card>');
    expect([input.value, input.max]).to.deep.equal(['1', '1000']);
    const more = [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.getAttribute('aria-disabled') !== null && /more|add|increase/i.test(b.getAttribute('aria-label') ?? ''));
    expect(more?.getAttribute('aria-disabled')).to.equal('false');
    expect(warnings).to.deep.equal([]);
  });
});
