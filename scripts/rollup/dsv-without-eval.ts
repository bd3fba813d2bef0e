import type { Plugin } from 'rollup';

const D3_DSV = /[\\/]node_modules[\\/]d3-dsv[\\/]dist[\\/]d3-dsv\.mjs$/;
const EVAL_CONVERTER = /function objectConverter\(columns\) \{\n  return new Function\([\s\S]*?\n\}\n/;
// Five lines, as many as the one it replaces: the source map of the lines below stays right.
const PLAIN_CONVERTER = `function objectConverter(columns) {
  return function(d) { var object = {};
    columns.forEach(function(name, i) { object[name] = d[i] || ""; });
    return object; };
}
`;
// The formatter's quoting test, read only by formatValue.
const FORMAT_TEST = 'var reFormat = new RegExp("[\\"" + delimiter + "\\n\\r]"),\n      DELIMITER';
// The object dsvFormat returns: its parsers and formatters.
const DSV_METHODS = /return \{\n    parse: parse,\n    parseRows: parseRows,\n(?:    format\w*: format\w*,?\n){5}  \};/;
// parseRows's row converter: csv.ts passes none, so rows go into the list as they are read.
const ROW_CONVERTER = '      if (f && (row = f(row, n++)) == null) continue;\n';
// What the module computes at import for the exports the drop-in does not use: the csv and tsv
// parsers (csvParse, ...) and autoType's time-zone probe.
const IMPORT_TIME = ['var csv = dsv(",");', 'var tsv = dsv("\\t");', 'const fixtz = new Date("2019-01-01T00:00").getHours() || new Date("2019-07-01T00:00").getHours();'];

/**
 * d3-dsv builds its row objects with `new Function`, which a Content-Security-Policy without
 * 'unsafe-eval' refuses. The finder reads CSV through `parseRows` and never calls that builder, but a
 * partner's security review that searches the drop-in for `new Function` should find nothing: it is
 * replaced by a plain one that builds the same rows. `parseRows` is also all of d3-dsv the drop-in
 * uses (src/shared/data/formats/csv.ts): the object `dsvFormat` returns keeps only it, so `parse`, the
 * five formatters and their helpers (dates, column inference) are left out, and so is the formatter's
 * quoting RegExp, and so are the csv and tsv parsers and the time-zone probe that the module makes at
 * import for its other exports, and parseRows's row converter (csv.ts passes none). The build fails
 * if d3-dsv's code has changed. Code is only replaced within its lines, so the source map stays right.
 */
export function dsvWithoutEval(): Plugin {
  return {
    name: 'dsv-without-eval',
    transform(code, id) {
      if (!D3_DSV.test(id)) return null;
      if (!EVAL_CONVERTER.test(code)) this.error(`d3-dsv changed: its eval-based objectConverter was not found in ${id}`);
      if (!code.includes(FORMAT_TEST) || !code.includes(ROW_CONVERTER) || !DSV_METHODS.test(code) || IMPORT_TIME.some((line) => !code.includes(line))) {
        this.error(`d3-dsv changed: dsvFormat's formatters, parseRows's row converter or its import-time parsers were not found in ${id}`);
      }
      let out = code
        .replace(EVAL_CONVERTER, PLAIN_CONVERTER)
        .replace(FORMAT_TEST, 'var DELIMITER')
        .replace(ROW_CONVERTER, '\n')
        .replace(DSV_METHODS, (methods) => `return { parseRows: parseRows };${methods.replace(/[^\n]/g, '')}`);
      // csv and tsv become empty objects (their exports, csvParse and the rest, are imported by nothing
      // here); fixtz is read only by autoType, which nothing here imports either.
      for (const line of IMPORT_TIME) out = out.replace(line, line.replace(/=.*/, line.startsWith('var') ? '= {};' : '= 0;'));
      return { code: out, map: null };
    },
  };
}
