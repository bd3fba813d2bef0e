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
    // WCAG 1.4.10 reflow: nothing may push the page wider than the phone (the demo's CSS is hostile).
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (pageWidth > width) problems.push(`the page scrolls sideways: ${pageWidth}px wide at ${width}px`);
    await page.evaluate(axeSource);
    const result = await page.evaluate(async (runTags) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: runTags } });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }, tags);
    problems.push(...result.map((v) => `axe: ${v}`));
    // Windows High Contrast: the legend's pin and diamond are drawn in the colour the map's are.
    await page.emulateMedia({ forcedColors: 'active' });
    const fills = await page.evaluate(() => {
      const map = document.querySelector('pl-workshop-map')?.shadowRoot;
      return ['.swatch.pin svg', '.swatch.partner svg', '.pl-partner-pin svg'].map((s) => map?.querySelector(s) && getComputedStyle(map.querySelector(s)).fill);
    });
    if (new Set(fills).size !== 1 || !fills[0]) problems.push(`forced colours: the legend and the pins differ: ${fills.join(', ')}`);
    // The date fields' calendar button must show on a dark Canvas too (it vanished once): light pixels inside the field's right end.
    await page.emulateMedia({ colorScheme: 'dark' });
    const field = await page.evaluateHandle(() => document.querySelector('pl-workshop-map')?.shadowRoot?.querySelector('[type="date"]'));
    if (await field.asElement()?.isVisible()) await field.asElement().scrollIntoViewIfNeeded();
    const box = await field.asElement()?.boundingBox();
    // At phone width the filters are folded away.
    if (box?.width) {
      const shot = await page.screenshot({ clip: { x: box.x + box.width - 36, y: box.y + 4, width: 30, height: box.height - 8 } });
      const light = await page.evaluate(async (png) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, image.width, image.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] > 384) count++;
        return count;
      }, shot.toString('base64'));
      if (!light) problems.push('forced colours, dark: the date fields show no calendar button');
    } else if (width > 800) problems.push('no date field in the map');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ forcedColors: 'none' });
    console.log(`a11y: demo at ${width}px: ${problems.length ? `${problems.length} problem(s)` : 'no axe violations, no CSP violations'}`);
    for (const p of problems) console.log(`  - ${p}`);
    failures += problems.length;
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}

/**
 * The hostile page, at desktop and phone width: strict CSP by meta tag, the script loaded twice,
 * wrecking global CSS, enumerable additions to Object.prototype and Array.prototype, and bad
 * data for every element. Nothing may throw, no alert() may run, every broken source must show an
 * in-widget alert, every map with valid records must show pins, no widget may reach past the
 * viewport, and the widgets themselves must still pass axe.
 */
async function checkHostilePage() {
  const browser2 = await launchChromium();
  const server2 = await startServer();
  const problems = [];
  try {
    for (const width of [1280, 360]) problems.push(...(await checkHostileAt(browser2, server2.base, width)));
  } finally {
    await browser2.close();
    server2.stop();
  }
  return problems.length;
}

/**
 * A page that enforces Trusted Types: every element renders, the map shows its pins and opens a
 * popup, and nothing throws (a string assigned to innerHTML would).
 */
async function checkTrustedTypesPage() {
  const browser3 = await launchChromium();
  const server3 = await startServer();
  const problems = [];
  try {
    const page = await browser3.newPage({ viewport: { width: 1000, height: 900 } });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /TrustedHTML|Trusted Type/i.test(msg.text())) problems.push(`Trusted Types: ${msg.text().slice(0, 200)}`);
    });
    await page.goto(`${server3.base}/demo/hostile/trusted-types.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.plWidgets?.version, null, { timeout: 10000 }).catch(() => problems.push('the drop-in script did not finish running'));
    await page.waitForTimeout(1500);
    const empty = await page.evaluate(() =>
      [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('pl-') && !el.shadowRoot?.textContent.trim()).map((el) => el.localName),
    );
    if (empty.length) problems.push(`elements that did not render: ${empty.join(', ')}`);
    const pins = page.locator('pl-workshop-map .leaflet-marker-icon');
    if ((await pins.count()) !== 2) problems.push(`expected 2 pins, found ${await pins.count()}`);
    else {
      await pins.first().click();
      await page.waitForTimeout(300);
      if (!(await page.locator('pl-workshop-map .leaflet-popup').count())) problems.push('a pin click opened no popup');
    }
    console.log(`a11y: Trusted Types page: ${problems.length ? `${problems.length} problem(s)` : 'every element renders, pins and popups work, nothing throws'}`);
    for (const p of problems) console.log(`  - ${p}`);
  } finally {
    await browser3.close();
    server3.stop();
  }
  return problems.length;
}

async function checkHostileAt(browser2, base, width) {
  const problems = [];
  const page = await browser2.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`a dialog ran: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
    if (/could not be created/.test(msg.text())) problems.push(`a map failed: ${msg.text().slice(0, 200)}`);
  });
  await page.goto(`${base}/demo/hostile/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.plWidgets?.version, null, { timeout: 10000 });
  await page.waitForTimeout(2500);
  const report = await page.evaluate(() => {
    const deep = (root, selector, found = []) => {
      found.push(...root.querySelectorAll(selector));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deep(el.shadowRoot, selector, found);
      return found;
    };
    const shadowImages = deep(document, 'img').filter((img) => img.getRootNode() !== document).length;
    const javascriptLinks = deep(document, 'a[href]').filter((a) => a.href.trim().toLowerCase().startsWith('javascript:')).length;
    const mapsWithData = [...document.querySelectorAll('pl-workshop-map:has(> script)')];
    return {
      alerts: deep(document, '[role="alert"]').length,
      shadowImages,
      javascriptLinks,
      headStyles: document.head.querySelectorAll('style').length,
      mapsWithoutPins: mapsWithData.filter((map) => !map.shadowRoot.querySelector('.leaflet-marker-icon')).length,
      pageWidth: document.documentElement.scrollWidth,
    };
  });
  if (report.alerts < 6) problems.push(`expected an in-widget alert for each broken source, found ${report.alerts}`);
  if (report.shadowImages) problems.push(`${report.shadowImages} <img> rendered from data or refused tile URLs inside widgets`);
  if (report.javascriptLinks) problems.push(`${report.javascriptLinks} javascript: links rendered`);
  if (report.headStyles) problems.push(`${report.headStyles} <style> elements injected into <head>`);
  if (report.mapsWithoutPins) problems.push(`${report.mapsWithoutPins} map(s) with valid records show no pins`);
  // The widgets must not push the page sideways; the hostile page's own text (white-space: pre) may.
  const wideParts = await page.evaluate((limit) => {
    const wide = [];
    const walk = (root, path) => {
      for (const el of root.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.width > 0 && (rect.right > limit + 1 || rect.left < -1)) wide.push(`${path}${el.localName}${el.id ? `#${el.id}` : ''}`);
        if (el.shadowRoot) walk(el.shadowRoot, `${el.localName} > `);
      }
    };
    for (const el of document.querySelectorAll('body *')) if (el.localName.startsWith('pl-') && el.shadowRoot) walk(el.shadowRoot, `${el.localName} > `);
    return wide;
  }, width);
  if (wideParts.length) problems.push(`widgets reach past the ${width}px viewport: ${wideParts.slice(0, 5).join(', ')}`);
  // axe itself walks objects with for...in: the host page's prototype additions are taken back first.
  await page.evaluate(() => {
    delete Object.prototype.hostPagePlugin;
    delete Array.prototype.hostPageHelper;
  });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (runTags) => {
    const include = [...document.querySelectorAll('body *')].filter((el) => el.localName.startsWith('pl-')).map((el) => el);
    // eslint-disable-next-line no-undef
    const r = await axe.run({ include }, { runOnly: { type: 'tag', values: runTags } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, tags);
  problems.push(...violations.map((v) => `axe: ${v}`));
  console.log(
    `a11y: hostile page at ${width}px (${report.alerts} in-widget alerts): ${problems.length ? `${problems.length} problem(s)` : 'no errors, no dialogs, no axe violations, nothing wider than the page'}`,
  );
  for (const p of problems) console.log(`  - ${p}`);
  await page.close();
  return problems;
}
failures += await checkHostilePage();
failures += await checkTrustedTypesPage();
process.exit(failures ? 1 : 0);
