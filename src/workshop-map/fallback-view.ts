import { html, nothing, type TemplateResult } from 'lit';
import { telUrl } from '../shared/phone.js';
import { isExternal, safeUrl } from '../shared/safe-url.js';
import type { MapStrings } from './strings.js';
import { nearPlace, placeName, type SearchedContext } from './summary.js';
import type { FinderResult, Partner, Place } from './types.js';
import { findPartner } from './validate-partner.js';

export interface FallbackOptions extends SearchedContext {
  partners: readonly Partner[];
  /** The ZIP code nearest a searched point or city, and its state (where the place names none), once they are known. */
  region?: Pick<Place, 'postalCode' | 'state'>;
  fallbackUrl?: string;
}

/**
 * Nothing near the place (or nothing at all): the partner serving it, else `fallback-url` (also beside
 * a partner still sought there, or one with no way to reach them).
 */
export function renderFallback(result: FinderResult, options: FallbackOptions): TemplateResult | typeof nothing {
  const { t, notice, place } = options;
  const busy = notice?.kind === 'searching' || notice?.kind === 'locating';
  const nothingNear = nearPlace(options) ? !result.inPerson.length : result.count === 0 || !!notice;
  if (busy || !nothingNear) return nothing;
  // A ZIP code missing from the table still names its region by its prefix.
  const zip = notice?.kind === 'zip-not-found' || notice?.kind === 'zip-unavailable' ? notice.zip : undefined;
  const served = place ? { ...options.region, ...place } : zip ? { postalCode: zip } : undefined;
  const partner = served ? findPartner(options.partners, served) : undefined;
  const where = place ? placeName(place, options.lang) : zip;
  const fallback = safeUrl(options.fallbackUrl);
  if (!partner && !fallback) return nothing;
  const external = fallback && isExternal(fallback);
  return html`<div class="fallback" part="fallback">
    ${partner
      ? html`${partner.status == 'active' ? html`<p>${where ? t.partnerIntro(where) : t.partnerIntroGeneric}</p>` : nothing}
          ${renderPartner(partner, t)}`
      : nothing}
    ${(partner?.status !== 'active' || !contactLinks(partner).some(Boolean)) && fallback ? html`<p><a href=${fallback} target=${external ? '_blank' : nothing} rel="noopener">${t.fallbackLink}${external ? html`<span class="visually-hidden"> ${t.newTab}</span>` : nothing}</a></p>` : nothing}
  </div>`;
}

/** A partner's email, phone and website links: only for what looks like an address or a number ("call the office" stays text). */
const contactLinks = (partner: Partner) => [
  partner.email?.includes('@') ? safeUrl(`mailto:${partner.email}`) : undefined,
  partner.phone && telUrl(partner.phone),
  // Checked as a web address when the partner was read (toPartner).
  partner.url,
];

/** A partner's name and ways to reach them, in the fallback and in their pin's popup. */
export function renderPartner(partner: Partner, t: MapStrings): TemplateResult {
  const [email, phone, site] = contactLinks(partner);
  // "Email: a@b.org": a link where the text reads as an address or a number, else the text as written.
  const contact = (label: string, text: string | undefined, href: string | undefined) =>
    text ? html`<li>${label}: ${href ? html`<a href=${href}>${text}</a>` : text}</li>` : nothing;
  return html`<div class="partner">
    <p class="partner-name">${partner.name}</p>
    ${partner.status == 'seeking' ? html`<p>${t.seekingPartner}</p>` : nothing}
    <ul class="contact">
      ${contact(t.email, partner.email, email)}
      ${contact(t.phone, partner.phone, phone)}
      ${site ? html`<li><a href=${site} target="_blank" rel="noopener" aria-label="${t.website}: ${partner.name} ${t.newTab}">${t.website}</a></li>` : nothing}
    </ul>
  </div>`;
}
