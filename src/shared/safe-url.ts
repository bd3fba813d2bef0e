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
 * "javascript:..." (in any casing or with embedded whitespace) is dropped; "www.example.org" is https.
 */
export function parseSafeUrl(value: unknown, options?: { webOnly?: boolean }): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    // "www.example.org" is a site, not a page of this one.
    const url = new URL(value.trim().replace(/^www\./i, 'https://$&'), document.baseURI);
    return (options?.webOnly ? WEB_ONLY : ALLOWED).has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The same answer as parseSafeUrl, without parsing the plain absolute web URLs that most data's
 * links are: for validating records by the thousand (the map); a card's one link can parse.
 */
export function safeUrl(value: unknown, options?: { webOnly?: boolean }): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (PLAIN_WEB_URL.test(trimmed) && !trimmed.includes('/.') && !trimmed.includes('xn--')) return trimmed;
  return parseSafeUrl(trimmed, options);
}

/**
 * True for a URL template (a tile server's "https://{s}.example.org/{z}/{x}/{y}.png") that is web or
 * relative: it is not parsed whole (its placeholders need not make a valid URL), only its scheme is
 * checked, after dropping the tabs and line breaks the URL parser would drop.
 */
export function isWebTemplate(template: string): boolean {
  const scheme = /^\s*([a-z][a-z\d+.-]*):/i.exec(template.replace(/[\t\n\r]/g, ''))?.[1].toLowerCase();
  return !scheme || WEB_ONLY.has(`${scheme}:`);
}

/**
 * True when the URL is a web page of another origin, so the link should open safely in a new tab
 * (`mailto:` and `tel:` open the visitor's mail or phone app, not a tab).
 */
export function isExternal(href: string): boolean {
  try {
    const url = new URL(href, document.baseURI);
    return WEB_ONLY.has(url.protocol) && url.origin !== location.origin;
  } catch {
    return false;
  }
}
