/**
 * One measurement: a fresh browser context opens one bench page (see PAGES), hands it one
 * data set and records load, re-filter, ZIP search, pan/zoom frames, DOM nodes and JS heap.
 */
import { SEARCH_ZIPS } from './prepare.mjs';
import { median, percentile } from './stats.mjs';

export const PAGES = {
  ours: '/bench/pages/ours.html',
  oursMapOnly: '/bench/pages/ours.html?view=map',
  baseline: '/bench/pages/baseline.html',
  // Reference only (`run.mjs --reference`): the naive Leaflet + supercluster page.
  supercluster: '/bench/pages/supercluster.html',
};
/** Each re-filter changes the course; the last one stays on for the ZIP searches. */
const COURSES = ['csd', 'csp', 'csa', 'csf'];
const VIEWPORT = { width: 1280, height: 900 };

/** JS heap in use after a full garbage collection, in bytes. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

function frameSummary(deltas) {
  return {
    frames: deltas.length,
    medianMs: median(deltas),
    p95Ms: percentile(deltas, 95),
    maxMs: Math.max(...deltas),
    over50Ms: deltas.filter((d) => d > 50).length,
  };
}

/** Opens a bench page and hands it the data set (fetched in the page, not timed). */
async function openWithData(page, url, dataUrl) {
  await page.goto(url);
  await page.waitForFunction(() => window.bench, null, { timeout: 30000 });
  await page.evaluate((data) => window.bench.prepare(data), dataUrl);
}

/**
 * The heap readings and the pin count, from a twin of the timed page (same page, same data): a
 * forced full collection (DevTools' own, which also shrinks the heap to what is live) changes the
 * timed steps after it. Before a load it leaves a heap sized to the page's data alone, so the load's
 * allocations start the next major collection; after a load it leaves markercluster's next re-filter
 * a tight heap to grow again (2026-12-07, 6 interleaved rounds at 20,000: with the collections
 * markercluster's re-filter read 96.8 ms, without them 75.7 ms; its load 407.1 and 468.6 ms). The
 * timed page keeps the heap it grew itself (a browser shrinks it only after some seconds idle, with
 * V8's memory reducer). Counting the pins builds every pinned workshop of ours (its
 * `filteredWorkshops`), which a page would not do before a filter change either.
 */
async function heapAndPins(browser, base, impl, dataUrl) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await openWithData(page, base + PAGES[impl], dataUrl);
    const heapBefore = await heapAfterGc(cdp);
    await page.evaluate(() => window.bench.load());
    const heapAfterLoad = await heapAfterGc(cdp);
    const pins = await page.evaluate(() => window.bench.pins());
    return { heapBefore, heapAfterLoad, pins };
  } finally {
    await context.close();
  }
}

export async function measure(browser, base, impl, size) {
  const dataUrl = `/bench/vendor/data/workshops-${size}.json`;
  const { heapBefore, heapAfterLoad, pins } = await heapAndPins(browser, base, impl, dataUrl);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`HTTP ${response.status()} ${response.url()}`));
  try {
    await openWithData(page, base + PAGES[impl], dataUrl);
    const source = await page.evaluate(() => window.bench.source);

    const loadMs = await page.evaluate(() => window.bench.load());
    const loadWholeMs = await page.evaluate(() => window.bench.whole());
    const markersAfterLoad = await page.evaluate(() => window.bench.markers());
    const domNodesAfterLoad = await page.evaluate(() => window.bench.domNodes());
    const mapNodesAfterLoad = await page.evaluate(() => window.bench.mapNodes());

    const refilterMs = [];
    const refilterWholeMs = [];
    for (const course of COURSES) {
      refilterMs.push(await page.evaluate((c) => window.bench.refilter(c), course));
      refilterWholeMs.push(await page.evaluate(() => window.bench.whole()));
    }
    const frameFloorMs = [];
    for (let i = 0; i < 6; i++) frameFloorMs.push(await page.evaluate(() => window.bench.frameFloor()));
    const zipMs = [];
    for (const zip of SEARCH_ZIPS) zipMs.push(await page.evaluate((z) => window.bench.zipSearch(z), zip));

    await page.evaluate(() => window.bench.reset());
    const frames = frameSummary(await page.evaluate(() => window.bench.panZoom()));
    const domNodesAfterTour = await page.evaluate(() => window.bench.domNodes());
    const mapNodesAfterTour = await page.evaluate(() => window.bench.mapNodes());
    // A second data set in the same page, its code warm: what the first load costs beyond the records.
    const reloadMs = await page.evaluate(() => window.bench.reload());
    // Last, so that nothing above ran with these columns already built.
    const firstCitySearchMs = await page.evaluate(() => window.bench.firstCitySearch('Atlanta'));
    await page.evaluate(() => window.bench.reset());
    const firstDateFilterMs = await page.evaluate(() => window.bench.firstDateFilter('2027-03-01'));

    return {
      impl,
      size,
      source,
      loadMs,
      loadWholeMs,
      reloadMs,
      refilterMs,
      refilterWholeMs,
      frameFloorMs,
      firstZipMs: zipMs[0],
      zipMs: zipMs.slice(1),
      frames,
      pins,
      markersAfterLoad,
      domNodesAfterLoad,
      domNodesAfterTour,
      mapNodesAfterLoad,
      mapNodesAfterTour,
      heapBefore,
      heapAfterLoad,
      firstCitySearchMs,
      firstDateFilterMs,
      errors,
    };
  } finally {
    await context.close();
  }
}
