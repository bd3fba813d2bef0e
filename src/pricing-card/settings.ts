import { FREE, toAmount } from '../shared/amount.js';
import { parseSafeUrl } from '../shared/safe-url.js';
import { nonEmptyString as text } from '../shared/non-empty-string.js';
import { parseDiscounts, type DiscountTier } from './discounts.js';

/** A setting as text: trimmed, or a finite number as text; undefined when blank or neither. */
export { text };

export const DEFAULT_MAX_SEATS = 1000;

/** The element's own inputs: attribute strings or property values; undefined/null when absent. */
export interface OwnInputs {
  heading?: unknown;
  value?: unknown;
  price?: unknown;
  currency?: unknown;
  unit?: unknown;
  discounts?: unknown;
  calculator?: boolean;
  seats?: unknown;
  maxSeats?: unknown;
  scholarshipUrl?: unknown;
  ctaUrl?: unknown;
  ctaLabel?: unknown;
  priceLabel?: unknown;
}

/** Everything the card shows, after precedence (own input > provider) and validation. */
export interface PricingSettings {
  heading?: string;
  value?: number;
  /** What is paid per unit; undefined when neither price nor value could be read. */
  price?: number;
  currency: string;
  unit: string;
  tiers: DiscountTier[];
  calculator: boolean;
  seats: number;
  maxSeats: number;
  scholarshipUrl?: string;
  ctaUrl?: string;
  ctaLabel?: string;
  priceLabel?: string;
  /** Plain-text fallbacks a provider may give for the slots. */
  description?: string;
  includes: string[];
  scholarship?: string;
  note?: string;
}

export interface Resolved {
  settings: PricingSettings;
  problems: string[];
}

/** Not set: a CMS template writes a blank attribute (value="") for a field it has no value for. */
export const absent = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Merges the element's inputs over the provider's `program.pricing` and validates the result.
 * Never throws: a bad input is dropped with a reason in `problems`, and the rest still shows.
 */
export function resolveSettings(own: OwnInputs, provided?: unknown): Resolved {
  const from = (provided && typeof provided === 'object' ? provided : {}) as Record<string, unknown>;
  const pick = (key: keyof OwnInputs) => (absent(own[key]) ? from[key] : own[key]);
  const problems: string[] = [];
  // The provider's amounts are in its currency, and its price label goes with its price: a card
  // that sets or names another currency ("£50"), or its own price, does not borrow them.
  const ownCurrency = text(own.currency) ?? toAmount(own.value)[1] ?? toAmount(own.price)[1];
  const borrowsAmounts = !ownCurrency || ownCurrency.toUpperCase() === (text(from.currency)?.toUpperCase() ?? 'USD');
  const amount = (key: 'value' | 'price') => (borrowsAmounts ? pick(key) : own[key]);
  // A card that names only its currency would show no price, and nothing would say why.
  if (!borrowsAmounts && absent(own.value) && absent(own.price) && !(absent(from.value) && absent(from.price))) {
    problems.push(`the provider's amounts are in ${text(from.currency) ?? 'USD'}, not ${ownCurrency}: not shown`);
  }

  const [value, valueCurrency] = readAmount('value', amount('value'), problems);
  // A card's own value is its price unless it names another: the provider's price (and its label)
  // was set for the provider's value.
  const ownPrice = !absent(own.price) || !absent(own.value);
  // An absent price is the value. One that cannot be read ("TBD", "Free for districts") is no price:
  // the value alone shows, not as what is paid.
  const priceInput = ownPrice ? own.price : amount('price');
  const [price = absent(priceInput) ? value : undefined, priceCurrency] = readAmount('price', priceInput, problems);

  const discounts = parseDiscounts(pick('discounts'));
  problems.push(...discounts.problems);

  const maxSeats = readCount('max-seats', pick('maxSeats'), 1, Number.MAX_SAFE_INTEGER, DEFAULT_MAX_SEATS, problems);
  const seats = readCount('seats', pick('seats'), 1, maxSeats, 1, problems);

  return {
    problems,
    settings: {
      heading: text(pick('heading')),
      value,
      price,
      currency: readCurrency(ownCurrency ?? (absent(from.currency) ? valueCurrency ?? priceCurrency : from.currency), problems),
      unit: text(pick('unit')) ?? 'person',
      tiers: discounts.tiers,
      calculator: own.calculator === true || from.calculator === true,
      seats,
      maxSeats,
      scholarshipUrl: readLink('scholarship-url', pick('scholarshipUrl'), problems),
      ctaUrl: readLink('cta-url', pick('ctaUrl'), problems),
      // A label goes with its link.
      ctaLabel: text(absent(own.ctaUrl) ? pick('ctaLabel') : own.ctaLabel),
      priceLabel: text(borrowsAmounts && !ownPrice ? pick('priceLabel') : own.priceLabel),
      description: text(from.description),
      includes: Array.isArray(from.includes) ? from.includes.map(text).filter((s): s is string => !!s) : [],
      scholarship: text(from.scholarship),
      note: text(from.note),
    },
  };
}

/**
 * A price label without a leading word for free, a whole word, and the spaces or punctuation after
 * it: shown after "Free", "Free for partner districts" would say it twice.
 */
export const withoutFree = (label?: string): string | undefined => label?.replace(RegExp(`^(${FREE})(?![^\\s,:;.!-])[\\s,:;.!-]*`, 'i'), '') || undefined;

/** Rounds to `digits` decimals without the 1.005 -> 1.00 surprise of naive float rounding; 0 when not finite. */
export function roundTo(amount: number, digits = 2): number {
  if (!isFinite(amount)) return 0;
  return Math.round(Number(`${amount}e${digits}`)) / 10 ** digits || Math.round(amount * 10 ** digits) / 10 ** digits;
}

/** A link the card may show (web, mail or phone, made absolute); a typo or a `javascript:` one is dropped, with a reason. */
const readLink = (name: string, input: unknown, problems: string[]): string | undefined =>
  parseSafeUrl(input) ?? void (absent(input) || problems.push(`${name} "${String(input)}" ignored: not a link`));

/**
 * A money amount per unit (a finite number, 0 or more, rounded to the thousandth: the currency is not
 * known yet, and three-decimal ones (KWD) need it; the quote rounds to the currency's own), and the
 * currency it names.
 */
export function readAmount(name: string, input: unknown, problems: string[]): [number?, string?] {
  if (absent(input)) return [];
  const [amount, currency] = toAmount(input);
  if (!isFinite(amount) || amount < 0) {
    problems.push(`${name} "${String(input)}" ignored: not an amount`);
    return [];
  }
  return [roundTo(amount, 3), currency];
}

function readCount(name: string, input: unknown, min: number, max: number, fallback: number, problems: string[]): number {
  // 0 is what a blank attribute (max-seats="", a CMS's empty field) reads as: not set, as a blank text
  // is. Text that is no number ("abc") reads as NaN, and is reported below.
  if (absent(input) || input === 0) return fallback;
  const count = Number(input);
  // Not a number ("abc", Infinity): the fallback, with the same reason as a clamped count.
  const used = isFinite(count) ? Math.min(max, Math.max(min, Math.floor(count))) : fallback;
  if (used !== count) problems.push(`${name} "${String(input)}": using ${used}`);
  return used;
}

function readCurrency(input: unknown, problems: string[]): string {
  const code = text(input)?.toUpperCase();
  if (!code) return 'USD';
  // What Intl takes as a currency: any three letters (an unknown code shows as itself, "XYZ 300").
  if (/^[A-Z]{3}$/.test(code)) return code;
  problems.push(`currency "${String(input)}": using USD`);
  return 'USD';
}
