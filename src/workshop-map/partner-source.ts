import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchText } from '../shared/data/fetch-text.js';
import { normalizePartners } from './validate-partner.js';
import type { Partner } from './types.js';

/**
 * The regional partners: property > `partners-src` > provider. Deliberately not a second DataSource:
 * partners are a side dish, so they neither fire pl-data-load (that event counts workshops) nor
 * replace the widget with an error; a failure is only logged.
 */
export class PartnerSource implements ReactiveController {
  items: Partner[] = [];
  private request?: AbortController;
  private loadedKey?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { property: () => unknown; src: () => string | undefined; provider: () => unknown },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
    this.loadedKey = undefined;
  }

  /** Connected again (moved in the page): a load that the move aborted starts again. */
  hostConnected(): void {
    this.refresh();
  }

  refresh(): void {
    const property = this.options.property();
    const src = this.options.src()?.trim();
    const key = property ?? src ?? this.options.provider();
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.request?.abort();
    if (property != null || !src) return this.accept(property ?? this.options.provider());
    const request = new AbortController();
    this.request = request;
    fetchText(src, request.signal)
      .then((text) => {
        if (!request.signal.aborted) this.accept(JSON.parse(text));
      })
      .catch((error) => {
        if (!request.signal.aborted) console.warn(`pl-workshop-map: partners could not be loaded from ${src}`, error);
      });
  }

  private accept(raw: unknown): void {
    try {
      const { items, skipped, reasons } = normalizePartners(raw ?? []);
      if (skipped) console.warn(`pl-workshop-map: skipped ${skipped} invalid partner record(s):\n  ${reasons.slice(0, 20).join('\n  ')}`);
      this.items = items;
    } catch (error) {
      console.warn('pl-workshop-map: partners could not be read', error);
      this.items = [];
    }
    this.host.requestUpdate();
  }
}
