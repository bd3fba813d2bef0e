import { define } from './shared/define.js';
import { PlProvider } from './provider/provider.js';

export { PlProvider };
export type { DataLoadDetail, ErrorDetail } from './shared/events.js';
export type { ProgramLoadDetail, ProviderErrorDetail } from './provider/provider.js';
export type {
  DiscountRecord,
  PartnerRecord,
  PhaseRecord,
  PricingRecord,
  ProgramDocument,
  ProgramRecord,
  ValueRecord,
  WorkshopRecord,
} from './provider/program-document.js';
export type { GeocodeResult, Geocoder, ProvidedSettings } from './shared/context.js';
export { checkDocument } from './provider/document-validation.js';
export type { Checked } from './provider/document-validation.js';

export function defineProvider(): void {
  define('pl-provider', PlProvider);
}
defineProvider();
