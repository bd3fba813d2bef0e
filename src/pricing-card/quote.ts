import { best } from '../shared/best.js';
import { numberFormat } from '../shared/i18n/format.js';
import type { DiscountTier } from './discounts.js';
import { roundTo } from './settings.js';

/**
 * The calculator's arithmetic. Loaded with the calculator (most cards have none), so the card's
 * `quote` is there once the calculator is.
 */

/** What the calculator shows and `pl-quote-change` carries. Amounts are in `currency`, rounded to its minor unit. */
export interface Quote {
  seats: number;
  unitPrice: number;
  discountPercent: number;
  total: number;
  currency: string;
}

/** Decimals of the currency's minor unit: 2 for USD, 0 for JPY, 3 for KWD. */
const minorDigits = (currency: string): number =>
  numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** The tier with the largest discount that `seats` reaches, if any (tiers in any order). */
export function applicableTier(seats: number, tiers: readonly DiscountTier[]): DiscountTier | undefined {
  return best(
    tiers.filter((tier) => seats >= tier.min),
    (tier, largest) => tier.percent > largest.percent,
  );
}

/** The next tier, up to `maxSeats`, that would give a larger discount by adding seats (tiers in any order). */
export function nextTier(seats: number, tiers: readonly DiscountTier[], maxSeats = Infinity): DiscountTier | undefined {
  const current = applicableTier(seats, tiers)?.percent ?? 0;
  return [...tiers].sort((a, b) => a.min - b.min).find((tier) => tier.min > seats && tier.min <= maxSeats && tier.percent > current);
}

/**
 * The price of `seats` seats at `unitPrice` each, with the best discount tier that applies (none
 * when the price is 0: there is nothing to discount), in whole minor units of the currency.
 * Pure and total: seats below 1 or not whole become a whole count of at least 1, and a unit price
 * that is negative or not a number counts as 0, so the result is always displayable.
 */
export function quote(seats: number, unitPrice: number, tiers: readonly DiscountTier[], currency: string): Quote {
  const digits = minorDigits(currency);
  const count = isFinite(seats) ? Math.max(1, Math.floor(seats)) : 1;
  const unit = unitPrice > 0 ? roundTo(unitPrice, digits) : 0;
  const discountPercent = unit > 0 ? (applicableTier(count, tiers)?.percent ?? 0) : 0;
  const total = Math.round((minorUnits(unit, digits) * count * (100 - discountPercent)) / 100) / 10 ** digits;
  return { seats: count, unitPrice: unit, discountPercent, total, currency };
}

const minorUnits = (amount: number, digits: number) => Math.round(amount * 10 ** digits);

/** Seats times unit price, before any discount. */
export function subtotal(q: Quote): number {
  const digits = minorDigits(q.currency);
  return (minorUnits(q.unitPrice, digits) * q.seats) / 10 ** digits;
}

/** How much the discount takes off (subtotal minus total). */
export function discountAmount(q: Quote): number {
  const digits = minorDigits(q.currency);
  return (minorUnits(q.unitPrice, digits) * q.seats - minorUnits(q.total, digits)) / 10 ** digits;
}
