import type { Plugin } from 'rollup';
import ts from 'typescript';

/** Replace source[start, end) with `text` (start === end inserts). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

const LEAFLET_SOURCE = /[\\/]node_modules[\\/]leaflet[\\/]src[\\/].*\.js$/;

/**
 * A build step that rewrites Leaflet's ES modules: `findEdits` walks each module's syntax tree and
 * says what to change; the edits may call `helper`, one small module of the plugin's own (given as
 * code) that every rewritten module imports.
 */
export function leafletRewrite(options: {
  name: string;
  /** The helper's exported name and its module's code. */
  helper: { name: string; code: string };
  /** Modules without this text are left alone unparsed. */
  mentions: string;
  findEdits: (source: ts.SourceFile) => Edit[];
}): Plugin {
  const helperId = `\0pl-${options.name}`;
  return {
    name: options.name,
    resolveId: (id) => (id === helperId ? id : null),
    load: (id) => (id === helperId ? options.helper.code : null),
    transform(code, id) {
      if (!LEAFLET_SOURCE.test(id) || !code.includes(options.mentions)) return null;
      const edits = options.findEdits(ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS));
      if (!edits.length) return null;
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return { code: `import { ${options.helper.name} } from '${helperId}';\n${out}`, map: null };
    },
  };
}

/** Every node of the tree, depth first; `visit` returns false to skip a node's children. */
export function walk(node: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  if (visit(node) === false) return;
  ts.forEachChild(node, (child) => walk(child, visit));
}
