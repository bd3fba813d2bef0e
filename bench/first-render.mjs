/**
 * Time to first render of each non-map element on a page that loads the drop-in script
 * (bench/pages/first-render.html), from navigation start, median over fresh page loads.
 */
import { median, round } from './stats.mjs';

const PAGE = '/bench/pages/first-render.html';

async function loadOnce(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(base + PAGE);
    await page.waitForFunction(() => window.firstRender?.done && window.firstRender.sources, null, { timeout: 20000 });
    return await page.evaluate(() => {
      const script = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/dist/pl-widgets.js'));
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        times: window.firstRender.times,
        sources: window.firstRender.sources,
        dropInLoadedMs: script?.responseEnd ?? null,
        firstContentfulPaintMs: paint?.startTime ?? null,
      };
    });
  } finally {
    await context.close();
  }
}

export async function measureFirstRender(browser, base, rounds) {
  const loads = [];
  for (let i = 0; i < rounds; i++) loads.push(await loadOnce(browser, base));
  const elements = Object.fromEntries(
    Object.keys(loads[0].sources).map((tag) => [
      tag,
      { firstRenderMs: round(median(loads.map((l) => l.times[tag]))), source: loads[0].sources[tag] },
    ]),
  );
  return {
    rounds,
    dropInLoadedMs: round(median(loads.map((l) => l.dropInLoadedMs))),
    firstContentfulPaintMs: round(median(loads.map((l) => l.firstContentfulPaintMs))),
    elements,
  };
}
