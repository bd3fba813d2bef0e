/**
 * Flat "dotted" field names to nested records: `location.lat` -> `{ location: { lat } }`,
 * `sessions.0.start` -> `{ sessions: [{ start }] }`. Empty cells count as missing.
 */

const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);
/** Numbered columns (`sessions.12.start`) above this are ignored: a header must not build huge arrays. */
const MAX_INDEX = 999;
/** The objects unflatten made itself, which it may write into. */
const made = new WeakSet<object>();

export function unflatten(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) continue;
    const path = key.trim().split('.');
    if (path.some((segment) => !segment || UNSAFE.has(segment) || (/^\d+$/.test(segment) && +segment > MAX_INDEX))) continue;
    let node: Record<string, unknown> = out;
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i];
      const nextIsIndex = /^\d+$/.test(path[i + 1]);
      const existing = node[segment];
      if (typeof existing !== 'object' || existing === null) made.add((node[segment] = nextIsIndex ? [] : {}));
      // A nested object of the data's own (`location: {...}` beside `location.state`) is copied, not written into.
      else if (!made.has(existing)) made.add((node[segment] = Array.isArray(existing) ? [...existing] : { ...existing }));
      node = node[segment] as Record<string, unknown>;
    }
    node[path[path.length - 1]] = value;
  }
  return out;
}
