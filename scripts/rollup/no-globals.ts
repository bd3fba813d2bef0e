import type { Plugin } from 'rollup';

const LIT = /[\\/]node_modules[\\/](?:lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
const LEAFLET_DOM_EVENT = /[\\/]node_modules[\\/]leaflet[\\/]src[\\/]dom[\\/]DomEvent\.js$/;
const LEAFLET_CLASS = /[\\/]node_modules[\\/]leaflet[\\/]src[\\/]core[\\/]Class\.js$/;

/**
 * The contract lets the drop-in add one global, `window.plWidgets`. Lit, as published, records its
 * versions in three global arrays (`litHtmlVersions`, ...) and keeps a WeakMap for decorator metadata
 * on `globalThis` (left out with the decorators, scripts/rollup/lit-subset.ts); Leaflet keeps each
 * object's DOM listeners in a `_leaflet_events` property, so a map's resize listener on `window`
 * makes another global. This build step keeps the others inside the bundle: the version records (a
 * diagnostic for pages with several Lits) are left out, and Leaflet's listeners on `window` are kept
 * in an object of its own.
 * Leaflet's Class.extend also reads a global `L` (a page's own Leaflet) to warn about including its
 * deprecated L.Mixin.Events, which no class here can include: that check is left out.
 * Code is only replaced within its lines, so the source map stays right.
 */
export function noGlobals(): Plugin {
  return {
    name: 'no-globals',
    transform(code, id) {
      if (LIT.test(id)) {
        const out = code.replace(/\(\w+\.(?:litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[^"]*"\)/g, 'void 0');
        return out === code ? null : { code: out, map: null };
      }
      if (LEAFLET_DOM_EVENT.test(id)) {
        return { code: `var windowEvents = {};${code.replace(/obj\[eventsKey\]/g, '(obj === window ? windowEvents : obj)[eventsKey]')}`, map: null };
      }
      if (LEAFLET_CLASS.test(id)) {
        const out = code.replace('checkDeprecatedMixinEvents(props.includes);', '');
        // The drop-in's Leaflet subset (leaflet-stubs.mjs) leaves out the whole `includes` branch, the check with it.
        if (out === code && code.includes('props.includes')) this.error('Leaflet Class.js: the L.Mixin.Events check to leave out was not found');
        return out === code ? null : { code: out, map: null };
      }
      return null;
    },
  };
}
