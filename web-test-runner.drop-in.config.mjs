/**
 * The element suites run against the drop-in, dist/pl-widgets.js, as it ships: terser shortens many
 * of our internal property names there (scripts/rollup/mangled-names.ts), which the same suites run
 * against the TypeScript sources (web-test-runner.config.mjs, `npm test`) cannot catch.
 *
 * Needs a built dist: `npm run build:bundle && npm run build:zip` (or `npm run build`) first, then
 * `npm run test:drop-in`.
 *
 * How: every test page loads dist/pl-widgets.js with a classic script before the test file (a module
 * script, so it runs after). The drop-in defines every tag; the test files still import the sources,
 * whose define calls then skip each tag, as every tag is defined only if not yet defined
 * (src/shared/define.ts). tests/drop-in/elements-are-the-drop-in.ts checks that the elements under
 * test are the drop-in's, so this run cannot silently test the sources.
 */
import { existsSync } from 'node:fs';
import base from './web-test-runner.config.mjs';

const DROP_IN = 'dist/pl-widgets.js';
if (!existsSync(new URL(DROP_IN, import.meta.url))) {
  throw new Error(`${DROP_IN} is missing: build it first (npm run build:bundle && npm run build:zip), then npm run test:drop-in.`);
}

export default {
  ...base,
  files: [
    'tests/drop-in/elements-are-the-drop-in.ts',
    'tests/workshop-map/**/*.test.ts',
    'tests/values-accordion/**/*.test.ts',
    'tests/pricing-card/**/*.test.ts',
    'tests/program-timeline/**/*.test.ts',
    'tests/provider/**/*.test.ts',
    'tests/i18n/**/*.test.ts',
    // Element tests that cross the elements (data precedence, CMS markup, host styles, reloads, ...):
    // all but the manifest's, which constructs the source classes the drop-in's definitions displace.
    'tests/shared/**/*.test.ts',
    '!tests/shared/manifest.test.ts',
    'tests/workshop-map-data/spreadsheet-spellings.test.ts',
  ],
  // The base config's los-angeles group runs tests/zones, which is not among the suites here.
  groups: [],
  // Each source module the tests import says once that the drop-in (the package's version) already
  // defined its tag (src/shared/define.ts; the sources are 0.0.0-dev): expected here, so left out of the logs.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && /^pl-widgets \S+: <[a-z-]+> is already defined by version /.test(args[0])),
  // The base config's page, with the drop-in's script first.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script src="/${DROP_IN}"></script><script type="module" src="/tests/support/cloneable-results.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
};
