/**
 * Date.parse as browsers have it. Pages with datejs (common on older sites) replace Date.parse with
 * one that returns a Date object or null; the Date constructor still parses natively.
 */
export const parseTime = (text: string): number => new Date(text).getTime();
