#!/usr/bin/env node
/**
 * Smoke test of every story in storybook-static/ (run `npm run build-storybook` first): each story
 * renders, throws no page error, logs no console error, requests no host but the local server (map
 * tiles excepted: they fail offline, which the map must survive), and has no axe-core violation of
 * the WCAG 2.x A/AA rules inside #storybook-root, shadow roots included.
 *
 * Stories whose id or name says "error" or "404" show a failing document on purpose: there the
 * browser's "Failed to load resource" line is expected, other console errors are not.
 *
 * Usage: node scripts/check-stories.mjs [--jobs=N] [id-substring ...]   (no id: every story)
 * --jobs: stories checked at once, each in its own page (default 2; results print in sidebar order).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './browser.mjs';
import { listStories, offlineOnly, openStory, serveStorybook } from './storybook-static.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TILE_URL = /\/\d+\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)(\?|$)|tile\.openstreetmap\.org/;

const args = process.argv.slice(2);
const jobs = Math.max(1, Number(args.find((a) => a.startsWith('--jobs='))?.slice(7)) || 2);
const filters = args.filter((a) => !a.startsWith('--'));
const stories = listStories().filter(({ id }) => !filters.length || filters.some((f) => id.includes(f)));
const expectsFailedLoad = ({ id, name }) => /error|404/i.test(`${id} ${name}`);

const server = await serveStorybook();
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await offlineOnly(context, server.base);

let failed = 0;
const started = Date.now();
try {
  const results = stories.map(() => {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    return { promise, resolve };
  });
  let next = 0;
  const worker = async () => {
    while (next < stories.length) {
      const index = next++;
      results[index].resolve(await checkStory(stories[index]).catch((error) => [`check crashed: ${error.message}`]));
    }
  };
  const workers = Array.from({ length: Math.min(jobs, stories.length) }, worker);
  for (const [index, story] of stories.entries()) {
    const problems = await results[index].promise;
    if (problems.length) failed += 1;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${story.id}`);
    for (const problem of problems) console.log(`       - ${problem}`);
  }
  await Promise.all(workers);
} finally {
  await browser.close();
  await server.close();
}
console.log(`\n${stories.length} stories, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(failed || !stories.length ? 1 : 0);

async function checkStory(story) {
  const problems = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const source = msg.location()?.url ?? '';
    const failedLoad = /^Failed to load resource/.test(msg.text());
    if (failedLoad && TILE_URL.test(source)) return;
    if (failedLoad && expectsFailedLoad(story) && source.startsWith(server.base)) return;
    problems.push(`console error: ${msg.text()}${source ? ` (${source})` : ''}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.base) && !url.startsWith('data:') && !url.startsWith('blob:') && !TILE_URL.test(url)) {
      problems.push(`request to another host: ${url}`);
    }
  });
  try {
    const { storybookError } = await openStory(page, server.base, story.id);
    if (storybookError) {
      problems.push(`Storybook could not render it: ${storybookError}`);
      return problems;
    }
    problems.push(...(await axeViolations(page)));
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

async function axeViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    // axe walks open shadow roots by itself.
    const result = await window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' >>> ')}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}` : ''}`),
    }));
  }, AXE_TAGS);
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help}\n           ${v.nodes.join('\n           ')}`);
}
