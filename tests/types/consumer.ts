/**
 * What a TypeScript user of the package writes, type-checked against dist/esm's declarations by
 * scripts/check-pack.mjs. Each `@ts-expect-error` must meet an error, so a type that loosens to
 * `any` fails the check as surely as one that breaks.
 */
import 'pl-widgets';
import type { DataLoadDetail, ErrorDetail, Workshop, WorkshopInput, PartnerInput } from 'pl-widgets';
import type { PhaseInput } from 'pl-widgets/program-timeline.js';
import type { ValueInput } from 'pl-widgets/values-accordion.js';
import type { ProgramDocument } from 'pl-widgets/provider.js';

const map = document.createElement('pl-workshop-map');
map.addEventListener('pl-workshop-select', (e) => {
  const selected: Workshop = e.detail.workshop;
  console.log(selected.title);
  // The data's own record, with fields the contract does not name.
  const crmKey: unknown = selected.record.crmKey;
  console.log(crmKey);
  // @ts-expect-error: the detail has no such property
  console.log(e.detail.title);
});
map.addEventListener('pl-filter-change', (e) => console.log(e.detail.count, e.detail.filters.courses, e.detail.near));
map.addEventListener('pl-data-load', (e) => {
  const detail: DataLoadDetail = e.detail;
  console.log(detail.count + detail.skipped);
});
map.addEventListener('pl-error', (e) => {
  const detail: ErrorDetail = e.detail;
  console.log(detail.message, detail.src);
  // @ts-expect-error: a message is text
  const n: number = e.detail.message;
  console.log(n);
});

const accordion = document.querySelector('pl-values-accordion');
accordion?.addEventListener('pl-toggle', (e) => console.log(e.detail.id, e.detail.index, e.detail.open));
document.querySelector('pl-program-timeline')?.addEventListener('pl-phase-select', (e) => console.log(e.detail.index, e.detail.phase.title));
document.querySelector('pl-pricing-card')?.addEventListener('pl-quote-change', (e) => console.log(e.detail.total, e.detail.currency));
document.querySelector('pl-provider')?.addEventListener('pl-program-load', (e) => console.log(e.detail.document, e.detail.issues.length));
// The events bubble out of the shadow roots: a listener on the page or on a wrapper is typed too.
document.addEventListener('pl-workshop-select', (e) => console.log(e.detail.workshop.id));
document.createElement('div').addEventListener('pl-data-load', (e) => console.log(e.detail.count));
window.addEventListener('pl-error', (e) => console.log(e.detail.message));

// Input records as SPEC.md describes them: only id, title, course, a session and (unless virtual) a place.
const workshops: WorkshopInput[] = [
  { id: 'atl-1', title: 'CSF', course: 'csf', sessions: [{ start: '2026-06-12T09:00:00-04:00' }], location: { lat: 33.75, lng: -84.39 } },
  { id: 'web-1', title: 'CSF online', course: 'csf', sessions: [{ start: '2026-06-12T09:00:00-04:00' }], virtual: true },
  // A database key as an id (data-formats.md: text or a number).
  { id: 4127, title: 'CSF online', course: 'csf', sessions: [{ start: '2026-06-12T09:00:00-04:00' }], virtual: true },
  {
    id: 'atl-2',
    title: 'CSF Deep Dive',
    course: 'csf',
    type: 'deep-dive',
    sessions: [{ start: '2026-06-12T09:00:00-04:00', end: '2026-06-12T16:00:00-04:00' }],
    virtual: false,
    location: { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 },
    partner: { name: 'GA partner' },
  },
];
// @ts-expect-error: an in-person workshop needs its place
const placeless: WorkshopInput = { id: 'x', title: 'X', course: 'csf', sessions: [{ start: '2026-06-12T09:00:00-04:00' }] };
// @ts-expect-error: a workshop needs a title
const untitled: WorkshopInput = { id: 'x', course: 'csf', sessions: [{ start: '2026-06-12T09:00:00-04:00' }], virtual: true };
const partners: PartnerInput[] = [
  { id: 'ga', name: 'GA partner', states: ['GA'] },
  { name: 'Atlanta partner', postalPrefixes: ['303'], status: 'seeking', location: { lat: 33.75, lng: -84.39 } },
];
// @ts-expect-error: a partner serves states or ZIP prefixes
const servesNothing: PartnerInput = { name: 'Nowhere' };
map.workshops = workshops;
map.partners = partners;
console.log(placeless, untitled, servesNothing);

// The same inputs through a provider, and in one program document.
declare const phases: PhaseInput[];
const titled: PhaseInput[] = [{ title: 'Online course', duration: 'About 10 hours' }, { name: 'Phase 2' }];
// @ts-expect-error: a phase needs a name or a title
const nameless: PhaseInput = { duration: '5 days', format: 'in-person' };
console.log(titled, nameless);
declare const values: ValueInput[];
const provider = document.createElement('pl-provider');
provider.workshops = workshops;
provider.partners = partners;
provider.program = { name: 'CS Principles', phases, values };
const programDocument: ProgramDocument = { program: { phases, values }, workshops, partners };
console.log(programDocument);
