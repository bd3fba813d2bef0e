#!/usr/bin/env node
/**
 * What one step costs frame by frame: records a Chromium trace (devtools.timeline) of a bench step on
 * the drop-in page and prints, per main-thread event kind, the summed time (script, style, layout,
 * paint, ...), and each layout forced from script with its first stack frame. No CPU profiler runs,
 * so the times are the page's own (profile.mjs gives names, at the profiler's cost).
 *
 *   node bench/trace.mjs --size 20000 --step refilter [--attr view=map] [--rounds 4] [--sequence] [--stacks]
 */
import { prepare } from './prepare.mjs';
import { launchChromium, startServer } from '../scripts/browser.mjs';
import { flag, option } from './options.mjs';

const size = Number(option('--size', '20000'));
const step = option('--step', 'refilter');
const attr = option('--attr', '');
const rounds = Number(option('--rounds', '4'));
const COURSES = ['csd', 'csp', 'csa', 'csf'];

const STEPS = {
  refilter: (page, i) => page.evaluate((c) => window.bench.refilter(c), COURSES[i % COURSES.length]),
  load: (page) => page.evaluate(() => window.bench.load()),
  // Alternates two ZIP codes (the first search, which loads the ZIP table, runs before the trace).
  zip: (page, i) => page.evaluate((zip) => window.bench.zipSearch(zip), i % 2 ? '30303' : '60601'),
};

async function main() {
  await prepare([size]);
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.base}/bench/pages/ours.html${attr ? `?${attr.replace('view=', 'view=')}` : ''}`);
    await page.waitForFunction(() => window.bench);
    await page.evaluate((url) => window.bench.prepare(url), `/bench/vendor/data/workshops-${size}.json`);
    if (step !== 'load') await STEPS.load(page);
    // Warm-up: the first re-filter builds columns the later ones reuse.
    if (step === 'refilter') await STEPS.refilter(page, COURSES.length - 1);
    if (step === 'zip') await page.evaluate(() => window.bench.zipSearch('94103'));
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack',
      transferMode: 'ReportEvents',
    });
    const times = [];
    for (let i = 0; i < rounds; i++) times.push(await STEPS[step](page, i));
    await cdp.send('Tracing.end');
    await done;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const own = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid);
    const KINDS = ['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER'];
    console.log(`${size} workshops, ${step} x${rounds}${attr ? `, ${attr}` : ''}: ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
    console.log('per step, ms (nested events overlap: a FunctionCall includes the layouts it forced):');
    for (const kind of KINDS) {
      const list = own.filter((e) => e.name === kind);
      if (list.length) console.log(`  ${kind.padEnd(20)} ${(list.reduce((s, e) => s + e.dur, 0) / 1000 / rounds).toFixed(2).padStart(7)}  (${(list.length / rounds).toFixed(1)} events)`);
    }
    if (flag('--sequence')) {
      const t0 = own.length ? Math.min(...own.map((e) => e.ts)) : 0;
      for (const e of own.filter((e) => KINDS.includes(e.name) && e.dur >= 300).sort((a, b) => a.ts - b.ts)) {
        // How much a layout or style pass had to do: dirty layout objects of all, elements restyled.
        const work = e.name === 'Layout' ? `  (${e.args?.beginData?.dirtyObjects} of ${e.args?.beginData?.totalObjects} objects)` : e.name === 'UpdateLayoutTree' ? `  (${e.args?.elementCount} elements)` : '';
        console.log(`  ${((e.ts - t0) / 1000).toFixed(1).padStart(8)}  ${e.name.padEnd(20)} ${(e.dur / 1000).toFixed(2)}${work}`);
      }
    }
    const forced = own.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && (e.args?.beginData?.stackTrace || e.args?.data?.stackTrace));
    console.log(`forced from script (${forced.length}):`);
    for (const e of forced) {
      const stack = e.args.beginData?.stackTrace ?? e.args.data.stackTrace;
      const where = (frame) => `${frame.functionName || '(anonymous)'} :${frame.lineNumber}:${frame.columnNumber}`;
      console.log(`  ${e.name} ${(e.dur / 1000).toFixed(2)} ms  ${stack.slice(0, flag('--stacks') ? 12 : 1).map(where).join(' < ')}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
