import type { DiscountTier } from './discounts.js';

/** What the calculator shows and `pl-quote-change` carries. Amounts are in `currency`, rounded to cents. */
export interface Quote {
  seats: number;
  unitPrice: number;
  discountPercent: number;
  total: number;
  currency: string;
}

/** Rounds to cents without the 1.005 -> 1.00 surprise of naive float rounding. */
export function roundToCents(amount: number): number {
  if (!Number.isFinite(amount)) return 0;
  return Math.round(Number(`${amount}e2`)) / 100 || Math.round(amount * 100) / 100;
}

/** The tier with the highest `min` that `seats` reaches, if any (tiers in any order). */
export function applicableTier(seats: number, tiers: readonly DiscountTier[]): DiscountTier | undefined {
  let best: DiscountTier | undefined;
  for (const tier of tiers) {
    if (seats < tier.min) continue;
    if (!best || tier.min > best.min || (tier.min === best.min && tier.percent > best.percent)) best = tier;
  }
  return best;
}

/**
 * The price of `seats` seats at `unitPrice` each, with the best discount tier that applies (none
 * when the price is 0: there is nothing to discount).
 * Pure and total: seats below 1 or not whole become a whole count of at least 1, and a unit price
 * that is negative or not a number counts as 0, so the result is always displayable.
 */
export function quote(seats: number, unitPrice: number, tiers: readonly DiscountTier[], currency: string): Quote {
  const count = Number.isFinite(seats) ? Math.max(1, Math.floor(seats)) : 1;
  const unit = Number.isFinite(unitPrice) && unitPrice > 0 ? roundToCents(unitPrice) : 0;
  const discountPercent = unit > 0 ? (applicableTier(count, tiers)?.percent ?? 0) : 0;
  const subtotalCents = Math.round(unit * 100) * count;
  const totalCents = Math.round((subtotalCents * (100 - discountPercent)) / 100);
  return { seats: count, unitPrice: unit, discountPercent, total: totalCents / 100, currency };
}
