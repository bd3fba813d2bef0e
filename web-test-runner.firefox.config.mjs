/**
 * The element suites against the drop-in (web-test-runner.drop-in.config.mjs) again, in headless Firefox
 * ESR: many visitors use Firefox, whose focus, layout and events differ from Chromium's. The Chromium
 * runs (`npm test`, `npm run test:drop-in`) stay the full suites; this one is the second engine.
 * `npm run test:firefox` (after a build, as test:drop-in); FIREFOX_PATH picks the binary (Debian's
 * firefox-esr by default).
 *
 * How: no new package. @web/test-runner-chrome's launcher starts Firefox through its puppeteer-core,
 * which drives Firefox over WebDriver BiDi.
 *
 * Left out: BiDi has no media emulation (puppeteer's emulateMediaType/emulateMediaFeatures and the
 * base config's forced-colors command are CDP only): the forced-colours file does not run here, and
 * the files that run under reduced motion run in a Firefox started with that preference. Single tests
 * that need emulation, or gc(), or check Chromium's own controls, are `chromiumOnly`
 * (tests/support/chromium-only.ts), each with its reason where it is used.
 *
 * A failed `expect(element).to.equal(otherElement)` never reports in this pass: the file ends with
 * "Browser tests did not finish" after the timeout instead of the assertion's message. A test that
 * fails there for no clear reason is worth a run of that file alone with such comparisons written
 * as names or booleans (tests/shared/retry-focus.test.ts was once left out of this pass for that).
 */
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import dropIn from './web-test-runner.drop-in.config.mjs';

/** Whole files left out of the Firefox pass, each with why. */
const CHROMIUM_ONLY_FILES = {
  'tests/workshop-map/forced-colors.test.ts': 'every test runs in emulated forced colours (the forced-colors command is CDP)',
};

/**
 * Files whose every test runs under prefers-reduced-motion: reduce. Firefox runs them in a browser
 * started with that preference (ui.prefersReducedMotion), in a group of their own; their hooks skip
 * the emulation in Firefox, and the few tests that switch motion on and off are chromiumOnly.
 */
const REDUCED_MOTION_FILES = [
  'tests/workshop-map/popup-focus.test.ts',
  'tests/workshop-map/map-sync.test.ts',
  'tests/workshop-map/phones.test.ts',
  'tests/workshop-map/marker-overlap.test.ts',
];

/** Puppeteer's BiDi keyboard does not know the key name "Space" (its CDP keyboard does): the tests' sendKeys({ press: 'Space' }) sends " ". */
function keyboardWithSpace(page) {
  const keyboard = page.keyboard;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  return page;
}

/**
 * Puppeteer's BiDi `setViewport` (the runner's, and the tests' setViewport command) also sets a screen
 * orientation override, a command some Firefox ESR builds do not know (140.12: "unknown command
 * emulation.setScreenOrientationOverride"), and then fails though the viewport itself was set: on
 * such a Firefox that one command's "unknown command" is dropped.
 */
function viewportWithoutOrientation(page) {
  const context = page.mainFrame().browsingContext;
  const override = context?.setScreenOrientationOverride?.bind(context);
  if (override) {
    context.setScreenOrientationOverride = (orientation) =>
      override(orientation).catch((error) => {
        if (!String(error?.message).includes('unknown command')) throw error;
      });
  }
  return page;
}

const firefox = (prefs = {}) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: prefs,
    },
    createPage: async ({ context }) => viewportWithoutOrientation(keyboardWithSpace(await context.newPage())),
  });

export default {
  ...dropIn,
  files: [...dropIn.files, ...[...Object.keys(CHROMIUM_ONLY_FILES), ...REDUCED_MOTION_FILES].map((file) => `!${file}`)],
  groups: [{ name: 'reduced-motion', files: REDUCED_MOTION_FILES, browsers: [firefox({ 'ui.prefersReducedMotion': 1 })] }],
  // The forced-colors, touch-screen and ime-enter commands are CDP; their tests are left out or Chromium-only.
  plugins: dropIn.plugins.filter((plugin) => !['forced-colors', 'touch-screen', 'ime-enter'].includes(plugin.name)),
  browsers: [firefox()],
  // One page at a time (as the base config): only the focused page gets animation frames and real focus.
  concurrency: 1,
  concurrentBrowsers: 1,
};
