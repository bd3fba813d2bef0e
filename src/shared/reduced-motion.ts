/** Whether the user asked for less motion. matchMedia is null in a hidden frame in some browsers, and pages replace it. */
export const reducedMotion = (): boolean => !!globalThis.matchMedia?.('(prefers-reduced-motion: reduce)')?.matches;
