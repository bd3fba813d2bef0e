import { isRecord, nonEmptyString, programIn, unwrapList, validateAll, type Normalized } from '../shared/data/normalized.js';
import { LoadError } from '../shared/data/load-error.js';
import { ownValue } from '../shared/own.js';
import { parseSafeUrl } from '../shared/safe-url.js';
import { endsBeforeStart, parsePhaseDate } from './dates.js';
import { pad } from '../shared/pad.js';

export type PhaseFormat = 'online' | 'in-person' | 'blended';

export interface PhaseLink {
  label: string;
  url: string;
}

/** The public shape of `.phases` and of JSON documents: a phase needs a name or a title. */
export type PhaseInput = PhaseFields & ({ name: string; title?: string } | { name?: string; title: string });

interface PhaseFields {
  /** Short label such as "Phase 1". */
  name?: string;
  /** What the phase is, such as "Online course". */
  title?: string;
  /** Free text such as "About 10 hours" or "5 days". */
  duration?: string;
  format?: PhaseFormat;
  /** ISO date ("2026-06-22", a whole local day), date-time with offset, or a Date; also "June 22, 2026" or "6/22/2026". */
  start?: string | Date;
  /** Last day (inclusive), end instant, or a Date. */
  end?: string | Date;
  /** Plain text; a blank line starts a new paragraph. */
  summary?: string;
  goals?: string[];
  links?: PhaseLink[];
}

/** A validated phase, as the timeline renders it and as `pl-phase-select` reports it. */
export interface PhaseItem {
  name?: string;
  title?: string;
  duration?: string;
  format?: PhaseFormat;
  start?: string;
  end?: string;
  summary?: string;
  goals: string[];
  links: PhaseLink[];
}

/** A phase as the timeline keeps it: with the <pl-phase> child it comes from, whose light-DOM content is shown. */
export interface ShownPhase extends PhaseItem {
  element?: HTMLElement;
}

/**
 * A phase to hand out (event detail, phaseItems): changing it changes nothing shown. Plain data: the
 * `<pl-phase>` it came from is left out, so a page can send the detail on as JSON.
 */
export const phaseCopy = ({ element, ...phase }: ShownPhase): PhaseItem => ({ ...phase, goals: [...phase.goals], links: phase.links.map((link) => ({ ...link })) });

const FORMATS: Record<string, PhaseFormat> = {
  online: 'online',
  virtual: 'online',
  'in-person': 'in-person',
  'in person': 'in-person',
  inperson: 'in-person',
  in_person: 'in-person',
  blended: 'blended',
  hybrid: 'blended',
};

/** Unknown formats are dropped rather than failing the phase: the rest of it is still worth showing. */
export function toFormat(value: unknown): PhaseFormat | undefined {
  return typeof value === 'string' ? ownValue(FORMATS, value.trim().toLowerCase()) : undefined;
}

/** The attributes of a `<pl-phase>` that describe it (the timeline watches them for changes). */
export const PHASE_ATTRIBUTES = ['name', 'title', 'duration', 'format', 'start', 'end'] as const;

/**
 * A `<pl-phase>` read as a record, then checked like any other. A property set from script wins over
 * its attribute; `title` is the native HTMLElement property, which mirrors the attribute.
 */
function fromElement(element: HTMLElement): ShownPhase | string {
  const record: Record<string, unknown> = {};
  for (const name of PHASE_ATTRIBUTES) {
    const value = (element as unknown as Record<string, unknown>)[name];
    record[name] = typeof value === 'string' ? value : element.getAttribute(name);
  }
  const item = fromRecord(record);
  return typeof item === 'string' ? item : { ...item, element };
}

function checkDates(start: string | undefined, end: string | undefined): string | undefined {
  const from = parsePhaseDate(start);
  const to = parsePhaseDate(end);
  if (start && !from) return `"start" is not a date (${JSON.stringify(start)})`;
  if (end && !to) return `"end" is not a date (${JSON.stringify(end)})`;
  if (from && to && endsBeforeStart(from, to)) return '"end" is before "start"';
  return undefined;
}

/**
 * Dates from data are ISO text. A `Date` set from script is read on its reader's calendar, as it was
 * made (`new Date(2026, 5, 20)`): a whole day when it is midnight there, else that time with its
 * offset (toISOString would give the UTC day: June 19 in Tokyo).
 */
function dateText(value: unknown): string | undefined {
  // "June 22, 2026", "Jun 22 2026" and the US "6/22/2026", as a district writes a date: every engine
  // reads these two forms alike, as that local day; one that rolls over ("February 30") is no day.
  // (Day first, "22/06/2026", stays unread.)
  const form = typeof value == 'string' && /^(?:[a-z]+\.? (\d\d?),? ?|\d\d?\/(\d\d?)\/)[12]\d{3}$/i.exec(value.trim());
  const written = form && new Date(value as string);
  if (written && written.getDate() == +(form[1] ?? form[2])) value = written;
  if (!(value instanceof Date)) return nonEmptyString(value);
  if (!isFinite(value.getTime())) return 'Invalid Date';
  const day = `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  // The first instant of its local day (not always midnight: Santiago's day of the spring change starts at 1:00).
  if (+value == +new Date(value.getFullYear(), value.getMonth(), value.getDate())) return day;
  const [h, m, s] = [value.getHours(), value.getMinutes(), value.getSeconds()];
  const offset = -value.getTimezoneOffset();
  const abs = Math.abs(offset);
  return `${day}T${pad(h)}:${pad(m)}:${pad(s)}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function fromRecord(record: unknown): PhaseItem | string {
  if (record instanceof HTMLElement) return fromElement(record);
  if (!isRecord(record)) return 'not an object';
  const name = nonEmptyString(record.name);
  const title = nonEmptyString(record.title);
  if (!name && !title) return 'missing "name" and "title"';
  // null is how JSON exports write an empty cell: no summary, not a lost phase.
  if (record.summary != null && typeof record.summary !== 'string') return '"summary" is not text';
  const start = dateText(record.start);
  const end = dateText(record.end);
  const dateProblem = checkDates(start, end);
  if (dateProblem) return dateProblem;
  // One goal written without its list ("goals": "Plan the first units") is that goal, not a lost phase.
  const goals = [record.goals ?? []].flat().map(nonEmptyString).filter((g): g is string => !!g);
  const links = (Array.isArray(record.links) ? record.links : []).flatMap((link): PhaseLink[] => {
    if (!isRecord(link)) return [];
    const url = parseSafeUrl(link.url);
    const label = nonEmptyString(link.label) ?? nonEmptyString(link.url);
    return url && label ? [{ label, url }] : [];
  });
  return {
    name,
    title,
    duration: nonEmptyString(record.duration),
    format: toFormat(record.format),
    start,
    end,
    summary: record.summary as string | undefined,
    goals,
    links,
  };
}

/** More phases than a program has: the rest of a document are left out. */
export const MAX_PHASES = 100;

/**
 * Validates phases from any source: an array, `{ "phases": [...] }`, or a provider-style program
 * document `{ "program": { "phases": [...] } }`. At most MAX_PHASES are kept.
 */
export function normalizePhases(raw: unknown): Normalized<ShownPhase> {
  const program = programIn(raw);
  const list = unwrapList(program, ['phases']);
  // Another kind of document (a file of workshops): not valid, shown as the alert (see DataSource).
  if (!list) throw new LoadError('parse', 'expected an array of phases or { "phases": [...] }');
  return validateAll(list, fromRecord, MAX_PHASES);
}

/** The program's name when the document carries one (`{ "program": { "name" } }` or `{ "name" }`). */
export function programName(raw: unknown): string | undefined {
  const program = programIn(raw);
  return isRecord(program) ? nonEmptyString(program.name) : undefined;
}

/** Plain-text summary to paragraphs: a blank line separates them. */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    // A CR before a LF is trimmed with the paragraph (the accordion's spelling: gzip finds the repeat).
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
