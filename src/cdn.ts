/**
 * The drop-in script: defines every element and exposes one namespace, window.plWidgets.
 * A second copy of the script (or another version) keeps the first namespace and definitions.
 */
// The string catalogs and style sheets (status-view.ts holds the error box's) are imported here for
// the order alone (each module still runs after what it imports): the bundle is its modules one after
// the other, gzip finds repeats only within 32 KB, and side by side at the start the catalogs share
// their words and the sheets their rules (about 450 B less than where the elements import them).
// The order is tuned with `node scripts/import-order.mjs src/cdn.ts dropin`.
import './shared/i18n/common-strings.js';
import { VERSION } from './shared/version.js';
import './workshop-map/strings.js';
import './pricing-card/calculator-strings.js';
import './program-timeline/strings.js';
import './pricing-card/strings.js';
import './shared/frame.styles.js';
import './workshop-map/leaflet.styles.js';
import './values-accordion/values-accordion.styles.js';
import './pricing-card/pricing-card.styles.js';
import './pricing-card/calculator.styles.js';
import './workshop-map/workshop-map.styles.js';
import './program-timeline/program-timeline.styles.js';
import './shared/button.styles.js';
import './shared/data/status-view.js';
import './shared/tokens.styles.js';
import { defineAll } from './index.js';
import { warnMisplacedChildren } from './shared/misplaced-children.js';

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
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', warnMisplacedChildren);
  else warnMisplacedChildren();
}
