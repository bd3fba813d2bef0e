/** console.warn, unless the page broke it (replaced it with a function that throws, or removed console). */
export function warn(...args: unknown[]): void {
  try {
    console.warn(...args);
  } catch {
    // Nothing to tell the page with: the widget goes on.
  }
}
