import { toLocale } from './catalogs.js';

/**
 * The language set on an element: its own `lang`, else the nearest ancestor's below the document
 * element, crossing shadow-root boundaries (an element rendered inside another widget inherits that
 * widget's language); undefined when none has one (the caller falls back to the document's).
 */
export function resolveLang(el: Element): string | undefined {
  // Its own document's (an element moved into an iframe), and no instanceof: that is another window's Element.
  const top = el.ownerDocument.documentElement;
  for (let node: Node | undefined = el; node && node !== top; node = node.parentNode ?? (node as ShadowRoot).host) {
    // Only an element has attributes (not a shadow root, a document fragment).
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The tag to format with: "en_US" (as some CMS themes write `lang`) becomes "en-US". Only the shipped
 * languages format as themselves: dates and money on a French page are English, like the words
 * around them. A tag Intl rejects ("en US", "12") can never make a formatter throw.
 */
export function intlTag(lang: string): string {
  const locale = toLocale(lang);
  try {
    const [tag] = Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'));
    return tag.startsWith(locale) ? tag : locale;
  } catch {
    return locale;
  }
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole page tells every connected element when any `lang` attribute changes,
 * so a host page that switches language re-renders the widgets without reloading. It also watches
 * the shadow roots `el` sits in (another widget's), which the page's tree does not include.
 */
export function onLangChange(listener: LangListener, el: Element): () => void {
  listeners.add(listener);
  observer ??= new MutationObserver(() => listeners.forEach((l) => l()));
  // An attributeFilter implies attributes: true.
  const options = { attributeFilter: ['lang'], subtree: true };
  observer.observe(document.documentElement, options);
  for (let root = el.getRootNode(); (root as ShadowRoot).host; root = (root as ShadowRoot).host.getRootNode()) observer.observe(root, options);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
