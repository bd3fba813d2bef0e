import type { Locale } from '../i18n/catalogs.js';

/** Why a document could not be loaded: the HTTP status the server answered, or the network or the data failed. */
export type LoadFailure = number | 'network' | 'parse';

export class LoadError extends Error {
  /** What a reader is told, in each shipped language (a failed fetch's: see fetch-text.ts). */
  declare words?: Record<Locale, string>;
  constructor(readonly failure: LoadFailure, detail: string) {
    super(detail);
  }
}

/** A document's text read by `parse` (JSON by default); text it cannot read throws a 'parse' LoadError. */
export function parseText(text: string, parse: (text: string) => unknown = JSON.parse): unknown {
  try {
    return parse(text);
  } catch (error) {
    try {
      // WordPress's classic editor turns each blank line of a post into `</p>\n<p>`, inside a script too.
      return parse(text.replace(/<\/?p>/g, ''));
    } catch {
      throw new LoadError('parse', String(error));
    }
  }
}
