import type { DiscountTier } from './discounts.js';
import { applicableTier, type Quote } from './quote.js';

/**
 * What the calculator shows beside a quote's total. Apart from quote.ts so that cards without a
 * calculator (most of them) do not load it.
 */

/** The next tier the order could reach by adding seats (tiers in any order). */
export function nextTier(seats: number, tiers: readonly DiscountTier[]): DiscountTier | undefined {
  const current = applicableTier(seats, tiers)?.percent ?? 0;
  return [...tiers].sort((a, b) => a.min - b.min).find((tier) => tier.min > seats && tier.percent > current);
}

/** Seats times unit price, before any discount. */
export function subtotal(q: Quote): number {
  return (Math.round(q.unitPrice * 100) * q.seats) / 100;
}

/** How much the discount takes off (subtotal minus total). */
export function discountAmount(q: Quote): number {
  return (Math.round(q.unitPrice * 100) * q.seats - Math.round(q.total * 100)) / 100;
}
