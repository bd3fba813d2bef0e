import type { Plugin } from 'rollup';

/**
 * Our internal reactive state is declared `{ state: true, attribute: false }`: Lit's createProperty
 * sets `attribute: false` itself for every `state: true`, and the manifest analyzer needs it written
 * (without it, the manifest lists `provided`, `resolvedLang`, ... as attributes). The drop-in leaves
 * the redundant half out (35 B gzip).
 */
export function stateProperties(): Plugin {
  return {
    name: 'state-properties',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('state: true, attribute: false')) return null;
      // Same line, same place: the source map stays right.
      return { code: code.replace(/\{ state: true, attribute: false \}/g, '{ state: true }'), map: null };
    },
  };
}
