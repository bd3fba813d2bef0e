/** The pricing fields that are lists: every other one is a single value (an amount, a count, a text, a flag). */
const LISTS = ['discounts', 'includes'];

/**
 * Pricing settings (a provider's `program.pricing`, a card's own document) without the fields that
 * hold an object or a list where the card reads one value: JSON's `{"value": {"toString": "x"}}`
 * cannot even be quoted in a warning, and left the card on "Loading…". `dropped` hears each key left out.
 */
export function plainPricing<T extends object>(pricing: T, dropped?: (key: string) => void): T {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(pricing)) {
    if (value && typeof value == 'object' && !LISTS.includes(key)) dropped?.(key);
    else kept[key] = value;
  }
  return kept as T;
}
