export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];

/** Maps any BCP 47 tag ("es-MX", "EN") to a shipped locale; unknown languages fall back to English. */
export function toLocale(lang: string | null | undefined): Locale {
  // The primary subtag, any case, before "-" or "_" (es, es-MX, ES_mx); not "est" or "esperanto".
  // (test() reads null and undefined as the words "null" and "undefined": English.)
  return /^\s*es(?![a-z])/i.test(lang!) ? 'es' : 'en';
}

/**
 * A catalog of UI strings: English is the source of truth and every other locale is typed against
 * it, so a missing translation fails the type check (and tests/i18n). Each element keeps its own
 * catalog beside it, so an accordion-only bundle does not carry the map's strings. A locale's own
 * table is the catalog called with its code (`strings('es')`).
 */
export type Strings<T> = (lang: string | null | undefined) => T;

/** Every catalog defined so far; tests/i18n checks that no locale misses a key. */
export const allStrings: Strings<object>[] = [];

/**
 * Creates a catalog and registers it in `allStrings`. Marked free of side effects for bundlers:
 * the registry only serves the tests, so a bundle that never reads a catalog leaves it out.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineStrings<T extends object>(locales: Record<Locale, T>): Strings<T> {
  const lookup: Strings<T> = (lang) => locales[toLocale(lang)];
  allStrings.push(lookup);
  return lookup;
}
