/** Intl helpers shared by the elements. Formatters are cached: building them is the slow part. */

/*
 * Intl reads the names its options inherit too: on a page that set `Object.prototype.timeZone` (or
 * `currency`) every formatter would throw. So the options are copied onto no prototype.
 */
export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(lang, { __proto__: null, ...options } as Intl.DateTimeFormatOptions);
export const numberFormat = (lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  new Intl.NumberFormat(lang, { __proto__: null, ...options } as Intl.NumberFormatOptions);
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** The formatter made once for `key` (its kind first: "money|", "display|", ...; zoned-time and the timeline's dates share it). */
export function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  return (cache.get(key) ?? cache.set(key, make()).get(key)) as T;
}

/**
 * Money in the locale: whole amounts show no minor unit ("$300", "300 €"), others the currency's own
 * ("$52.47", "¥2,547"). `lang` is a tag Intl accepts (intlTag) and `currency` a checked code.
 */
export function formatMoney(amount: number, currency: string, lang: string): string {
  const whole = Number.isInteger(amount);
  return cached(`money|${lang}|${currency}|${whole}`, () =>
    numberFormat(lang, { style: 'currency', currency, ...(whole && { minimumFractionDigits: 0, maximumFractionDigits: 0 }) }),
  ).format(amount);
}

export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  const key = `num|${lang}|${JSON.stringify(options)}`;
  return cached(key, () => numberFormat(lang, options)).format(value);
}

/** `f.formatRange(a, b)`, or the two ends joined where a browser lacks it (Safari before 14.1). */
export function formatRangeOf(f: Intl.DateTimeFormat, a: Date | number, b: Date | number): string {
  return typeof f.formatRange === 'function' ? f.formatRange(a, b) : `${f.format(a)} \u2013 ${f.format(b)}`;
}
