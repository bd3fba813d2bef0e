/**
 * Read by `cem analyze` (npm run build:manifest) from the project folder. The analyzer describes the
 * sources (`src/…/*.ts`), which the package does not ship; the plugin below makes custom-elements.json
 * describe what an installed package has:
 * - every module path and reference is the shipped `dist/esm/…/*.js` (modules that hold nothing the
 *   manifest can describe, such as type-only ones with no JS, are left out);
 * - one `custom-element-definition` export per tag, in the entry module whose import defines it
 *   (`define('pl-value', PlValue)` in src/values-accordion.ts), instead of the one the analyzer reads
 *   from the generic `customElements.define(tag, ctor)` in src/shared/define.ts (a tag named "tag").
 * - a re-export names the module that declares it (`export { PlValue }` in an entry names
 *   values-accordion/value.js, not the entry); type-only exports, which have no JS module, are left out;
 * - private, protected and static members (the public API is what a page uses on an element) are left out,
 *   and so are the --pl-* tokens the provider inherits (it draws nothing);
 * - a type that is a union of strings (`Units`) is written out (`'mi' | 'km'`), `undefined` is named
 *   once in a union, and an attribute
 *   whose property also takes an array or object is typed as what an attribute can be: a string.
 * Storybook and scripts/check-stories.mjs find declarations by `tagName`, which this leaves alone.
 * scripts/check-pack.mjs checks the result against the packed files.
 */

import { posix } from 'node:path';

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

/** `./x.js` as written in `src/a/b.ts` → `src/a/x.ts`. */
const resolved = (from, module) => posix.join(posix.dirname(from), module).replace(/\.js$/, '.ts');

/** Each export names the module that declares it; exports of what no module declares (types) go. */
function pointExportsAtDeclarations(modules) {
  const declaredIn = new Map();
  for (const mod of modules) for (const d of mod.declarations ?? []) declaredIn.set(d.name, mod.path);
  for (const mod of modules) {
    mod.exports = (mod.exports ?? []).filter((e) => {
      const ref = e.declaration;
      if (!ref?.module) return true;
      if (ref.module.startsWith('.')) ref.module = resolved(mod.path, ref.module);
      const declared = modules.find((m) => m.path === ref.module)?.declarations?.some((d) => d.name === ref.name);
      if (!declared && declaredIn.has(ref.name)) ref.module = declaredIn.get(ref.name);
      return declared || declaredIn.has(ref.name);
    });
  }
}

const isPublic = (member) => !member.privacy || member.privacy === 'public';

/** Public members only; union-of-strings aliases written out; attributes typed as strings where the property takes more. */
function tidyDeclarations(modules, aliases) {
  const spelled = (type) => {
    if (!type?.text) return;
    // An optional property declared `?: string | undefined` reads "string | undefined | undefined".
    type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name).replace(/(?: \| undefined){2,}/g, ' | undefined');
  };
  for (const d of modules.flatMap((m) => m.declarations ?? [])) {
    if (d.members) d.members = d.members.filter((member) => isPublic(member) && !member.static);
    for (const member of d.members ?? []) spelled(member.type);
    for (const attribute of d.attributes ?? []) {
      spelled(attribute.type);
      // A new object: the analyzer gives an attribute the very type object of its property, which
      // keeps its own type (`string | { min: number; percent: number }[] | undefined`).
      if (attribute.type && /[[{]/.test(attribute.type.text)) attribute.type = { text: 'string' };
    }
  }
}

function shippedManifest() {
  /** [module path, tag, class name] of each `define('pl-x', PlX)` call with a literal tag. */
  const definitions = [];
  /** `type Units = 'mi' | 'km'`: name → its union, as written. */
  const aliases = new Map();
  return {
    name: 'pl-shipped-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type) && node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
        aliases.set(node.name.text, node.type.types.map((t) => `'${t.literal.text}'`).join(' | '));
      }
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor) && TAG.test(tag.text)) {
        definitions.push([moduleDoc.path, tag.text, ctor.text]);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      pointExportsAtDeclarations(modules);
      tidyDeclarations(modules, aliases);
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
      // The provider draws nothing: the --pl-* tokens it inherits from the elements' base class are
      // read by the elements inside it, whose docs list them.
      for (const d of modules.flatMap((m) => m.declarations ?? [])) if (d.tagName === 'pl-provider') delete d.cssProperties;
      customElementsManifest.modules = modules.filter((m) => m.declarations?.length || m.exports?.length);
      rewritePaths(customElementsManifest.modules);
    },
  };
}

export default {
  plugins: [shippedManifest()],
};
