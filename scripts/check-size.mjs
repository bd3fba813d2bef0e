#!/usr/bin/env node
/** Fails when the drop-in script is over its gzip budget (SPEC: 80 KB). */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

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
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= max;
  failed ||= !ok;
  console.log(`size: ${file} ${raw.length} B raw, ${gz} B gzip (budget ${max}) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
for (const file of optional) {
  if (!existsSync(file)) continue;
  const raw = readFileSync(file);
  console.log(`size: ${file} ${raw.length} B raw, ${gzipSync(raw, { level: 9 }).length} B gzip (loaded lazily, on the first ZIP search)`);
}
process.exit(failed ? 1 : 0);
