/**
 * Read by `cem analyze` (npm run build:manifest) from the project folder. The analyzer describes the
 * sources (`src/…/*.ts`), which the package does not ship; the plugin below makes custom-elements.json
 * describe what an installed package has:
 * - every module path and reference is the shipped `dist/esm/…/*.js` (modules that hold nothing the
 *   manifest can describe, such as type-only ones with no JS, are left out);
 * - one `custom-element-definition` export per tag, in the entry module whose import defines it
 *   (`define('pl-value', PlValue)` in src/values-accordion.ts), instead of the one the analyzer reads
 *   from the generic `customElements.define(tag, ctor)` in src/shared/define.ts (a tag named "tag").
 * Storybook and scripts/check-stories.mjs find declarations by `tagName`, which this leaves alone.
 * scripts/check-pack.mjs checks the result against the packed files.
 */

const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** `src/a/b.ts` or `/src/a/b.js` → `dist/esm/a/b.js`; anything else unchanged. */
const shipped = (path) => path.replace(/^\/?src\/(.+)\.(?:ts|js)$/, 'dist/esm/$1.js');

/** Rewrites every `path` and `module` string in the manifest, at any depth. */
function rewritePaths(node) {
  if (Array.isArray(node)) return node.forEach(rewritePaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
    else rewritePaths(value);
  }
}

function shippedManifest() {
  /** [module path, tag, class name] of each `define('pl-x', PlX)` call with a literal tag. */
  const definitions = [];
  return {
    name: 'pl-shipped-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor) && TAG.test(tag.text)) {
        definitions.push([moduleDoc.path, tag.text, ctor.text]);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const mod of modules) {
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || TAG.test(e.name));
      }
      const classModule = new Map();
      for (const mod of modules) for (const d of mod.declarations ?? []) if (d.kind === 'class') classModule.set(d.name, mod.path);
      for (const [path, tag, className] of definitions) {
        const mod = modules.find((m) => m.path === path);
        const declared = classModule.get(className);
        if (!mod || !declared || mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) continue;
        mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: declared } });
      }
      customElementsManifest.modules = modules.filter((m) => m.declarations?.length || m.exports?.length);
      rewritePaths(customElementsManifest.modules);
    },
  };
}

export default {
  plugins: [shippedManifest()],
};
