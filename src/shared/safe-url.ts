const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_ONLY = new Set(['http:', 'https:']);

/**
 * Returns the URL as an absolute string when its scheme is allowed, otherwise undefined.
 * Relative URLs resolve against the page, so "register.html" stays usable while
 * "javascript:..." (in any casing or with embedded whitespace) is dropped.
 */
export function safeUrl(value: unknown, { webOnly = false } = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, document.baseURI);
    return (webOnly ? WEB_ONLY : ALLOWED).has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when the URL leaves the current page's origin, so the link should open safely in a new tab. */
export function isExternal(href: string): boolean {
  try {
    return new URL(href, document.baseURI).origin !== location.origin;
  } catch {
    return false;
  }
}
