import type { Plugin } from 'rollup';

interface Node {
  type: string;
  start: number;
  end: number;
  body?: Node[] | Node;
  [key: string]: unknown;
}

/**
 * esbuild writes each static field of our classes (`static override styles = ...`, with
 * `useDefineForClassFields: false`) as a static block of its own: `static { this.styles = ...; }
 * static { this.properties = ...; }`, and terser keeps them apart. Consecutive blocks of a class body
 * that hold only expression statements (esbuild's `this.x = ...;`) are joined into one here: the same
 * statements, run in the same order at the same moment (a class's static elements run one after the
 * other once its methods are defined, so nothing can run between two adjacent blocks), in one scope
 * that declares nothing. Only our modules (src/), after esbuild; the ESM build too.
 */
export function staticBlocks(): Plugin {
  return {
    name: 'static-blocks',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/static\s*\{/.test(code)) return null;
      const edits: { start: number; end: number }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Node;
        if (n.type === 'ClassBody' && Array.isArray(n.body)) {
          const members = n.body;
          for (let i = 1; i < members.length; i++) {
            const [a, b] = [members[i - 1], members[i]];
            const plain = (block: Node) => block.type === 'StaticBlock' && (block.body as Node[]).every((s) => s.type === 'ExpressionStatement');
            // From the last statement of the first block to the first statement of the second: `}\n static {` goes.
            if (plain(a) && plain(b) && (a.body as Node[]).length && (b.body as Node[]).length) {
              edits.push({ start: (a.body as Node[]).at(-1)!.end, end: (b.body as Node[])[0].start });
            }
          }
        }
        for (const key of Object.keys(n)) if (key !== 'type' && key !== 'start' && key !== 'end') visit(n[key]);
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const { start, end } of edits.sort((x, y) => y.start - x.start)) {
        // Keep the statements apart: the last one may lack its semicolon.
        out = `${out.slice(0, start)};\n${out.slice(end)}`;
      }
      return { code: out, map: null };
    },
  };
}
