import type { Plugin } from 'rollup';
import { byFrequency, withEdits } from './chunk-edits.js';

/**
 * Our private custom properties (`--_space`, `--_accent`: the --pl-* tokens read through them, and
 * the map's and the timeline's own), written with one letter in the drop-in (`--_t`, `--_e`, ...).
 * Only our style sheets name them (every `--_` of the drop-in is in a css`` template: each element
 * sets on its own host all it reads, none is set or read from script or markup), and each is the
 * same property everywhere in the chunk, so every rule reads what it read before.
 */
export function customProperties(): Plugin {
  return {
    name: 'custom-properties',
    renderChunk(code) {
      const found = [...code.matchAll(/--_[A-Za-z][\w-]*/g)];
      if (!found.length) return null;
      // In order of first appearance (gzip likes that better than by use), and the letters as terser
      // orders its names: the chunk's most frequent first.
      const names = [...new Set(found.map(([name]) => name))];
      const letters = byFrequency(code, 'abcdefghijklmnopqrstuvwxyz');
      if (names.length > letters.length) this.error(`custom-properties: more than ${letters.length} private custom properties`);
      const short = new Map(names.map((name, i) => [name, `--_${letters[i]}`]));
      return withEdits(
        code,
        found.map((match) => ({ start: match.index, end: match.index + match[0].length, text: short.get(match[0])! })),
      );
    },
  };
}
