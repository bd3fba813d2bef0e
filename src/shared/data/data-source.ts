import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProviderLoad } from '../context.js';
import { emit } from '../emit.js';
import { loadFailureMessage, type CommonStrings } from '../i18n/common-strings.js';
import { LoadError, parseText } from './load-error.js';
import type { Normalized } from './normalized.js';
import { warn } from '../warn.js';
import { settingText } from '../own.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface DataSourceOptions<T, Loaded extends Normalized<T> = Normalized<T>> {
  /** The JS property (highest precedence); undefined when not set. */
  property: () => unknown;
  src: () => string | null | undefined;
  /** The tag of the light-DOM children that are records (`pl-phase`); only direct children are read. */
  childTag?: string;
  /** Attributes of the children that change the records (a child's content does not). */
  childAttributes?: string[];
  /** Raw data from an ancestor <pl-provider>; undefined when there is none. */
  provider?: () => unknown;
  /** The provider's document while it loads or after it failed (shown when `provider` gives nothing). */
  providerLoad?: () => ProviderLoad | undefined;
  /** Text (from `src` or inline JSON) to a raw value; throws when the text cannot be read. */
  parseText?: (text: string) => unknown;
  /**
   * Raw value to valid records (and whatever else the element builds from them). Throws only a
   * 'parse' LoadError, when the value is not a document of its kind at all: shown as broken JSON is.
   */
  normalize: (raw: unknown) => Loaded;
  /** The UI strings for error messages, in the element's current language. */
  strings: () => CommonStrings;
}

type Host = ReactiveControllerHost & HTMLElement;

const elementIds = new WeakMap<Element, number>();
let nextElementId = 0;

/**
 * Light-DOM children settle in several steps (each child upgrades, reflects its attributes, tells its
 * parent), and each step asks for a refresh. A refresh that finds the same items from the same
 * elements and the same skipped records is not a new load: it is neither reported nor announced again.
 */
function outcomeOf(loaded: Normalized<unknown>): string {
  // Written out rather than JSON.stringify: pages with old libraries (Prototype.js) give arrays a
  // toJSON that bypasses a replacer, and a custom element's own fields are circular. An array is
  // written as the object it is ({ 0 ... 1 ... }): the outcome is only ever compared with the last one,
  // and in the records a normalizer makes an array never stands where an object did (items, reasons,
  // goals, links are always arrays; each record always an object).
  const parts: string[] = [];
  const add = (value: unknown): void => {
    if (value instanceof Element) {
      parts.push(`<${elementIds.get(value) ?? elementIds.set(value, nextElementId++).get(value)}>`);
    } else if (typeof value === 'object' && value !== null) {
      parts.push('{');
      // A value's `open` is the reader's doing (a click, a deep link), not new data.
      for (const key of Object.keys(value))
        if (key != 'open') {
          parts.push(key);
          add((value as Record<string, unknown>)[key]);
        }
      parts.push('}');
    } else parts.push(typeof value === 'string' ? JSON.stringify(value) : String(value));
  };
  add(loaded.items);
  add(loaded.reasons);
  return parts.join(' ');
}

const NONE: never[] = [];

/**
 * Resolves an element's data in the contract's order of precedence (property > src > inline JSON >
 * children > provider), fetches and validates it, and keeps the loading / error state the element
 * renders. Skipped records are reported once per load (console.warn and the pl-data-load event).
 */
export class DataSource<T, Loaded extends Normalized<T> = Normalized<T>> implements ReactiveController {
  // Set in the constructor, not here: a public field's initializer would make the compiler move the
  // private ones' into the constructor too (written twice: a longer module).
  state: LoadState;
  /** The last load as `normalize` returned it (undefined unless ready). */
  loaded?: Loaded;
  /** Why the data could not be loaded (when the state is 'error'); worded at render, in the language then. */
  error?: unknown;

  /** The valid records of the last load (none unless ready). */
  get items(): T[] {
    return this.loaded?.items ?? NONE;
  }

  #request?: AbortController;
  #fetchedSrc?: string;
  /** The property value, provider value or inline text of the last load: the same again is not a new load. */
  #lastRaw?: unknown;
  /** The property's value the last time the sources were read. */
  #property?: unknown;
  #childObserver = new MutationObserver((records) => {
    const host = this.#host;
    // Children added, removed or re-described, or an inline JSON script's text replaced, change the
    // data; edits inside a child's content do not.
    const changesData = (r: MutationRecord) =>
      r.target === host || (r.target.parentNode === host && (r.type === 'attributes' || (r.target as Element).localName === 'script'));
    if (records.some(changesData)) this.refresh();
  });
  // The flags start unset (undefined): read only as true or not.
  /** Connected before, or asked to refresh while out of the page: connecting (again) reads the sources. */
  #refreshOnConnect?: boolean;
  /** What the last load from children found (see outcomeOf): the same again is not a new load. */
  #childrenOutcome?: string;
  #shownWhileParsing?: boolean;

  readonly #host: Host;
  readonly #options: DataSourceOptions<T, Loaded>;

  constructor(host: Host, options: DataSourceOptions<T, Loaded>) {
    this.state = 'idle';
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#childObserver.disconnect();
    // Moved (out and back in within one task), the element keeps its load under way: moved again and
    // again, it would never finish. Out for longer, it gives the load up, and fetches again when back.
    queueMicrotask(() => {
      if (this.#host.isConnected) return;
      this.#request?.abort();
      this.#request = undefined;
      if (this.state == 'loading') this.#fetchedSrc = undefined;
    });
  }

  /**
   * Data a `pl-data-load` listener gave while the update that loaded the last was under way: that
   * update has read the property already, so it is read here (or it would be lost).
   */
  hostUpdated(): void {
    // Object.is: NaN (never equal to itself) would be new data at every update, for good.
    if (!Object.is(this.#options.property(), this.#property)) this.refresh();
  }

  /** Connected again (moved in the page): children may have changed meanwhile, or a load was aborted. */
  hostConnected(): void {
    // An attributeFilter implies attributes: true.
    this.#childObserver.observe(this.#host, {
      childList: true,
      subtree: true,
      attributeFilter: ['hidden', ...(this.#options.childAttributes ?? [])],
    });
    if (this.#refreshOnConnect) this.refresh();
    this.#refreshOnConnect = true;
  }

  /** Re-evaluates the sources. `force` re-fetches `src` even when the URL did not change (Retry). */
  refresh(force?: boolean): void {
    // Out of the page (added and removed in one task by a router, or moved out for a while), nothing
    // is fetched and no load is reported where the page cannot hear it: connecting again reads the sources.
    if (!this.#host.isConnected) return void (this.#refreshOnConnect = true);
    try {
      this.#resolve(force);
    } catch (error) {
      // Data that throws when read (a Proxy, a getter): unreadable, like bad JSON; the page goes on.
      // Inline JSON that cannot be read has thrown its LoadError already.
      this.#fail(error instanceof LoadError ? error : new LoadError('parse', String(error)));
    }
  }

  #resolve(force?: boolean): void {
    const options = this.#options;
    const lastChildrenOutcome = this.#childrenOutcome;
    const lastRaw = this.#lastRaw;
    this.#childrenOutcome = this.#lastRaw = undefined;
    this.#shownWhileParsing = false;
    // The same value again (another setting of the element or its provider changed) was already
    // loaded and reported; `force` (Retry, a new format) reads it again.
    const isNew = (raw: unknown) => !Object.is((this.#lastRaw = raw), lastRaw) || force;
    const property = (this.#property = options.property());
    const src = property == null && settingText(options.src());
    if (src) {
      if (force || src !== this.#fetchedSrc) void this.#load(src, force);
      return;
    }
    // Whatever `src` was loading would now replace data of a higher precedence (a property set meanwhile).
    this.#request?.abort();
    this.#fetchedSrc = undefined;
    if (property != null) return void (isNew(property) && this.#accept(property));

    // Also `text/csv` and `application/geo+json`: the type a partner would write for that format.
    // Not `application/ld+json`: a CMS's structured data for search engines.
    const inline = this.#host.querySelector(':scope > script:is([type$=json], [type$=csv]):not([type*=ld])');
    if (inline) {
      // A script that is not deferred runs while the parser may be inside this JSON: wait for the rest.
      if (document.readyState == 'loading') {
        this.#show('loading');
        return this.#afterParsing();
      }
      const text = inline.textContent ?? '';
      // A blank script (a CMS's empty block) holds no data: the children, or the provider, do.
      if (text.trim()) return void (isNew(text) && this.#acceptText(text));
    }

    const tag = options.childTag;
    if (tag) this.#unwrapChildren(tag);
    // A hidden child is left out, as a hidden <option> or <li> would be.
    const children = tag ? [...this.#host.querySelectorAll(`:scope > ${tag}:not([hidden])`)] : [];
    if (children.length) {
      const loaded = options.normalize(children);
      // The page is still being parsed (the script was not deferred): children arrive one at a time.
      // Show them as they come, and report the load once, when the parser is done.
      if (document.readyState == 'loading') return this.#show('ready', loaded), this.#afterParsing();
      this.#childrenOutcome = outcomeOf(loaded);
      if (this.state == 'ready' && this.#childrenOutcome === lastChildrenOutcome) return;
      return this.#accept(children, loaded);
    }

    const provided = options.provider?.();
    if (provided != null) return void (isNew(provided) && this.#accept(provided));
    const pending = options.providerLoad?.();
    if (pending) return this.#awaitProvider(pending, force);

    this.#show('idle');
  }

  /** Shows `state` (`loaded`, the records, only when ready): the host renders again. */
  #show(state: LoadState, loaded?: Loaded): void {
    this.loaded = loaded;
    this.state = state;
    this.#host.requestUpdate();
  }

  /**
   * The data is to come from a provider whose document is loading or could not be loaded: show that
   * state; Retry asks the provider to fetch again. The provider fires the `pl-error`, once.
   */
  #awaitProvider(pending: ProviderLoad, retry?: boolean): void {
    if (retry && pending.state === 'error') return pending.retry();
    this.error = pending.error;
    this.#show(pending.state);
  }

  async #load(src: string, reload?: boolean): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.#fetchedSrc = src;
    this.state = 'loading';
    this.#host.requestUpdate();
    try {
      // Loaded on first need: an element whose data is in the page never fetches (a smaller ESM import).
      const { fetchText } = await import('./fetch-text.js');
      const text = await fetchText(src, request.signal, reload);
      if (request.signal.aborted) return;
      this.#acceptText(text);
    } catch (error) {
      if (request.signal.aborted) return;
      this.#fail(error);
    }
  }

  /**
   * Slots take only direct children, but a CMS may wrap children in a paragraph (CKEditor) or a
   * block's <div>, and a <p> that WordPress leaves open in one child takes the next ones into it.
   * Each is moved out to just after the child of the host that holds it; last first, which keeps
   * their order. (The children of a nested element of the host's kind are its own.)
   */
  #unwrapChildren(tag: string): void {
    const host = this.#host;
    for (const child of [...host.querySelectorAll(`:scope * ${tag}`)].reverse()) {
      let top = child.parentElement!;
      if (top.closest(host.localName) == host) {
        while (top.parentElement != host) top = top.parentElement!;
        top.after(child);
      }
    }
  }

  /** Throws a LoadError when the text cannot be read: its callers' `catch` shows it. */
  #acceptText(text: string): void {
    this.#accept(parseText(text, this.#options.parseText));
  }

  /** Reads the sources again once the parser is done. */
  #afterParsing(): void {
    this.#shownWhileParsing = true;
    // One listener however often this is asked: the DOM adds the same function only once.
    document.addEventListener('DOMContentLoaded', this.#onParsed, { once: true });
  }

  #onParsed = (): void => {
    // Unless another source (a property set meanwhile) has taken over and been reported.
    if (this.#shownWhileParsing) this.refresh();
  };

  #accept(raw: unknown, loaded = this.#options.normalize(raw)): void {
    const { items, skipped, reasons } = loaded;
    this.#show('ready', loaded);
    // The finder says its skipped records itself, with what it left out of the others (reasons: none here).
    if (reasons[0]) {
      warn(
        `${this.#host.localName}: skipped ${skipped} invalid record${skipped === 1 ? '' : 's'}:\n  ${reasons
          .slice(0, 20)
          .join('\n  ')}${reasons.length > 20 ? `\n  … and ${reasons.length - 20} more` : ''}`,
      );
    }
    emit(this.#host, 'pl-data-load', { count: items.length, skipped });
  }

  #fail(error: unknown): void {
    const message = loadFailureMessage(error, this.#options.strings());
    this.error = error;
    this.#show('error');
    warn(`${this.#host.localName}: ${message}`, error);
    emit(this.#host, 'pl-error', { message, failure: (error as LoadError).failure });
  }
}
