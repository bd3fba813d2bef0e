import { isRecord } from '../shared/data/normalized.js';
import { LoadError, parseText } from '../shared/data/load-error.js';
import { loadFailureMessage } from '../shared/i18n/common-strings.js';
import { settingText } from '../shared/own.js';
import { setAgain } from '../shared/set-again.js';
import { css, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { PlElement } from '../shared/base-element.js';
import {
  checkDocument,
  checkProgram,
  checkRecords,
  describeIssues,
  unreportedIssues,
  type Checked,
} from './document-validation.js';
import { warn } from '../shared/warn.js';
import type { PartnerRecord, ProgramDocument, ProgramRecord, WorkshopRecord } from './program-document.js';
import type { ErrorDetail } from '../shared/events.js';
import { fetchText } from '../shared/data/fetch-text.js';
import { ContextProvider } from '@lit/context';
import { emit } from '../shared/emit.js';
import { providerContext, type Geocoder, type ProvidedSettings, type ProviderLoad } from '../shared/context.js';

export interface ProgramLoadDetail {
  /** The document as shared: parts of the wrong shape left out. */
  document: ProgramDocument;
  /** Where the document does not match the schema ("program.phases[2].start: not a date"). */
  issues: string[];
}

/** `pl-error` from the provider: `src` is the document's URL (undefined for an inline `<script type="application/json">`). */
export type ProviderErrorDetail = ErrorDetail;

const PROGRAM_PARTS = ['name', 'phases', 'pricing', 'values'] as const;

/**
 * A part as shared: a copy, so a list the page pushed to and set again is a new list to the elements
 * (they take the same list again for the same data).
 */
const copied = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : isRecord(value) ? ({ ...value } as T) : value);

/**
 * Describes a program once for every pl-element inside it: language, map settings and a program
 * document (`{ program: { name, phases, pricing, values }, workshops, partners }`, see
 * `schema/program-document.schema.json`), shared through `@lit/context`.
 *
 * Precedence, highest first: an element's own attributes and data; this provider's properties
 * (`.program`, `.workshops`, `.partners`, `.geocoder`, `tiles`); the `src` document, or without `src`
 * an inline `<script type="application/json">` child (for pages that cannot host a file); an enclosing
 * provider. Each part (`program.phases`, `program.pricing`, `workshops`, …) is resolved on its own,
 * so a nested provider that only sets `program.values` still passes on the outer one's phases (once
 * its document is there: while it loads, or after it failed, the elements wait for it rather than
 * show the outer provider's program and then swap it).
 * Every change is shared at once: elements inside re-render.
 *
 * A document that does not match the schema is reported path by path in `issues` and
 * `pl-program-load`; parts of the wrong shape are left out and everything else is still shared. On
 * the console each bad record is reported once: a phase or value that an element inside skips, by
 * that element; every other fault, by the provider. Records in `workshops` and `partners` are
 * checked by each `<pl-workshop-map>` that shows them (its console warning and `pl-data-load`'s
 * `skipped`), not in `issues`. A document that cannot be
 * fetched or is not a JSON object fires `pl-error` (once, from the provider); the elements inside
 * keep their own content, and those that expect theirs from the document show that it is loading,
 * or the failure with a Retry button that fetches the document again. The provider renders nothing
 * of its own.
 *
 * @tag pl-provider
 * @slot - The page content: any pl-elements, at any depth (and an optional inline JSON document).
 * @fires {CustomEvent<ProgramLoadDetail>} pl-program-load - The `src` (or inline) document was read and shared: `{ document, issues }`.
 * @fires {CustomEvent<ErrorDetail>} pl-error - The `src` document could not be fetched, or a document is not a JSON object: `{ message, failure, src }` (`failure`: the HTTP status, `'network'` or `'parse'`).
 */
export class PlProvider extends PlElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
    /* The inline document stays hidden even under a page style of "* { all: unset }". */
    ::slotted(script) {
      display: none !important;
    }
  `;
  static override properties: PropertyDeclarations = {
    src: {},
    lang: { reflect: true },
    tiles: {},
    program: { attribute: false, hasChanged: setAgain },
    workshops: { attribute: false, hasChanged: setAgain },
    partners: { attribute: false, hasChanged: setAgain },
    geocoder: { attribute: false },
    loaded: { state: true, attribute: false },
    loadState: { state: true, attribute: false },
  };

  /** URL of a program document (JSON). Fetched with `fetch`; changing it loads the new document. */
  src?: string | undefined;

  /**
   * Language of every element inside (`en`, `es`, any BCP 47 tag). Reflected to the attribute, so
   * descendants also find it through the DOM. An element's own `lang` wins. Undefined until set (no
   * attribute: an empty `lang` would mean an unknown language).
   */
  override lang!: string;

  /** Map tile URL template for every map inside (`none`: no tiles). */
  tiles?: string | undefined;

  /** The program as data: its parts (`name`, `phases`, `pricing`, `values`) win over the `src` document's. */
  program?: ProgramRecord | undefined;

  /** Workshop records (format "pl"); win over the `src` document's. */
  workshops?: WorkshopRecord[] | undefined;

  /** Regional-partner records; win over the `src` document's. */
  partners?: PartnerRecord[] | undefined;

  /** Place search for maps inside: `(query) => Promise<{ lat, lng, label } | null>`. */
  geocoder?: Geocoder | undefined;

  /** What is shared: a new object on every change, so every subscribed element re-renders. */
  readonly #shared: ContextProvider<typeof providerContext>;

  constructor() {
    super();
    // A controller, not @provide: without the decorator helpers in the drop-in. What an enclosing
    // provider shares (`provided`, the fallback for every part this one does not set) comes as it
    // comes to every pl-element (PlBaseElement).
    this.#shared = new ContextProvider(this, { context: providerContext, initialValue: {} });
  }

  /** The checked `src` document; undefined while loading, after a failure, or without `src`. */
  private loaded?: ProgramDocument;
  /** The `src` document while it loads or after it failed; undefined once loaded, or without `src`. */
  private loadState?: ProviderLoad;
  readonly #retry = (): void => this.reload();

  #loadIssues: string[] = [];
  #request?: AbortController;
  /** The `src` last requested, so a re-render does not fetch again. */
  #requestedSrc?: string;
  #checkedProgram?: Checked<ProgramRecord>;
  #checkedWorkshops?: Checked<WorkshopRecord[]>;
  #checkedPartners?: Checked<PartnerRecord[]>;

  /** What this provider shares right now (read-only snapshot). */
  get settings(): Readonly<ProvidedSettings> {
    return this.#shared.value as ProvidedSettings;
  }

  /** Schema problems found in the last `src` document, by path (a copy: the page cannot change them). */
  get issues(): readonly string[] {
    return [...this.#loadIssues];
  }

  /** Fetches `src` again, bypassing the HTTP cache (e.g. a Retry after `pl-error`); reads an inline document again. */
  reload(): void {
    const src = settingText(this.src);
    if (src) void this.#load(src, true);
    else this.#readInline(true);
  }

  /** An inline document added, replaced or edited later: read it again. */
  #inlineObserver = new MutationObserver(() => settingText(this.src) || this.#readInline());
  #inlineText?: string;
  #onParsed = (): void => this.#readInline();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#inlineObserver.observe(this, { childList: true });
    // Re-attached after a fetch was aborted by disconnection: fetch again. An inline document may
    // have been edited meanwhile, and its text is watched again.
    if (this.hasUpdated && this.#requestedSrc === undefined) this.#syncSrc();
    if (this.hasUpdated && !settingText(this.src)) this.#readInline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver.disconnect();
    // A move within one task keeps a load under way; out for longer, the load is given up and
    // starts again when the provider is back.
    queueMicrotask(() => {
      if (this.isConnected || !this.#request) return;
      this.#request.abort();
      this.#request = undefined;
      this.#requestedSrc = undefined;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('src')) this.#syncSrc();
    if (!this.hasUpdated && !settingText(this.src)) this.#readInline();
    if (changed.has('program')) {
      const checked = checkProgram(this.program ?? undefined);
      const program = checked.value as Record<string, unknown> | undefined;
      for (const key in program) program[key] = copied(program[key]);
      this.#checkedProgram = this.#checkProperty('.program', checked);
    }
    if (changed.has('workshops')) {
      this.#checkedWorkshops = this.#checkProperty('.workshops', checkRecords<WorkshopRecord>(copied(this.workshops ?? undefined), 'workshops'));
    }
    if (changed.has('partners')) {
      this.#checkedPartners = this.#checkProperty('.partners', checkRecords<PartnerRecord>(copied(this.partners ?? undefined), 'partners'));
    }
    if (changed.has('geocoder') && this.geocoder != null && typeof this.geocoder !== 'function') {
      warn('pl-provider: .geocoder is not a function; ignored.');
    }
    // Frozen: elements and the page read it, and neither may change what others see.
    this.#shared.setValue(Object.freeze(this.#merge()));
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  /** Own settings over the `src` document over the enclosing provider, part by part. */
  #merge(): ProvidedSettings {
    const outer = this.provided ?? {};
    const doc = this.loaded ?? {};
    // While this provider's own document loads or after it failed, its parts are unknown: the
    // enclosing provider's would show, then be swapped for them.
    const under = this.loadState ? {} : outer;
    const pick = <T>(...candidates: (T | null | undefined)[]): T | undefined =>
      candidates.find((candidate) => candidate != null);

    const levels = [this.#checkedProgram?.value, doc.program, under.program];
    let program: ProvidedSettings['program'];
    for (const key of PROGRAM_PARTS) {
      // The name heads the phases: not those of a level nearer than its own.
      const from = key === 'name' ? levels.slice(0, levels.findIndex((level) => level?.phases) + 1 || 3) : levels;
      const value = pick<unknown>(...from.map((level) => level?.[key]));
      if (value !== undefined) (program ??= {})[key] = value as never;
    }
    const tiles = settingText(this.tiles);
    const geocoder = typeof this.geocoder === 'function' ? this.geocoder : undefined;
    return {
      // Only this provider's own lang: an inherited one is found through the DOM (it is reflected),
      // where a nearer `lang` on an element between the two providers rightly takes precedence.
      lang: settingText(this.lang),
      tiles: pick(tiles, outer.tiles),
      geocoder: pick(geocoder, outer.geocoder),
      program,
      workshops: pick<unknown[]>(this.#checkedWorkshops?.value, doc.workshops, under.workshops),
      partners: pick<unknown[]>(this.#checkedPartners?.value, doc.partners, under.partners),
      load: this.loadState ?? outer.load,
    };
  }

  #checkProperty<T>(name: string, checked: Checked<T>): Checked<T> {
    this.#warnIssues(name, checked.issues, checked.value);
    return checked;
  }

  /** Once the elements inside have read what is shared: the records they rejected, they report. */
  #warnIssues(origin: string, issues: string[], program: unknown): void {
    void this.updateComplete.then(() => {
      const left = unreportedIssues(issues, program);
      if (left.length) warn(`pl-provider: ${origin} does not match the program document schema; the rest is still used. ${describeIssues(left)}`);
    });
  }

  #syncSrc(): void {
    const src = settingText(this.src);
    if (src === this.#requestedSrc) return;
    // Out of the page (added and removed in one task, or `src` changed while out), nothing is
    // fetched: connecting again syncs.
    if (!this.isConnected) return void (this.#requestedSrc = undefined);
    this.#request?.abort();
    this.#request = undefined;
    this.#requestedSrc = undefined;
    // The old document belongs to the old URL: stop sharing it at once.
    this.loaded = undefined;
    this.loadState = undefined;
    this.#loadIssues = [];
    if (src) void this.#load(src, false);
    // Without `src` (removed, or emptied), an inline document is the provider's own again.
    else if (this.hasUpdated) this.#readInline(true);
  }

  async #load(src: string, reload: boolean): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.#requestedSrc = src;
    this.loadState = { state: 'loading', retry: this.#retry };
    try {
      const text = await fetchText(src, request.signal, reload);
      if (request.signal.aborted) return;
      this.#request = undefined;
      await this.#accept(text, src);
    } catch (error) {
      if (request.signal.aborted) return;
      this.#request = undefined;
      this.#fail(error, src);
    }
  }

  /** The document in an inline `<script type="application/json">` child, when there is no `src`. */
  #readInline(force?: boolean): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      // The inline document was removed: it, or its failure, is no longer shared.
      if (this.#inlineText !== undefined) this.loaded = this.loadState = this.#inlineText = undefined;
      this.#loadIssues = [];
      return;
    }
    this.#inlineObserver.observe(script, { childList: true, characterData: true, subtree: true });
    // A script that is not deferred runs while the parser may be inside this JSON: wait for the rest.
    if (document.readyState === 'loading') {
      this.loadState = { state: 'loading', retry: this.#retry };
      // One listener however often this is asked: the DOM adds the same function only once.
      document.addEventListener('DOMContentLoaded', this.#onParsed, { once: true });
      return;
    }
    const text = script.textContent ?? '';
    if (text === this.#inlineText && !force) return;
    this.#inlineText = text;
    // A blank script (a CMS's empty block) is no document, as no script is.
    if (!text.trim()) return void (this.loaded = this.loadState = undefined);
    this.#accept(text).catch((error: unknown) => this.#fail(error));
  }

  /** Reads a document's text (from `src`, else inline) and shares it; rejects when it is not a document. */
  async #accept(text: string, src?: string): Promise<void> {
    const origin = src ?? 'the inline JSON document';
    let raw: unknown;
    try {
      raw = parseText(text);
    } catch (error) {
      throw new LoadError('parse', `${origin}: not JSON (${(error as Error).message})`);
    }
    const { value, issues } = checkDocument(raw);
    if (!value) throw new LoadError('parse', `${origin}: ${issues[0]}`);
    this.loaded = value;
    this.loadState = undefined;
    this.#loadIssues = issues;
    this.#warnIssues(origin, issues, value.program);
    await this.updateComplete;
    // `src` may have changed while the elements re-rendered: announce only the current document.
    if (this.loaded === value) emit(this, 'pl-program-load', { document: value, issues });
  }

  #fail(error: unknown, src?: string): void {
    this.loaded = undefined;
    this.loadState = { state: 'error', error, retry: this.#retry };
    this.#loadIssues = [];
    const message = loadFailureMessage(error, this.common);
    warn(`pl-provider: ${message}`, error instanceof Error ? error.message : error);
    emit(this, 'pl-error', { message, failure: (error as LoadError).failure, src });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pl-provider': PlProvider;
  }
  interface GlobalEventHandlersEventMap {
    'pl-program-load': CustomEvent<ProgramLoadDetail>;
  }
}
