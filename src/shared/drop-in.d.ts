/**
 * True in the drop-in script only, false in the ESM entries (rollup.config.ts); not defined where the
 * sources run unbundled (tests, Storybook): read it as `typeof __PL_DROP_IN__ == 'boolean' && __PL_DROP_IN__`.
 * Partner sites' visitors bring older browsers than an app built from npm targets.
 */
declare const __PL_DROP_IN__: boolean | undefined;
