/**
 * The drop-in script: defines every element and exposes one namespace, window.plWidgets.
 * A second copy of the script (or another version) keeps the first namespace and definitions.
 */
// The string catalogs and style sheets (status-view.ts holds the error box's) are imported here for
// the order alone (each module still runs after what it imports): the bundle is its modules one after
// the other, gzip finds repeats only within 32 KB, and side by side at the start the catalogs share
// their words and the sheets their rules (about 450 B less than where the elements import them).
// The order is tuned with `node scripts/import-order.mjs src/cdn.ts dropin`.
import { VERSION } from './shared/version.js';
import './pricing-card/calculator-strings.js';
import './program-timeline/strings.js';
import './workshop-map/strings.js';
import './shared/frame.styles.js';
import './pricing-card/strings.js';
import './workshop-map/leaflet.styles.js';
import './values-accordion/values-accordion.styles.js';
import './pricing-card/pricing-card.styles.js';
import './shared/button.styles.js';
import './pricing-card/calculator.styles.js';
import './shared/data/status-view.js';
import './workshop-map/workshop-map.styles.js';
import './program-timeline/program-timeline.styles.js';
import './shared/tokens.styles.js';
// Also for the declarations: they keep a bare import, so a page script typed from this entry gets
// every tag's element and event types, not only window.plWidgets.
import './index.js';
import { defineAll } from './index.js';
import { warn } from './shared/warn.js';
import './shared/i18n/common-strings.js';

/**
 * Says on the console what a page's markup got wrong: a <pl-value> or <pl-phase> outside its
 * element. On a CMS page that is the editor's doing:
 * WordPress opens a paragraph for a line of text right above the element and never closes it, so
 * the browser closes it, and the element with it, at the first <p> inside.
 * (Here, not in a module of its own: only pages that paste the drop-in need it.)
 */
function warnPageMistakes(): void {
  for (const [child, parent] of [
    ['pl-value', 'pl-values-accordion'],
    ['pl-phase', 'pl-program-timeline'],
  ])
    if (document.querySelector(`${child}:not(${parent} *)`))
      warn(
        `pl-widgets: a <${child}> is outside <${parent}>: an editor closed it early, at a <p> inside it (WordPress does for a line of text right above it). Leave a blank line above it, or use a Custom HTML block.`,
      );
}

interface PlWidgetsNamespace {
  version: string;
  /** Defines every tag not defined yet; safe to call any number of times. */
  define: () => void;
}

declare global {
  interface Window {
    plWidgets?: PlWidgetsNamespace;
  }
}

// An own property: a page's <div id="plWidgets"> is also window.plWidgets (named access), and is no namespace.
if (!Object.prototype.hasOwnProperty.call(window, 'plWidgets')) {
  const namespace: PlWidgetsNamespace = Object.freeze({
    version: VERSION,
    define: defineAll,
  });
  // Enumerable like any global a script declares; read-only, so a later copy cannot replace it.
  Object.defineProperty(window, 'plWidgets', { value: namespace, configurable: true, enumerable: true, writable: false });
  // Partners paste the markup into editors: once the page is parsed, say what an editor broke.
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', warnPageMistakes);
  else warnPageMistakes();
}
