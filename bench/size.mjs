/**
 * Size budgets, gzip -9: the drop-in script as built, the lazily loaded ZIP table, and what a
 * user's bundler ships for an ESM import of one element entry: the published dist/esm module
 * (`npm run build`) bundled with rollup + node-resolve with the 'production' condition + terser,
 * nothing external (Lit included). Entries not built yet fall back to their source.
 *
 * Each entry is measured twice: with its lazily imported modules inlined (`gzipBytes`, everything
 * the entry can ever load), and split as a bundler splits it (`initial`: what a page that imports the
 * entry loads at once; `lazy`: each chunk loaded on first need, e.g. the pricing card's calculator).
 * The budget applies to the initial chunk; entries with nothing lazy have `initial` equal to the whole.
 *
 *   node bench/size.mjs      prints the table as JSON
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { ROOT } from './prepare.mjs';

const KB = 1024;
/** ESM entries a user may import alone; the first three have a 12 KB budget. */
const ENTRIES = {
  'values-accordion': { file: 'src/values-accordion.ts', budgetKB: 12 },
  'program-timeline': { file: 'src/program-timeline.ts', budgetKB: 12 },
  'pricing-card': { file: 'src/pricing-card.ts', budgetKB: 12 },
  provider: { file: 'src/provider.ts' },
  'workshop-map': { file: 'src/workshop-map.ts' },
  'index (all)': { file: 'src/index.ts' },
};

const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;

function measured(code, budgetKB) {
  const gzip = gzipBytes(code);
  const result = { bytes: Buffer.byteLength(code), gzipBytes: gzip, gzipKB: Number((gzip / KB).toFixed(1)) };
  if (budgetKB) Object.assign(result, { budgetKB, withinBudget: gzip <= budgetKB * KB });
  return result;
}

function plugins() {
  return [
    nodeResolve({ exportConditions: ['production'], browser: true }),
    esbuild({ target: 'es2022', tsconfig: join(ROOT, 'tsconfig.json'), define: { __PL_VERSION__: '"bench"' } }),
    terser({ ecma: 2020, module: true }),
  ];
}

async function bundle(input, format) {
  const build = await rollup({ input, plugins: plugins(), onwarn: () => {} });
  try {
    const { output } = await build.generate({ format, inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await build.close();
  }
}

/** The entry as a bundler splits it: the chunks loaded at once, and each lazily imported chunk. */
async function bundleSplit(input) {
  const build = await rollup({ input, plugins: plugins(), onwarn: () => {} });
  try {
    const { output } = await build.generate({ format: 'es', chunkFileNames: '[name].js' });
    const chunks = output.filter((file) => file.type === 'chunk');
    const entry = chunks.find((chunk) => chunk.isEntry);
    const initialNames = new Set([entry.fileName]);
    for (const name of initialNames) for (const imported of chunks.find((c) => c.fileName === name).imports) initialNames.add(imported);
    const initial = chunks.filter((chunk) => initialNames.has(chunk.fileName)).map((chunk) => chunk.code).join('\n');
    const lazy = chunks.filter((chunk) => !initialNames.has(chunk.fileName));
    return { initial, lazy: Object.fromEntries(lazy.map((chunk) => [chunk.fileName, chunk.code])) };
  } finally {
    await build.close();
  }
}

async function measureEntry(input, budgetKB) {
  const whole = measured(await bundle(input, 'es'));
  const { initial, lazy } = await bundleSplit(input);
  const lazyChunks = Object.fromEntries(Object.entries(lazy).map(([name, code]) => [name, measured(code)]));
  return { ...whole, initial: measured(initial, budgetKB), lazy: lazyChunks, ...(budgetKB ? { budgetKB, withinBudget: gzipBytes(initial) <= budgetKB * KB } : {}) };
}

export async function measureSizes() {
  const dropInFile = join(ROOT, 'dist/pl-widgets.js');
  const dropIn = readFileSync(dropInFile, 'utf8');
  const zipTable = join(ROOT, 'dist/pl-zip-table.json');
  const esm = {};
  for (const [name, { file, budgetKB }] of Object.entries(ENTRIES)) {
    const published = join(ROOT, file.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js'));
    const input = existsSync(published) ? published : join(ROOT, file);
    if (existsSync(input)) esm[name] = { ...(await measureEntry(input, budgetKB)), from: relative(ROOT, input) };
  }
  return {
    dropIn: measured(dropIn, 80),
    zipTable: existsSync(zipTable) ? measured(readFileSync(zipTable)) : null,
    esm,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureSizes(), null, 2));
}
