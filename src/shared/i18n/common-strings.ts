import type { LoadError } from '../data/load-error.js';
import { defineStrings, type Locale } from './catalogs.js';

const en = {
  /** The locale these are, which picks a fetch failure's own words (see loadFailureMessage). */
  lang: 'en' as Locale,
  loading: 'Loading…',
  loadFailed: 'This content could not be loaded.',
  loadFailedParse: 'This content could not be read: the data is not valid.',
  retry: 'Retry',
};
export type CommonStrings = typeof en;

/** Strings every element shares: loading and error states. */
export const commonStrings = defineStrings<CommonStrings>({
  en,
  es: {
    lang: 'es',
    loading: 'Cargando…',
    loadFailed: 'No se pudo cargar este contenido.',
    loadFailedParse: 'No se pudo leer este contenido: los datos no son válidos.',
    retry: 'Reintentar',
  },
});

/** Why a document could not be loaded, in words (any error: a LoadError says which kind). */
export function loadFailureMessage(error: unknown, t: CommonStrings): string {
  // Read, not checked with instanceof: a card that fetches nothing need not load the LoadError class.
  const { failure, words } = (error ?? {}) as Partial<LoadError>;
  // A failed fetch brings its own words (HTTP status, network): only an element that fetches loads them.
  return words?.[t.lang] ?? (failure === 'parse' ? t.loadFailedParse : t.loadFailed);
}
