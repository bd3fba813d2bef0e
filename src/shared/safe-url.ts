const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_ONLY = new Set(['http:', 'https:']);
/**
 * Absolute web URLs that the URL parser would return unchanged (lower-case host, no port, query,
 * percent sign or dot segment): most data's links. Loading 100,000 workshops skips the parser for them.
 */
const PLAIN_WEB_URL = /^https?:\/\/(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*\/[\w\-~!$&()*+,;=:@/.]*$/;

/**
 * Returns the URL as an absolute string when its scheme is allowed, otherwise undefined.
 * Relative URLs resolve against the page, so "register.html" stays usable while
 * "javascript:..." (in any casing or with embedded whitespace) is dropped.
 */
export function safeUrl(value: unknown, { webOnly = false } = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (PLAIN_WEB_URL.test(trimmed) && !trimmed.includes('/.') && !trimmed.includes('xn--')) return trimmed;
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
