/** Every element (ESM entry for npm users). Each element also has its own entry beside this file. */
import { definePricingCard } from './pricing-card.js';
import { defineProgramTimeline } from './program-timeline.js';
import { defineProvider } from './provider.js';
import { defineValuesAccordion } from './values-accordion.js';
import { defineWorkshopMap } from './workshop-map.js';

export * from './pricing-card.js';
export * from './program-timeline.js';
export * from './provider.js';
export * from './values-accordion.js';
export * from './workshop-map.js';
export { VERSION } from './shared/version.js';

/** Defines every tag that is not defined yet; safe to call any number of times. */
export function defineAll(): void {
  defineProvider();
  defineValuesAccordion();
  definePricingCard();
  defineProgramTimeline();
  defineWorkshopMap();
}
