import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchText } from '../shared/data/fetch-text.js';
import { parseText, type LoadError } from '../shared/data/load-error.js';
import { skippedText } from '../shared/data/normalized.js';
import { emit } from '../shared/emit.js';
import { normalizePartners } from './validate-partner.js';
import type { Partner } from './types.js';
import { warn } from '../shared/warn.js';
import { settingText } from '../shared/own.js';

export interface PartnerSourceOptions {
  property: () => unknown;
  /** `partners-src`, whatever a script assigned (a URL object is read as its text). */
  src: () => unknown;
  provider: () => unknown;
  /** The failure in words, in the element's language. */
  failure: (error: unknown) => string;
}

/**
 * The regional partners: property > `partners-src` > provider. Deliberately not a second DataSource:
 * partners are a side dish, so they neither fire pl-data-load (that event counts workshops) nor
 * replace the workshops with an error. A `partners-src` that cannot be loaded or read is still a
 * document that failed: it fires pl-error, and the element shows a small alert with Retry (`error`).
 */
export class PartnerSource implements ReactiveController {
  items: Partner[] = [];
  /** Why `partners-src` could not be loaded or read; undefined when it was, or there is none. */
  error?: unknown;
  #request?: AbortController;
  #loadedKey?: unknown;
  /** Connected before, or asked to refresh while out of the page: connecting (again) reads the sources. */
  #refreshOnConnect?: boolean;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PartnerSourceOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PartnerSourceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    // As the workshops' DataSource: a move within one task keeps a load under way; out for longer,
    // the load is given up and starts again when the element is back. A loaded (or failed) document
    // is not fetched anew.
    queueMicrotask(() => {
      if (this.#host.isConnected || !this.#request) return;
      this.#request.abort();
      this.#loadedKey = undefined;
    });
  }

  /** Connected again (moved in the page): a load that the move aborted starts again. (The first update reads the sources first.) */
  hostConnected(): void {
    if (this.#refreshOnConnect) this.refresh();
    this.#refreshOnConnect = true;
  }

  /** Re-evaluates the sources; `retry` fetches `partners-src` again, past the HTTP cache. */
  refresh(retry = false): void {
    // Out of the page, nothing is fetched: connecting again reads the sources.
    if (!this.#host.isConnected) return void (this.#refreshOnConnect = true);
    const property = this.#options.property();
    const src = settingText(this.#options.src());
    const key = property ?? src ?? this.#options.provider();
    if (key === this.#loadedKey && !retry) return;
    this.#loadedKey = key;
    this.#request?.abort();
    this.error = undefined;
    if (property != null || !src) return this.#accept(property ?? this.#options.provider());
    const request = new AbortController();
    this.#request = request;
    fetchText(src, request.signal, retry)
      .then((text) => {
        // A document of another kind throws as broken JSON does: the alert, with Retry.
        if (!request.signal.aborted) this.#accept(parseText(text), true);
      })
      .catch((error: unknown) => {
        if (request.signal.aborted) return;
        this.error = error;
        this.items = [];
        const message = this.#options.failure(error);
        warn(`pl-workshop-map: ${message} (${src})`, error);
        this.#host.requestUpdate();
        emit(this.#host, 'pl-error', { message, failure: (error as LoadError).failure });
      })
      .finally(() => {
        if (this.#request === request) this.#request = undefined;
      });
  }

  /** `fetched`: a document that is not a list of partners throws (the fetch shows it); else it is warned about. */
  #accept(raw: unknown, fetched?: boolean): void {
    try {
      const { items, skipped, reasons } = normalizePartners(raw ?? []);
      if (skipped) warn(`pl-workshop-map: ${skippedText(skipped, reasons, 'partner record')}`);
      this.items = items;
    } catch (error) {
      if (fetched) throw error;
      warn('pl-workshop-map: partners could not be read', error);
      this.items = [];
    }
    this.#host.requestUpdate();
  }
}
