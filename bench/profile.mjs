#!/usr/bin/env node
/**
 * Where the time goes: runs one bench step under Chromium's CPU profiler and prints the functions
 * with the most self and total time, plus the renderer's script/style/layout totals.
 * Ours runs from an unminified bundle of the map (so the names are readable).
 *
 *   node bench/profile.mjs --size 20000 --step load|reload|refilter|firstRefilter|zip|panzoom [--impl ours|baseline|supercluster]
 *       [--attr view=map]   an attribute set on <pl-workshop-map> first (to isolate a cost)
 *       [--tree render]     also prints the call tree under every frame of that function, merged
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, startServer } from '../scripts/browser.mjs';
import { prepare, ROOT, VENDOR } from './prepare.mjs';
import { option } from './options.mjs';

const size = Number(option('--size', '20000'));
const step = option('--step', 'load');
const impl = option('--impl', 'ours');
const attr = option('--attr', '');
const treeRoot = option('--tree', '');
const PAGE = { ours: '/bench/pages/ours-profile.html', baseline: '/bench/pages/baseline.html', supercluster: '/bench/pages/supercluster.html' }[impl];

const STEPS = {
  load: async (page) => page.evaluate(() => window.bench.load()),
  refilter: async (page) => {
    const times = [];
    for (const course of ['csd', 'csp', 'csa', 'csf']) times.push(await page.evaluate((c) => window.bench.refilter(c), course));
    return times;
  },
  // The visitor's first filter change after a load, a second after it (its code then ran once).
  firstRefilter: async (page) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return page.evaluate(() => window.bench.refilter('csd'));
  },
  zip: async (page) => page.evaluate(() => window.bench.zipSearch('60601')),
  // The first ZIP search loads the ZIP table: done before the profile starts.
  zipTable: async (page) => page.evaluate(() => window.bench.zipSearch('30303')),
  panzoom: async (page) => (await page.evaluate(() => window.bench.panZoom())).length,
  reload: async (page) => page.evaluate(() => window.bench.reload()),
};
/** What runs before the profiled step. */
const SETUP = {
  load: [],
  refilter: ['load'],
  firstRefilter: ['load'],
  zip: ['load', 'zipTable'],
  panzoom: ['load'],
  reload: ['load'],
};

async function bundleUnminified() {
  await build({
    entryPoints: [join(ROOT, 'src/workshop-map.ts')],
    outfile: join(VENDOR, 'pl-workshop-map.debug.js'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: join(ROOT, 'tsconfig.json'),
    define: { __PL_VERSION__: '"profile"' },
    logLevel: 'error',
  });
}

const frameName = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();

/** The call tree under every frame named `root` (function name), merged by name, `depth` levels deep. */
function treeUnder(profile, root, depth = 5) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const totalOf = (node) => (selfMs.get(node.id) ?? 0) + (node.children ?? []).reduce((sum, id) => sum + totalOf(byId.get(id)), 0);
  const merged = { ms: 0, children: new Map() };
  const add = (into, node, level) => {
    into.ms += totalOf(node);
    if (level >= depth) return;
    for (const id of node.children ?? []) {
      const child = byId.get(id);
      const name = frameName(child.callFrame);
      if (!into.children.has(name)) into.children.set(name, { ms: 0, children: new Map() });
      add(into.children.get(name), child, level + 1);
    }
  };
  const visit = (node) => {
    if (node.callFrame.functionName === root) return add(merged, node, 0);
    for (const id of node.children ?? []) visit(byId.get(id));
  };
  visit(profile.nodes[0]);
  const lines = [`  ${merged.ms.toFixed(1).padStart(8)}  ${root}`];
  const print = (tree, indent) => {
    for (const [name, sub] of [...tree.children].sort((a, b) => b[1].ms - a[1].ms)) {
      if (sub.ms < 0.3) continue;
      lines.push(`  ${sub.ms.toFixed(1).padStart(8)}  ${'  '.repeat(indent)}${name}`);
      print(sub, indent + 1);
    }
  };
  print(merged, 1);
  return lines.join('\n');
}

/** Self and total ms per function name+place, from a CDP CPU profile. */
function aggregate(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const self = new Map();
  const total = new Map();
  const walk = (node, onStack) => {
    const name = frameName(node.callFrame);
    const mine = selfMs.get(node.id) ?? 0;
    self.set(name, (self.get(name) ?? 0) + mine);
    let sum = mine;
    const stack = new Set(onStack).add(name);
    for (const childId of node.children ?? []) sum += walk(byId.get(childId), stack);
    // Recursion would count a function twice: only its outermost frame adds to its total.
    if (!onStack.has(name)) total.set(name, (total.get(name) ?? 0) + sum);
    return sum;
  };
  walk(profile.nodes[0], new Set());
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self: top(self, 20), total: top(total, 25) };
}

async function main() {
  await prepare([size]);
  if (impl === 'ours') await bundleUnminified();
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    // view= goes in the page's address, as bench/run.mjs gives it (ours.js then filters as the bench does).
    const byAddress = attr.startsWith('view=');
    await page.goto(server.base + PAGE + (byAddress ? `?${attr}` : ''));
    await page.waitForFunction(() => window.bench);
    if (attr && !byAddress) {
      const [name, value] = attr.split('=');
      await page.evaluate(([n, v]) => document.querySelector('pl-workshop-map').setAttribute(n, v ?? ''), [name, value]);
    }
    await page.evaluate((url) => window.bench.prepare(url), `/bench/vendor/data/workshops-${size}.json`);
    for (const before of SETUP[step]) await STEPS[before](page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const metricsBefore = await cdp.send('Performance.getMetrics');
    await cdp.send('Profiler.start');
    const outcome = await STEPS[step](page);
    const { profile } = await cdp.send('Profiler.stop');
    const metricsAfter = await cdp.send('Performance.getMetrics');
    const metric = (list, name) => list.metrics.find((m) => m.name === name)?.value ?? 0;
    console.log(`${impl}, ${size} workshops, step ${step}: ${JSON.stringify(outcome)}`);
    for (const name of ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration']) {
      console.log(`  ${name}: ${((metric(metricsAfter, name) - metric(metricsBefore, name)) * 1000).toFixed(1)} ms`);
    }
    const { self, total } = aggregate(profile);
    console.log('\nself time (ms):');
    for (const [name, ms] of self) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
    console.log('\ntotal time (ms):');
    for (const [name, ms] of total) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
    if (treeRoot) console.log(`\ncall tree under ${treeRoot} (ms):\n${treeUnder(profile, treeRoot)}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
