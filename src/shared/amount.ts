/** Amounts as people write them: the pricing card's price and value, a workshop's cost and value. */

/** Numbers, or numeric strings such as "15" (hand-written JSON and attributes quote them); NaN otherwise. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
}

/** The words for free that a price may be written as (any case). */
export const FREE = 'free|gratis|gratuit[oa]|sin costo';

/**
 * An amount as people write it: "300", "$300", "From US$ 1,500.50", "Price: $300", "USD 300",
 * "300 USD per person", "12,50" (a decimal comma), "1.500" (dots grouping thousands), "Free"; NaN
 * for anything else ("abc", "1e21", "0x10"). Words may come before the number only up to a currency
 * sign or code: in "TBD (see note 1)" the 1 is no price. A letter against the number ("3OO" with the
 * letter O, "300k") makes it unreadable rather than $3 or $300. Second, the currency it names
 * ("€300", "300 €", "₹5,000", "300 EUR"); "$" names none beyond the default, nor does "¥" (yen or yuan).
 */
export function toAmount(input: unknown): [number, string?] {
  if (typeof input !== 'string') return [toNumber(input)];
  const trimmed = input.trim();
  const [, code, sign, number, after] =
    /^(?:.*?(?:\b([A-Z]{3})|([$\u00a2-\u00a5\u20ac\u20b9]))\s?)?(-?[\d.,]*\d)(?![A-Za-z])\s?([A-Z]{3}\b|[$\u00a2-\u00a5\u20ac\u20b9])?\D*$/.exec(trimmed) ?? [];
  if (!number) return [RegExp(`^(${FREE})$`, 'i').test(trimmed) ? 0 : NaN];
  const named = code ?? after ?? sign;
  return [
    Number(/,\d\d?$|^[1-9]\d?\d?(\.\d{3})+$/.test(number) ? number.replace(/\./g, '').replace(',', '.') : number.replace(/,/g, '')),
    named == '€' ? 'EUR' : named == '£' ? 'GBP' : named == '₹' ? 'INR' : named?.[2] && named,
  ];
}
