import { PlValue } from './values-accordion/value.js';
import { define } from './shared/define.js';
import { PlValuesAccordion } from './values-accordion/values-accordion.js';

export { PlValue, PlValuesAccordion };
export type { DataLoadDetail, ErrorDetail } from './shared/events.js';
export type { ToggleDetail } from './values-accordion/values-accordion.js';
export type { ValueInput, ValueItem } from './values-accordion/value-items.js';

export function defineValuesAccordion(): void {
  define('pl-value', PlValue);
  define('pl-values-accordion', PlValuesAccordion);
}
defineValuesAccordion();
