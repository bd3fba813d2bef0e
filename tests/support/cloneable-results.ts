/**
 * Loaded before the test framework on every test page. The runner sends each test's result, with a
 * failed assertion's `actual` and `expected`, through `structuredClone`, which cannot copy DOM
 * nodes: a failing `expect(element).to.equal(null)` stalled the whole run until its time-out
 * ("browser disconnected") instead of failing with its message (modernweb-dev/web#2967). What cannot
 * be cloned is sent as text instead: an element as its markup, a function by its source.
 */
const clone = globalThis.structuredClone;

function plain(value: unknown, seen: WeakSet<object>): unknown {
  if (value instanceof Element) return value.outerHTML.slice(0, 300);
  if (value instanceof Node) return value.nodeName;
  if (typeof value === 'function' || typeof value === 'symbol') return String(value);
  if (!value || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => plain(item, seen));
  if (value instanceof Error) return Object.assign(new Error(value.message), { name: value.name, stack: value.stack, actual: plain((value as { actual?: unknown }).actual, seen), expected: plain((value as { expected?: unknown }).expected, seen) });
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item, seen)]));
}

globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => {
  try {
    return clone(value, options);
  } catch (error) {
    if ((error as Error).name !== 'DataCloneError') throw error;
    return clone(plain(value, new WeakSet()), options);
  }
}) as typeof structuredClone;
