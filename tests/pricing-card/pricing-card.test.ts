import { ContextProvider } from '@lit/context';
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/pricing-card.js';
import '../../src/provider.js';
import type { PlPricingCard, Quote } from '../../src/pricing-card.js';
import { providerContext } from '../../src/shared/context.js';
import { chromiumOnly, inFirefox } from '../support/chromium-only.js';
import { captureWarnings, deepActiveElement, nextEvent, recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { container, mount, part, partText, seatInput, stepButtons } from './helpers.js';

/** Types over the whole seat field, as a user does after selecting it; gives the field. */
async function typeSeats(el: PlPricingCard, text: string): Promise<HTMLInputElement> {
  const input = seatInput(el);
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await el.updateComplete;
  return input;
}
const total = (el: PlPricingCard) => visibleText(part(el, 'total')!.querySelector('dd')!);

const CALC = `<pl-pricing-card heading="Deep Dive" value="300" calculator discounts='[{"min":10,"percent":15},{"min":25,"percent":25}]'></pl-pricing-card>`;

describe('<pl-pricing-card> value and price', () => {
  it('shows Free and the value when price is 0', async () => {
    const el = await mount('<pl-pricing-card heading="Deep Dive" value="300" price="0" price-label="for partner districts"></pl-pricing-card>');
    expect(partText(el, 'price')).to.equal('Free for partner districts');
    expect(partText(el, 'value')).to.equal('$300 value per person');
    const heading = el.shadowRoot!.querySelector('[role="heading"][aria-level="3"]')!;
    expect(visibleText(heading)).to.equal('Deep Dive');
  });

  it('shows both amounts when the price is below the value', async () => {
    const el = await mount('<pl-pricing-card value="300" price="250"></pl-pricing-card>');
    expect(partText(el, 'price')).to.equal('$250 per person');
    expect(partText(el, 'value')).to.equal('$300 value per person');
  });

  it('shows only the price when it is the value (price defaults to value)', async () => {
    const el = await mount('<pl-pricing-card value="300" unit="teacher"></pl-pricing-card>');
    expect(partText(el, 'price')).to.equal('$300 per teacher');
    expect(part(el, 'value')).to.equal(null);
  });

  it('formats money with Intl in the currency and the language, cents only when needed', async () => {
    const euro = await mount('<pl-pricing-card lang="es" value="300" price="0" currency="EUR"></pl-pricing-card>');
    expect(partText(euro, 'price')).to.equal('Gratis');
    expect(partText(euro, 'value')).to.equal(
      `Valor: ${new Intl.NumberFormat('es', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(300)} por persona`.replace(
        /\s+/g,
        ' ',
      ),
    );
    expect(partText(euro, 'value')).to.contain('300 €');
    const cents = await mount('<pl-pricing-card price="12.5" currency="usd"></pl-pricing-card>');
    expect(partText(cents, 'price')).to.equal('$12.50 per person');
    const gbp = await mount('<pl-pricing-card value="1200" lang="en-GB" currency="GBP"></pl-pricing-card>');
    expect(partText(gbp, 'price')).to.equal('£1,200 per person');
  });

  it('reports invalid numbers once and shows what it can', async () => {
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount('<pl-pricing-card heading="Still here" value="abc" price="-5"></pl-pricing-card>');
      el.heading = 'Still here, re-rendered';
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('value "abc"').and.contain('price "-5"');
    expect(part(el, 'price')).to.equal(null);
    expect(visibleText(el.shadowRoot!.querySelector('[role="heading"]')!)).to.equal('Still here, re-rendered');
  });

  it('quotes no price when the price is unreadable: the value shows as a value, not as what is paid', async () => {
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount('<pl-pricing-card value="300" price="call us" calculator></pl-pricing-card>');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('price "call us"');
    expect(part(el, 'price') === null).to.equal(true);
    expect(partText(el, 'value')).to.equal('$300 value per person');
    expect(el.quote).to.equal(undefined);
  });

  it('falls back to USD for an unknown currency, with a warning', async () => {
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount('<pl-pricing-card value="300" currency="dollars"></pl-pricing-card>');
    });
    expect(warnings.join()).to.contain('currency "dollars"');
    expect(partText(el, 'price')).to.equal('$300 per person');
  });
});

describe('<pl-pricing-card> calculator', () => {
  it('is loaded only by a card that shows it, and styled when it arrives (also when turned on later)', async () => {
    const el = await mount('<pl-pricing-card value="300"></pl-pricing-card>');
    expect(part(el, 'calculator')).to.equal(null);
    expect(el.shadowRoot!.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((r) => r.cssText.startsWith('.stepper')))).to.equal(false);
    el.calculator = true;
    await el.updateComplete;
    expect(part(el, 'calculator')).to.not.equal(null);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.stepper')!).display).to.equal('flex');
    expect(el.quote).to.deep.include({ seats: 1, total: 300 });
  });

  it('is a labelled stepper with named buttons and no axe violations', async () => {
    const el = await mount(CALC);
    const input = seatInput(el);
    expect(input.type).to.equal('number');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.min).to.equal('1');
    expect(Number(input.max)).to.be.greaterThan(1);
    expect(input.labels![0].textContent!.trim()).to.equal('Number of seats');
    expect(stepButtons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Remove one seat',
      'Add one seat',
    ]);
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('typing 12 seats totals $3,060 and fires pl-quote-change with the quote', async () => {
    const el = await mount('<pl-pricing-card value="300" calculator discounts=\'[{"min":10,"percent":15}]\'></pl-pricing-card>');
    const log = recordEvents<Quote>(el, 'pl-quote-change');
    seatInput(el).focus();
    seatInput(el).select();
    await sendKeys({ type: '12' });
    await el.updateComplete;
    expect(total(el)).to.equal('$3,060');
    expect(log.events.at(-1)!.detail).to.deep.equal({ seats: 12, unitPrice: 300, discountPercent: 15, total: 3060, currency: 'USD' });
    expect(log.events.at(-1)!.bubbles && log.events.at(-1)!.composed).to.equal(true);
    expect(el.seats).to.equal(12);
    expect(el.quote).to.deep.equal(log.events.at(-1)!.detail);
    expect(visibleText(el.shadowRoot!.querySelector('[part~="calculator"]')!)).to.contain('Price per person $300')
      .and.contain('Group discount (15%)')
      .and.contain('−$540');
    // Said once typing has settled (calculator-speech.test.ts).
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await waitFor(() => region.textContent!.includes('12 seats: $3,060 in total'), 3000, 'the announcement');
  });

  it('steps with the buttons and the keyboard, staying within 1..max', async () => {
    const el = await mount(CALC.replace('calculator', 'calculator seats="9" max-seats="30"'));
    const [fewer, more] = stepButtons(el);
    const event = nextEvent<Quote>(el, 'pl-quote-change');
    more.click();
    expect((await event).detail).to.include({ seats: 10, discountPercent: 15, total: 2550 });
    await el.updateComplete;
    expect(seatInput(el).value).to.equal('10');

    more.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(seatInput(el).value).to.equal('12');

    seatInput(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.seats).to.equal(13);
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(el.seats).to.equal(30);
    expect(more.getAttribute('aria-disabled')).to.equal('true');
    more.click();
    expect(el.seats).to.equal(30);
    seatInput(el).focus();
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(el.seats).to.equal(20);

    el.seats = 1;
    await el.updateComplete;
    expect(fewer.getAttribute('aria-disabled')).to.equal('true');
    const log = recordEvents(el, 'pl-quote-change');
    fewer.click();
    await el.updateComplete;
    expect(el.seats).to.equal(1);
    expect(log.events).to.have.length(0);
    expect(deepActiveElement()).to.not.equal(null);
  });

  it('fires no pl-quote-change for the first quote, only for changes', async () => {
    const el = document.createElement('pl-pricing-card') as PlPricingCard;
    for (const [name, value] of [['value', '300'], ['calculator', ''], ['seats', '3']]) el.setAttribute(name, value);
    const log = recordEvents(el, 'pl-quote-change');
    container().append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    log.stop();
    expect([log.events.length, el.quote?.total]).to.deep.equal([0, 900]);
  });

  it('tells the page of a quote that comes back different after the calculator was off', async () => {
    const el = await mount(CALC);
    const log = recordEvents<Quote>(el, 'pl-quote-change');
    el.seats = 2;
    await el.updateComplete;
    el.calculator = false;
    await el.updateComplete;
    el.setAttribute('value', '200');
    await el.updateComplete;
    el.calculator = true;
    await el.updateComplete;
    await waitFor(() => log.events.length === 2, 3000, 'the second quote');
    expect(log.events.map((e) => e.detail.total)).to.deep.equal([600, 400]);
    // The same quote back again is no news.
    el.calculator = false;
    await el.updateComplete;
    el.calculator = true;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(log.events).to.have.length(2);
  });

  it('applies a count committed with a change event alone', async () => {
    const el = await mount(CALC);
    const event = nextEvent<Quote>(el, 'pl-quote-change');
    seatInput(el).value = '12';
    seatInput(el).dispatchEvent(new Event('change', { bubbles: true }));
    expect((await event).detail).to.deep.equal({ seats: 12, unitPrice: 300, discountPercent: 15, total: 3060, currency: 'USD' });
  });

  it('shows the maximum in the field at every key typed past it, not the digits typed after it', async () => {
    const el = await mount(CALC);
    const input = seatInput(el);
    input.focus();
    input.select();
    const shownAfterEachKey: string[] = [];
    for (const key of '12000') {
      await sendKeys({ type: key });
      await el.updateComplete;
      shownAfterEachKey.push(input.value);
    }
    expect([shownAfterEachKey, el.seats, total(el)]).to.deep.equal([['1', '12', '120', '1000', '1000'], 1000, '$225,000']);
  });

  it('leaves a decimal count as typed until it is committed (2.50 is not rewritten to 2, then 20)', async () => {
    const el = await mount(CALC);
    const input = await typeSeats(el, '2.50');
    const typed = [input.value, el.seats];
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect([typed, input.value, el.seats]).to.deep.equal([['2.50', 2], '2', 2]);
  });

  it('shows a three-digit seat count whole in the narrowest card (a phone at 200 % zoom)', async () => {
    const el = await mount(CALC.replace('calculator', 'calculator seats="150"'), 'style="width: 172px"');
    const input = seatInput(el);
    expect([input.value, input.scrollWidth <= input.clientWidth]).to.deep.equal(['150', true]);
  });

  it('clamps typed counts and tidies the field when it loses focus', async () => {
    const el = await mount(CALC);
    const input = await typeSeats(el, '5000');
    expect(el.seats).to.equal(1000);
    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(input.value).to.equal('1000');
    expect(total(el)).to.equal('$225,000');
  });

  it('takes a committed 0 or a negative count as the fewest seats, 1, as it takes a count over the maximum as the maximum', async () => {
    const el = await mount(CALC.replace('calculator', 'calculator seats="12"'));
    const input = seatInput(el);
    for (const typed of ['0', '-4']) {
      input.focus();
      input.select();
      await sendKeys({ type: typed });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect([input.value, el.seats, total(el)], typed).to.deep.equal(['1', 1, '$300']);
      el.seats = 12;
      await el.updateComplete;
    }
  });

  it('says the count a typed 0 becomes when the field loses focus, after typing has settled', async () => {
    const el = await mount(CALC.replace('calculator', 'calculator seats="7"'));
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await typeSeats(el, '0');
    // Settled on the half-typed 0: the count in effect is still 7.
    await new Promise((resolve) => setTimeout(resolve, 700));
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.seats).to.equal(1);
    await waitFor(() => region.textContent!.startsWith('1 seat: $300 in total'), 2000, `the region says 1 seat, not "${region.textContent}"`);
  });

  it('writes a free price per person as Free, as the card does, not $0', async () => {
    const el = await mount('<pl-pricing-card heading="Deep Dive" value="300" price="0" calculator seats="2"></pl-pricing-card>');
    await waitFor(() => !!el.shadowRoot!.querySelector('.breakdown'), 4000, 'the breakdown');
    expect(visibleText(el.shadowRoot!.querySelector('.breakdown')!)).to.contain('Price per person Free').and.not.contain('$0');
  });

  it('keeps each word of the breakdown whole in a narrow column: the amount goes below its label instead', async () => {
    const el = await mount(CALC.replace('calculator', 'calculator seats="12"'), 'style="width: 200px; font-size: 20px"');
    await waitFor(() => !!el.shadowRoot!.querySelector('.breakdown dt'), 4000, 'the breakdown');
    const texts: Text[] = [];
    for (const dt of el.shadowRoot!.querySelectorAll('.breakdown dt')) {
      const walker = document.createTreeWalker(dt, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
    }
    expect(texts.map((t) => t.textContent).join(' ')).to.contain('Total');
    for (const text of texts) {
      for (const match of text.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index!);
        range.setEnd(text, match.index! + match[0].length);
        expect(range.getClientRects().length, `"${match[0]}" on one line`).to.equal(1);
      }
    }
  });

  it('announces the next tier and Spanish text', async () => {
    const el = await mount(CALC.replace('<pl-pricing-card', '<pl-pricing-card lang="es"'));
    const calc = visibleText(part(el, 'calculator')!);
    expect(calc).to.contain('Número de plazas').and.contain('Ahorra un 15 % con 10 plazas o más');
    expect(visibleText(part(el, 'discounts')!)).to.contain('25 plazas o más: 25 % de descuento');
    await expect(el).to.be.accessible();
  });

  it('ignores bad discounts JSON with one warning and still calculates', async () => {
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount(`<pl-pricing-card value="300" calculator seats="12" discounts='[{min:10, percent:15}'></pl-pricing-card>`);
      stepButtons(el)[1].click();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not JSON');
    expect(total(el)).to.equal('$3,900');
    expect(part(el, 'discounts')).to.equal(null);
  });

  it('ignores a discount tier for more seats than any group has (a typo such as 1e308), with one warning', async () => {
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount(`<pl-pricing-card value="300" discounts='[{"min":1e308,"percent":50},{"min":10,"percent":15}]'></pl-pricing-card>`);
    });
    expect([...part(el, 'discounts')!.querySelectorAll('li')].map(visibleText)).to.deep.equal(['10 seats or more: 15% off']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('discount 1 ignored');
  });

  it('takes discounts set again after the page changed the same array', async () => {
    const el = await mount('<pl-pricing-card value="100" calculator seats="12"></pl-pricing-card>');
    const tiers = [{ min: 20, percent: 10 }];
    el.discounts = tiers;
    await el.updateComplete;
    const event = nextEvent<Quote>(el, 'pl-quote-change');
    tiers.push({ min: 10, percent: 5 });
    el.discounts = tiers;
    await el.updateComplete;
    expect([...part(el, 'discounts')!.querySelectorAll('li')].map(visibleText)).to.deep.equal(['10 seats or more: 5% off', '20 seats or more: 10% off']);
    expect(total(el)).to.equal('$1,140');
    expect((await event).detail).to.include({ seats: 12, discountPercent: 5, total: 1140 });
  });

  it('lists at most 20 discount tiers, the fewest seats first, and says so once', async () => {
    let el!: PlPricingCard;
    const tiers = Array.from({ length: 100000 }, (_, i) => ({ min: 100000 - i, percent: 1 + (i % 90) }));
    const warnings = await captureWarnings(async () => {
      el = await mount('<pl-pricing-card value="300" calculator seats="3"></pl-pricing-card>');
      el.discounts = tiers;
      await el.updateComplete;
    });
    const items = [...part(el, 'discounts')!.querySelectorAll('li')].map(visibleText);
    expect(items).to.have.length(20);
    expect(items[0]).to.match(/^1 seat or more: \d+% off$/);
    expect(items[19]).to.match(/^20 seats or more/);
    expect(el.quote!.discountPercent).to.equal(Math.max(...tiers.filter((t) => t.min <= 3).map((t) => t.percent)));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('past the first 20');
  });

  it('ignores discounts that throw when read, with one warning, and still shows the price', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('message' in event ? event.message : event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount('<pl-pricing-card value="300" price="250" calculator></pl-pricing-card>');
      el.discounts = new Proxy([{ min: 10, percent: 15 }], {
        get() {
          throw new Error('hostile getter');
        },
      });
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('discounts ignored: unreadable');
    expect(partText(el, 'price')).to.contain('$250');
    expect(part(el, 'discounts')).to.equal(null);
    expect(el.quote).to.include({ discountPercent: 0, total: 250 });
  });

  it('gives a group the largest discount it reaches, as the list promises', async () => {
    const el = await mount(`<pl-pricing-card value="300" calculator seats="10" discounts='[{"min":5,"percent":20},{"min":10,"percent":15}]'></pl-pricing-card>`);
    expect(el.quote).to.include({ discountPercent: 20, total: 2400 });
    expect(total(el)).to.equal('$2,400');
  });

  it('counts money in the currency\'s own minor unit (no fractions of a yen)', async () => {
    const el = await mount(`<pl-pricing-card value="999" currency="JPY" calculator seats="3" discounts='[{"min":3,"percent":15}]'></pl-pricing-card>`);
    expect(el.quote).to.include({ unitPrice: 999, discountPercent: 15, total: 2547, currency: 'JPY' });
    expect(total(el)).to.equal('¥2,547');
    const odd = await mount('<pl-pricing-card value="1234.5" currency="JPY"></pl-pricing-card>');
    expect(partText(odd, 'price')).to.equal('¥1,235 per person');
    const cents = await mount('<pl-pricing-card value="19.99" calculator seats="3" discounts=\'[{"min":2,"percent":12.5}]\'></pl-pricing-card>');
    expect(total(cents)).to.equal('$52.47');
    // Three decimals (Kuwaiti dinar) are its own: not rounded to cents on the way in.
    const fils = await mount('<pl-pricing-card currency="KWD" calculator seats="3"></pl-pricing-card>');
    fils.price = 12.345;
    await fils.updateComplete;
    expect(fils.quote).to.include({ unitPrice: 12.345, total: 37.035, currency: 'KWD' });
    expect(partText(fils, 'price')).to.contain('12.345');
  });

  it('does not offer a tier past max-seats as the next step', async () => {
    const el = await mount(`<pl-pricing-card value="300" calculator seats="3" max-seats="50" discounts='[{"min":10,"percent":10},{"min":2000,"percent":30}]'></pl-pricing-card>`);
    expect(visibleText(part(el, 'calculator')!)).to.contain('10 seats');
    el.seats = 12;
    await el.updateComplete;
    expect(visibleText(part(el, 'calculator')!)).not.to.contain('2000');
    expect(visibleText(part(el, 'calculator')!)).not.to.contain('2,000');
  });

  it('opens a phone or mail link in the same tab, without saying "new tab"', async () => {
    const el = await mount('<pl-pricing-card value="300" cta-url="tel:+15555550100" cta-label="Call us" scholarship-url="mailto:help@example.org"></pl-pricing-card>');
    for (const link of [part(el, 'cta') as HTMLAnchorElement, part(el, 'scholarship')!.querySelector('a')!]) {
      expect(link.target, link.href).to.equal('');
      expect(visibleText(link)).not.to.contain('new tab');
    }
  });

  it('counts every press, however quickly they come (before the card has redrawn)', async () => {
    const el = await mount(CALC.replace('calculator', 'calculator seats="5"'));
    await el.updateComplete;
    const [, plus] = stepButtons(el);
    plus.click();
    plus.click();
    plus.click();
    await el.updateComplete;
    expect(seatInput(el).value).to.equal('8');
    for (let i = 0; i < 2; i++) seatInput(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true }));
    await el.updateComplete;
    expect(seatInput(el).value).to.equal('28');
  });

  it('writes seat counts as the language writes numbers', async () => {
    const big = `value="10" calculator seats="1000" max-seats="100000" discounts='[{"min":1000,"percent":5},{"min":20000,"percent":9}]'`;
    const en = await mount(`<pl-pricing-card ${big}></pl-pricing-card>`);
    expect(partText(en, 'discounts')).to.contain('1,000 seats or more: 5% off');
    expect(partText(en, 'discounts')).to.contain('20,000 seats or more: 9% off');
    await waitFor(() => !!en.shadowRoot!.querySelector('.hint'), 3000, 'the calculator');
    expect(visibleText(en.shadowRoot!.querySelector('.breakdown')!)).to.contain('Subtotal (1,000 seats)');
    expect(visibleText(en.shadowRoot!.querySelector('.hint')!)).to.contain('with 20,000 seats or more');
    const es = await mount(`<pl-pricing-card lang="es" ${big}></pl-pricing-card>`);
    expect(partText(es, 'discounts')).to.contain('20.000 plazas o m\u00e1s');
  });

  it('with a free price and a value, quotes what is paid: nothing, whatever the seats', async () => {
    const el = await mount(
      `<pl-pricing-card value="300" price="0" price-label="Free for partner districts" calculator seats="12" discounts='[{"min":10,"percent":15}]'></pl-pricing-card>`,
    );
    expect(partText(el, 'price')).to.equal('Free for partner districts');
    expect(partText(el, 'value')).to.contain('$300');
    expect(visibleText(el.shadowRoot!.querySelector('legend')!)).to.equal('Estimate your cost');
    expect(total(el)).to.equal('Free');
    expect(el.quote).to.include({ seats: 12, unitPrice: 0, discountPercent: 0, total: 0, currency: 'USD' });
    // No discount to take off nothing.
    expect(el.shadowRoot!.querySelectorAll('[part~="discounts"]').length).to.equal(0);
    const change = nextEvent<Quote>(el, 'pl-quote-change');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Add one seat"]')!.click();
    expect((await change).detail).to.include({ seats: 13, unitPrice: 0, total: 0 });

    const noValue = await mount('<pl-pricing-card price="0" calculator seats="4"></pl-pricing-card>');
    expect(total(noValue)).to.equal('Free');
    expect(visibleText(noValue.shadowRoot!.querySelector('legend')!)).to.equal('Estimate your cost');
  });

  it('lists no group discounts on a free card without a value: there is nothing to take them off', async () => {
    const el = await mount(`<pl-pricing-card heading="Community meetups" price="0" discounts='[{"min":10,"percent":15}]'></pl-pricing-card>`);
    expect(partText(el, 'price')).to.equal('Free');
    expect(el.shadowRoot!.querySelectorAll('[part~="discounts"]').length).to.equal(0);
    expect(visibleText(el.shadowRoot!.querySelector('.frame')!)).not.to.contain('% off');
  });
});

describe('<pl-pricing-card> slots and links', () => {
  it('shows a section whose content is a video embed, a logo or an audio player, without text', async () => {
    const el = await mount(`<pl-pricing-card value="300"><iframe title="Video" src="about:blank"></iframe>
      <svg slot="note" role="img" aria-label="Logo" viewBox="0 0 10 10"><rect width="10" height="10"></rect></svg>
      <div slot="includes"><audio controls></audio></div></pl-pricing-card>`);
    const shown = ['description', 'note', 'includes'].map((name) => (part(el, name)!.closest('[hidden]') ? 'hidden' : 'shown'));
    expect(shown).to.deep.equal(['shown', 'shown', 'shown']);
  });

  it('takes a <style> or empty paragraphs for no description', async () => {
    const el = await mount('<pl-pricing-card value="300"><style>p { color: red }</style><p></p><br></pl-pricing-card>');
    expect(el.shadowRoot!.querySelector<HTMLElement>('.details')!.hidden).to.equal(true);
  });

  const FULL = `<pl-pricing-card value="300" price="0" scholarship-url="https://example.org/scholarships" cta-url="https://example.org/register" cta-label="Find a workshop">
      <p>One day, seven hours.</p>
      <ul slot="includes"><li>Certificate</li></ul>
      <p slot="scholarship">Scholarships for those who need them.</p>
      <small slot="note">Costs vary.</small>
    </pl-pricing-card>`;

  it('renders every slot in its section, and hides empty sections', async () => {
    const el = await mount(FULL);
    const slotted = (name: string) => {
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>(name ? `slot[name="${name}"]` : 'slot:not([name])')!;
      return slot.assignedElements().map((e) => e.textContent);
    };
    expect(slotted('')).to.deep.equal(['One day, seven hours.']);
    expect(slotted('includes')).to.deep.equal(['Certificate']);
    expect(part(el, 'includes')!.hidden).to.equal(false);
    expect(partText(el, 'includes')).to.contain('What is included');
    expect(partText(el, 'scholarship')).to.contain('Scholarships');
    expect(part(el, 'note')!.hidden).to.equal(false);
    await expect(el).to.be.accessible();

    const bare = await mount('<pl-pricing-card value="300"></pl-pricing-card>');
    for (const name of ['includes', 'scholarship', 'note', 'description']) expect(part(bare, name)!.hidden, name).to.equal(true);
    expect(part(bare, 'cta')).to.equal(null);
  });

  it('shows a slotted section once a script writes into it after the first render', async () => {
    const el = await mount('<pl-pricing-card value="300"><p></p><ul slot="includes"></ul><p slot="note"></p><p slot="scholarship"></p></pl-pricing-card>');
    for (const name of ['description', 'includes', 'note', 'scholarship']) expect(part(el, name)!.hidden, name).to.equal(true);
    el.querySelector('p:not([slot])')!.textContent = 'Five days in person.';
    el.querySelector('ul')!.innerHTML = '<li>Lunch</li>';
    el.querySelector('[slot="note"]')!.append('Costs vary.');
    el.querySelector('[slot="scholarship"]')!.textContent = 'Ask us.';
    await waitFor(() => ['description', 'includes', 'note', 'scholarship'].every((name) => !part(el, name)!.hidden), 2000, 'the filled sections');
  });

  it('keeps a page with two scholarship cards, and a card without a heading, free of axe violations', async () => {
    const box = container();
    box.innerHTML = `<h2>Pricing</h2>
      <pl-pricing-card value="300"><ul slot="includes"><li>Lunch</li></ul><p slot="scholarship">Ask us.</p></pl-pricing-card>
      <pl-pricing-card heading="Deep Dive" heading-level="3" value="300"><p slot="scholarship">Ask us too.</p></pl-pricing-card>`;
    const [first, second] = box.querySelectorAll('pl-pricing-card');
    await first.updateComplete;
    await second.updateComplete;
    // No card heading: its section headings sit at heading-level (3), under the page's h2.
    expect([...first.shadowRoot!.querySelectorAll('.subheading')].map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
    await expect(box).to.be.accessible();
  });

  it('puts its heading at the heading-level asked for, 1 included', async () => {
    const box = container();
    box.innerHTML = `<pl-pricing-card heading="Deep Dive" heading-level="1" value="300"></pl-pricing-card>`;
    const card = box.querySelector('pl-pricing-card')!;
    await card.updateComplete;
    expect(part(card, 'heading')!.getAttribute('aria-level') ?? part(card, 'heading')!.tagName).to.be.oneOf(['1', 'H1']);
  });

  it('links the CTA and the scholarship safely, external ones with rel="noopener"', async () => {
    const el = await mount(FULL);
    const cta = part(el, 'cta') as HTMLAnchorElement;
    expect(cta.href).to.equal('https://example.org/register');
    expect(cta.rel).to.equal('noopener');
    expect(cta.target).to.equal('_blank');
    // The link's text is its label alone; that it opens a new tab is its description.
    expect(cta.textContent!.trim()).to.equal('Find a workshop');
    const describedBy = (link: Element) => el.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!)!.textContent;
    expect(describedBy(cta)).to.equal('(opens in a new tab)');
    const apply = part(el, 'scholarship')!.querySelector('a')!;
    expect(apply.href).to.equal('https://example.org/scholarships');
    expect(apply.rel).to.equal('noopener');
    expect(describedBy(apply)).to.equal('(opens in a new tab)');

    const local = await mount('<pl-pricing-card value="1" cta-url="/register"></pl-pricing-card>');
    const localCta = part(local, 'cta') as HTMLAnchorElement;
    expect([localCta.target, localCta.hasAttribute('aria-describedby')]).to.deep.equal(['', false]);
    expect(visibleText(localCta)).to.equal('Register');

    let hostile!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      hostile = await mount('<pl-pricing-card value="1" cta-url="javascript:alert(1)" scholarship-url=" JaVaScRiPt:alert(1)"></pl-pricing-card>');
    });
    expect(part(hostile, 'cta')).to.equal(null);
    expect(part(hostile, 'scholarship')!.hidden).to.equal(true);
    // Not in silence: the card's Register button is gone, and the console says which link was dropped.
    expect(warnings.join('\n')).to.contain('cta-url "javascript:alert(1)" ignored: not a link');
    expect(warnings.join('\n')).to.contain('scholarship-url " JaVaScRiPt:alert(1)" ignored: not a link');
  });

  it('says on the console when a link has a typo, and shows the rest of the card', async () => {
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount('<pl-pricing-card value="300" price="0" cta-url="htps://example.org/register"></pl-pricing-card>');
    });
    // Fails before: the call to action was dropped without a word.
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('pl-pricing-card: cta-url "htps://example.org/register" ignored: not a link');
    expect([part(el, 'cta'), visibleText(part(el, 'price')!)]).to.deep.equal([null, 'Free']);
    // A blank one (a CMS field left empty) says nothing.
    const blank = await captureWarnings(() => mount('<pl-pricing-card value="300" cta-url="" scholarship-url=""></pl-pricing-card>'));
    expect(blank).to.deep.equal([]);
  });

  it('renders attribute text as text, never HTML', async () => {
    const el = await mount('<pl-pricing-card heading="<img src=x onerror=alert(1)>" value="1" cta-url="/x" cta-label="<b>Go</b>"></pl-pricing-card>');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(visibleText(part(el, 'heading')!)).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('<pl-pricing-card> provider, language and theming', () => {
  async function provided(pricing: Record<string, unknown>, markup: string, lang?: string) {
    const wrapper = container();
    new ContextProvider(wrapper, { context: providerContext, initialValue: { lang, program: { pricing } } });
    wrapper.innerHTML = markup;
    const el = wrapper.querySelector('pl-pricing-card') as PlPricingCard;
    await el.updateComplete;
    await el.updateComplete;
    return el;
  }

  it('takes missing settings from the provider program.pricing; attributes win', async () => {
    const pricing = {
      heading: 'From the program',
      value: 300,
      price: 0,
      priceLabel: 'for partner districts',
      currency: 'USD',
      discounts: [{ min: 10, percent: 15 }],
      calculator: true,
      seats: 12,
      scholarshipUrl: 'https://example.org/apply',
      ctaUrl: 'https://example.org/register',
      ctaLabel: 'Sign up',
      includes: ['A certificate', 'Materials'],
      scholarship: 'Scholarships cover the cost.',
      note: 'Prices vary.',
    };
    const el = await provided(pricing, '<pl-pricing-card price="300"></pl-pricing-card>');
    expect(visibleText(part(el, 'heading')!)).to.equal('From the program');
    // The provider's price label goes with the provider's price, not with the card's own.
    expect(partText(el, 'price')).to.equal('$300 per person');
    expect(total(el)).to.equal('$3,060');
    expect(visibleText(part(el, 'cta')!)).to.contain('Sign up');
    expect(partText(el, 'includes')).to.contain('A certificate');
    expect(partText(el, 'scholarship')).to.contain('Scholarships cover the cost.');
    expect(partText(el, 'note')).to.equal('Prices vary.');

    const free = await provided(pricing, '<pl-pricing-card></pl-pricing-card>', 'es');
    expect(partText(free, 'price')).to.equal('Gratis for partner districts');
    expect(visibleText(part(free, 'cta')!)).to.contain('Sign up');
  });

  it('fills in what its own document leaves out from the provider, and its attributes win over both', async () => {
    const pricing = { heading: 'From the program', value: 300, price: 0, ctaUrl: 'https://example.org/register', ctaLabel: 'Sign up', note: 'Prices vary.' };
    const el = await provided(pricing, '<pl-pricing-card cta-label="Apply"><script type="application/json">{"value": 120}</script></pl-pricing-card>');
    await waitFor(() => (partText(el, 'value') + partText(el, 'price')).includes('120'), 3000, 'the document');
    await el.updateComplete;
    expect({
      heading: partText(el, 'heading'),
      price: partText(el, 'price'),
      value: partText(el, 'value'),
      cta: visibleText(part(el, 'cta')!),
      note: partText(el, 'note'),
    }).to.deep.equal({ heading: 'From the program', price: '$120 per person', value: '', cta: 'Apply', note: 'Prices vary.' });
  });

  it('shows its own value as its price, not the price the provider gives for its own value', async () => {
    const pricing = { value: 450, price: 0, priceLabel: 'for partner districts' };
    const el = await provided(pricing, '<pl-pricing-card value="100"></pl-pricing-card>');
    expect([partText(el, 'price'), part(el, 'value')]).to.deep.equal(['$100 per person', null]);
    // Without a value of its own, the provider's price and label are the card's.
    const borrowed = await provided(pricing, '<pl-pricing-card heading="Program"></pl-pricing-card>');
    expect([partText(borrowed, 'price'), partText(borrowed, 'value')]).to.deep.equal(['Free for partner districts', '$450 value per person']);
  });

  it('takes a blank attribute (a CMS template with no value for it) for one not set', async () => {
    const el = await provided({ value: 400, heading: 'From the program' }, '<pl-pricing-card value="" price="" heading=""></pl-pricing-card>');
    expect([partText(el, 'heading'), partText(el, 'price')]).to.deep.equal(['From the program', '$400 per person']);
  });

  it('does not borrow the provider\'s amounts in another currency, nor its label for another price', async () => {
    const pricing = { value: 300, price: 0, priceLabel: 'Free for partner districts', currency: 'EUR', unit: 'teacher' };
    const own = await provided(pricing, '<pl-pricing-card price="100" currency="USD" price-label="for other districts"></pl-pricing-card>');
    expect(partText(own, 'price')).to.equal('$100 per teacher for other districts');
    expect(part(own, 'value') === null, 'no borrowed value').to.equal(true);
    const sameCurrency = await provided(pricing, '<pl-pricing-card price="100" currency="eur"></pl-pricing-card>', 'en');
    expect(partText(sameCurrency, 'price')).to.equal('€100 per teacher');
    expect(partText(sameCurrency, 'value')).to.equal('€300 value per teacher');
  });

  it('says why a card that names only another currency than the provider\'s shows no price', async () => {
    let el: PlPricingCard | undefined;
    const warnings = await captureWarnings(async () => {
      el = await provided({ value: 300, price: 150, currency: 'USD' }, '<pl-pricing-card currency="EUR"></pl-pricing-card>');
    });
    expect(part(el!, 'price') === null && part(el!, 'value') === null, 'no amount shown').to.equal(true);
    expect(warnings.filter((w) => /provider's amounts are in USD, not EUR/.test(w)), warnings.join('\n')).to.have.length(1);
    const same = await captureWarnings(async () => {
      await provided({ value: 300, currency: 'EUR' }, '<pl-pricing-card currency="eur"></pl-pricing-card>');
      await provided({ heading: 'No amounts' }, '<pl-pricing-card currency="EUR"></pl-pricing-card>');
    });
    expect(same.filter((w) => /provider's amounts/.test(w)), 'no warning when nothing is left out').to.deep.equal([]);
  });

  it('keeps the currency its own amount names, its own value over a higher provider price, and a label with its link', async () => {
    const pricing = { value: 500, price: 100, priceLabel: 'for partners', currency: 'EUR', unit: 'teacher', ctaUrl: 'https://example.org/program', ctaLabel: 'Join the program' };
    const pounds = await provided(pricing, '<pl-pricing-card value="£50"></pl-pricing-card>');
    expect(partText(pounds, 'price')).to.equal('£50 per teacher');
    const dollars = await provided(pricing, '<pl-pricing-card value="50 USD"></pl-pricing-card>');
    expect(partText(dollars, 'price')).to.equal('$50 per teacher');
    // Its own value, in the program's currency, is its price (the spec's default): the program's price
    // and its label were set for the program's value, below or above it.
    const lower = await provided(pricing, '<pl-pricing-card value="50"></pl-pricing-card>');
    expect([partText(lower, 'price'), part(lower, 'value')]).to.deep.equal(['€50 per teacher', null]);
    const higher = await provided(pricing, '<pl-pricing-card value="800"></pl-pricing-card>');
    expect([partText(higher, 'price'), part(higher, 'value')]).to.deep.equal(['€800 per teacher', null]);
    // Its own value and its own price: both its own.
    const both = await provided(pricing, '<pl-pricing-card value="800" price="0"></pl-pricing-card>');
    expect([partText(both, 'price'), partText(both, 'value')]).to.deep.equal(['Free', '€800 value per teacher']);
    const ownLink = await provided(pricing, '<pl-pricing-card value="50" cta-url="https://example.org/district"></pl-pricing-card>');
    const cta = part(ownLink, 'cta') as HTMLAnchorElement;
    expect(cta.href).to.equal('https://example.org/district');
    expect(visibleText(cta)).not.to.contain('Join the program');
    const ownLabel = await provided(pricing, '<pl-pricing-card value="50" cta-label="Apply"></pl-pricing-card>');
    expect([(part(ownLabel, 'cta') as HTMLAnchorElement).href, visibleText(part(ownLabel, 'cta')!)]).to.deep.equal(['https://example.org/program', 'Apply']);
  });

  it('reads the demo program document through a real <pl-provider>', async () => {
    const box = container();
    const loaded = nextEvent(box, 'pl-program-load');
    box.innerHTML = '<pl-provider src="/demo/data/program.json"><pl-pricing-card></pl-pricing-card></pl-provider>';
    await loaded;
    const el = box.querySelector('pl-pricing-card') as PlPricingCard;
    await waitFor(() => partText(el, 'price') !== '', 4000, 'pricing from the provider');
    // The year-long program is offered only through a district partnership: free, with no per-teacher value.
    expect(partText(el, 'price')).to.equal('Free for teachers in our partner districts');
    expect(part(el, 'value'), 'no per-teacher value').to.equal(null);
    expect(partText(el, 'cta')).to.contain('Ask about a district partnership');
    expect(partText(el, 'includes')).to.contain('The online course');
    await expect(el).to.be.accessible();
  });

  it('follows the language of an ancestor, live', async () => {
    const el = await mount('<pl-pricing-card value="300" price="0" calculator></pl-pricing-card>', 'lang="es-MX"');
    expect(partText(el, 'price')).to.equal('Gratis');
    expect(visibleText(part(el, 'calculator')!)).to.contain('Importe total');
    el.parentElement!.lang = 'en';
    await waitFor(() => partText(el, 'price') === 'Free', 2000, 'English after lang change');
  });

  it('is themed by --pl-* custom properties and ::part', async () => {
    const el = await mount('<pl-pricing-card value="300" cta-url="/go"></pl-pricing-card>');
    el.style.setProperty('--pl-color-accent', 'rgb(120, 20, 60)');
    el.style.setProperty('--pl-radius', '0px');
    const cta = part(el, 'cta')!;
    expect(getComputedStyle(cta).backgroundColor).to.equal('rgb(120, 20, 60)');
    expect(getComputedStyle(part(el, 'card')!).borderTopLeftRadius).to.equal('0px');
  });
});

describe('<pl-pricing-card> layout and print', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    // Firefox has no media emulation (the print test below is Chromium only): nothing to undo there.
    if (!inFirefox) await emulateMedia({ media: 'screen' });
  });

  const wideness = async (width: number) => {
    const el = await mount(`<pl-pricing-card value="300" calculator discounts='[{"min":10,"percent":15}]' cta-url="/go"><p>Text</p></pl-pricing-card>`);
    el.parentElement!.style.width = `${width}px`;
    const details = el.shadowRoot!.querySelector('.details')!.getBoundingClientRect();
    const buy = el.shadowRoot!.querySelector('.buy')!.getBoundingClientRect();
    return { el, sideBySide: buy.left > details.right - 1, overflow: el.shadowRoot!.querySelector('.card')!.scrollWidth - width };
  };

  it('fills its cell in a row of cards, as the page\'s own cards do, and is as tall as its content alone', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount(
      `<pl-pricing-card value="300" heading="Short"></pl-pricing-card><div style="height: 600px">A tall neighbour</div>`,
      'style="display: grid; grid-template-columns: 1fr 1fr; width: 800px"',
    );
    const card = () => el.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
    expect(card().height).to.be.closeTo(600, 1);
    // Alone (no row to fill), as tall as what it says.
    el.parentElement!.style.display = 'block';
    expect(card().height).to.be.below(300);
  });

  it('stacks at 280 px without overflowing and uses two columns when wide', async () => {
    await setViewport({ width: 1280, height: 800 });
    const narrow = await wideness(280);
    expect(narrow.sideBySide).to.equal(false);
    expect(narrow.overflow).to.be.at.most(0);
    const wide = await wideness(900);
    expect(wide.sideBySide).to.equal(true);
  });

  it('fits its calculator into a 200 px sidebar, wrapping lines instead of overflowing', async () => {
    const el = await mount(`<pl-pricing-card value="300" calculator seats="10" discounts='[{"min":10,"percent":20}]'></pl-pricing-card>`);
    el.parentElement!.style.width = '200px';
    await el.updateComplete;
    const calculator = part(el, 'calculator')!;
    const edge = calculator.getBoundingClientRect().right;
    const sticking = [...calculator.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > edge + 0.5).map((node) => node.localName);
    expect(sticking).to.deep.equal([]);
  });

  it('breaks a unit longer than its calculator\'s rows instead of widening the page', async () => {
    const unit = 'x'.repeat(80);
    const el = await mount(`<pl-pricing-card value="300" calculator seats="3" unit="${unit}"></pl-pricing-card>`);
    el.parentElement!.style.width = '340px';
    await waitFor(() => !!part(el, 'calculator')?.querySelector('dd'), 4000, 'the quote');
    const edge = el.getBoundingClientRect().right;
    const sticking = [...part(el, 'calculator')!.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > edge + 0.5).map((node) => node.localName);
    expect(sticking).to.deep.equal([]);
  });

  it('keeps the seat stepper inside its box in a 260 px sidebar at 200 % text (WCAG 1.4.4)', async () => {
    const el = await mount(`<pl-pricing-card value="300" calculator seats="10"></pl-pricing-card>`);
    el.parentElement!.style.cssText = 'width: 260px; font-size: 32px';
    await waitFor(() => stepButtons(el).length === 2, 4000, 'the stepper');
    const box = part(el, 'calculator')!.getBoundingClientRect();
    const plus = stepButtons(el)[1].getBoundingClientRect();
    expect(plus.right).to.be.at.most(box.right);
    expect(plus.width).to.be.at.least(44);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('keeps each amount of the quote on the row of its label in a narrow card, and shows one stepper', async () => {
    const el = await mount(`<pl-pricing-card value="300" calculator seats="6" discounts='[{"min":5,"percent":10}]'></pl-pricing-card>`);
    el.parentElement!.style.width = '260px';
    await waitFor(() => !!part(el, 'calculator')?.querySelector('dd'), 4000, 'the quote');
    const rows = [...part(el, 'calculator')!.querySelectorAll('dl > div')].map((row) => {
      const [label, amount] = [row.querySelector('dt')!, row.querySelector('dd')!].map((node) => node.getBoundingClientRect());
      return { label: visibleText(row.querySelector('dt')!), sameRow: Math.abs(label.top - amount.top) < 2 };
    });
    expect(rows.filter((row) => !row.sameRow).map((row) => row.label)).to.deep.equal([]);
    expect(rows.length).to.be.at.least(3);
    // The seat field draws no spin buttons of its own beside the card's - and +.
    expect(getComputedStyle(part(el, 'calculator')!.querySelector('input')!).appearance).to.equal('textfield');
  });

  it('keeps the heading readable beside a long price line', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount(
      '<pl-pricing-card lang="es" heading="Instituto de verano de liderazgo escolar" value="1500" price="0" price-label="para los distritos de la red de colaboración regional del sureste"></pl-pricing-card>',
    );
    el.parentElement!.style.width = '700px';
    await el.updateComplete;
    const heading = part(el, 'heading')!.getBoundingClientRect();
    expect(heading.width).to.be.at.least(300);
    expect(heading.height).to.be.below(100);
  });

  // Chromium only: emulates print media (CDP), and reads the link address from ::after's computed content.
  chromiumOnly('prints without the stepper buttons, with link addresses', async () => {
    const el = await mount(CALC.replace('calculator', 'calculator cta-url="https://example.org/r"'));
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(stepButtons(el)[0]).display).to.equal('none');
    expect(getComputedStyle(part(el, 'cta')!, '::after').content).to.contain('https://example.org/r');
    expect(getComputedStyle(seatInput(el)).display).to.not.equal('none');
    const local = await mount('<pl-pricing-card value="1" cta-url="#register"></pl-pricing-card>');
    expect(getComputedStyle(part(local, 'cta')!, '::after').content).to.be.oneOf(['none', 'normal']);
  });
});

describe('<pl-pricing-card> documents', () => {
  it('reads its settings from a src document, under its own attributes, and reports the load', async () => {
    const box = container();
    const loaded = new Promise<CustomEvent>((resolve) => box.addEventListener('pl-data-load', (e) => resolve(e as CustomEvent), { once: true }));
    box.innerHTML = '<pl-pricing-card src="/tests/fixtures/pricing.json" cta-label="Sign up"></pl-pricing-card>';
    const el = box.querySelector('pl-pricing-card') as PlPricingCard;
    expect((await loaded).detail).to.deep.equal({ count: 1, skipped: 0 });
    await el.updateComplete;
    expect(partText(el, 'heading')).to.equal('CS Fundamentals Deep Dive');
    expect(partText(el, 'price')).to.equal('Free for partner districts');
    expect(partText(el, 'value')).to.equal('$300 value per teacher');
    // Nothing to take a group discount off, while it is free.
    expect(partText(el, 'discounts')).to.equal('');
    expect(partText(el, 'description')).to.contain('A one-day workshop');
    expect(partText(el, 'cta')).to.contain('Sign up');
    el.setAttribute('price', '250');
    await el.updateComplete;
    expect(partText(el, 'price')).to.equal('$250 per teacher');
    expect(partText(el, 'discounts')).to.contain('10 seats or more: 20% off');
  });

  it('never shows its inline JSON settings, even where the page unsets every style', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset }';
    document.head.append(style);
    try {
      const el = await mount('<pl-pricing-card heading="X"><script type="application/json">{"value": 120}</script><p>About the workshop.</p></pl-pricing-card>');
      await waitFor(() => partText(el, 'price') !== '', 3000, 'the price');
      const script = el.querySelector('script')!;
      expect([getComputedStyle(script).display, script.getBoundingClientRect().height]).to.deep.equal(['none', 0]);
    } finally {
      style.remove();
    }
  });

  it('reads an inline JSON child, which is not taken for a description', async () => {
    const el = await mount('<pl-pricing-card><script type="application/json">{"value": "120", "unit": "school"}</script></pl-pricing-card>');
    await waitFor(() => partText(el, 'price') !== '', 3000, 'the price');
    expect(partText(el, 'price')).to.equal('$120 per school');
    expect(el.shadowRoot!.querySelector<HTMLElement>('.details')!.hidden).to.equal(true);
  });

  it('leaves out a setting written as an object in its own document or its provider\'s, and shows the rest', async () => {
    // {"toString": "x"} cannot be written as text: quoting it in a warning threw, and the card stayed on "Loading…".
    let el!: PlPricingCard;
    const warnings = await captureWarnings(async () => {
      el = await mount('<pl-pricing-card><script type="application/json">{"value": 300, "price": {"toString": "x"}, "seats": [{"toString": "x"}], "calculator": true, "unit": "teacher"}</script></pl-pricing-card>');
      await waitFor(() => partText(el, 'price') !== '', 3000, 'the price');
    });
    expect(partText(el, 'price')).to.equal('$300 per teacher');
    expect(visibleText(part(el, 'calculator')!)).to.contain('$300');
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
    expect(warnings.join('\n')).to.contain('price ignored: not a single value').and.contain('seats ignored');

    const box = container();
    box.innerHTML = '<pl-provider><script type="application/json">{"program": {"pricing": {"value": {"toString": "x"}, "price": 40}}}</script><pl-pricing-card></pl-pricing-card></pl-provider>';
    const card = box.querySelector('pl-pricing-card') as PlPricingCard;
    await waitFor(() => partText(card, 'price') !== '', 3000, 'the price from the provider');
    expect(partText(card, 'price')).to.equal('$40 per person');
  });

  it('explains a document that cannot be loaded, or holds a list instead of pricing settings, with Retry, and fires pl-error', async () => {
    for (const [src, expected] of [
      ['/tests/fixtures/no-such-pricing.json', ['404', 'could not be loaded']],
      ['/tests/fixtures/codeorg.json', ['not valid', 'not valid']],
    ] as const) {
      const box = container();
      const failed = new Promise<CustomEvent>((resolve) => box.addEventListener('pl-error', (e) => resolve(e as CustomEvent), { once: true }));
      box.innerHTML = `<pl-pricing-card src="${src}"></pl-pricing-card>`;
      const el = box.querySelector('pl-pricing-card') as PlPricingCard;
      expect((await failed).detail.message, src).to.contain(expected[0]);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(visibleText(alert), src).to.contain(expected[1]);
      expect(!!alert.querySelector('button'), src).to.equal(true);
    }
  });

  it("explains a document without any pricing setting (another element's file, {}) as not valid, with Retry, and fires pl-error", async () => {
    const programWithoutPricing = { program: { name: 'CS Fundamentals', phases: [{ name: 'Online course' }] } };
    for (const src of [
      '/tests/fixtures/workshops.json',
      '/tests/fixtures/values.json',
      'data:application/json,{}',
      `data:application/json,${encodeURIComponent(JSON.stringify(programWithoutPricing))}`,
    ]) {
      const box = container();
      const failed = nextEvent<{ message: string }>(box, 'pl-error');
      const loads = recordEvents(box, 'pl-data-load');
      box.innerHTML = `<pl-pricing-card src="${src}"></pl-pricing-card>`;
      const el = box.querySelector('pl-pricing-card') as PlPricingCard;
      expect((await failed).detail.message, src).to.contain('not valid');
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert && visibleText(alert), src).to.contain('not valid');
      expect(!!alert?.querySelector('button'), src).to.equal(true);
      expect(loads.events.length, `${src}: no pl-data-load`).to.equal(0);
    }
  });

  it('shows a document\'s description beside its inline JSON child and the page\'s line breaks (they fill the default slot, not with content)', async () => {
    const box = container();
    const loaded = nextEvent(box, 'pl-data-load');
    box.innerHTML = `<pl-pricing-card price="300">
      <script type="application/json">{"description": "Five days of hands-on practice."}</script>
    </pl-pricing-card>`;
    const el = box.querySelector('pl-pricing-card') as PlPricingCard;
    await loaded;
    await el.updateComplete;
    expect(partText(el, 'description')).to.equal('Five days of hands-on practice.');
  });

  it("reads a document that gives only the texts beside the attributes' price", async () => {
    const doc = { description: 'Five days of hands-on practice.', includes: ['Materials', 'Lunch'] };
    const box = container();
    const loaded = nextEvent(box, 'pl-data-load');
    box.innerHTML = `<pl-pricing-card price="300" src="data:application/json,${encodeURIComponent(JSON.stringify(doc))}"></pl-pricing-card>`;
    const el = box.querySelector('pl-pricing-card') as PlPricingCard;
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
    expect(visibleText(el.shadowRoot!.querySelector('.card, [part="card"]') ?? el.shadowRoot!)).to.contain('Five days of hands-on practice.');
    expect(partText(el, 'price')).to.equal('$300 per person');
  });
});

