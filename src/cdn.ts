/**
 * The drop-in script: defines every element and exposes one namespace, window.plWidgets.
 * A second copy of the script (or another version) keeps the first namespace and definitions.
 */
import { defineAll } from './index.js';
import { VERSION } from './shared/version.js';

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
}
