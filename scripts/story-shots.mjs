#!/usr/bin/env node
/**
 * Screenshots of built Storybook stories (storybook-static/) at desktop and phone width, and a check
 * that each renders without page errors. Usage: node scripts/story-shots.mjs outDir storyId [storyId...]
 */
import { createReadStream, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { launchChromium } from './browser.mjs';

const [outDir = 'screenshots/tmp', ...ids] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const root = new URL('../storybook-static/', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  let file = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
let failures = 0;
try {
  for (const id of ids) {
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForTimeout(1500);
      const file = `${outDir}/${id}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}${errors.length ? ` ERRORS: ${errors.join(' | ')}` : ''}`);
      failures += errors.length;
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures ? 1 : 0);
