import { isRealDay } from './instants.js';
import { WORKSHOP_TYPES, type FinderFilters, type Mode, type WorkshopType } from './types.js';
import { warn } from '../shared/warn.js';

/** What `url-state` keeps in the page's query string: `?pl-near=30303&pl-course=csf`. */
export interface UrlState {
  near?: string;
  filters: Partial<FinderFilters>;
}

const KEYS = ['pl-near', 'pl-course', 'pl-type', 'pl-from', 'pl-to', 'pl-mode', 'pl-seats'] as const;
const list = (value: string | null) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-06-12", a day that exists; a shared link with "2027-13-45" must not set a filter nobody can see. */
function day(value: string | null): string | undefined {
  const parts = value ? DAY.exec(value) : null;
  return parts && isRealDay(+parts[1], +parts[2], +parts[3]) ? value! : undefined;
}

export function readUrlState(search = location.search): UrlState {
  const params = new URLSearchParams(search);
  const filters: Partial<FinderFilters> = {};
  const courses = list(params.get('pl-course'));
  if (courses) filters.courses = courses;
  // The type filter shows one type: a hand-made link naming several keeps the first (not a filter
  // nobody can see).
  const type = list(params.get('pl-type'))?.find((t): t is WorkshopType => (WORKSHOP_TYPES as string[]).includes(t));
  if (type) filters.types = [type];
  const from = day(params.get('pl-from'));
  if (from) filters.from = from;
  const to = day(params.get('pl-to'));
  if (to) filters.to = to;
  const mode = params.get('pl-mode');
  if (mode === 'in-person' || mode === 'virtual') filters.mode = mode as Mode;
  if (params.get('pl-seats') === '1') filters.seatsAvailable = true;
  // Present but empty: the user cleared what the element's attributes start with.
  if (params.get('pl-course') === '') filters.courses = [];
  return { near: params.get('pl-near')?.trim(), filters };
}

/** What the element starts with (its `near` and `course` attributes): the URL keeps only what differs. */
export interface UrlDefaults {
  near: string;
  courses: string[];
}

/** The name of a `name=value` query part; undefined when it cannot be decoded. */
function partName(part: string): string | undefined {
  try {
    return decodeURIComponent(part.split('=')[0].replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Replaces (never pushes) the page URL's pl-* parameters. Every other parameter is kept exactly as
 * the page wrote it (`?flag`, `%7E`), since the host page may read its own query in its own way.
 * A search or course equal to the element's own start is left out; cleared, it is written empty
 * (`pl-near=`), so that a reload does not bring the attribute's back.
 */
export function writeUrlState(near: string, filters: FinderFilters, defaults: UrlDefaults): void {
  const unlessDefault = (value: string, start: string) => (value === start ? undefined : value);
  const ours: [(typeof KEYS)[number], string | undefined][] = [
    ['pl-near', unlessDefault(near.trim(), defaults.near)],
    ['pl-course', unlessDefault(filters.courses.join(','), defaults.courses.join(','))],
    ['pl-type', filters.types.join(',') || undefined],
    ['pl-from', filters.from || undefined],
    ['pl-to', filters.to || undefined],
    ['pl-mode', filters.mode === 'all' ? undefined : filters.mode],
    ['pl-seats', filters.seatsAvailable ? '1' : undefined],
  ];
  const theirs = location.search
    .slice(1)
    .split('&')
    .filter((part) => part && !(KEYS as readonly (string | undefined)[]).includes(partName(part)));
  // A whole URL, not a path: a relative one is read against a <base href>, which may name another host.
  const url = new URL(location.href);
  url.search = [...theirs, ...ours.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${encodeURIComponent(value!)}`)].join('&');
  try {
    if (url.href != location.href) history.replaceState(history.state, '', url.href);
  } catch (error) {
    // A sandboxed frame may refuse replaceState: the widget works without it.
    warn('pl-workshop-map: could not update the page URL', error);
  }
}
