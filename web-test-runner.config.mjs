import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './tests/support/summary-reporter.mjs';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';
import { leafletStub, trimmedLeaflet } from './scripts/rollup/leaflet-stubs.mjs';

const failedOnce = new Set();
/** /__flaky/KEY/fixture.json: 500 on the first request for KEY, the fixture after (tests Retry). */
function flakyMiddleware(ctx, next) {
  const match = /^\/__flaky\/([^/]+)\/(.+)$/.exec(ctx.path);
  if (!match) return next();
  if (!failedOnce.has(match[1])) {
    failedOnce.add(match[1]);
    ctx.status = 500;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = 'temporary failure';
    return undefined;
  }
  ctx.url = `/tests/fixtures/${match[2]}`;
  return next();
}

/** /__slow/MS/fixture.json: the fixture after MS milliseconds (tests what happens while a load is pending). */
async function slowMiddleware(ctx, next) {
  const match = /^\/__slow\/(\d+)\/(.+)$/.exec(ctx.path);
  if (!match) return next();
  await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
  ctx.url = `/tests/fixtures/${match[2]}`;
  return next();
}

/** /__trickle/MS/fixture.json: the answer starts at once, and the rest of its body comes MS milliseconds later (a slow connection). */
async function trickleMiddleware(ctx, next) {
  const match = /^\/__trickle\/(\d+)\/(.+)$/.exec(ctx.path);
  if (!match) return next();
  const body = await readFile(`tests/fixtures/${match[2]}`);
  const stream = new PassThrough();
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = stream;
  stream.write(body.subarray(0, 1));
  // A long wait (a stalled download) must not keep the runner alive once the page has given up.
  const timer = setTimeout(() => stream.end(body.subarray(1)), Number(match[1]));
  timer.unref();
  ctx.req.on('close', () => clearTimeout(timer));
  return undefined;
}

/** CDP sessions kept open per test page (forced colours, touch screens): an emulation lasts as long as the session that set it. */
const emulationSessions = new Map();
async function emulationSession(session) {
  let cdp = emulationSessions.get(session.id);
  if (!cdp) {
    cdp = await session.browser.getPage(session.id).createCDPSession();
    emulationSessions.set(session.id, cdp);
  }
  return cdp;
}
/**
 * executeServerCommand('forced-colors', { active, dark }): Windows' high-contrast mode as Chromium emulates
 * it. The runner's emulateMedia leaves forced-colors out (puppeteer does not take it).
 */
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const cdp = await emulationSession(session);
    const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }];
    // Dark high contrast (white text on black) is forced colours with a dark colour scheme.
    if (payload?.dark) features.push({ name: 'prefers-color-scheme', value: 'dark' });
    await cdp.send('Emulation.setEmulatedMedia', { features });
    return true;
  },
};

/**
 * executeServerCommand('touch-screen', { enabled }): a phone's or tablet's screen, as Chromium's device
 * mode emulates it: `(pointer: coarse)` and `(hover: none)` match in CSS and matchMedia.
 */
const touchScreenPlugin = {
  name: 'touch-screen',
  async executeCommand({ command, payload, session }) {
    if (command !== 'touch-screen') return undefined;
    const cdp = await emulationSession(session);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: !!payload?.enabled, maxTouchPoints: payload?.enabled ? 5 : 1 });
    return true;
  },
};

/**
 * executeServerCommand('ime-enter'): the Enter that ends an input method's composition, as Chromium
 * on Android and Safari send it: a keydown whose keyCode is 229, then the Enter itself, which submits
 * the focused field's form (the runner's sendKeys always says keyCode 13).
 */
const imeEnterPlugin = {
  name: 'ime-enter',
  async executeCommand({ command, session }) {
    if (command !== 'ime-enter') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    const key = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'char', ...key, text: '\r', unmodifiedText: '\r' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    await cdp.detach();
    return true;
  },
};

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['tests/**/*.test.ts', '!tests/zones/**'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    // The tests run the same subset of Leaflet that the drop-in ships (scripts/rollup/leaflet-stubs.mjs),
    // trimmed from Leaflet's own text as the drop-in build trims it (so before esbuild rewrites it).
    {
      name: 'leaflet-subset',
      serve: (context) => (leafletStub(context.path) === undefined ? undefined : { body: leafletStub(context.path), type: 'js' }),
      transform: (context) => {
        const body = typeof context.body === 'string' ? trimmedLeaflet(context.path, context.body) : undefined;
        return body === undefined ? undefined : { body };
      },
    },
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // The drop-in as it ships, byte for byte (tests/dist, `npm run test:drop-in`): the esbuild plugin,
    // there for the tests' TypeScript, also re-prints every .js file it serves for its target.
    {
      name: 'drop-in-as-shipped',
      transform: async (context) => (context.path === '/dist/pl-widgets.js' ? { body: await readFile('dist/pl-widgets.js', 'utf8') } : undefined),
    },
    forcedColorsPlugin,
    touchScreenPlugin,
    imeEnterPlugin,
    // a11ySnapshot(): the accessibility tree, names as the browser computes them.
    a11ySnapshotPlugin(),
  ],
  browsers: [chromium()],
  groups: [
    {
      // The machines running the suite keep UTC, where a page's local day and UTC's are the same:
      // these tests read the page's clock as a viewer in Los Angeles has it.
      name: 'los-angeles',
      files: 'tests/zones/*.test.ts',
      browsers: [chromium('America/Los_Angeles')],
    },
    {
      // A viewer whose clocks skip midnight on the day summer time starts (2026-09-06 begins at 1:00).
      name: 'santiago',
      files: 'tests/zones/santiago/*.test.ts',
      browsers: [chromium('America/Santiago')],
    },
  ],
  middleware: [flakyMiddleware, slowMiddleware, trickleMiddleware],
  // One page at a time: only the focused page gets animation frames and real keyboard focus.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  // The default page (@web/test-runner-core's), with failed assertions made sendable first (see the script).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/tests/support/cloneable-results.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};

/** Debian's Chromium, headless; `timeZone`: the zone its pages' clocks read (the machine's by default). */
function chromium(timeZone) {
  return chromeLauncher({
    async createPage({ context }) {
      const page = await context.newPage();
      if (timeZone) await page.emulateTimezone(timeZone);
      return page;
    },
    launchOptions: {
      executablePath,
      headless: true,
      // The flags every tool here starts Chromium with (headless is set above).
      args: CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
    },
  });
}
