/**
 * The program document a partner writes once (schema/program-document.schema.json). These are the
 * shapes the schema describes; the elements still check every record they receive.
 */
import type { PartnerInput, WorkshopInput } from '../workshop-map/types.js';
import type { PhaseInput } from '../program-timeline/phase-items.js';

/** One value for <pl-values-accordion>. `body` is plain text; a blank line starts a paragraph. */
export interface ValueRecord {
  id?: string;
  heading: string;
  body?: string;
  open?: boolean;
}

/** One phase for <pl-program-timeline>: its `PhaseInput` (a name or a title, at least). */
export type PhaseRecord = PhaseInput;

export interface DiscountRecord {
  /** Seats from which the discount applies (1 or more). */
  min: number;
  /** Percent off the whole order (above 0, at most 100). */
  percent: number;
}

/** Pricing for <pl-pricing-card>. */
export interface PricingRecord {
  heading?: string;
  value?: number;
  price?: number;
  /** Words beside the price ("Free for partner districts"). */
  priceLabel?: string;
  currency?: string;
  unit?: string;
  discounts?: DiscountRecord[];
  calculator?: boolean;
  scholarshipUrl?: string;
  ctaUrl?: string;
  ctaLabel?: string;
  description?: string;
  includes?: string[];
  scholarship?: string;
  note?: string;
}

export interface ProgramRecord {
  name?: string;
  phases?: PhaseRecord[];
  pricing?: PricingRecord;
  values?: ValueRecord[];
}

/** A workshop record (format "pl", docs/data-formats.md). Kept open: the map reads and checks the details. */
export type WorkshopRecord = WorkshopInput | Record<string, unknown>;
/** A regional-partner record (docs/data-formats.md). */
export type PartnerRecord = PartnerInput | Record<string, unknown>;

export interface ProgramDocument {
  $schema?: string;
  program?: ProgramRecord;
  workshops?: WorkshopRecord[];
  partners?: PartnerRecord[];
}
