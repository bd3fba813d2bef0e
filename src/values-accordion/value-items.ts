import { LoadError } from '../shared/data/load-error.js';
import { isRecord, nonEmptyString, programIn, unwrapList, validateAll, type Normalized } from '../shared/data/normalized.js';

/** A value as the accordion renders it: from `.items`/JSON (`body`) or from a <pl-value> (`element`). */
export interface ValueItem {
  id: string;
  heading: string;
  body?: string;
  element?: HTMLElement;
  open: boolean;
}

/** The public shape of `.items` and of JSON documents. */
export interface ValueInput {
  id?: string;
  heading: string;
  body?: string;
  open?: boolean;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'value'
  );
}

/** A `<pl-value>` without its `heading` attribute says the same: the console names the element. */
const NO_HEADING = 'missing "heading"';

function fromRecord(record: unknown): Omit<ValueItem, 'id'> & { id?: string } | string {
  if (record instanceof HTMLElement) {
    const heading = nonEmptyString((record as HTMLElement & { heading?: string }).heading ?? record.getAttribute('heading'));
    if (!heading) return NO_HEADING;
    // The property: a value opened from script and appended at once has not reflected `open` yet.
    const { open } = record as HTMLElement & { open?: boolean };
    return { id: record.id || undefined, heading, element: record, open: open ?? record.hasAttribute('open') };
  }
  if (!isRecord(record)) return 'not an object';
  const heading = nonEmptyString(record.heading);
  if (!heading) return NO_HEADING;
  // null is how JSON exports write an empty cell: no body, not a lost value.
  if (record.body != null && typeof record.body !== 'string') return '"body" is not text';
  return {
    id: nonEmptyString(record.id),
    heading,
    body: record.body as string | undefined,
    open: record.open === true,
  };
}

/** More values than anyone could read in an accordion: the rest of a document are left out. */
export const MAX_VALUES = 100;

/**
 * Validates values from any source. Ids are unique (they are deep-link targets): values without one,
 * or with one taken before, get a slug of their heading ("Equity" -> "equity"). At most MAX_VALUES are kept.
 */
export function normalizeValues(raw: unknown): Normalized<ValueItem> {
  // Also the program document the other elements read: {program: {values}}.
  const list = unwrapList(programIn(raw), ['items', 'values']);
  // Another kind of document (a file of workshops): not valid, shown as the alert (see DataSource).
  if (!list) throw new LoadError('parse', 'expected an array of values or { "values": [...] }');
  const used = new Set<string>();
  // Ids the page wrote come first: "Equity" before <pl-value id="equity"> gets "equity-2", not its id.
  const written = new Set(list.map((record) => (record instanceof Element ? record.id : isRecord(record) && record.id)));
  return validateAll(list, (record) => {
    const item = fromRecord(record);
    if (typeof item === 'string') return item;
    // An id is only a deep-link target: a second "equity" keeps its value, under an id of its own.
    if (item.id && used.has(item.id)) item.id = undefined;
    const base = slug(item.heading);
    let id = item.id ?? base;
    for (let n = 2; used.has(id) || (!item.id && written.has(id)); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...item, id };
  }, MAX_VALUES);
}

/** Plain-text body to paragraphs: a blank line separates them. */
export function paragraphs(body: string | undefined): string[] {
  return (body ?? '')
    // A line of only spaces between counts as blank; a CR before a LF is trimmed with the paragraph.
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
