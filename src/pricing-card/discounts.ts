import { toNumber } from '../shared/amount.js';

/** One group-discount tier: `percent` off the whole order from `min` seats up. */
export interface DiscountTier {
  min: number;
  percent: number;
}

export interface ParsedDiscounts {
  tiers: DiscountTier[];
  /** Why input was ignored, in words a page author can act on; empty when all was fine. */
  problems: string[];
}

const NONE: ParsedDiscounts = { tiers: [], problems: [] };

/** More tiers than a card can usefully list; the lowest `min`s are kept. */
const MAX_TIERS = 20;

/**
 * Reads `discounts`: a JSON string (the attribute) or an array (the property or a provider).
 * Never throws: bad JSON is ignored as a whole, bad tiers one by one, each with a reason.
 * Tiers come back sorted by `min`, at most MAX_TIERS; two with the same `min` keep the larger percent.
 */
export function parseDiscounts(input: unknown): ParsedDiscounts {
  if (input === undefined || input === null) return NONE;
  let list: unknown = input;
  if (typeof input === 'string') {
    if (!input.trim()) return NONE;
    try {
      // As a rich editor may have written it: curly or single quotes, no-break spaces (tiers hold no text).
      list = JSON.parse(input.replace(/['\u2018-\u201d]/g, '"').replace(/\s/g, ' '));
    } catch {
      return { tiers: [], problems: ['discounts ignored: not JSON'] };
    }
  }
  if (!Array.isArray(list)) {
    return { tiers: [], problems: ['discounts ignored: must be an array of {min, percent}'] };
  }

  const byMin = new Map<number, number>();
  const problems: string[] = [];
  try {
    list.forEach((entry, index) => {
      const tier = readTier(entry);
      if (typeof tier === 'string') {
        problems.push(`discount ${index + 1} ignored: ${tier}`);
        return;
      }
      byMin.set(tier.min, Math.max(tier.percent, byMin.get(tier.min) ?? 0));
    });
  } catch {
    // A list that throws when read (a Proxy, a getter): nothing of it can be trusted.
    return { tiers: [], problems: ['discounts ignored: unreadable'] };
  }
  const tiers = [...byMin].map(([min, percent]) => ({ min, percent })).sort((a, b) => a.min - b.min);
  if (tiers.length > MAX_TIERS) problems.push(`discounts past the first ${MAX_TIERS} ignored`);
  return { tiers: tiers.slice(0, MAX_TIERS), problems };
}

function readTier(entry: unknown): DiscountTier | string {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'not {min, percent}';
  const { min, percent } = entry as Record<string, unknown>;
  const minimum = toNumber(min);
  const off = toNumber(percent);
  // No group is larger than a million seats: a larger min (1e308) is a typo that would print 309 digits.
  if (!Number.isInteger(minimum) || minimum < 1 || minimum > 1e6) return 'min is not a whole number from 1 to 1,000,000';
  if (!(off > 0 && off <= 100)) return 'percent is not over 0 and up to 100';
  return { min: minimum, percent: off };
}


