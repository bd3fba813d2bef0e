import type { Plugin } from 'rollup';
import { byFrequency, withEdits } from './chunk-edits.js';

interface Node {
  type: string;
  start: number;
  end: number;
  name?: string;
  key?: Node;
  body?: Node[] | Node;
  [key: string]: unknown;
}

interface ClassScope {
  declared: Set<string>;
  uses: Map<string, number>;
  first: Map<string, number>;
  parent: ClassScope | undefined;
  children: ClassScope[];
  /** Names of enclosing classes read inside this class body: its own new names must not hide them. */
  outerReads: Set<[ClassScope, string]>;
}

/**
 * The private names (`#x`) of the drop-in, renamed class by class after terser. terser gives every
 * private name in the bundle a name of its own, counting across all classes (`#Ft`, `#fe`: 747 reads
 * of three characters), but a private name only means something inside its class body: each class
 * can use the one-character names again, its most read names first (about 290 B gzip of the
 * drop-in). A class inside another class's body keeps clear of the names of the outer class that it
 * reads. The same code otherwise, character for character; a name that no class declares fails the build.
 */
export function privateNames(): Plugin {
  return {
    name: 'private-names',
    renderChunk(code) {
      const classes: ClassScope[] = [];
      const refs: { start: number; end: number; name: string; owner: ClassScope }[] = [];
      const visit = (node: unknown, stack: ClassScope[]): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach((child) => visit(child, stack));
        const n = node as Node;
        if (typeof n.type !== 'string') return;
        if (n.type === 'ClassBody' && Array.isArray(n.body)) {
          const scope: ClassScope = { declared: new Set(), uses: new Map(), first: new Map(), parent: stack.at(-1), children: [], outerReads: new Set() };
          for (const member of n.body) if (member.key?.type === 'PrivateIdentifier') scope.declared.add(member.key.name!);
          scope.parent?.children.push(scope);
          classes.push(scope);
          stack = [...stack, scope];
        }
        if (n.type === 'PrivateIdentifier') {
          const name = n.name!;
          const owner = stack.findLast((scope) => scope.declared.has(name));
          if (!owner) this.error(`private-names: #${name} at ${n.start} is declared by no enclosing class`);
          refs.push({ start: n.start, end: n.end, name, owner });
          owner.uses.set(name, (owner.uses.get(name) ?? 0) + 1);
          if (!owner.first.has(name)) owner.first.set(name, n.start);
          for (let i = stack.length - 1; stack[i] !== owner; i--) stack[i]!.outerReads.add([owner, name]);
        }
        for (const key of Object.keys(n)) if (key !== 'type' && key !== 'start' && key !== 'end') visit(n[key], stack);
      };
      visit(this.parse(code), []);
      if (!refs.length) return null;

      // The names in the order terser would choose them: letters by how often the code has them.
      const leading = byFrequency(code, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_');
      const following = [...leading, ...'0123456789'];
      const nth = (i: number): string => {
        let name = leading[i % leading.length]!;
        for (i = Math.floor(i / leading.length); i > 0; i = Math.floor(i / following.length)) name += following[--i % following.length]!;
        return name;
      };
      const renamed = new Map<ClassScope, Map<string, string>>();
      const rename = (scope: ClassScope): void => {
        const taken = new Set([...scope.outerReads].map(([owner, name]) => renamed.get(owner)!.get(name)!));
        const names = [...scope.declared].sort((a, b) => (scope.uses.get(b) ?? 0) - (scope.uses.get(a) ?? 0) || (scope.first.get(a) ?? Infinity) - (scope.first.get(b) ?? Infinity));
        const own = new Map<string, string>();
        let i = 0;
        for (const name of names) {
          let short: string;
          do short = nth(i++);
          while (taken.has(short));
          own.set(name, short);
        }
        renamed.set(scope, own);
        scope.children.forEach(rename);
      };
      classes.filter((scope) => !scope.parent).forEach(rename);

      return withEdits(
        code,
        refs.map((ref) => ({ start: ref.start, end: ref.end, text: `#${renamed.get(ref.owner)!.get(ref.name)!}` })),
      );
    },
  };
}
