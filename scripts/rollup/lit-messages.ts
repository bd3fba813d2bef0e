import type { Plugin } from 'rollup';

const CSS_TAG = /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/;

/** Lit's error text -> what the drop-in says instead. */
const SHORTER: [string, string][] = [
  ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult is not constructable"'],
  [
    `"Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`,
    `"Value passed to 'css' function must be a 'css' function result: "+t`,
  ],
];

/**
 * Lit's css-tag module throws two errors with a line of advice each for a developer who misuses its
 * `css` tag or constructs a CSSResult. Nothing outside the drop-in can reach either (the IIFE exports
 * neither), and every css`` in src interpolates only css results and numbers, which loading each
 * sheet in the tests proves: the advice is left out, the errors and what they report stay (118 B gzip).
 * A text not found fails the build (Lit changed).
 */
export function litMessages(): Plugin {
  return {
    name: 'lit-messages',
    transform(code, id) {
      if (!CSS_TAG.test(id)) return null;
      let out = code;
      for (const [long, short] of SHORTER) {
        if (!out.includes(long)) this.error(`Lit css-tag.js: the error text to shorten was not found: ${long}`);
        out = out.replace(long, short);
      }
      return { code: out, map: null };
    },
  };
}
