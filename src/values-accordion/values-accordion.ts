import { emit } from '../shared/emit.js';
import { accordionStrings } from './strings.js';
import { levelBelowPageHeading } from '../shared/heading-level.js';
import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { setAgain } from '../shared/set-again.js';
import { assignSlots } from '../shared/assign-slots.js';
import { PlElement } from '../shared/base-element.js';
import { DataSource } from '../shared/data/data-source.js';
import { normalizeValues, paragraphs, type ValueInput, type ValueItem } from './value-items.js';
import { reducedMotion } from '../shared/reduced-motion.js';
import { accordionStyles } from './values-accordion.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import type * as StatusView from '../shared/data/status-view.js';
import { addStyles } from '../shared/add-styles.js';

export interface ToggleDetail {
  id: string;
  index: number;
  open: boolean;
}

/**
 * An accessible accordion of an organisation's values (the WAI-ARIA Authoring Practices accordion
 * pattern). One value is open at a time unless `multiple` is set. A value whose `id` is named by the
 * page's `location.hash` opens and scrolls into view.
 *
 * @slot - `<pl-value>` children (or an inline `<script type="application/json">`).
 * @fires {CustomEvent<ToggleDetail>} pl-toggle - A value opened or closed: `{ id, index, open }`.
 * @fires {CustomEvent<DataLoadDetail>} pl-data-load - Values loaded: `{ count, skipped }`.
 * @fires {CustomEvent<ErrorDetail>} pl-error - The `src` document could not be loaded or read: `{ message, failure }` (`failure`: the HTTP status, `'network'` or `'parse'`).
 * @csspart item - One value (header and panel).
 * @csspart header - The button that opens and closes a value.
 * @csspart panel - The body of a value.
 * @csspart controls - The Expand all / Collapse all toolbar.
 * @csspart status - The "Loading…" line while the data loads.
 * @csspart error - The box that says the data could not be loaded, with its Retry button.
 * @cssprop --pl-accordion-heading-size - Font size of the headers (default 1.125em).
 * @cssprop --pl-scroll-margin - Room kept above a value that a link (`#id`) opens and scrolls to, for a sticky header; default 5em.
 * @cssprop --pl-duration - Length of the open/close animation of the header's icon; 0 under reduced motion (default 200ms).
 * @cssprop --pl-color-danger - Border of the error box (default #b3261e).
 *
 * @tag pl-values-accordion
 */
export class PlValuesAccordion extends PlElement {
  static override styles = [tokens, buttonStyles, accordionStyles];
  // Lit's own { mode: 'open' }, written out (shorter than spreading PlElement's, which is that).
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };
  static override properties: PropertyDeclarations = {
    items: { attribute: false, hasChanged: setAgain },
    src: {},
    multiple: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    controls: { type: Boolean, reflect: true },
  };

  /** Values as data; wins over `src`, inline JSON and `<pl-value>` children. */
  items?: ValueInput[] | undefined;

  /** URL of a JSON document: an array of values or `{ "items": [...] }`. */
  src?: string | undefined;

  /** Allow several values open at once. */
  multiple: boolean;

  /** Level (1-6) of the heading around each header button (default: one below the page's heading before the accordion, 3 when none). */
  headingLevel?: number | undefined;

  /** Show a Collapse all button, and with `multiple` an Expand all button before it. */
  controls: boolean;

  // The defaults are set here, not as the fields' initializers: those would make the compiler move
  // the private fields' initializers into the constructor too (written twice: a longer module).
  constructor() {
    super();
    this.multiple = false;
    this.controls = false;
    // On the element itself: nothing to remove when it leaves the page.
    this.addEventListener('pl-value-change', this.#onValueChange);
  }

  readonly #data = new DataSource<ValueItem>(this, {
    property: () => this.items,
    src: () => this.src,
    childTag: 'pl-value',
    childAttributes: ['heading', 'id'],
    provider: () => this.provided?.program?.values,
    providerLoad: () => this.provided?.load,
    normalize: normalizeValues,
    strings: () => this.common,
  });

  #openIds = new Set<string>();
  /**
   * The values (elements, or ids of values from data) whose initial `open` has been applied; later
   * changes come through setOpen. Only those shown: a value put back, or a new element under an old
   * id, starts as it is written again.
   */
  #seen = new Map<unknown, string>();
  #applyHashAfterLoad = true;
  /** Each header's heading, an <h1>-<h6> of the heading level, by position: Lit renders its button into the same one. */
  #headings: HTMLElement[] = [];
  /** The loading line and the error box, loaded on first need: values written in the page never show them. */
  #statusView?: typeof StatusView;
  #statusViewLoading?: Promise<void>;
  /** The values opened or closed, in that order, whose pl-toggle waits for the update that shows them (see updated). */
  #toSay: string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // The window's (the global functions).
    addEventListener('hashchange', this.#onHashChange);
    addEventListener('click', this.#onPageClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
    removeEventListener('click', this.#onPageClick);
  }

  /** The values currently shown, in order (`open` as the data gave it: `pl-toggle` says what opens and closes). Copies: changing them changes nothing shown (give changes through `items`). */
  get values(): readonly ValueItem[] {
    return this.#data.items.map((item) => ({ ...item }));
  }

  /** Opens the value with this id (closing the others unless `multiple`). Values just given are read at the next update: await `updateComplete` first. */
  show(id: string): void {
    this.#setOpen(id, true);
  }

  /** Closes the value with this id. */
  hide(id: string): void {
    this.#setOpen(id, false);
  }

  /** Opens every value (with `multiple`; in single mode, the first one when none is open). */
  expandAll(): void {
    for (const item of this.#data.items) this.#setOpen(item.id, true, true);
    this.performUpdate();
  }

  /** Closes every value. */
  collapseAll(): void {
    for (const item of this.#data.items) this.#setOpen(item.id, false, true);
    this.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('items') || changed.has('src') || changed.has('provided')) {
      this.#data.refresh(changed.has('items'));
    }
    if (this.#data.state == 'loading' || this.#data.state == 'error') {
      this.#statusViewLoading ??= import('../shared/data/status-view.js').then((view) => {
        this.#statusView = view;
        addStyles(this.renderRoot as ShadowRoot, [view.statusStyles]);
        this.requestUpdate();
      });
    }
    // Before the render: a value that was open is drawn open under its new id, and values given
    // open are drawn open in the same update.
    this.#followRenames();
    this.#syncOpenIds();
  }

  /** `updateComplete` also waits for the loading and error views, so they show when the update is done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#statusViewLoading;
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    assignSlots(this.renderRoot, this.#data.items);
    // While a page with a plain <script> is parsed, the value the hash names may not have arrived
    // yet, nor the page below it (the scroll stops short): look again until the page is parsed.
    // Before the events below: a value given open that the hash closes at once is not said open.
    if (this.#applyHashAfterLoad && this.#data.state == 'ready') {
      this.#applyHashAfterLoad = document.readyState == 'loading';
      this.#openFromHash(false);
    }
    // What opened or closed is on screen now: the page hears of it (closings first: the last event is what was asked for).
    // Once each: a value that opened and closed again before a render says only where it ended.
    for (const id of new Set(this.#toSay.splice(0))) emit(this, 'pl-toggle', { id, index: this.#data.items.findIndex((item) => item.id == id), open: this.#openIds.has(id) });
  }

  /**
   * Keeps the open set in step with the records (their initial `open`) and the single-open rule, and
   * says what changed: closings first, then what opened (also a value that starts open, whatever its source).
   */
  #syncOpenIds(): void {
    const ids = new Set(this.#data.items.map((item) => item.id));
    const before = [...this.#openIds];
    // Values gone close; `multiple` turned off: the first open value stays open.
    const open = before.filter((id) => ids.has(id)).slice(0, this.multiple ? undefined : 1);
    const seen = new Map<unknown, string>();
    for (const item of this.#data.items) {
      const key = item.element ?? item.id;
      // Of several marked open in a single-open accordion the first opens, as in a group of <details name>.
      if (item.open && !this.#seen.has(key) && (this.multiple || !open.length)) open.push(item.id);
      seen.set(key, item.id);
    }
    this.#seen = seen;
    this.#openIds = new Set(open);
    // Closings first (what was open before), then openings; a value gone from the data says nothing.
    for (const id of [...before, ...this.#openIds]) if (before.includes(id) != this.#openIds.has(id) && ids.has(id)) this.#toSay.push(id);
    // Also when nothing changed: a value added open to a single-open accordion that has one open
    // stays closed, as in a <details name> group, and its `open` must say so.
    this.#reflectToChildren();
  }

  /** A value given a new id (or a new heading, its id's source) is still the value that was open. */
  #followRenames(): void {
    for (const item of this.#data.items) {
      const was = this.#seen.get(item.element ?? item.id);
      if (was !== item.id && this.#openIds.delete(was!)) this.#openIds.add(item.id);
    }
  }

  /**
   * `batch`: one of Expand all's or Collapse all's, which render once at the end; in single mode
   * Expand all opens nothing while a value is open.
   */
  #setOpen(id: string, open: boolean, batch?: boolean): void {
    if (!this.#data.items.some((item) => item.id == id) || this.#openIds.has(id) == open) return;
    if (open && !this.multiple) {
      for (const other of this.#openIds) {
        if (batch) return;
        this.#openIds.delete(other);
        this.#toSay.push(other);
      }
    }
    if (open) this.#openIds.add(id);
    else this.#openIds.delete(id);
    this.#said = undefined;
    this.#toSay.push(id);
    this.#reflectToChildren();
    this.requestUpdate();
    // Rendered now: the pl-toggle events (see updated) find the headers as they say.
    if (!batch) this.performUpdate();
  }

  #reflectToChildren(): void {
    for (const item of this.#data.items) {
      if (item.element) (item.element as HTMLElement & { open: boolean }).open = this.#openIds.has(item.id);
    }
  }

  /** A <pl-value> child changed from script (its `open` or `heading`). */
  #onValueChange = (event: Event): void => {
    // An internal event: it goes no further than its accordion (the page's pl- events are CustomEvents).
    event.stopPropagation();
    const element = event.target as HTMLElement & { open: boolean };
    const item = this.#data.items.find((candidate) => candidate.element === element);
    if (!item) return this.#data.refresh();
    this.#followRenames();
    if (element.open != this.#openIds.has(item.id)) this.#setOpen(item.id, element.open);
    this.requestUpdate();
  };

  #onHashChange = (): void => this.#openFromHash(true);

  /** A link to the hash the address already has changes nothing, so no hashchange: open its value again. */
  #onPageClick = (event: Event): void => {
    // Not when the page handled the click itself (a router).
    if ((event.composedPath()[0] as Element).closest?.('a')?.href == location.href && !event.defaultPrevented) this.#openFromHash(true);
  };

  /**
   * Opens the value the page's hash names and scrolls to it (nothing when no value has that id). On
   * arrival the jump is instant: a smooth scroll aims at where the value is at its start, and content
   * above it that is still laying out (a long workshop list) moves it meanwhile.
   */
  #openFromHash(smooth: boolean): void {
    // As the browser finds a fragment: as written ("50%", "a%20b"), then decoded ("équité").
    const raw = location.hash.slice(1);
    const items = this.#data.items;
    let index = items.findIndex((item) => item.id == raw);
    try {
      const decoded = decodeURIComponent(raw);
      if (index < 0) index = items.findIndex((item) => item.id == decoded);
    } catch {
      // Not percent-encoding: the text as written is the only candidate.
    }
    const id = items[index]?.id;
    // Who has the id: an element of the page (an id made from a heading, "Page heading", may be the
    // page's own anchor: that link is the page's), else the first accordion in the page with a value of
    // that id ("Equity" in two of them), as a browser takes the first element with an id.
    const owner = id && (document.getElementById(id) ?? [...document.querySelectorAll('pl-values-accordion')].find((other) => other.values.some((value) => value.id == id)) ?? this);
    if (!id || (owner != items[index].element && owner != this)) return;
    this.#setOpen(id, true);
    // Inside a value of another accordion, that value opens too; the scroll waits until it has.
    const nested = this.closest('pl-value');
    for (let value: HTMLElementTagNameMap['pl-value'] | null | undefined = nested; value; value = value.parentElement?.closest('pl-value')) value.open = true;
    void this.updateComplete.then(() => nested && new Promise((resolve) => setTimeout(resolve))).then(() => {
      // 'instant', not 'auto': a page's `scroll-behavior: smooth` (Bootstrap's) would glide on arrival.
      // To the top of the view: `block` is 'start' by default.
      const item = this.renderRoot.querySelectorAll('.item')[index];
      // Tab goes on from the value a followed link names, not from the link (a value from JSON is no
      // element of the page the browser could start from: 2.4.3). Focus first: the scroll then ends
      // where it should, with room above.
      if (!item) return;
      // Every item has its header.
      if (smooth) item.querySelector<HTMLElement>('.header')!.focus();
      item.scrollIntoView({ behavior: smooth && !reducedMotion() ? 'smooth' : 'instant' });
    });
  }

  #onHeaderKeydown(event: KeyboardEvent): void {
    const headers = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.header')];
    const current = headers.indexOf(event.target as HTMLButtonElement);
    // Wrapping around, in the headers twice over: -1 is the last header (End, and ArrowUp from the
    // first), one past the last is the first (ArrowDown from the last).
    const target = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: -1 }[event.key];
    // Ctrl+Home, Alt+ArrowDown and the like are the browser's.
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // slice, not at(): browsers a school may keep (Safari 15.0) have no Array.prototype.at.
    [...headers, ...headers].slice(target)[0].focus();
  }

  get #strings() {
    return accordionStrings(this.resolvedLang);
  }

  get #level(): number {
    // Below 1 or not a number (an empty heading-level="" is 0) means the default, like a missing one.
    // Math.round reads a string a script assigned ("4") as a number too.
    const level = Math.round(this.headingLevel!);
    return level >= 1 ? Math.min(6, level) : levelBelowPageHeading(this);
  }

  /**
   * What the last press of Expand all or Collapse all did, said by the toolbar's status region (focus
   * stays on the button: nothing else tells a screen reader). Gone once any value opens or closes
   * otherwise, and not shown while values the page added since make it untrue; drawn in the
   * language of the moment.
   */
  #said?: 'allOpen' | 'allClosed' | undefined;

  #all(open: boolean): void {
    open ? this.expandAll() : this.collapseAll();
    this.#said = open ? 'allOpen' : 'allClosed';
    this.requestUpdate();
  }

  /**
   * The header's heading: a real <h1>-<h6> (the level is an attribute, and a template's tag name
   * cannot be), made once per position and level, with the button rendered into it.
   */
  #heading(index: number, level: number, button: TemplateResult): HTMLElement {
    let heading = this.#headings[index];
    if (heading?.localName != `h${level}`) {
      heading = this.#headings[index] = document.createElement(`h${level}`);
      heading.className = 'heading';
    }
    render(button, heading, { host: this });
    return heading;
  }

  #renderToolbar() {
    if (!this.controls || !this.#data.items.length) return nothing;
    return html`<div class="toolbar" part="controls" role="group" aria-label=${this.#strings.toolbar}>
      ${this.multiple
        ? html`<button class="pl-button" type="button" @click=${() => this.#all(true)}>${this.#strings.expandAll}</button>`
        : nothing}
      <button class="pl-button" type="button" @click=${() => this.#all(false)}>${this.#strings.collapseAll}</button>
      <p role="status">${this.#said && (this.#said == 'allOpen' ? this.#openIds.size == this.#data.items.length : !this.#openIds.size) ? this.#strings[this.#said] : ''}</p>
    </div>`;
  }

  protected override render(): TemplateResult {
    // Read once: finding the page's heading before the accordion searches the whole page.
    const level = this.#level;
    // The status region before the values: Retry leaves focus in it, and Tab from there goes on to them.
    return html`${this.#renderToolbar()}${this.#statusView?.renderStatus(this.#data, this.common, () => this.#data.refresh(true))}
      ${this.#data.items.length
        ? html`<div class="items">${this.#data.items.map((item, index) => {
            const open = this.#openIds.has(item.id);
            return html`<div class="item" part="item">
              ${this.#heading(
                index,
                level,
                html`<button
                class="header"
                id="h${index}"
                part="header"
                type="button"
                aria-expanded=${open}
                aria-controls="p${index}"
                @click=${({ currentTarget: header }: Event) => {
                  this.#setOpen(item.id, !this.#openIds.has(item.id));
                  // Rendered already: the pressed header stays in sight when a long value above it closes.
                  (header as Element).scrollIntoView({ block: 'nearest' });
                }}
                @keydown=${this.#onHeaderKeydown}
              >
                <span class="label">${item.heading}</span><span class="icon" aria-hidden="true"></span>
              </button>`,
              )}
              <div class="panel" id="p${index}" part="panel" role="region" aria-labelledby="h${index}" ?hidden=${!open}>
                ${item.element
                  ? html`<slot data-index=${index}></slot>`
                  : paragraphs(item.body).map((text) => html`<p>${text}</p>`)}
              </div>
            </div>`;
          })}</div>`
        : this.#data.state == 'ready'
          ? html`<p>${this.#strings.empty}</p>`
          : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pl-values-accordion': PlValuesAccordion;
  }
  interface GlobalEventHandlersEventMap {
    'pl-toggle': CustomEvent<ToggleDetail>;
  }
}
