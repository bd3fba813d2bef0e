import type { LoadError } from '../data/load-error.js';
import { defineStrings } from './catalogs.js';

const en = {
  loading: 'Loading…',
  loadFailed: 'This content could not be loaded.',
  loadFailedHttp: (status: number) => `This content could not be loaded (HTTP ${status}).`,
  loadFailedParse: 'This content could not be read: the data is not valid.',
  loadFailedNetwork: 'This content could not be loaded: the network request failed.',
  retry: 'Retry',
};
export type CommonStrings = typeof en;

/** Strings every element shares: loading and error states. */
export const commonStrings = defineStrings<CommonStrings>({
  en,
  es: {
    loading: 'Cargando…',
    loadFailed: 'No se pudo cargar este contenido.',
    loadFailedHttp: (status: number) => `No se pudo cargar este contenido (HTTP ${status}).`,
    loadFailedParse: 'No se pudo leer este contenido: los datos no son válidos.',
    loadFailedNetwork: 'No se pudo cargar este contenido: falló la solicitud de red.',
    retry: 'Reintentar',
  },
});

/** Why a document could not be loaded, in words (any error: a LoadError says which kind). */
export function loadFailureMessage(error: unknown, t: CommonStrings): string {
  // Read, not checked with instanceof: a card that fetches nothing need not load the LoadError class.
  const failure = (error as Partial<LoadError> | undefined)?.failure;
  if (typeof failure === 'number') return t.loadFailedHttp(failure);
  if (failure === 'parse') return t.loadFailedParse;
  return failure === 'network' ? t.loadFailedNetwork : t.loadFailed;
}
