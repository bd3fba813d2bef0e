/** Every element (ESM entry for npm users). Each element also has its own entry beside this file. */
// In the order that compresses best (about 640 B less than alphabetical): the drop-in is these modules one
// after the other, and gzip finds repeats only within 32 KB. Found with scripts/import-order.mjs, as
// were the import orders of the elements' own files.
import { defineProvider } from './provider.js';
import { defineWorkshopMap } from './workshop-map.js';
import { defineValuesAccordion } from './values-accordion.js';
import { definePricingCard } from './pricing-card.js';
import { defineProgramTimeline } from './program-timeline.js';

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
