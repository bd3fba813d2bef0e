import { levelBelowPageHeading } from '../shared/heading-level.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { addStyles } from '../shared/add-styles.js';
import { resolveSettings, withoutFree, type PricingSettings } from './settings.js';
import { emit } from '../shared/emit.js';
import { isExternal } from '../shared/safe-url.js';
import { PlBaseElement } from '../shared/base-element.js';
import { pricingStyles } from './pricing-card.styles.js';
import { frameStyles } from '../shared/frame.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { formatMoney, formatNumber } from '../shared/i18n/format.js';
import { warn } from '../shared/warn.js';
import { setAgain } from '../shared/set-again.js';
import { pricingStrings } from './strings.js';
import type * as CalculatorView from './calculator-view.js';
import type * as PricingDocumentView from './pricing-document.js';
import type { PricingDocument } from './pricing-document.js';
import type { DataSource } from '../shared/data/data-source.js';
import type { Quote } from './quote.js';
import type { DiscountTier } from './discounts.js';

export type QuoteChangeDetail = Quote;

/** Content without text that still shows: an embedded video, a logo, a player, a form field. */
const MEDIA = 'img,video,audio,iframe,svg,canvas,picture,object,embed,input,select,textarea,button,math';

/**
 * What a workshop or program is worth, what a participant actually pays, and how to get help paying.
 * With `calculator`, a seat-count stepper prices a group, applying the best `discounts` tier.
 * Settings missing from the attributes come from the card's own JSON document (`src`, or an inline
 * `<script type="application/json">` child), else from an ancestor `<pl-provider>`'s
 * `program.pricing`: the same fields in camelCase, plus plain-text `description`, `includes`
 * (array), `scholarship` and `note` used when the matching slot is empty. A card's own `value` (or
 * its document's) is its price unless it names one: the provider's `price` and `priceLabel` go with
 * the provider's value.
 *
 * Invalid inputs (a value of "abc", bad discounts JSON, a currency that is not a three-letter code) never break the card:
 * each is reported once with `console.warn` and the rest still shows. A card without a price or
 * value of its own inside a provider whose `src` document is loading or failed says so (loading, or
 * the error with Retry).
 *
 * @tag pl-pricing-card
 * @summary What a workshop is worth, what a participant pays, and how to get help paying.
 * @slot - Description of what is offered.
 * @slot includes - What the price includes (a list works well).
 * @slot scholarship - Who can get a scholarship and how to apply; shown with the `scholarship-url` link.
 * @slot note - Fine print.
 * @fires {CustomEvent<QuoteChangeDetail>} pl-quote-change - The calculator's quote changed: `{ seats, unitPrice, discountPercent, total, currency }`.
 * @fires {CustomEvent<DataLoadDetail>} pl-data-load - The `src` document's pricing was read: `{ count: 1, skipped: 0 }`.
 * @fires {CustomEvent<ErrorDetail>} pl-error - The `src` document could not be loaded or read: `{ message, failure }` (`failure`: the HTTP status, `'network'` or `'parse'`).
 * @csspart card - The card's box.
 * @csspart heading - The heading.
 * @csspart price - What is paid per unit ("Free", "$250 per person").
 * @csspart value - The list value, shown when the price is lower ("$300 value per person").
 * @csspart description - The default slot's wrapper.
 * @csspart includes - What is included.
 * @csspart discounts - The list of group-discount tiers.
 * @csspart calculator - The seat stepper and the quote.
 * @csspart total - The total line of the quote.
 * @csspart cta - The call-to-action link.
 * @csspart scholarship - The scholarship section.
 * @csspart scholarship-link - The link to `scholarship-url` ("Apply for a scholarship").
 * @csspart note - The fine print.
 * @csspart status - The "Loading…" line while a `src` document (or the provider's) loads.
 * @csspart error - The box that says the document could not be loaded, with its Retry button.
 * @cssprop --pl-pricing-price-size - Font size of the price (default 2em).
 * @cssprop --pl-pricing-highlight - Background of the scholarship box and the total (default: --pl-color-muted-surface).
 * @cssprop --pl-color-on-accent - Text on accent-filled buttons and badges (default #ffffff).
 * @cssprop --pl-color-danger - Border of the error box, when the card shows a document of its own or its provider's (default #b3261e).
 */
export class PlPricingCard extends PlBaseElement {
  static override styles = [tokens, frameStyles, pricingStyles];
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    value: {},
    price: {},
    currency: {},
    unit: {},
    priceLabel: { attribute: 'price-label' },
    discounts: { hasChanged: setAgain },
    calculator: { type: Boolean, reflect: true },
    seats: { type: Number },
    maxSeats: { type: Number, attribute: 'max-seats' },
    scholarshipUrl: { attribute: 'scholarship-url' },
    ctaUrl: { attribute: 'cta-url' },
    ctaLabel: { attribute: 'cta-label' },
    src: {},
  };

  /**
   * URL of a JSON document with the card's settings (the fields of a provider's `program.pricing`):
   * `{ "value": 300, ... }`, `{ "pricing": {...} }` or `{ "program": { "pricing": {...} } }`. The
   * card's own attributes win over it, and it over a provider's.
   */
  src?: string | undefined;

  /** Title of the card. */
  heading?: string | undefined;

  /** Level (1-6) of the card's heading (default: one below the page's heading before the card, 3 when none); its section headings are one level below. */
  headingLevel?: number | undefined;

  /** List value per unit, e.g. "300". */
  value?: string | number | undefined;

  /** What is actually paid per unit (default: `value`); "0" shows Free. */
  price?: string | number | undefined;

  /** ISO 4217 currency code (default USD). */
  currency?: string | undefined;

  /** What one unit is (default "person"); person, teacher, school, seat... are translated. */
  unit?: string | undefined;

  /** Extra words after the price, e.g. "for partner districts" ("Free for partner districts"). */
  priceLabel?: string | undefined;

  /** Group-discount tiers: JSON such as `[{"min": 10, "percent": 15}]`, or an array as a property. */
  discounts?: string | { min: number; percent: number }[] | undefined;

  /** Show the seat-count stepper and the total. */
  calculator: boolean;

  /** Seat count (initially from the attribute; follows the stepper). */
  seats?: number | undefined;

  /** Largest seat count the stepper allows (default 1000). */
  maxSeats?: number | undefined;

  /** Where to learn about and apply for a scholarship. */
  scholarshipUrl?: string | undefined;

  /** Call-to-action link (e.g. registration). */
  ctaUrl?: string | undefined;

  /** Call-to-action text (default "Register"). */
  ctaLabel?: string | undefined;

  constructor() {
    super();
    // The defaults are set here, not as the fields' initializers: those would make the compiler move
    // the private fields' initializers into the constructor too (written twice: a longer module).
    this.calculator = false;
    // Slotted content written in later (a CMS's script filling an empty <p slot="note">) shows its
    // section: slotchange fires only when what is assigned changes, not what it holds.
    new MutationObserver(() => this.requestUpdate()).observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['slot'] });
  }

  #settings!: PricingSettings;
  #warned = new Set<string>();
  #lastQuoteKey?: string;
  /** The calculator's view and styles, loaded on first need (most cards have no calculator). */
  #calculatorView?: typeof CalculatorView;
  #calculatorLoading?: Promise<void>;
  /** Reading the card's own document, and the loading and error views of a document, loaded on first need. */
  #documentView?: typeof PricingDocumentView;
  #documentViewLoading?: Promise<void>;
  /** The card's own document (`src` or an inline JSON child), once the module that reads it has loaded. */
  #source?: DataSource<PricingDocument>;

  /**
   * The calculator's current quote, or undefined when the calculator is off or there is no price.
   * The calculator loads on first need: its quote is there once `updateComplete` resolves.
   */
  get quote(): Quote | undefined {
    this.#resolve();
    const s = this.#settings;
    return s.calculator && s.price !== undefined ? this.#calculatorView?.quote(s.seats, s.price, s.tiers, s.currency) : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.#source?.refresh();
    this.#resolve();
    if (this.#settings.calculator) this.#loadCalculator();
    // Settings from a document of its own (src, an inline JSON child), or one its provider still loads.
    if (this.src || this.querySelector('script') || this.provided?.load) {
      this.#documentViewLoading ??= import('./pricing-document.js').then((view) => {
        this.#documentView = view;
        this.#source = view.pricingSource(this, () => this.resolvedLang);
        addStyles(this.renderRoot as ShadowRoot, view.documentStyles);
        this.requestUpdate();
      });
    }
  }

  /** `updateComplete` also waits for the calculator, so it is there when the update is done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#calculatorLoading;
    return super.getUpdateComplete();
  }

  #loadCalculator(): void {
    this.#calculatorLoading ??= import('./calculator-view.js').then(
      (view) => {
        this.#calculatorView = view;
        addStyles(this.renderRoot as ShadowRoot, [view.visuallyHidden, view.calculatorStyles]);
        this.requestUpdate();
      },
      (error: unknown) => warn('pl-pricing-card: calculator not loaded', error),
    );
  }

  protected override updated(): void {
    this.#syncQuote();
  }

  #resolve(): void {
    // The element's own properties are the inputs (OwnInputs names them alike).
    // Its attributes over its own document over its provider's.
    const doc = this.#source?.items[0];
    const provided = this.provided?.program?.pricing;
    const { settings, problems } = resolveSettings(this, doc ? this.#documentView!.documentOver(doc, provided) : provided);
    this.#settings = settings;
    const fresh = problems.filter((problem) => !this.#warned.has(problem));
    if (fresh.length) {
      fresh.forEach((problem) => this.#warned.add(problem));
      warn(`pl-pricing-card: ${fresh.join('; ')}`);
    }
  }

  /**
   * Fires pl-quote-change when the quote differs from the last one seen (not for the first). While
   * there is none (calculator off, no price), the last one is kept: one that comes back different is news.
   */
  #syncQuote(): void {
    const current = this.quote;
    const key = current && JSON.stringify(current);
    if (!key || key === this.#lastQuoteKey) return;
    const hadQuote = this.#lastQuoteKey !== undefined;
    this.#lastQuoteKey = key;
    if (hadQuote) emit(this, 'pl-quote-change', current);
  }

  get #strings() {
    return pricingStrings(this.resolvedLang);
  }

  #money(amount: number): string {
    return formatMoney(amount, this.#settings.currency, this.resolvedLang);
  }

  #percent(percent: number): string {
    return formatNumber(percent / 100, this.resolvedLang, { style: 'percent', maximumFractionDigits: 2 });
  }

  get #level(): number {
    // Below 1 or not a number (a removed heading-level is null) means the default, like a missing one.
    const level = Math.round(this.headingLevel!);
    return level >= 1 ? Math.min(6, level) : levelBelowPageHeading(this);
  }

  /** True when light-DOM content is assigned to the slot (whitespace does not count). */
  #hasSlotted(name: string): boolean {
    return [...this.childNodes].some((node) => {
      // A CMS's own line breaks and empty paragraphs (WordPress adds <p></p> and <br>) are not content.
      // Nor is an inline JSON document (the card's settings), a style sheet or a template.
      if (node instanceof Element) {
        return (
          !/^(script|style|template)$/.test(node.localName) &&
          (name ? node.getAttribute('slot') === name : !node.hasAttribute('slot')) &&
          (!!node.textContent!.trim() || node.matches(`${MEDIA},:has(${MEDIA})`))
        );
      }
      // Text (node type 3), not a comment, counts for the default slot. (A child node's textContent is
      // never null: only a document's or a doctype's is.)
      return !name && node.nodeType === 3 && !!node.textContent!.trim();
    });
  }


  /** A section's heading: one level below the card's, or at the card's level when it has none. */
  #subheading(text: string): TemplateResult {
    return html`<div class="subheading" role="heading" aria-level=${Math.min(6, this.#level + (this.#settings.heading ? 1 : 0))}>${text}</div>`;
  }

  /** `name`: the link's class and part. */
  #link(href: string, label: string, name: string): TemplateResult {
    const external = isExternal(href);
    return html`<a
      class=${name}
      part=${name}
      href=${href}
      target=${external ? '_blank' : nothing}
      rel="noopener"
      aria-describedby=${external ? 'tab' : nothing}
      >${label}</a
    >`;
  }

  #renderPrice() {
    const { price, value, unit, priceLabel } = this.#settings;
    const t = this.#strings;
    const showValue = value !== undefined && (price === undefined || price < value);
    const label = price === 0 ? withoutFree(priceLabel) : priceLabel;
    const words = [price === 0 ? '' : t.perUnit(unit), label ?? ''].join(' ').trim();
    if (price === undefined && value === undefined) return nothing;
    return html`<div class="pricing">
      ${price === undefined
        ? nothing
        : html`<p class="price" part="price">
            <span class="amount">${price === 0 ? t.free : this.#money(price)}</span>
            ${words ? html`<span class="per">${words}</span>` : nothing}
          </p>`}
      ${showValue ? html`<p class="value" part="value">${t.value(this.#money(value))} ${t.perUnit(unit)}</p>` : nothing}
    </div>`;
  }

  #renderTiers(tiers: DiscountTier[]) {
    if (!tiers.length || !this.#settings.price) return nothing;
    const t = this.#strings;
    return html`<div class="discounts" part="discounts">
      ${this.#subheading(t.discountsHeading)}
      <ul>
        ${tiers.map((tier) => html`<li>${t.tier(t.seatCount(tier.min, this.resolvedLang), this.#percent(tier.percent))}</li>`)}
      </ul>
    </div>`;
  }

  #renderCalculator() {
    const quote = this.quote;
    if (!quote || !this.#calculatorView) return nothing;
    return this.#calculatorView.renderCalculator({
      quote,
      settings: this.#settings,
      strings: this.#strings,
      lang: this.resolvedLang,
      money: (amount) => this.#money(amount),
      percent: (percent) => this.#percent(percent),
      // The calculator keeps the count within its limits (changeSeats there: not in the card's first load).
      currentSettings: () => this.#settings,
      setSeats: (seats) => {
        this.seats = seats;
        this.#syncQuote();
      },
    });
  }

  #renderScholarship() {
    const s = this.#settings;
    const t = this.#strings;
    const href = s.scholarshipUrl;
    const show = href || s.scholarship || this.#hasSlotted('scholarship');
    // Not a labelled <section>: a region landmark named "Scholarships" in each card of a page repeats (axe landmark-unique).
    return html`<div class="scholarship" part="scholarship" ?hidden=${!show}>
      ${this.#subheading(t.scholarshipHeading)}
      <slot name="scholarship">${paragraph(s.scholarship)}</slot>
      ${href ? html`<p>${this.#link(href, t.scholarshipLink, 'scholarship-link')}</p>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const s = this.#settings;
    const t = this.#strings;
    const cta = s.ctaUrl;
    const hasDescription = !!s.description || this.#hasSlotted('');
    const hasIncludes = s.includes.length > 0 || this.#hasSlotted('includes');
    const hasNote = !!s.note || this.#hasSlotted('note');
    return html`<div class="frame"><div class="card" part="card">
      <div class="top">
        ${s.heading
          ? html`<div class="heading" part="heading" role="heading" aria-level=${this.#level}>${s.heading}</div>`
          : nothing}
        ${this.#renderPrice()}
      </div>
      ${this.#documentView?.renderLoad(this.#source!, this.#settings, this.provided?.load, this.resolvedLang)}
      <div class="layout">
        <div class="details" ?hidden=${!hasDescription && !hasIncludes}>
          <div class="description" part="description" ?hidden=${!hasDescription}>
            <slot></slot>${this.#hasSlotted('') ? nothing : paragraph(s.description)}
          </div>
          <div class="includes" part="includes" ?hidden=${!hasIncludes}>
            ${this.#subheading(t.includesHeading)}
            <slot name="includes">
              ${s.includes.length ? html`<ul>${s.includes.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
            </slot>
          </div>
        </div>
        <div class="buy" ?hidden=${!(s.tiers.length && s.price) && !cta && !this.quote}>
          ${this.#renderTiers(s.tiers)} ${this.#renderCalculator()}
          ${cta ? html`<p class="cta-row">${this.#link(cta, s.ctaLabel ?? t.ctaDefault, 'cta')}</p>` : nothing}
        </div>
      </div>
      ${this.#renderScholarship()}
      <div class="note" part="note" ?hidden=${!hasNote}>
        <slot name="note">${paragraph(s.note)}</slot>
      </div>
      <span id="tab" hidden>${t.newTab}</span>
    </div></div>`;
  }
}

/** A provider's plain-text fallback for a slot. */
const paragraph = (text?: string) => (text ? html`<p>${text}</p>` : nothing);

declare global {
  interface HTMLElementTagNameMap {
    'pl-pricing-card': PlPricingCard;
  }
  interface GlobalEventHandlersEventMap {
    'pl-quote-change': CustomEvent<QuoteChangeDetail>;
  }
}
