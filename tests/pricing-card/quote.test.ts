import { expect } from '@open-wc/testing';
import { parseDiscounts } from '../../src/pricing-card/discounts.js';
import { applicableTier, discountAmount, nextTier, quote, subtotal } from '../../src/pricing-card/quote.js';
import { pricingStrings } from '../../src/pricing-card/strings.js';
import { resolveSettings, roundTo, withoutFree } from '../../src/pricing-card/settings.js';

const tiers = [
  { min: 10, percent: 15 },
  { min: 25, percent: 25 },
];

describe('quote()', () => {
  it('prices 12 seats at $300 with 15% off from 10 seats: $3,060', () => {
    expect(quote(12, 300, [{ min: 10, percent: 15 }], 'USD')).to.deep.equal({
      seats: 12,
      unitPrice: 300,
      discountPercent: 15,
      total: 3060,
      currency: 'USD',
    });
  });

  it('applies no discount below the first tier and the best tier above several', () => {
    expect(quote(9, 300, tiers, 'USD')).to.include({ discountPercent: 0, total: 2700 });
    expect(quote(10, 300, tiers, 'USD')).to.include({ discountPercent: 15, total: 2550 });
    expect(quote(30, 300, tiers, 'USD')).to.include({ discountPercent: 25, total: 6750 });
    expect(quote(30, 300, [...tiers].reverse(), 'USD').discountPercent).to.equal(25);
  });

  it('rounds totals to cents', () => {
    expect(quote(3, 19.99, [{ min: 2, percent: 12.5 }], 'USD').total).to.equal(52.47); // 59.97 * 0.875 = 52.47375
    expect(quote(1, 0.1, [{ min: 1, percent: 15 }], 'USD').total).to.equal(0.09); // 8.5 cents rounds up
    expect(quote(7, 1.005, [], 'USD').unitPrice).to.equal(1.01);
    expect(roundTo(1.005)).to.equal(1.01);
    expect(roundTo(2.675)).to.equal(2.68);
  });

  it('never returns something unshowable for odd inputs', () => {
    expect(quote(0, 300, [], 'EUR')).to.deep.equal({ seats: 1, unitPrice: 300, discountPercent: 0, total: 300, currency: 'EUR' });
    expect(quote(2.7, 300, [], 'USD').seats).to.equal(2);
    expect(quote(NaN, NaN, [], 'USD')).to.include({ seats: 1, unitPrice: 0, total: 0 });
    expect(quote(5, -10, tiers, 'USD')).to.include({ unitPrice: 0, total: 0 });
  });

  it('has nothing to discount when the price is 0', () => {
    expect(quote(12, 0, tiers, 'USD')).to.include({ discountPercent: 0, total: 0 });
  });

  it('gives the subtotal, the discount amount and the next tier', () => {
    const q = quote(12, 300, tiers, 'USD');
    expect(subtotal(q)).to.equal(3600);
    expect(discountAmount(q)).to.equal(540);
    expect(nextTier(12, tiers)).to.deep.equal({ min: 25, percent: 25 });
    expect(nextTier(3, tiers)).to.deep.equal({ min: 10, percent: 15 });
    expect(nextTier(30, tiers)).to.equal(undefined);
    expect(applicableTier(9, tiers)).to.equal(undefined);
  });
});

describe('parseDiscounts()', () => {
  it('reads JSON text and arrays, sorted by min', () => {
    expect(parseDiscounts('[{"min":25,"percent":25},{"min":10,"percent":15}]')).to.deep.equal({ tiers: [...tiers], problems: [] });
    expect(parseDiscounts(tiers).tiers).to.deep.equal(tiers);
    expect(parseDiscounts([{ min: '10', percent: '15' }]).tiers).to.deep.equal([{ min: 10, percent: 15 }]);
  });

  it('treats absent and blank as no discounts, silently', () => {
    for (const input of [undefined, null, '', '  ']) expect(parseDiscounts(input)).to.deep.equal({ tiers: [], problems: [] });
  });

  it('ignores bad JSON and non-arrays as a whole, with one reason', () => {
    const bad = parseDiscounts('[{min:10}');
    expect(bad.tiers).to.deep.equal([]);
    expect(bad.problems).to.have.length(1);
    expect(bad.problems[0]).to.contain('not JSON');
    expect(parseDiscounts('{"min":10,"percent":15}').problems[0]).to.contain('must be an array');
  });

  it('reads JSON an editor gave curly or single quotes and no-break spaces', () => {
    const tiers = [{ min: 10, percent: 15 }, { min: 20, percent: 25 }];
    for (const input of ['[{\u201cmin\u201d:10,\u201cpercent\u201d:15},\u00a0{\u201cmin\u201d: 20, \u201cpercent\u201d: 25}]', "[{'min': 10, 'percent': 15}, {'min': 20, 'percent': 25}]", '[{\u2018min\u2019:10,\u2018percent\u2019:15},{"min":20,"percent":25}]']) {
      expect(parseDiscounts(input), input).to.deep.equal({ tiers, problems: [] });
    }
  });

  it('keeps the larger percent of two tiers with the same min, whichever comes first', () => {
    expect(parseDiscounts([{ min: 10, percent: 20 }, { min: 10, percent: 15 }]).tiers).to.deep.equal([{ min: 10, percent: 20 }]);
  });

  it('takes a min up to a million seats and a percent up to 100', () => {
    expect(parseDiscounts([{ min: 1e6, percent: 100 }]).tiers).to.deep.equal([{ min: 1e6, percent: 100 }]);
    const over = parseDiscounts([{ min: 1e6 + 1, percent: 10 }]);
    expect([over.tiers, over.problems]).to.deep.equal([[], ['discount 1 ignored: min is not a whole number from 1 to 1,000,000']]);
  });

  it('skips bad tiers one by one and keeps the good ones', () => {
    const result = parseDiscounts([
      { min: 10, percent: 15 },
      { min: 0, percent: 10 },
      { min: 5, percent: 150 },
      { min: 2.5, percent: 5 },
      'ten',
      { min: 10, percent: 20 },
    ]);
    expect(result.tiers).to.deep.equal([{ min: 10, percent: 20 }]);
    expect(result.problems).to.have.length(4);
    expect(result.problems[0]).to.contain('discount 2');
  });
});

describe('resolveSettings()', () => {
  it('defaults price to value, currency to USD and unit to person', () => {
    const { settings, problems } = resolveSettings({ value: '300' });
    expect(settings).to.include({ value: 300, price: 300, currency: 'USD', unit: 'person', seats: 1, calculator: false });
    expect(problems).to.deep.equal([]);
  });

  it('lets the element win over the provider, field by field', () => {
    const { settings } = resolveSettings(
      { price: '0', ctaLabel: undefined },
      { value: 300, price: 250, currency: 'eur', ctaLabel: 'Sign up', calculator: true, discounts: tiers, includes: ['A', 7, 'B'] },
    );
    expect(settings).to.include({ value: 300, price: 0, currency: 'EUR', ctaLabel: 'Sign up', calculator: true });
    expect(settings.tiers).to.deep.equal(tiers);
    expect(settings.includes).to.deep.equal(['A', '7', 'B']);
  });

  it('reports invalid numbers and currencies and shows what it can', () => {
    const { settings, problems } = resolveSettings({ value: 'abc', price: '-5', currency: 'dollars', seats: 'many' });
    expect(settings.value).to.equal(undefined);
    expect(settings.price).to.equal(undefined);
    expect(settings.currency).to.equal('USD');
    expect(settings.seats).to.equal(1);
    expect(problems).to.have.length(4);
    expect(problems.join('\n')).to.contain('value "abc"').and.contain('price "-5"').and.contain('currency "dollars"');
  });

  it('clamps seats to 1..max-seats', () => {
    expect(resolveSettings({ seats: 5000 }).settings.seats).to.equal(1000);
    expect(resolveSettings({ seats: 50, maxSeats: '20' }).settings.seats).to.equal(20);
    expect(resolveSettings({ seats: '0' }).settings.seats).to.equal(1);
  });
});

describe('withoutFree()', () => {
  it('drops a leading word for free only when it is a whole word', () => {
    expect(withoutFree('Free for partner districts')).to.equal('for partner districts');
    expect(withoutFree('free: partners only')).to.equal('partners only');
    expect(withoutFree('Gratis para distritos')).to.equal('para distritos');
    expect(withoutFree('Sin costo, para socios')).to.equal('para socios');
    expect(withoutFree('Free')).to.equal(undefined);
    expect(withoutFree('Freedom included')).to.equal('Freedom included');
    expect(withoutFree('for partners')).to.equal('for partners');
    expect(withoutFree(undefined)).to.equal(undefined);
  });
});

describe('pricing strings', () => {
  it('give Spanish every English key, translated', () => {
    const [en, es] = (['en', 'es'] as const).map((locale) => pricingStrings(locale) as unknown as Record<string, unknown>);
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(typeof es[key], key).to.equal(typeof en[key]);
      if (typeof en[key] === 'string') expect(es[key], key).to.not.equal(en[key]);
    }
    expect(pricingStrings('es-MX').perUnit('teacher')).to.equal('por docente');
    expect(pricingStrings('en').perUnit('cohort')).to.equal('per cohort');
  });
});
