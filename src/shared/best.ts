/**
 * The item of `items` that wins against every other (`wins(item, best)`); the first when none
 * does; undefined for no items. Array#reduce would do, but Prototype.js, still on old sites,
 * replaces it with one that reduces nothing.
 */
export function best<T>(items: readonly T[], wins: (item: T, best: T) => boolean): T | undefined {
  let found = items[0];
  for (const item of items) if (wins(item, found)) found = item;
  return found;
}
