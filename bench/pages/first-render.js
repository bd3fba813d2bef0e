import { defineMissing } from './common.js';

window.firstRender.sources = await defineMissing(['pl-values-accordion', 'pl-program-timeline', 'pl-pricing-card']);
