/**
 * Flat "dotted" field names to nested records: `location.lat` -> `{ location: { lat } }`,
 * `sessions.0.start` -> `{ sessions: [{ start }] }`. Empty cells count as missing.
 */

const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);
/** Numbered columns (`sessions.12.start`) above this are ignored: a header must not build huge arrays. */
const MAX_INDEX = 999;

export function unflatten(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries = Object.entries(row);
  // The page's own objects (`location: {...}` beside `location.state`): copied before a dotted name
  // writes into them, and placed first, so that the dotted names add to them in whatever order they
  // come. A CSV row holds only text, and pays for none of it.
  let given: Set<unknown> | undefined;
  const isObject = (value: unknown): value is object => typeof value == 'object' && value !== null;
  if (entries.some(([, value]) => isObject(value))) entries.sort(([a], [b]) => +a.includes('.') - +b.includes('.'));
  const copy = (object: object) => {
    const copied = Array.isArray(object) ? [...object] : { ...object };
    for (const inner of Object.values(copied)) if (isObject(inner)) given!.add(inner);
    return copied;
  };
  for (const [key, value] of entries) {
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) continue;
    const path = key.trim().split('.');
    if (path.some((segment) => !segment || UNSAFE.has(segment) || (/^\d+$/.test(segment) && +segment > MAX_INDEX))) continue;
    let node: Record<string, unknown> = out;
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i];
      const existing = node[segment];
      if (!isObject(existing)) node[segment] = /^\d+$/.test(path[i + 1]) ? [] : {};
      else if (given?.delete(existing)) node[segment] = copy(existing);
      node = node[segment] as Record<string, unknown>;
    }
    if (isObject(value)) (given ??= new Set()).add(value);
    node[path[path.length - 1]] = value;
  }
  return out;
}
