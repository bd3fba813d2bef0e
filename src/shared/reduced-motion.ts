/** Whether the user asked for less motion. matchMedia is null in a hidden frame in some browsers, and pages replace it.
 * The query is written as the minified accordion stylesheet writes it (no space): gzip then stores it once. */
export const reducedMotion = (): boolean => !!globalThis.matchMedia?.('(prefers-reduced-motion:reduce)')?.matches;

/** Whether a media query matches, guarded as reducedMotion is (and the DOM stand-ins of unit tests, jsdom and happy-dom, lack matchMedia). */
export const mediaMatches = (query: string): boolean => !!globalThis.matchMedia?.(query)?.matches;
