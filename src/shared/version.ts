/** Replaced at build time by rollup; the fallback serves tests and the ESM build. */
declare const __PL_VERSION__: string | undefined;
export const VERSION: string = typeof __PL_VERSION__ === 'string' ? __PL_VERSION__ : '0.0.0-dev';
