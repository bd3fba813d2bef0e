#!/usr/bin/env node
/** Fails when the drop-in script is over its gzip budget (SPEC: 80 KB). */
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped size as `gzip -9` reports it: the measure this project's checks use. Node's zlib at level 9
 * writes a few hundred bytes more for the same file; it is only the fallback where gzip is missing.
 */
function gzipSize(file) {
  try {
    return execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 64 * 1024 * 1024 }).length;
  } catch {
    return gzipSync(readFileSync(file), { level: 9 }).length;
  }
}

const budgets = [{ file: 'dist/pl-widgets.js', max: 80_000 }];
const optional = ['dist/pl-zip-table.json'];
let failed = false;
for (const { file, max } of budgets) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing (run npm run build)`);
    failed = true;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSize(file);
  const ok = gz <= max;
  failed ||= !ok;
  console.log(`size: ${file} ${raw.length} B raw, ${gz} B gzip (budget ${max}) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
for (const file of optional) {
  if (!existsSync(file)) continue;
  const raw = readFileSync(file);
  console.log(`size: ${file} ${raw.length} B raw, ${gzipSize(file)} B gzip (loaded lazily, on the first ZIP search)`);
}
process.exit(failed ? 1 : 0);
