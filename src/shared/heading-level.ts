/**
 * One level below the page's nearest heading before `host` (an h1 gives 2), so the page's outline
 * has no gap (axe's heading-order); 3 when no heading comes before it. At most 5: each element has
 * headings a level below its first (the finder's virtual workshops, the card's sections).
 */
export function levelBelowPageHeading(host: Element): number {
  let level = 3;
  // The headings and the host, in document order: the last heading before the host wins.
  for (const element of (host.getRootNode() as ParentNode).querySelectorAll(`h1,h2,h3,h4,h5,h6,${host.localName}`)) {
    if (element == host) break;
    // NaN for another element of the host's kind: the level stays.
    level = Math.min(5, +element.localName[1] + 1) || level;
  }
  return level;
}
