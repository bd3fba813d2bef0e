/** Shared by the a11y check, screenshots and the bench: Debian Chromium through playwright-core. */
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Several test pages run at once; a page Chromium thinks is in the background gets no
  // requestAnimationFrame, and rendering-dependent tests would time out.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // gc() for the tests that check a removed element is released.
  '--js-flags=--expose-gc',
];

export function launchChromium(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/** Starts scripts/serve.mjs on a free port; resolves with its base URL and a stop function. */
export async function startServer() {
  const { spawn } = await import('node:child_process');
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A caller that fails before its stop() (no browser to launch) would leave the server running and
  // holding the caller's stderr open: whoever waits for that output would wait for ever.
  process.on('exit', () => child.kill());
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('demo:') && resolve());
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
