#!/usr/bin/env node
/**
 * Screenshots of the demo page at desktop and phone width (full page), for looking at what we ship.
 * Usage: node scripts/screenshots.mjs [outDir] [path]   (default: screenshots/tmp, /demo/)
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, startServer } from './browser.mjs';

const outDir = process.argv[2] ?? 'screenshots/tmp';
const path = process.argv[3] ?? '/demo/';
mkdirSync(outDir, { recursive: true });
const server = await startServer();
const browser = await launchChromium();
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (e) => console.log('page error:', e.message));
    await page.goto(`${server.base}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(2000);
    const file = `${outDir}/demo-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
