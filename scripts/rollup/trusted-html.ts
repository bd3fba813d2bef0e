import type { Plugin } from 'rollup';
import ts from 'typescript';

const HELPER_ID = '\0pl-set-html';
const HELPER = 'setHtml';

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
export function trustedHtml(include = /[\\/]node_modules[\\/]leaflet[\\/]src[\\/].*\.js$/): Plugin {
  return {
    name: 'trusted-html',
    resolveId: (id) => (id === HELPER_ID ? id : null),
    load: (id) =>
      id === HELPER_ID
        ? `let policy;
try {
  policy = globalThis.trustedTypes && globalThis.trustedTypes.createPolicy('pl-widgets', { createHTML: (html) => html });
} catch (error) {
  // The page allows only other policies: markup set below stays empty instead of throwing.
}
export function ${HELPER}(element, html) {
  try {
    element.innerHTML = policy && typeof html === 'string' ? policy.createHTML(html) : html;
  } catch (error) {
    element.textContent = '';
  }
}`
        : null,
    transform(code, id) {
      if (!include.test(id) || !code.includes('.innerHTML')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (
          ts.isBinaryExpression(node) &&
          node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          ts.isPropertyAccessExpression(node.left) &&
          node.left.name.text === 'innerHTML' &&
          ts.isExpressionStatement(node.parent)
        ) {
          const target = node.left.expression.getText(source);
          edits.push({ start: node.getStart(source), end: node.getEnd(), text: `${HELPER}(${target}, ${node.right.getText(source)})` });
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return { code: `import { ${HELPER} } from '${HELPER_ID}';\n${out}`, map: null };
    },
  };
}
