/** Small helpers for tests that go through the public contract only. */

/** Every element matching `selector` in the document and in every open shadow root below `root`. */
export function deepQueryAll<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(selector, el.shadowRoot));
  }
  return found;
}

export function deepQuery<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T | undefined {
  return deepQueryAll<T>(selector, root)[0];
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Resolves with the next `name` event on `target`, or rejects after `ms`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, ms = 4000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${ms} ms`)), ms);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Collects every `name` event on `target` until `stop()` is called. */
export function recordEvents<T = unknown>(target: EventTarget, name: string): { events: CustomEvent<T>[]; stop: () => void } {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  target.addEventListener(name, listener);
  return { events, stop: () => target.removeEventListener(name, listener) };
}

/** Captures console.warn calls while `fn` runs (and for `settle` ms after). */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return messages;
}

/**
 * Text a user would read: the flat tree (shadow roots, slotted content) of an element, skipping
 * what is not rendered (display: none, hidden, collapsed panels), whitespace folded.
 */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) {
      parts.push(current.textContent ?? '');
      return;
    }
    // By nodeType and its own window, not instanceof: nodes of a page in a frame are another realm's.
    if (current.nodeType !== Node.ELEMENT_NODE) {
      current.childNodes.forEach(walk);
      return;
    }
    const element = current as Element;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return;
    // Not checkVisibility(): it is false for display: contents, which every <slot> is.
    const style = (element.ownerDocument.defaultView ?? window).getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const block = style.display !== 'inline';
    if (block) parts.push(' ');
    if (element.localName === 'slot') {
      const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...element.childNodes]).forEach(walk);
    } else if (element.shadowRoot) {
      element.shadowRoot.childNodes.forEach(walk);
    } else {
      element.childNodes.forEach(walk);
    }
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

export async function waitFor(condition: () => boolean, ms = 4000, message = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A URL the test server answers with 500 the first time and with the fixture after that. */
export function flakyUrl(fixture: string): string {
  return `/__flaky/${Math.random().toString(36).slice(2)}/${fixture}`;
}
