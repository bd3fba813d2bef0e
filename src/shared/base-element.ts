import { adoptStyles, LitElement, type PropertyDeclarations } from 'lit';
import { providerContext, type ProvidedSettings } from './context.js';
import { commonStrings, type CommonStrings } from './i18n/common-strings.js';
import { intlTag, onLangChange, resolveLang } from './i18n/resolve-lang.js';
import { warn } from './warn.js';

type Unsubscribe = () => void;

/** How to ask again, for each connected element that no <pl-provider> has answered yet. */
const unanswered = new Set<() => void>();

// A <pl-provider> defined after the elements inside it (an npm user importing provider.js last)
// would miss their context requests: every provider that connects announces itself, and the
// elements still waiting ask again (a provider answers the ones inside it). Optional: a server-side
// import (Astro, Next.js) has no document, and importing must not throw there.
globalThis.document?.documentElement.addEventListener('context-provider', (event) => {
  if ((event as Event & { context?: unknown }).context !== providerContext) return;
  for (const askAgain of unanswered) askAgain();
});

/**
 * What every pl-element shares: the language that applies to it (own `lang`, ancestors, document;
 * kept live), and the settings of an ancestor <pl-provider>, received through the context protocol
 * (`@lit/context`'s `context-request` event, subscribed, so a provider's changes arrive).
 *
 * @attribute {string} lang - Language of the element's text and number formats (`en`, `es`); by default the nearest ancestor's `lang`, a provider's, or the page's.
 * @cssprop --pl-font-family - Font (default: the page's).
 * @cssprop --pl-color-text - Text colour (default: the page's).
 * @cssprop --pl-color-accent - Buttons, links, highlights and the default focus ring (default #0b5cab).
 * @cssprop --pl-color-surface - Background of cards, items and fields (default transparent).
 * @cssprop --pl-color-muted-surface - A quiet background behind text (default a light grey wash).
 * @cssprop --pl-color-border - Borders and dividers (default #767b84).
 * @cssprop --pl-radius - Corner radius (default 8px).
 * @cssprop --pl-space - The spacing unit (default 1rem).
 * @cssprop --pl-focus-ring - Keyboard focus outline (default 3px solid, accent colour).
 * @cssprop --pl-line-height - Line height (default 1.5).
 *
 * Tokens only some elements read (`--pl-color-on-accent`, `--pl-color-danger`, `--pl-color-success`,
 * `--pl-duration`) are listed on those elements, so their docs offer only what has an effect.
 */
export class PlBaseElement extends LitElement {
  static override properties: PropertyDeclarations = {
    // attribute: false is implied by state, and tells the manifest analyzer too.
    provided: { state: true, attribute: false },
    resolvedLang: { state: true, attribute: false },
  };

  /** What an ancestor <pl-provider> shares; undefined without one. */
  protected provided?: ProvidedSettings;

  /** The resolved language tag, e.g. "es-MX", always one Intl accepts; drives Intl formatting. */
  protected resolvedLang: string;

  // The default is set here, not as the field's initializer: that would make the compiler move the
  // private fields' initializers into the constructor too (written twice: a longer module).
  constructor() {
    super();
    this.resolvedLang = 'en';
  }

  #stopWatchingLang?: Unsubscribe;
  #unsubscribeProvider?: Unsubscribe;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#syncLang();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    unanswered.add(this.#requestProvider);
    // Moved out of a provider, the element must not keep its settings: the provider above it now
    // (if any) answers at once.
    this.provided = undefined;
    this.#requestProvider();
    this.#syncLang();
    this.#stopWatchingLang = onLangChange(() => this.#syncLang(), this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unanswered.delete(this.#requestProvider);
    this.#unsubscribeProvider?.();
    this.#unsubscribeProvider = undefined;
    this.#stopWatchingLang?.();
  }

  /** Asks the nearest <pl-provider> for its settings, subscribed to its later changes. */
  #requestProvider = (): void => {
    // The context protocol's request, as @lit/context's ContextEvent makes it.
    this.dispatchEvent(Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context: providerContext, contextTarget: this, callback: this.#onProvided, subscribe: true }));
  };

  /** A provider answered, or shared new settings (a nearer provider may take over). */
  #onProvided = (value: ProvidedSettings | undefined, unsubscribe?: Unsubscribe): void => {
    if (this.#unsubscribeProvider !== unsubscribe) this.#unsubscribeProvider?.();
    this.#unsubscribeProvider = unsubscribe;
    unanswered.delete(this.#requestProvider);
    this.provided = value;
    this.requestUpdate();
  };

  #syncLang(): void {
    // The provider reflects its lang to the DOM, so a nearer ancestor's lang rightly wins over it;
    // provided.lang only matters when no ancestor has one (a provider in another shadow tree). A page
    // without any lang is English: intlTag makes a blank tag 'en'. The same tag again updates nothing
    // (Lit compares it with the one it has).
    const fromDom = resolveLang(this);
    this.resolvedLang = intlTag(fromDom ?? this.provided?.lang ?? this.ownerDocument.documentElement.lang);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('provided')) this.#syncLang();
  }

  /**
   * An update that throws (a page that broke a built-in the widget relies on) is told in the console,
   * not thrown at the page: no uncaught error, and the element updates again on its next change.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      warn(this, error);
    }
  }

  /**
   * Moved through another document and back (an element Turbo or htmx keeps across pages, a DOMParser
   * document), the shadow root lost its constructed style sheets: back home, they are given back.
   * (Another window's document cannot take them. One not rendered yet has no shadow root.)
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    if (root && this.ownerDocument == document) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
  }
}

/** A pl-element that loads data: it also shows the shared loading and error strings. */
export class PlElement extends PlBaseElement {
  /** Strings shared by every element (loading, errors) in the element's language. */
  protected get common(): CommonStrings {
    return commonStrings(this.resolvedLang);
  }
}
