import ts from 'typescript';
import { leafletRewrite, walk, type Edit } from './leaflet-rewrite.js';

/**
 * On a page that enforces Trusted Types (`require-trusted-types-for 'script'`), assigning a string to
 * `innerHTML` throws. Leaflet does so for its own markup (a feature check when the script loads, the
 * zoom buttons, the attribution, the popup's close button, div icons), so the script stopped halfway
 * and the map never appeared. This rewrites each `el.innerHTML = html` in Leaflet's modules to
 * `setHtml(el, html)`, which passes the markup through a policy of the library's own (`pl-widgets`:
 * the strings are Leaflet's and the finder's fixed markup; data never reaches innerHTML, the elements
 * render data as text). Where the page does not allow that policy, the element is left empty
 * instead of throwing. Lit's templates use Lit's own `lit-html` policy.
 */
export function trustedHtml() {
  return leafletRewrite({
    name: 'trusted-html',
    mentions: '.innerHTML',
    helper: {
      name: 'setHtml',
      code: `let policy;
try {
  policy = globalThis.trustedTypes && globalThis.trustedTypes.createPolicy('pl-widgets', { createHTML: (html) => html });
} catch (error) {
  // The page allows only other policies: markup set below stays empty instead of throwing.
}
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
}
