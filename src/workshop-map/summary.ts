import { html, type TemplateResult } from 'lit';
import { stateName } from '../shared/geo/us-states.js';
import { formatNumber } from '../shared/i18n/format.js';
import { isFiltered } from './filters.js';
import type { SearchOutcome } from './place-search.js';
import type { MapStrings } from './strings.js';
import type { FinderFilters, FinderResult, Place, Units } from './types.js';
import { formatDistance } from './workshop-details.js';

/** A search under way, or one that found no place: the summary says so before (or instead of) the count. */
export type Notice = Exclude<SearchOutcome, { kind: 'place' }> | { kind: 'searching' } | { kind: 'locating' } | { kind: 'location-failed' };

/** What the element searched and filtered, as the words about its result need it. */
export interface SearchedContext {
  t: MapStrings;
  lang: string;
  notice?: Notice;
  place?: Place;
  filters: FinderFilters;
}

export interface SummaryOptions extends SearchedContext {
  /** The search radius, in `units`. */
  radius: number;
  units: Units;
}

/** The searched place, unless only virtual workshops are asked for (they are anywhere). */
export function nearPlace({ place, filters }: SearchedContext): Place | undefined {
  return filters.mode === 'virtual' ? undefined : place;
}

/** A searched place as the page reads it: a state in its language ("Nueva York" on a Spanish page). */
export function placeName(place: Place, lang: string): string {
  return (place.kind === 'state' && stateName(place.state!, lang)) || place.label;
}

/**
 * The live result summary ("12 workshops within 50 mi of Atlanta, GA"); without a result (the data
 * still loading) only a search in progress.
 */
export function summaryText(result: FinderResult | undefined, options: SummaryOptions): string | TemplateResult {
  const { notice, t } = options;
  if (notice?.kind === 'searching' || notice?.kind === 'locating') return noticeText(notice, t);
  if (!result) return '';
  // A failed search leaves the list as it was (or filtered since): say what it shows too. Two
  // parts of a summary that is not read whole: a filter changed since reads only the new count.
  return notice ? html`<span>${noticeText(notice, t)}</span> <span>${countText(result, options)}</span>` : countText(result, options);
}

/** What a search in progress or a failed one says, before (or instead of) the count. */
function noticeText(notice: Notice, t: MapStrings): string {
  switch (notice.kind) {
    case 'searching':
      return t.searching;
    case 'locating':
      return t.locating;
    case 'location-failed':
      return t.locationFailed;
    case 'zip-not-found':
      return t.zipNotFound(notice.zip);
    case 'zip-unavailable':
      return t.zipUnavailable;
    case 'not-found':
      // A shared link's `?pl-near=` is said here: a text of any length is cut (at a character, not inside one).
      return t.placeNotFound(notice.query.replace(/^(.{60}).+/su, '$1…'));
    case 'place-unavailable':
      return t.placeUnavailable;
  }
}

function countText(result: FinderResult, options: SummaryOptions): string {
  const { t, lang } = options;
  const n = (count: number) => formatNumber(count, lang);
  const place = nearPlace(options);
  if (place) {
    const count = result.inPerson.length;
    const where = placeName(place, lang);
    if (count === 0) {
      // Not "none yet" when the filters hide what is there; and virtual ones that match are not
      // nothing: the count near the place (0) is said then, as for any result ("0 workshops within
      // 50 mi of ..."), the regional partner below it.
      const filtered = isFiltered(options.filters);
      if (!filtered && place.kind === 'state') return t.nothingIn(where);
      if (filtered && !result.count) return t.nothingMatches;
    }
    if (place.kind === 'state') return t.summaryIn(n(count), count, where);
    return t.summaryNear(n(count), count, formatDistance(options.radius, options.units, lang, 1), where);
  }
  if (result.count === 0) return isFiltered(options.filters) ? t.nothingMatches : t.noneYet;
  return t.summaryAll(n(result.count), result.count);
}
