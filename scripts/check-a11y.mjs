#!/usr/bin/env node
/**
 * Loads the demo partner page (drop-in script, strict CSP) in headless Chromium at desktop and phone
 * width, fails on any CSP violation, page error or axe-core violation (WCAG 2.2 AA rules), and checks
 * every element rendered.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium, startServer } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const server = await startServer();
const browser = await launchChromium();
let failures = 0;
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
    });
    await page.goto(`${server.base}/demo/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.plWidgets?.version, null, { timeout: 10000 });
    await page.waitForTimeout(1500);
    const undefinedTags = await page.evaluate(() =>
      [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('pl-')))]
        .filter((tag) => !customElements.get(tag)),
    );
    if (undefinedTags.length) problems.push(`not defined: ${undefinedTags.join(', ')}`);
    await page.evaluate(axeSource);
    const result = await page.evaluate(async (runTags) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: runTags } });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }, tags);
    problems.push(...result.map((v) => `axe: ${v}`));
    console.log(`a11y: demo at ${width}px: ${problems.length ? `${problems.length} problem(s)` : 'no axe violations, no CSP violations'}`);
    for (const p of problems) console.log(`  - ${p}`);
    failures += problems.length;
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
process.exit(failures ? 1 : 0);
