/**
 * Text, trimmed, or a finite number as text (not JSON's 1e999: a heading would read "Infinity");
 * undefined when blank or neither. How the records' fields and the pricing card's settings are read
 * (a module of its own: the card's first chunk takes nothing else with it).
 */
export const nonEmptyString = (value: unknown): string | undefined =>
  (typeof value == 'number' ? isFinite(value) && String(value) : typeof value == 'string' && value.trim()) || undefined;
