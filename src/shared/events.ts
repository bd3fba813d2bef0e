/**
 * The events every data-driven element fires, and the typing of every `pl-*` event: each element's
 * module adds its own to `GlobalEventHandlersEventMap` beside its tag in `HTMLElementTagNameMap`, so
 * `el.addEventListener('pl-toggle', (e) => e.detail.open)` compiles without a cast. The global map
 * (not only HTMLElementEventMap, which extends it) because the events bubble out of the shadow root:
 * a listener on a wrapper, the document or the window is typed too. Types only: no runtime code.
 */

import type { LoadFailure } from './data/load-error.js';

/** `pl-data-load`: an element's data was read. */
export interface DataLoadDetail {
  /** Records shown (or, for the card, 1: its pricing). */
  count: number;
  /** Invalid records left out; each is reported on the console. */
  skipped: number;
}

/** `pl-error`: data could not be loaded or read; the element shows the failure with Retry. */
export interface ErrorDetail {
  /** What went wrong, in the element's language ("Could not load the workshops (404)"). */
  message: string;
  /**
   * Why, for a page to act on without reading the words: the HTTP status the server answered (404,
   * 500), `'network'` (no answer: offline, blocked, refused by CORS, timed out) or `'parse'` (an
   * answer that is not data the element reads: broken JSON, a web page, nothing).
   */
  failure?: LoadFailure;
  /** Sent by `<pl-provider>`: its document's URL (undefined for an inline document). The elements leave it out. */
  src?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pl-data-load': CustomEvent<DataLoadDetail>;
    'pl-error': CustomEvent<ErrorDetail>;
  }
}

/** The detail type of the `pl-*` event `K`, as the event map declares it. */
export type PlEventDetail<K extends `pl-${string}` & keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
