/**
 * The element suites also run in Firefox ESR (web-test-runner.firefox.config.mjs, `npm run test:firefox`).
 * `chromiumOnly('…', fn)` is `it` in Chromium and `it.skip` in Firefox: for the few tests that need
 * what only Chromium gives the runner (gc(), media emulation over CDP) or that check Chromium's own
 * controls; `describeChromiumOnly` the same for a whole block. Each use says why, on the line above it.
 */
type Block = { (title: string, fn: () => unknown): unknown; skip(title: string, fn: () => unknown): unknown };
declare const it: Block;
declare const describe: Block;

export const inFirefox = navigator.userAgent.includes('Firefox');

export const chromiumOnly: (title: string, fn: () => unknown) => unknown = inFirefox ? it.skip : it;

export const describeChromiumOnly: (title: string, fn: () => unknown) => unknown = inFirefox ? describe.skip : describe;
