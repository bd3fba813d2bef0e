import { WORKSHOP_TYPES, type FinderFilters, type Mode, type WorkshopType } from './types.js';

/** What `url-state` keeps in the page's query string: `?pl-near=30303&pl-course=csf`. */
export interface UrlState {
  near?: string;
  filters: Partial<FinderFilters>;
}

const KEYS = ['pl-near', 'pl-course', 'pl-type', 'pl-from', 'pl-to', 'pl-mode', 'pl-seats'] as const;
const list = (value: string | null) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readUrlState(search = location.search): UrlState {
  const params = new URLSearchParams(search);
  const filters: Partial<FinderFilters> = {};
  const courses = list(params.get('pl-course'));
  if (courses) filters.courses = courses;
  const types = list(params.get('pl-type'))?.filter((t): t is WorkshopType => (WORKSHOP_TYPES as string[]).includes(t));
  if (types?.length) filters.types = types;
  const from = params.get('pl-from');
  if (from && DAY.test(from)) filters.from = from;
  const to = params.get('pl-to');
  if (to && DAY.test(to)) filters.to = to;
  const mode = params.get('pl-mode');
  if (mode === 'in-person' || mode === 'virtual') filters.mode = mode as Mode;
  if (params.get('pl-seats') === '1') filters.seatsAvailable = true;
  return { near: params.get('pl-near')?.trim() || undefined, filters };
}

/** Replaces (never pushes) the page URL's pl-* parameters, keeping every other parameter and the hash. */
export function writeUrlState(near: string, filters: FinderFilters): void {
  try {
    const url = new URL(location.href);
    for (const key of KEYS) url.searchParams.delete(key);
    const set = (key: (typeof KEYS)[number], value: string | undefined) => value && url.searchParams.set(key, value);
    set('pl-near', near.trim());
    set('pl-course', filters.courses.join(','));
    set('pl-type', filters.types.join(','));
    set('pl-from', filters.from);
    set('pl-to', filters.to);
    set('pl-mode', filters.mode === 'all' ? '' : filters.mode);
    set('pl-seats', filters.seatsAvailable ? '1' : '');
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  } catch (error) {
    // A sandboxed frame may refuse replaceState: the widget works without it.
    console.warn('pl-workshop-map: could not update the page URL', error);
  }
}
