import ts from 'typescript';
import { leafletRewrite, walk, type Edit } from './leaflet-rewrite.js';

/**
 * Leaflet walks its event maps, layers and options with `for...in`, which also visits enumerable
 * properties a host page added to Object.prototype (`Object.prototype.foo = ...`, still found on old
 * sites). A polluted key reaches `map.on({ foo: 'bar' })` as a listener and the map throws. This
 * rewrites every `for...in` in Leaflet's modules to skip a key that the object only inherits from a
 * polluted Object.prototype; keys inherited from anything else (event fields copied by Leaflet's
 * double-tap emulation) are still visited.
 */
export function guardForIn() {
  return leafletRewrite({
    name: 'guard-for-in',
    mentions: ' in ',
    helper: {
      name: 'isPollution',
      code: `const own = Object.prototype.hasOwnProperty, enumerable = Object.prototype.propertyIsEnumerable;
export const isPollution = (object, key) => !own.call(object, key) && enumerable.call(Object.prototype, key);`,
    },
    findEdits(source) {
      const edits: Edit[] = [];
      walk(source, (node) => {
        if (!ts.isForInStatement(node)) return;
        const key = ts.isVariableDeclarationList(node.initializer) ? node.initializer.declarations[0].name : node.initializer;
        const skip = `if (isPollution(${node.expression.getText(source)}, ${key.getText(source)})) continue;`;
        const body = node.statement;
        if (ts.isBlock(body)) edits.push({ start: body.getStart(source) + 1, end: body.getStart(source) + 1, text: ` ${skip}` });
        else {
          edits.push({ start: body.getStart(source), end: body.getStart(source), text: `{ ${skip} ` });
          edits.push({ start: body.getEnd(), end: body.getEnd(), text: ' }' });
        }
      });
      return edits;
    },
  });
}
