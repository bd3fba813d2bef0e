import { PlPricingCard } from './pricing-card/pricing-card.js';
import { define } from './shared/define.js';

export { PlPricingCard };
export type { DataLoadDetail, ErrorDetail } from './shared/events.js';
export type { QuoteChangeDetail } from './pricing-card/pricing-card.js';
export type { Quote } from './pricing-card/quote.js';
export type { DiscountTier } from './pricing-card/discounts.js';

export function definePricingCard(): void {
  define('pl-pricing-card', PlPricingCard);
}
definePricingCard();
