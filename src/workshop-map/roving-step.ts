/** Where a roving tab stop at `j` of `count` goes for an arrow key, Home or End (wrapping round); undefined for other keys. */
export function rovingStep(key: string, j: number, count: number): number | undefined {
  const next = { ArrowRight: j + 1, ArrowDown: j + 1, ArrowLeft: j - 1, ArrowUp: j - 1, Home: 0, End: count - 1 }[key];
  return next === undefined || !count ? undefined : (next + count) % count;
}
