/** What every validator returns: the records that passed, and why the others did not. Never throws. */
export interface Normalized<T> {
  items: T[];
  skipped: number;
  reasons: string[];
}

/**
 * "skipped 2 invalid records:" and the first 20 reasons, for the console: the finder's warnings, for its
 * workshops and its partners (`what`: "partner record"). The data source writes the same words inline
 * (a call here costs the small ESM imports bytes they do not have).
 */
export const skippedText = (skipped: number, reasons: string[], what = 'record'): string => listText(skipped, `skipped ${skipped} invalid ${what}`, reasons);

/** `what` with an "s" when `count` is not 1, then the first 20 `reasons` in full, one a line. */
export const listText = (count: number, what: string, reasons: string[]): string =>
  `${what}${count === 1 ? '' : 's'}:\n  ${reasons.slice(0, 20).join('\n  ')}${reasons.length > 20 ? `\n  … and ${reasons.length - 20} more` : ''}`;

/**
 * Why a document is not a list: `expected an array of partners or { "partners": [...] }`. (The
 * accordion and the timeline write theirs out: alone in an ESM bundle, these helpers cost them more than they save.)
 */
export const notAList = (what: string, key: string): string => `expected an array of ${what} or { "${key}": [...] }`;

/** Accepts an array, or an object holding the array under one of `keys` (`{ "workshops": [...] }`). */
export function unwrapList(raw: unknown, keys: string[]): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  if (raw && typeof raw === 'object') {
    for (const key of keys) {
      const value = (raw as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value;
    }
  }
  return undefined;
}

/**
 * The positions of the records each list had rejected when it was last read (and its element
 * reported them): a provider leaves those records' faults to the element, so each is reported once.
 */
export const rejectedRecords = new WeakMap<unknown[], Set<number>>();

/**
 * Runs `validate` over each record, collecting "record N: reason" for the ones it rejects. After
 * `max` valid records the rest are left out unread, counted as skipped with one reason: a document
 * of 100,000 values must not freeze the page building an accordion nobody could use. Without `max`,
 * every record is read (no count of items equals undefined).
 */
export function validateAll<T>(
  list: unknown[],
  validate: (record: unknown, index: number) => T | string,
  max?: number,
): Normalized<T> {
  const items: T[] = [];
  const reasons: string[] = [];
  const rejectedHere = new Set<number>();
  rejectedRecords.set(list, rejectedHere);
  for (let index = 0; index < list.length; index++) {
    if (items.length === max) {
      reasons.push(`records ${index + 1} to ${list.length}: left out (at most ${max} are shown)`);
      return { items, skipped: reasons.length - 1 + list.length - index, reasons };
    }
    let result: T | string;
    try {
      result = validate(list[index], index);
    } catch (error) {
      result = `unreadable (${String(error)})`;
    }
    if (typeof result !== 'string') items.push(result);
    else {
      rejectedHere.add(index);
      reasons.push(`record ${index + 1}: ${result}`);
    }
  }
  return { items, skipped: reasons.length, reasons };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The program of a provider-style document (`{ "program": {...} }`), else the document itself. */
export const programIn = (raw: unknown): unknown => (isRecord(raw) && isRecord(raw.program) ? raw.program : raw);

export { nonEmptyString } from '../non-empty-string.js';
