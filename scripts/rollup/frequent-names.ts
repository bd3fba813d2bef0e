import type { Plugin } from 'rollup';
import { minify, type MinifyOptions } from 'terser';

/**
 * Gives terser's one-character property names to the properties the drop-in reads most often. terser
 * shortens property names (mangle.properties) in the order it first meets them, so its 27
 * one-character names went to whichever Leaflet and Lit properties come first, and `_map`,
 * `_container` or `resolvedLang` (dozens of reads each) had two characters. Placed just before the
 * terser plugin, with the same options: it runs terser once on the chunk, counts how often each
 * shortened name is read (`.x`), and hands the terser plugin a name cache (mangle.properties.cache)
 * holding the very names terser chose, with only the one-character ones moved to the most read
 * properties. A permutation of terser's own names for this code, so none can meet a name terser kept
 * away from (a DOM property, a name left as written), and nothing else changes: 68 B gzip of the
 * drop-in, for a second terser run (about 4 s). Ordering every name by use was tried: 32 B larger
 * (gzip likes the names in order of first appearance); counting object keys and class members too
 * (`x:`, `x(`): 11 B less saved.
 */
export function frequentNames(options: MinifyOptions): Plugin {
  const properties = (options.mangle as { properties: Record<string, unknown> }).properties;
  return {
    name: 'frequent-names',
    async renderChunk(code, _chunk, outputOptions) {
      delete properties.cache;
      const nameCache: { props?: { props?: Record<string, string> } } = {};
      const first = await minify(code, { ...structuredClone(options), module: outputOptions.format === 'es' || options.module, sourceMap: false, nameCache });
      const names = Object.entries(nameCache.props?.props ?? {}).map(([key, short]) => [key.slice(1), short] as const);
      const text = first.code ?? '';
      const uses = new Map<string, number>(names.map(([, short]) => [short, 0]));
      // A property read (`a.x`, `a?.x`; not a number's decimal point).
      for (const match of text.matchAll(/(?<!\d)\.([A-Za-z_$][\w$]*)/g)) {
        const count = uses.get(match[1]!);
        if (count !== undefined) uses.set(match[1]!, count + 1);
      }
      const singles = names.filter(([, short]) => short.length === 1);
      const top = new Set([...names].sort((a, b) => uses.get(b[1])! - uses.get(a[1])!).slice(0, singles.length).map(([name]) => name));
      const freed = singles.filter(([name]) => !top.has(name)).map(([, short]) => short);
      const displaced = names.filter(([name, short]) => top.has(name) && short.length > 1).map(([, short]) => short);
      const props: Record<string, string> = {};
      for (const [name, short] of names) {
        props[`$${name}`] = top.has(name) ? (short.length === 1 ? short : freed.shift()!) : short.length === 1 ? displaced.shift()! : short;
      }
      properties.cache = { props };
      return null;
    },
  };
}
