#!/usr/bin/env node
/**
 * Finds an order of one file's import statements that makes a bundle smaller after gzip -9, and
 * leaves the file in that order. The bundle is its modules one after the other in import order, and
 * gzip only finds repeats within 32 KB: modules that share code compress better side by side. Import
 * order changes nothing else (each module still runs after what it imports).
 *
 *   node scripts/import-order.mjs <file> dropin                 the drop-in script
 *   node scripts/import-order.mjs <file> esm:values-accordion   an ESM entry's first load, as bench/size.mjs measures it
 *   [passes]                                                    how many rounds of moves (default 1)
 *
 * Each import is tried at the front, at the end and one step either way; a move that saves a byte is
 * kept. About a minute per ten imports. Run it again after a large change: the best order moves.
 */
import { loadConfigFile } from 'rollup/loadConfigFile';
import { rollup } from 'rollup';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
const [file, metric = 'dropin', passes = '1'] = process.argv.slice(2);
const orig = readFileSync(file, 'utf8');
// Top-level import statements at the start of the file (after comments), possibly multi-line; an
// import for its side effects alone (`import './x.js';`) is matched first, as a statement of its own.
const re = /^import\s+'[^']+';\n|^import[\s\S]*?from\s+'[^']+';\n/gm;
const blocks = [];
let m;
while ((m = re.exec(orig))) blocks.push({ text: m[0], index: m.index });
if (blocks.length < 2) { console.log('fewer than 2 imports'); process.exit(0); }
const start = blocks[0].index;
const end = blocks.at(-1).index + blocks.at(-1).text.length;
const between = orig.slice(start, end);
if (blocks.map((b) => b.text).join('') !== between) { console.log('imports are not contiguous; skipped'); process.exit(0); }
const { options } = await loadConfigFile(resolve('rollup.config.ts'), { configPlugin: 'esbuild' });
const gz = (code) => { writeFileSync('/tmp/climb.js', code); return execFileSync('gzip', ['-9', '-c', '/tmp/climb.js']).length; };
async function buildDropIn() {
  const cfg = options[0];
  const build = await rollup(cfg);
  const { output } = await build.generate(Array.isArray(cfg.output) ? cfg.output[0] : cfg.output);
  await build.close();
  return gz(output[0].code);
}
async function buildEsm(entry) {
  const cfg = options[1];
  const build = await rollup(cfg);
  await build.write(Array.isArray(cfg.output) ? cfg.output[0] : cfg.output);
  await build.close();
  const b = await rollup({ input: `dist/esm/${entry}.js`, plugins: [nodeResolve({ exportConditions: ['production'], browser: true }), terser({ ecma: 2020, module: true })], onwarn: () => {} });
  const { output } = await b.generate({ format: 'es', chunkFileNames: '[name].js' });
  await b.close();
  const chunks = output.filter((f) => f.type === 'chunk');
  const names = new Set([chunks.find((c) => c.isEntry).fileName]);
  for (const n of names) for (const i of chunks.find((c) => c.fileName === n)?.imports ?? []) names.add(i);
  return gzipSync(chunks.filter((c) => names.has(c.fileName)).map((c) => c.code).join('\n'), { level: 9 }).length;
}
async function measure(order) {
  writeFileSync(file, orig.slice(0, start) + order.map((b) => b.text).join('') + orig.slice(end));
  if (metric === 'dropin') return buildDropIn();
  if (metric.startsWith('esm:')) return buildEsm(metric.slice(4));
  throw new Error(`unknown metric ${metric}`);
}
let best = [...blocks];
let bestSize = await measure(best);
console.log('start', bestSize);
try {
  for (let pass = 0; pass < Number(passes); pass++) {
    let improved = false;
    for (let i = 0; i < best.length; i++) {
      for (const j of new Set([0, best.length - 1, i - 1, i + 1])) {
        if (i === j || j < 0 || j >= best.length) continue;
        const order = [...best];
        const [moved] = order.splice(i, 1);
        order.splice(j, 0, moved);
        const size = await measure(order);
        if (size < bestSize) {
          bestSize = size;
          best = order;
          improved = true;
          console.log('better', size, 'moved', moved.text.trim().slice(0, 60), 'to', j);
        }
      }
    }
    if (!improved) break;
  }
} finally {
  writeFileSync(file, orig.slice(0, start) + best.map((b) => b.text).join('') + orig.slice(end));
}
console.log('best', bestSize);
