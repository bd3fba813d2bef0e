import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import type { RollupOptions } from 'rollup';
import type { MinifyOptions } from 'terser';
import esbuild from 'rollup-plugin-esbuild';
import { customProperties } from './scripts/rollup/custom-properties.js';
import { dsvWithoutEval } from './scripts/rollup/dsv-without-eval.js';
import { guardForIn } from './scripts/rollup/guard-for-in.js';
import { leafletSubset } from './scripts/rollup/leaflet-stubs.mjs';
import { litSubset } from './scripts/rollup/lit-subset.js';
import { litOnChangedBuiltIns } from './scripts/rollup/lit-on-changed-built-ins.js';
import { litMessages } from './scripts/rollup/lit-messages.js';
import { frequentNames } from './scripts/rollup/frequent-names.js';
import { MANGLED_NAMES, mangledNamesGuard } from './scripts/rollup/mangled-names.js';
import { minifyTemplates } from './scripts/rollup/minify-templates.js';
import { noGlobals } from './scripts/rollup/no-globals.js';
import { privateNames } from './scripts/rollup/private-names.js';
import { stateProperties } from './scripts/rollup/state-properties.js';
import { staticBlocks } from './scripts/rollup/static-blocks.js';
import { trustedHtml } from './scripts/rollup/trusted-html.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The drop-in's minification (frequentNames runs it once more to count property names first). */
const terserOptions: MinifyOptions = {
  ecma: 2020,
  module: false,
  // `m: function () {}` becomes `m() {}`, and `function () {}` that uses no `this` an arrow (0.35 KB
  // gzip). Unsafe only for a function called with `new`: nothing in Leaflet, Lit, d3-dsv or ours
  // constructs a method of an object literal or an anonymous function expression. (Not
  // unsafe_comps: it broke NaN checks, which the drop-in's own tests caught.)
  // inline: 0 leaves calls as calls instead of pasting small functions into their callers (no change
  // of meaning, only of shape): the bundle has one copy of each, which gzip makes 75 B smaller.
  // Four passes, not two: the later ones find more of the same safe rewrites (59 B; three or five find fewer).
  // unsafe_proto reads `Object.prototype.hasOwnProperty` as `{}.hasOwnProperty` (and the same for
  // Array's slice, Object's toString): the same built-in function, reached through a literal (9 B).
  compress: { passes: 4, unsafe_methods: true, unsafe_arrows: true, unsafe_proto: true, inline: 0 },
  // A load error printed on the console is named by its class: "LoadError: SyntaxError: …", not "ti: …".
  keep_classnames: /^LoadError$/,
  // Private names (Leaflet's and Lit's `_x`, ours) are only ever read inside this one bundle, so
  // they are shortened too (1.4 KB gzip). Leaflet reaches the reserved ones through string keys.
  // So are the property names of ours that only this bundle reads (scripts/rollup/mangled-names.ts).
  mangle: { properties: { regex: new RegExp(`^_|^(?:${MANGLED_NAMES.join('|')})$`), reserved: ['__proto__', '__super__', '_leaflet_id', '_leaflet_events', '_leaflet_disable_click', '_leaflet_disable_events'] } },
  // A classic script is read in the page's encoding: escaped, "código" survives an ISO-8859-1 page.
  format: { comments: /^!/, ascii_only: true },
};

/**
 * The drop-in script: one self-contained, minified IIFE (so it runs from a classic `<script defer>`
 * and from `type="module"` alike) holding every element, Lit and Leaflet's ESM build.
 */
const dropIn: RollupOptions = {
  input: 'src/cdn.ts',
  output: {
    file: 'dist/pl-widgets.js',
    format: 'iife',
    // One file: lazily imported modules (the pricing card's calculator) are inlined.
    inlineDynamicImports: true,
    // The inlined modules' namespace objects (what `await import()` gives the card and the data
    // sources) are not frozen: only code inside this IIFE ever holds one.
    freeze: false,
    // Written for local debugging, not named in the file: the package does not ship maps (package.json
    // `files`), and a comment naming a missing one makes DevTools and source-map-loader report it.
    sourcemap: 'hidden',
    // Names what the bundle holds; the licences' texts are in THIRD_PARTY_NOTICES.md, which the package
    // ships (the licence names would cost 22 B gzip more of the budget).
    banner: `/*! pl-widgets ${version} (MIT) with Lit, Leaflet, d3-dsv: THIRD_PARTY_NOTICES.md */`,
    // Joomla's MooTools replaces window.Event and window.Document, and old themes a CustomEvent
    // "polyfill" that makes events that are never composed: inside the bundle the names are the
    // browser's own, read from what the document makes (Lit's context events extend Event; Lit checks
    // Document for adoptable style sheets; every pl-* event is a CustomEvent).
    intro:
      "var CustomEvent = Object.getPrototypeOf(document.createEvent('CustomEvent')).constructor, Event = Object.getPrototypeOf(CustomEvent.prototype).constructor, Document = Object.getPrototypeOf(Object.getPrototypeOf(document)).constructor;",
  },
  plugins: [
    // 'production' keeps Lit's development build (warnings, larger) out of the bundle.
    nodeResolve({ exportConditions: ['production'], browser: true }),
    leafletSubset(),
    litSubset(),
    noGlobals(),
    litMessages(),
    litOnChangedBuiltIns(),
    guardForIn(),
    trustedHtml(),
    dsvWithoutEval(),
    mangledNamesGuard(),
    minifyTemplates(),
    stateProperties(),
    esbuild({
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      define: { __PL_VERSION__: JSON.stringify(version) },
    }),
    staticBlocks(),
    // terser's one-character property names for the most read properties (68 B: scripts/rollup/frequent-names.ts).
    frequentNames(terserOptions),
    terser(terserOptions),
    // Each class's private names from the one-character ones again, its most read first (scripts/rollup/private-names.ts).
    privateNames(),
    // Our private custom properties with one letter each (scripts/rollup/custom-properties.ts).
    customProperties(),
    // import.meta.url (src/shared/script-base.ts) as undefined: an IIFE has no module URL, and rollup's
    // stand-in (the current script, else "pl-widgets.js" beside the page) is read only after the current
    // script and the script tag were tried, where it can only name the page's folder: the fallback there.
    { name: 'no-import-meta-url', resolveImportMeta: (property) => (property == 'url' ? 'undefined' : null) },
  ],
};

/**
 * The npm ESM build: one module per source file (so bundlers shake what is unused), dependencies
 * left as imports, template text minified like the drop-in's. Types come from `tsc --emitDeclarationOnly`.
 * Maps as the drop-in's: written, not named (none ships).
 */
const esm: RollupOptions = {
  input: ['index', 'provider', 'values-accordion', 'program-timeline', 'pricing-card', 'workshop-map'].map((name) => `src/${name}.ts`),
  external: (id) => !/^[./\0]/.test(id) && !/^[A-Za-z]:/.test(id),
  output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: 'hidden' },
  // Only the entries (src/*.ts) act on import (they define the tags). A module whose exports all go
  // unused is dropped whole: no bare `import './x.js'` is left behind, which bundlers would warn about
  // against package.json's sideEffects.
  treeshake: { moduleSideEffects: (id, external) => external || /[\\/]src[\\/][\w-]+\.ts$/.test(id) },
  plugins: [minifyTemplates(), stateProperties(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', define: { __PL_VERSION__: JSON.stringify(version) } }), staticBlocks()],
};

export default [dropIn, esm];
