import type { Plugin } from 'rollup';
import ts from 'typescript';

const HELPER_ID = '\0pl-inherited-from-object';
const HELPER = 'isPollution';

/**
 * Leaflet walks its event maps, layers and options with `for...in`, which also visits enumerable
 * properties a host page added to Object.prototype (`Object.prototype.foo = ...`, still found on old
 * sites). A polluted key reaches `map.on({ foo: 'bar' })` as a listener and the map throws. This
 * rewrites every `for...in` in Leaflet's modules to skip a key that the object only inherits from a
 * polluted Object.prototype; keys inherited from anything else (event fields copied by Leaflet's
 * double-tap emulation) are still visited.
 */
export function guardForIn(include = /[\\/]node_modules[\\/]leaflet[\\/]src[\\/].*\.js$/): Plugin {
  return {
    name: 'guard-for-in',
    resolveId: (id) => (id === HELPER_ID ? id : null),
    load: (id) =>
      id === HELPER_ID
        ? `const own = Object.prototype.hasOwnProperty, enumerable = Object.prototype.propertyIsEnumerable;
export const ${HELPER} = (object, key) => !own.call(object, key) && enumerable.call(Object.prototype, key);`
        : null,
    transform(code, id) {
      if (!include.test(id) || !code.includes(' in ')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      const edits: { at: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isForInStatement(node)) {
          const key = ts.isVariableDeclarationList(node.initializer) ? node.initializer.declarations[0].name : node.initializer;
          const skip = `if (${HELPER}(${node.expression.getText(source)}, ${key.getText(source)})) continue;`;
          if (ts.isBlock(node.statement)) edits.push({ at: node.statement.getStart(source) + 1, text: ` ${skip}` });
          else {
            edits.push({ at: node.statement.getStart(source), text: `{ ${skip} ` });
            edits.push({ at: node.statement.getEnd(), text: ' }' });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let out = code;
      for (const { at, text } of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
      return { code: `import { ${HELPER} } from '${HELPER_ID}';\n${out}`, map: null };
    },
  };
}
