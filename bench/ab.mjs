#!/usr/bin/env node
/**
 * Two builds of the drop-in, measured interleaved in one browser: which is faster at loading and
 * re-filtering N workshops. On a shared machine whose speed drifts between runs, two bench runs one
 * after the other can differ by more than any change being judged; alternating the builds round by
 * round (A B, B A, ...) lets the drift hit both alike.
 *
 *   node bench/ab.mjs --a old.js --b dist/pl-widgets.js [--size 20000] [--rounds 6]
 *
 * Each file is a built drop-in (for instance dist/pl-widgets.js copied aside before a change). It
 * prints, per build, the median load to paint and the median re-filter to paint (course changes),
 * with every load, as bench/README.md defines them (the same page driver as `npm run bench`).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, startServer } from '../scripts/browser.mjs';
import { prepare, VENDOR } from './prepare.mjs';
import { median } from './stats.mjs';
import { option } from './options.mjs';

const builds = { A: option('--a'), B: option('--b') };
const size = Number(option('--size', '20000'));
const rounds = Number(option('--rounds', '6'));
if (!builds.A || !builds.B) {
  console.error('usage: node bench/ab.mjs --a build-a.js --b build-b.js [--size 20000] [--rounds 6]');
  process.exit(2);
}

await prepare([size]);
const dir = join(VENDOR, 'ab-builds');
mkdirSync(dir, { recursive: true });
const page = readFileSync(new URL('./pages/ours.html', import.meta.url), 'utf8');
for (const [name, file] of Object.entries(builds)) {
  copyFileSync(resolve(file), join(dir, `${name}.js`));
  // The bench page, loading this build instead of dist/pl-widgets.js (from another folder).
  const edits = [
    ['/dist/pl-widgets.js', `/bench/vendor/ab-builds/${name}.js`],
    ['href="page.css"', 'href="/bench/pages/page.css"'],
    ['src="ours.js"', 'src="/bench/pages/ours.js"'],
  ];
  let html = page;
  for (const [from, to] of edits) {
    if (!html.includes(from)) throw new Error(`bench/pages/ours.html no longer has ${from}: update bench/ab.mjs`);
    html = html.replace(from, to);
  }
  writeFileSync(join(dir, `${name}.html`), html);
}

const server = await startServer();
const browser = await launchChromium();
const results = { A: { load: [], refilter: [], whole: [] }, B: { load: [], refilter: [], whole: [] } };
try {
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(`${server.base}/bench/vendor/ab-builds/${name}.html`);
      await tab.waitForFunction(() => window.bench);
      await tab.evaluate((url) => window.bench.prepare(url), `/bench/vendor/data/workshops-${size}.json`);
      results[name].load.push(await tab.evaluate(() => window.bench.load()));
      for (const course of ['csd', 'csp', 'csa', 'csf']) {
        results[name].refilter.push(await tab.evaluate((c) => window.bench.refilter(c), course));
        results[name].whole.push(await tab.evaluate(() => window.bench.whole()));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
const ms = (n) => `${n.toFixed(1)} ms`;
for (const [name, { load, refilter, whole }] of Object.entries(results)) {
  // Each round's first re-filter (the visitor's first filter change after a load) also on its own.
  const first = refilter.filter((_, i) => i % 4 === 0);
  console.log(
    `${name} (${builds[name]}): load ${ms(median(load))}, re-filter ${ms(median(refilter))} (whole list ${ms(median(whole))}; first after the load ${ms(median(first))}); loads ${load.map((n) => n.toFixed(0)).join(' ')}`,
  );
}
