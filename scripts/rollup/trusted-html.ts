import type { Plugin, TransformHook } from 'rollup';
import ts from 'typescript';
import { leafletRewrite, walk, type Edit } from './leaflet-rewrite.js';

const LIT_HTML = /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/;
/** Lit's own policy, made as its module loads: its name may be taken already (see below). */
const LIT_POLICY = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';

/**
 * On a page that enforces Trusted Types (`require-trusted-types-for 'script'`), assigning a string to
 * `innerHTML` throws. Leaflet does so for its own markup (a feature check when the script loads, the
 * zoom buttons, the attribution, the popup's close button, div icons), so the script stopped halfway
 * and the map never appeared. This rewrites each `el.innerHTML = html` in Leaflet's modules to
 * `setHtml(el, html)`, which passes the markup through a policy of the library's own (`pl-widgets`:
 * the strings are Leaflet's and the finder's fixed markup; data never reaches innerHTML, the elements
 * render data as text). Where the page does not allow that policy, the element is left empty
 * instead of throwing.
 *
 * Lit's templates and Leaflet's markup share one policy. Lit would make its `lit-html` policy
 * without a try: on a page whose own Lit (or another copy of this script) made it first, a policy list
 * without 'allow-duplicates' refuses the name, the error stopped this script, and no element was
 * defined. The shared policy takes `lit-html`, or `pl-widgets` when that name is taken.
 */
export function trustedHtml(): Plugin {
  const leaflet = leafletRewrite({
    name: 'trusted-html',
    mentions: '.innerHTML',
    helper: {
      name: 'setHtml',
      code: `export const policy = (() => {
  for (const name of ['lit-html', 'pl-widgets']) {
    try {
      return globalThis.trustedTypes && globalThis.trustedTypes.createPolicy(name, { createHTML: (html) => html });
    } catch (error) {
      // Taken, or not on the page's list. With neither, Leaflet's markup below stays empty instead of throwing.
    }
  }
})();
export function setHtml(element, html) {
  try {
    element.innerHTML = policy && typeof html === 'string' ? policy.createHTML(html) : html;
  } catch (error) {
    element.textContent = '';
  }
}`,
    },
    findEdits(source) {
      const edits: Edit[] = [];
      walk(source, (node) => {
        const assignsHtml =
          ts.isBinaryExpression(node) &&
          node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          ts.isPropertyAccessExpression(node.left) &&
          node.left.name.text === 'innerHTML' &&
          ts.isExpressionStatement(node.parent);
        if (!assignsHtml) return;
        const target = (node.left as ts.PropertyAccessExpression).expression.getText(source);
        edits.push({ start: node.getStart(source), end: node.getEnd(), text: `setHtml(${target}, ${node.right.getText(source)})` });
        return false;
      });
      return edits;
    },
  });
  const rewriteLeaflet = leaflet.transform as TransformHook;
  return {
    ...leaflet,
    transform(code, id) {
      if (!LIT_HTML.test(id)) return rewriteLeaflet.call(this, code, id);
      if (!code.includes(LIT_POLICY)) this.error(`lit-html.js: its policy was not found (Lit changed): ${LIT_POLICY}`);
      return { code: `import { policy as plPolicy } from '\\0pl-trusted-html';\n${code.replace(LIT_POLICY, 'plPolicy')}`, map: null };
    },
  };
}
