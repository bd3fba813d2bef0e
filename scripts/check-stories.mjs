#!/usr/bin/env node
/**
 * Smoke test of every story in storybook-static/ (run `npm run build-storybook` first): each story
 * renders, throws no page error, logs no console error, requests no host but the local server (map
 * tiles excepted: they fail offline, which the map must survive), and has no axe-core violation of
 * the WCAG 2.x A/AA rules inside #storybook-root, shadow roots included, and the page never scrolls
 * sideways (WCAG reflow: run it with --width=320 too).
 *
 * Stories whose id or name says "error" or "404" show a failing document on purpose: there the
 * browser's "Failed to load resource" line is expected, other console errors are not.
 *
 * Then every docs page: it renders without page errors, and an element's docs table has a row for
 * every attribute, public property, event, slot, CSS part and CSS custom property that
 * custom-elements.json lists for the stories' `component` (so the docs really come from the
 * manifest), named as .storybook/public-api.ts names them (`::part(x)`, `slot="x"`), and no row for
 * a private, protected or internal member or event that the manifest has.
 *
 * Usage: node scripts/check-stories.mjs [--jobs=N] [--width=PX] [--no-docs] [id-substring ...]   (no id: all)
 * --jobs: pages checked at once (default 2; results print in sidebar order).
 * --width=320: check at that viewport width instead of 1280 px.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transform } from 'esbuild';
import { launchChromium } from './browser.mjs';
import { listDocs, listStories, offlineOnly, openStory, serveStorybook, storyUrl } from './storybook-static.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// Best practices too (landmark-unique, ...), as Storybook's a11y panel shows them to designers; less
// the rules about a whole page, which a story is not (its panel leaves them out as well).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const AXE_PAGE_RULES_OFF = { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } };
const TILE_URL = /\/\d+\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)(\?|$)|tile\.openstreetmap\.org/;

const args = process.argv.slice(2);
const jobs = Math.max(1, Number(args.find((a) => a.startsWith('--jobs='))?.slice(7)) || 2);
const filters = args.filter((a) => !a.startsWith('--'));
const wanted = ({ id }) => !filters.length || filters.some((f) => id.includes(f));
const stories = listStories().filter(wanted);
const docs = args.includes('--no-docs') ? [] : listDocs().filter(wanted);
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
// The filter the preview applies, so names match (a TypeScript file without imports: it loads from a data: URL).
const publicApiTs = readFileSync(new URL('../.storybook/public-api.ts', import.meta.url), 'utf8');
const { code: publicApiJs } = await transform(publicApiTs, { loader: 'ts' });
const { publicApi } = await import(`data:text/javascript,${encodeURIComponent(publicApiJs)}`);
const publicManifest = publicApi(manifest);
const expectsFailedLoad = ({ id, name }) => /error|404/i.test(`${id} ${name}`);

const server = await serveStorybook();
const browser = await launchChromium();
const width = Number(args.find((a) => a.startsWith('--width='))?.slice(8)) || 1280;
const context = await browser.newContext({ viewport: { width, height: 900 } });
await offlineOnly(context, server.base);

const started = Date.now();
let failedStories = 0;
let failedDocs = 0;
try {
  failedStories = await runAll(stories, checkStory, (story) => story.id);
  if (docs.length) failedDocs = await runAll(docs, checkDocsPage, (entry) => `docs ${entry.id}`);
} finally {
  await browser.close();
  await server.close();
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${seconds} s`);
if (docs.length) console.log(`${docs.length} docs pages, ${failedDocs} failed`);
console.log(`${stories.length} stories, ${failedStories} failed`);
process.exit(failedStories || failedDocs || !(stories.length + docs.length) ? 1 : 0);

/** Checks `items` with `jobs` pages at once; prints one line per item in order; resolves with the failures. */
async function runAll(items, check, label) {
  const results = items.map(() => {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    return { promise, resolve };
  });
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index].resolve(await check(items[index]).catch((error) => [`check crashed: ${error.message}`]));
    }
  };
  const workers = Array.from({ length: Math.min(jobs, items.length) }, worker);
  let failed = 0;
  for (const [index, item] of items.entries()) {
    const problems = await results[index].promise;
    if (problems.length) failed += 1;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${label(item)}`);
    for (const problem of problems) console.log(`       - ${problem}`);
  }
  await Promise.all(workers);
  return failed;
}

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
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    if (overflow > 0) problems.push(`reflow: the page scrolls sideways by ${overflow} px at ${width} px wide`);
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

async function axeViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async ([tags, rules]) => {
    // axe walks open shadow roots by itself. Storybook's a11y addon runs axe on each story too: on a
    // busy machine its run can still be going, and axe runs one at a time.
    let result;
    for (let attempt = 0; !result; attempt++) {
      try {
        result = await window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags }, rules });
      } catch (error) {
        if (attempt >= 40 || !/already running/i.test(String(error?.message))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' >>> ')}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}` : ''}`),
    }));
  }, [AXE_TAGS, AXE_PAGE_RULES_OFF]);
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help}\n           ${v.nodes.join('\n           ')}`);
}

async function checkDocsPage(entry) {
  const problems = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A docs page renders all of a component's stories, error states included: failed loads are expected.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/^Failed to load resource/.test(msg.text())) problems.push(`console error: ${msg.text()}`);
  });
  try {
    await page.goto(storyUrl(server.base, entry.id, 'docs'), { waitUntil: 'load' });
    await page.waitForSelector('.sbdocs-content, .sb-show-errordisplay', { timeout: 15000 });
    await page.waitForTimeout(1500);
    // The name cell of every row; section header rows (attributes, events, ...) span columns and have no
    // name. Rows above the first section come from story args that the manifest does not know.
    const rows = await page.evaluate(() => {
      if (document.body.classList.contains('sb-show-errordisplay')) return null;
      let section = '';
      const out = [];
      // Only the args tables: a docs page's own tables (the Introduction's tokens) are prose.
      for (const row of document.querySelectorAll('#storybook-docs table.docblock-argstable > tbody > tr')) {
        if (row.querySelector(':scope > td[colspan]')) section = row.textContent;
        else out.push({ name: row.querySelector(':scope > td:first-child > span')?.textContent.trim() ?? '', section });
      }
      return out;
    });
    if (rows === null) problems.push('Storybook could not render the docs page');
    else {
      problems.push(...undocumented(entry, new Set(rows.map((row) => row.name))));
      const stray = rows.filter((row) => !row.section).map((row) => row.name);
      if (stray.length) problems.push(`docs table rows in no manifest section (story args named unlike the manifest?): ${stray.join(', ')}`);
    }
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

/**
 * What the (filtered) manifest says about the stories' component that the docs table has no row for,
 * and rows for what the filter should have left out.
 */
function undocumented(entry, rowNames) {
  if (!entry.importPath.endsWith('.stories.ts')) return [];
  const source = readFileSync(new URL(`../${entry.importPath}`, import.meta.url), 'utf8');
  const tag = /component:\s*['"]([a-z][\w-]*)['"]/.exec(source)?.[1];
  if (!tag) return [`${entry.importPath} names no \`component\` tag in its meta`];
  const find = (m) => m.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === tag);
  const raw = find(manifest);
  const declaration = find(publicManifest);
  if (!raw || !declaration) return [`<${tag}> is not in custom-elements.json`];
  const expected = [
    ...(declaration.attributes ?? []).map((a) => ['attribute', a.name]),
    ...(declaration.members ?? []).filter((m) => m.kind === 'field').map((m) => ['property', m.name]),
    ...(declaration.events ?? []).map((e) => ['event', e.name]),
    ...(declaration.slots ?? []).map((s) => ['slot', s.name]),
    ...(declaration.cssParts ?? []).map((p) => ['CSS part', p.name]),
    ...(declaration.cssProperties ?? []).map((p) => ['CSS custom property', p.name]),
  ];
  const problems = [];
  const missing = expected.filter(([, name]) => !rowNames.has(name));
  if (missing.length) problems.push(`<${tag}> docs table lacks: ${missing.map(([kind, name]) => `${kind} ${name}`).join(', ')}`);
  // Private, protected and `_`/`#` members judged here, not by the filter, so a lax filter fails too;
  // Lit statics and internal events as the filter judges them.
  const names = (items) => new Set((items ?? []).map((item) => item.name));
  const [keptMembers, keptEvents] = [names(declaration.members), names(declaration.events)];
  const shown = new Set(expected.filter(([kind]) => kind !== 'property').map(([, n]) => n));
  const nonPublic = (m) => m.privacy === 'private' || m.privacy === 'protected' || /^[_#]/.test(m.name) || (m.static && !keptMembers.has(m.name));
  const hidden = [...(raw.members ?? []).filter(nonPublic), ...(raw.events ?? []).filter((e) => !keptEvents.has(e.name))].filter(
    (item) => !shown.has(item.name) && rowNames.has(item.name),
  );
  if (hidden.length) problems.push(`<${tag}> docs table shows non-public: ${hidden.map((item) => item.name).join(', ')}`);
  return problems;
}
