import { nothing, type ReactiveControllerHost, type ReactiveElement, type TemplateResult } from 'lit';
import type { ProviderLoad } from '../shared/context.js';
import { DataSource } from '../shared/data/data-source.js';
import { isRecord, programIn } from '../shared/data/normalized.js';
import { LoadError } from '../shared/data/load-error.js';
import { renderStatus, statusStyles } from '../shared/data/status-view.js';
import { commonStrings } from '../shared/i18n/common-strings.js';
import { buttonStyles } from '../shared/button.styles.js';
import { absent, text, type PricingSettings } from './settings.js';
import { plainPricing } from '../shared/data/plain-pricing.js';
import { warn } from '../shared/warn.js';
import { toAmount } from '../shared/amount.js';

/**
 * The card's settings from elsewhere than its attributes: a document of its own (`src`, or an inline
 * `<script type="application/json">` child) or a `<pl-provider>`'s, with what the card shows while
 * one loads or after it failed (the error, and Retry). Loaded by the card only then: most cards
 * never need it.
 */
export const documentStyles = [buttonStyles, statusStyles];

export type PricingDocument = Record<string, unknown>;

/** The pricing in a document: the settings themselves, `{ "pricing": {...} }` or `{ "program": { "pricing": {...} } }`. */
function pricingOf(raw: unknown): PricingDocument | undefined {
  const program = programIn(raw);
  const pricing = isRecord(program) && isRecord(program.pricing) ? program.pricing : program;
  return isRecord(pricing) ? pricing : undefined;
}

/** The card's settings a document may give: its properties (the attributes' camelCase names). */
const cardFields = (host: HTMLElement) => (host.constructor as typeof ReactiveElement).elementProperties;

/** The card's own document, read as every element reads its data (src, then an inline JSON child). */
export function pricingSource(host: ReactiveControllerHost & HTMLElement & { src?: string }, lang: () => string) {
  const source = new DataSource<PricingDocument>(host, {
    property: () => undefined,
    src: () => host.src,
    normalize: (raw) => {
      const pricing = pricingOf(raw);
      // A list, a bare value, or an object without any of the card's settings (`{}`, another
      // element's file) is no card's document: not valid, shown as broken JSON is.
      if (!pricing || !Object.keys(pricing).some((key) => cardFields(host).has(key) || /^(description|includes|scholarship|note)$/.test(key))) {
        throw new LoadError('parse', 'expected an object of pricing settings');
      }
      return { items: [plainPricing(pricing, (key) => warn(`pl-pricing-card: ${key} ignored: not a single value`))], skipped: 0, reasons: [] };
    },
    strings: () => commonStrings(lang()),
  });
  source.refresh();
  return source;
}

/**
 * Loading, or the error with Retry, of the card's own document; else, while the card has neither a
 * price nor a value, of its provider's.
 */
export function renderLoad(source: DataSource<PricingDocument>, settings: PricingSettings, provided: ProviderLoad | undefined, lang: string): TemplateResult | typeof nothing {
  const load = source.state !== 'idle' ? source : settings.price === undefined && settings.value === undefined ? provided : undefined;
  if (!load) return nothing;
  return renderStatus(load, commonStrings(lang), load === provided ? provided.retry : () => source.refresh(true));
}

/**
 * The card's own document over its provider's pricing, field by field, as its attributes go over
 * both: the provider's amounts only in the same currency, and its price and price label only for a
 * document that names neither a price nor a value.
 */
export function documentOver(doc: Record<string, unknown>, provided: unknown): unknown {
  if (!provided || typeof provided !== 'object') return doc;
  const merged: Record<string, unknown> = { ...provided };
  // Its currency as its attributes would name it: written out, or by an amount ("€50").
  const currency = (text(doc.currency) ?? toAmount(doc.value)[1] ?? toAmount(doc.price)[1])?.toUpperCase();
  if (currency && currency !== (text(merged.currency)?.toUpperCase() ?? 'USD')) merged.value = merged.price = merged.priceLabel = merged.currency = undefined;
  // Its own price, or its own value (its price unless it names one), with the provider's price label neither.
  if (!absent(doc.price) || !absent(doc.value)) merged.price = merged.priceLabel = undefined;
  // A label goes with its link.
  if (!absent(doc.ctaUrl)) merged.ctaLabel = undefined;
  for (const key of Object.keys(doc)) if (!absent(doc[key])) merged[key] = doc[key];
  return merged;
}
