/**
 * The element suites also run in Firefox ESR (web-test-runner.firefox.config.mjs, `npm run test:firefox`).
 * `chromiumOnly('…', fn)` is `it` in Chromium and `it.skip` in Firefox: for the few tests that need
 * what only Chromium gives the runner (gc(), media emulation over CDP) or that check Chromium's own
 * controls. Each use says why, on the line above it.
 */
declare const it: { (title: string, fn: () => unknown): unknown; skip(title: string, fn: () => unknown): unknown };

export const inFirefox = navigator.userAgent.includes('Firefox');

export const chromiumOnly: (title: string, fn: () => unknown) => unknown = inFirefox ? it.skip : it;
