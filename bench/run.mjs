#!/usr/bin/env node
/**
 * npm run bench: <pl-workshop-map> (from the drop-in script) against Leaflet + Leaflet.markercluster
 * on the same data, in headless Chromium, plus the size budgets and the other elements' first render.
 * Writes bench/results.json and bench/RESULTS.md. Numbers are reported, never asserted: the exit
 * code is non-zero only when the harness itself broke.
 *
 *   node bench/run.mjs                        1,000 / 10,000 / 20,000 / 100,000 workshops, 5 rounds
 *   node bench/run.mjs --smoke                1,000 workshops, one round (CI)
 *   node bench/run.mjs --sizes 1000,20000 --rounds 3 [--rounds-100k 2] [--out bench/results.json]
 *   node bench/run.mjs --reference ...        also the naive Leaflet + supercluster page (impl
 *                                             'supercluster'), to calibrate against the issue's figures
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, startServer } from '../scripts/browser.mjs';
import { measureFirstRender } from './first-render.mjs';
import { buildInfo, machineInfo } from './machine.mjs';
import { measure } from './measure.mjs';
import { prepare, ROOT } from './prepare.mjs';
import { renderMarkdown } from './report.mjs';
import { measureSizes } from './size.mjs';
import { summarize } from './summarize.mjs';

function parseArgs(argv) {
  const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const smoke = argv.includes('--smoke');
  const sizes = (option('--sizes') ?? (smoke ? '1000' : '1000,10000,20000,100000')).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers, e.g. 1000,10000');
  const rounds = Number(option('--rounds') ?? (smoke ? 1 : 5));
  const roundsLarge = Number(option('--rounds-100k') ?? Math.min(rounds, 3));
  const out = option('--out') ?? join(ROOT, smoke ? 'bench/results-smoke.json' : 'bench/results.json');
  const reference = argv.includes('--reference') || argv.includes('--with-supercluster');
  return { smoke, sizes, rounds, roundsLarge, reference, out, markdown: out.replace(/\.json$/, '.md').replace(/results(-smoke)?\.md$/, 'RESULTS$1.md') };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const fromStandAlone = await prepare(args.sizes);
  if (fromStandAlone.length) console.log(`not in dist/pl-widgets.js yet, measured from stand-alone bundles: ${fromStandAlone.join(', ')}`);

  const server = await startServer();
  const browser = await launchChromium();
  try {
    const runs = [];
    for (const size of args.sizes) {
      const rounds = size >= 100000 ? args.roundsLarge : args.rounds;
      for (let round = 0; round < rounds; round++) {
        // Alternate the order of the pages, so warm-up and machine drift hit all alike.
        const pages = ['ours', 'oursMapOnly', 'baseline', ...(args.reference ? ['supercluster'] : [])];
        const order = round % 2 === 0 ? pages : pages.toReversed();
        for (const impl of order) {
          const run = await measure(browser, server.base, impl, size);
          console.log(`${size} ${impl} round ${round + 1}/${rounds}: load ${run.loadMs.toFixed(0)} ms, ${run.pins} pins, ${run.domNodesAfterLoad} nodes`);
          if (run.errors.length) console.log(`  page errors: ${run.errors.slice(0, 3).join(' | ')}`);
          runs.push({ round, ...run });
        }
      }
    }
    const firstRender = await measureFirstRender(browser, server.base, args.smoke ? 1 : args.rounds);
    const sizes = await measureSizes();
    const results = {
      date: new Date().toISOString(),
      machine: { ...machineInfo(), browser: `Chromium ${browser.version()}` },
      build: buildInfo(ROOT),
      options: { smoke: args.smoke, sizes: args.sizes, rounds: args.rounds, roundsLarge: args.roundsLarge, ...(args.reference && { reference: true }) },
      standAloneBundles: fromStandAlone,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      map: summarize(runs),
      firstRender,
      bundleSizes: sizes,
      runs,
    };
    writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(args.markdown, renderMarkdown(results));
    console.log(`\n${renderMarkdown(results)}\nwrote ${args.out} and ${args.markdown} in ${results.durationSeconds} s`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error('bench harness failed:', error);
  process.exit(1);
});
