import { launchChromium, startServer } from './scripts/browser.mjs';
const out = process.argv[2]; const path = process.argv[3] ?? '/demo/';
const server = await startServer(); const browser = await launchChromium();
for (const [width, seg] of [[1280, 1200], [375, 1400]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(`${server.base}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(2000);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < h; y += seg, i++) {
    await page.screenshot({ path: `${out}/${width}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(seg, h - y) } });
  }
  console.log(width, h);
  await page.close();
}
await browser.close(); server.stop();
