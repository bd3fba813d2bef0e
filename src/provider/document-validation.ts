import { parseTime } from '../shared/parse-time.js';
import { isRecord, listText, rejectedRecords } from '../shared/data/normalized.js';
import type { PartnerRecord, ProgramDocument, ProgramRecord, WorkshopRecord } from './program-document.js';
import { plainPricing } from '../shared/data/plain-pricing.js';

/**
 * Checks a program document against schema/program-document.schema.json, rule for rule, without a
 * JSON-Schema library (every byte ships to partner sites). Keep the two in step: each rule below
 * names the schema definition it mirrors, and tests/provider checks both against the same documents.
 *
 * Faults are reported by path ("program.phases[2].start: not a date"). A part of the wrong shape
 * (phases that are not a list, pricing that is not an object) is left out; records inside a list are
 * passed on as they are, because each element skips the records it cannot use and counts them in its
 * own pl-data-load event. Workshop and partner records (#/$defs/workshop, #/$defs/partner) are
 * checked only by <pl-workshop-map>, which reports them by record ("record 3: missing title"): checking
 * 100,000 of them twice would cost a second pass and bytes, and say everything twice.
 */

/** Appends "path: problem" for each fault in `value`. */
type Rule = (value: unknown, path: string, issues: string[]) => void;

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

// --- #/$defs primitives -------------------------------------------------------------------------

/** #/$defs/text: a string that is not blank. */
const text: Rule = (value, path, issues) => {
  if (typeof value !== 'string') issues.push(`${path}: not text`);
  else if (!/\S/.test(value)) issues.push(`${path}: empty`);
};

const anyText: Rule = (value, path, issues) => {
  if (typeof value !== 'string') issues.push(`${path}: not text`);
};

const boolean: Rule = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.push(`${path}: not true or false`);
};

interface NumberLimits {
  integer?: boolean;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
}

function number(limits: NumberLimits = {}): Rule {
  return (value, path, issues) => {
    if (!Number.isFinite(value)) return void issues.push(`${path}: not a number`);
    const n = value as number;
    if (limits.integer && !Number.isInteger(n)) issues.push(`${path}: not a whole number`);
    // A limit not set is undefined, and a number compared with undefined is never beyond it.
    if (n < limits.minimum!) issues.push(`${path}: less than ${limits.minimum}`);
    if (n <= limits.exclusiveMinimum!) issues.push(`${path}: must be more than ${limits.exclusiveMinimum}`);
    if (n > limits.maximum!) issues.push(`${path}: more than ${limits.maximum}`);
  };
}

/** A real calendar day: the pattern alone would let 2026-02-30 through. */
function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** #/$defs/date */
const date: Rule = (value, path, issues) => {
  const regex = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
  if (typeof value !== 'string' || !regex.test(value) || !isCalendarDay(value) || !isFinite(parseTime(value))) {
    issues.push(`${path}: not a date (YYYY-MM-DD)`);
  }
};
/** #/$defs/url */
const url = anyText;
/** #/$defs/currency */
const currency: Rule = (value, path, issues) => {
  if (typeof value !== 'string') issues.push(`${path}: not text`);
  else if (!/^[A-Za-z]{3}$/.test(value)) issues.push(`${path}: not a 3-letter currency code (USD)`);
};
const amount = number({ minimum: 0 });

function list(item: Rule): Rule {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return void issues.push(`${path}: not a list`);
    value.forEach((entry, index) => item(entry, `${path}[${index}]`, issues));
  };
}
const textList = list(anyText);

/** An object: `required` keys must be present, known keys must follow their rule, others are free. */
function object(
  properties: Record<string, Rule>,
  required: string[] = [],
  also?: (record: Record<string, unknown>, path: string, issues: string[]) => void,
): Rule {
  return (value, path, issues) => {
    if (!isRecord(value)) return void issues.push(`${path || 'document'}: not an object`);
    for (const key of required) {
      if (value[key] === undefined) issues.push(`${at(path, key)}: required`);
    }
    for (const [key, rule] of Object.entries(properties)) {
      if (value[key] !== undefined) rule(value[key], at(path, key), issues);
    }
    also?.(value, path, issues);
  };
}

// --- #/$defs records ----------------------------------------------------------------------------

/** #/$defs/value */
const valueRule = object({ id: text, heading: text, body: anyText, open: boolean }, ['heading']);

/** #/$defs/phase (its anyOf: a name or a title) */
const phaseRule = object(
  {
    name: text,
    title: text,
    duration: anyText,
    format: (value, path, issues) => {
      const formats = ['online', 'in-person', 'blended'];
      if (!formats.includes(value as string)) issues.push(`${path}: not one of ${formats.join(', ')}`);
    },
    start: date,
    end: date,
    summary: anyText,
    goals: textList,
  },
  [],
  (phase, path, issues) => {
    if (phase.name === undefined && phase.title === undefined) issues.push(`${path}: needs a name or a title`);
  },
);

/** #/$defs/pricing */
const pricingRule = object({
  heading: anyText,
  value: amount,
  price: amount,
  priceLabel: anyText,
  currency,
  unit: anyText,
  discounts: list(
    object({ min: number({ integer: true, minimum: 1, maximum: 1e6 }), percent: number({ exclusiveMinimum: 0, maximum: 100 }) }, [
      'min',
      'percent',
    ]),
  ),
  calculator: boolean,
  scholarshipUrl: url,
  ctaUrl: url,
  ctaLabel: anyText,
  description: anyText,
  includes: textList,
  scholarship: anyText,
  note: anyText,
});

// --- Checking and keeping the usable parts ------------------------------------------------------

export interface Checked<T> {
  /** The input without the parts of the wrong shape; undefined when nothing is usable. */
  value: T | undefined;
  /** "path: problem", in document order. */
  issues: string[];
}

const isNonBlank = (value: unknown): value is string => typeof value === 'string' && /\S/.test(value);

/** Runs `rule` over `value`, and keeps `value` only when it has the shape its consumers expect. */
function part<T>(value: unknown, path: string, rule: Rule, shaped: (value: unknown) => boolean, issues: string[]): T | undefined {
  if (value === undefined) return undefined;
  rule(value, path, issues);
  return shaped(value) ? (value as T) : undefined;
}

/** Checks `program` (#/$defs/program) from a document or the provider's `.program` property. */
export function checkProgram(raw: unknown, path = 'program'): Checked<ProgramRecord> {
  const issues: string[] = [];
  if (raw === undefined) return { value: undefined, issues };
  if (!isRecord(raw)) return { value: undefined, issues: [`${path}: not an object`] };
  const program: ProgramRecord = {};
  const name = part<string>(raw.name, at(path, 'name'), text, isNonBlank, issues);
  const phases = part<ProgramRecord['phases']>(raw.phases, at(path, 'phases'), list(phaseRule), Array.isArray, issues);
  const pricing = part<ProgramRecord['pricing']>(raw.pricing, at(path, 'pricing'), pricingRule, isRecord, issues);
  const values = part<ProgramRecord['values']>(raw.values, at(path, 'values'), list(valueRule), Array.isArray, issues);
  // Not blank (isNonBlank), or undefined.
  if (name) program.name = name;
  if (phases) program.phases = phases;
  // The rules above have named what is wrong with the fields the schema knows (the card's `seats`
  // and `maxSeats`, which it does not, go without a word).
  if (pricing) program.pricing = plainPricing(pricing);
  if (values) program.values = values;
  return { value: program, issues };
}

/** A list of records, passed on as it is: see the note at the top. */
const records: Rule = (value, path, issues) => {
  if (!Array.isArray(value)) issues.push(`${path}: not a list`);
};

/** Checks `workshops` or `partners` (the list's name is the path): both are lists of records. */
export function checkRecords<T extends WorkshopRecord | PartnerRecord>(raw: unknown, path: string): Checked<T[]> {
  const issues: string[] = [];
  return { value: part(raw, path, records, Array.isArray, issues), issues };
}

/** Checks a whole document. A value that is not an object gives `value: undefined`: nothing to use. */
export function checkDocument(raw: unknown): Checked<ProgramDocument> {
  const unnamed = (record: Record<string, unknown>) => (record.program ?? record.workshops ?? record.partners) == null;
  // A program alone ({ "phases": … }, as a timeline's own src takes it) is the document's program.
  if (isRecord(raw) && unnamed(raw) && (raw.phases ?? raw.values ?? raw.pricing) != null) raw = { program: raw };
  if (!isRecord(raw)) {
    return { value: undefined, issues: ['document: not an object ({ "program": …, "workshops": …, "partners": … })'] };
  }
  const document: ProgramDocument = {};
  const issues: string[] = [];
  if (raw.$schema !== undefined) anyText(raw.$schema, '$schema', issues);
  // Still a document (every part is optional), but one of another kind ({ "items": … }) would leave
  // every element blank without a word.
  if (unnamed(raw)) issues.push('document: none of "program", "workshops", "partners"');
  const program = checkProgram(raw.program);
  const workshops = checkRecords<WorkshopRecord>(raw.workshops, 'workshops');
  const partners = checkRecords<PartnerRecord>(raw.partners, 'partners');
  issues.push(...program.issues, ...workshops.issues, ...partners.issues);
  if (program.value) document.program = program.value;
  if (workshops.value) document.workshops = workshops.value;
  if (partners.value) document.partners = partners.value;
  return { value: document, issues };
}

/**
 * The issues no element has reported: a phase or value that an element inside rejected (and reported,
 * by its place in the list) is left to it, so each bad record is reported once. Faults of records it
 * kept (a field it ignores), of records no element reads, and the rest are the provider's to report.
 */
export function unreportedIssues(issues: string[], program: unknown): string[] {
  return issues.filter((issue) => {
    const [, list, index] = /^program\.(phases|values)\[(\d+)\]/.exec(issue) ?? [];
    return !list || !(isRecord(program) && rejectedRecords.get(program[list] as unknown[])?.has(Number(index)));
  });
}

/** One console message for a list of issues, short enough to read (the first 20 in full). */
export function describeIssues(issues: string[]): string {
  return listText(issues.length, `${issues.length} problem`, issues);
}
