import { consume, ContextRoot } from '@lit/context';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { providerContext, type ProvidedSettings } from './context.js';
import { toLocale, type Locale } from './i18n/catalogs.js';
import { commonStrings, type CommonStrings } from './i18n/common-strings.js';
import { onLangChange, resolveLang } from './i18n/resolve-lang.js';

// A <pl-provider> defined after the elements inside it (an npm user importing provider.js last)
// would miss their context requests; the root replays them once the provider is defined.
new ContextRoot().attach(document.documentElement);

/**
 * What every pl-element shares: the language that applies to it (own `lang`, ancestors, document;
 * kept live), and the settings of an ancestor <pl-provider>.
 *
 * @attribute {string} lang - Language of the element's text and number formats (`en`, `es`); by default the nearest ancestor's `lang`, a provider's, or the page's.
 * @cssprop --pl-font-family - Font (default: the page's).
 * @cssprop --pl-color-text - Text colour (default: the page's).
 * @cssprop --pl-color-accent - Buttons, links, highlights and the default focus ring (default #0b5cab).
 * @cssprop --pl-color-on-accent - Text on accent-filled buttons and badges (default #ffffff).
 * @cssprop --pl-color-surface - Background of cards, items and fields (default transparent).
 * @cssprop --pl-color-muted-surface - A quiet background behind text (default a light grey wash).
 * @cssprop --pl-color-border - Borders and dividers (default #8a8f98).
 * @cssprop --pl-color-danger - Error borders and the selected map pin (default #b3261e).
 * @cssprop --pl-color-success - "Completed" text (default #1e6b34).
 * @cssprop --pl-radius - Corner radius (default 8px).
 * @cssprop --pl-space - The spacing unit (default 1rem).
 * @cssprop --pl-focus-ring - Keyboard focus outline (default 3px solid, accent colour).
 * @cssprop --pl-line-height - Line height (default 1.5).
 * @cssprop --pl-duration - Length of small animations; 0 under reduced motion (default 200ms).
 */
export class PlElement extends LitElement {
  @consume({ context: providerContext, subscribe: true })
  @state()
  protected provided?: ProvidedSettings;

  /** The resolved language tag, e.g. "es-MX"; drives Intl formatting. */
  @state() protected resolvedLang = 'en';

  private stopWatchingLang?: () => void;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.syncLang();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncLang();
    this.stopWatchingLang = onLangChange(() => this.syncLang());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
  }

  protected get locale(): Locale {
    return toLocale(this.resolvedLang);
  }

  /** Strings shared by every element (loading, errors) in the element's language. */
  protected get common(): CommonStrings {
    return commonStrings(this.resolvedLang);
  }

  private syncLang(): void {
    // The provider reflects its lang to the DOM, so a nearer ancestor's lang rightly wins over it;
    // provided.lang only matters when no ancestor has one (a provider in another shadow tree).
    const fromDom = resolveLang(this, false);
    const lang = fromDom ?? this.provided?.lang ?? (document.documentElement.lang || 'en');
    if (lang !== this.resolvedLang) this.resolvedLang = lang;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('provided')) this.syncLang();
  }
}
