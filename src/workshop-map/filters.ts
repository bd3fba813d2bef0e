import { html, nothing, type TemplateResult } from 'lit';
import { chosenCourseKeys, courseNames, type CourseOption } from './finder-index.js';
import type { MapStrings } from './strings.js';
import { WORKSHOP_TYPES, type FinderFilters, type Mode, type WorkshopType } from './types.js';

export interface FiltersOptions {
  t: MapStrings;
  /** See SearchBoxOptions.nth. */
  nth: string;
  filters: FinderFilters;
  courses: readonly CourseOption[];
  /** Called with what changed; the element merges it into its current filters. */
  onChange: (patch: Partial<FinderFilters>) => void;
  /** A date field took the focus: a date filter is likely next. */
  onDateFocus: () => void;
}

const MODES: Mode[] = ['all', 'in-person', 'virtual'];
const MULTI = '*several*';
/**
 * A program has a handful of courses; data that gives thousands (a title in the course field) would
 * make a select nobody can use and thousands of DOM nodes to re-render: it lists this many, by name.
 */
const MAX_COURSE_OPTIONS = 300;

/** Filters that start out empty; `includePast` comes from the attribute and is not a user control. */
export function clearedFilters(filters: FinderFilters): FinderFilters {
  return { courses: [], types: [], from: '', to: '', mode: 'all', seatsAvailable: false, includePast: filters.includePast };
}

export function isFiltered(f: FinderFilters): boolean {
  return f.courses.length > 0 || f.types.length > 0 || !!f.from || !!f.to || f.mode !== 'all' || f.seatsAvailable;
}

/** Course, type, date range, format and seats: every change is reported at once. */
export function renderFilters(options: FiltersOptions): TemplateResult {
  const { t, filters, courses } = options;
  const change = options.onChange;
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  // A day typed past the other end of the range moves that end to it (as a date picker's range
  // does): the fields show the range the results are for, neither is left invalid (each limits the
  // other) with no reason given, and a range moved a month back, To first, ends where it is typed.
  // The other end as its field shows it now (two changes in one task come before the next render).
  // Typing a year gives the dates 0002-…, 0020-…, 0202-… on the way to 2027: not a filter yet.
  const day = (event: Event, patch: (day: string, otherEnd: string) => Partial<FinderFilters>, otherId: string) =>
    value(event)[0] !== '0' && change(patch(value(event), ((event.target as HTMLInputElement).form!.elements.namedItem(otherId) as HTMLInputElement).value));
  const listed = courses.length > MAX_COURSE_OPTIONS ? courses.slice(0, MAX_COURSE_OPTIONS) : courses;
  // A map, not a search per key: a link may choose thousands of courses, against data that has thousands.
  let names: Map<string, string> | undefined;
  const nameOf = (key: string) => (names ??= courseNames(courses)).get(key.toLowerCase()) ?? key;
  // A course chosen in an attribute or the URL stays selectable even before the data names it (or
  // when it is past the listed ones).
  const chosen = chosenCourseKeys(courses, filters.courses);
  const courseKeys = new Set(listed.map((c) => c.key.toLowerCase()));
  const extra = chosen.filter((key) => !courseKeys.has(key)).map((key) => ({ key, name: nameOf(key) }));
  const selectedCourse = chosen.length === 1 ? chosen[0] : '';
  const selectedType = filters.types.length === 1 ? filters.types[0] : '';
  // Several courses (from `course="csf,csd"`) show as one choice until the user picks another.
  const several = chosen.length > 1 ? chosen.map(nameOf).join(', ') : '';

  // Options are chosen through `.selected`, the property: once the user has picked one, the browser
  // no longer follows the `selected` attribute (a course set by the page or the URL would not show).
  return html`<form class="filters" part="filters" aria-label=${t.filtersLabel + options.nth} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field">
      <label for="f-course">${t.course}</label>
      <select
        id="f-course"
        @change=${(e: Event) => value(e) !== MULTI && change({ courses: value(e) ? [value(e)] : [] })}
      >
        <option value="" .selected=${!chosen.length}>${t.allCourses}</option>
        ${several ? html`<option value=${MULTI} selected>${several}</option>` : nothing}
        ${[...listed, ...(chosen.length === 1 ? extra : [])].map(
          (c) => html`<option value=${c.key} .selected=${c.key.toLowerCase() === selectedCourse}>${c.name}</option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="f-type">${t.type}</label>
      <select id="f-type" @change=${(e: Event) => change({ types: value(e) ? [value(e) as WorkshopType] : [] })}>
        <option value="" .selected=${!selectedType}>${t.allTypes}</option>
        ${WORKSHOP_TYPES.map((type) => html`<option value=${type} .selected=${type === selectedType}>${t.types[type]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="f-from">${t.from}</label>
      <input id="f-from" type="date" .value=${filters.from ?? ''} max=${filters.to || nothing} @change=${(e: Event) => day(e, (from, to) => (to && from > to ? { from, to: from } : { from }), 'f-to')} @focus=${options.onDateFocus} />
    </div>
    <div class="field">
      <label for="f-to">${t.to}</label>
      <input id="f-to" type="date" .value=${filters.to ?? ''} min=${filters.from || nothing} @change=${(e: Event) => day(e, (to, from) => (to && to < from ? { from: to, to } : { to }), 'f-from')} @focus=${options.onDateFocus} />
    </div>
    <fieldset class="field modes">
      <legend>${t.format}</legend>
      ${MODES.map(
        (mode) => html`<label class="choice">
          <input type="radio" name="mode" value=${mode} .checked=${filters.mode === mode} @change=${() => change({ mode })} />
          ${t.modes[mode]}
        </label>`,
      )}
    </fieldset>
    <label class="choice seats">
      <input type="checkbox" .checked=${filters.seatsAvailable} @change=${(e: Event) => change({ seatsAvailable: (e.target as HTMLInputElement).checked })} />
      ${t.seatsOnly}
    </label>
    ${isFiltered(filters)
      ? html`<button
          class="pl-button clear"
          type="button"
          @click=${(e: Event) => {
            // The button goes away with the filters it clears: focus moves to the first filter.
            (e.currentTarget as HTMLButtonElement).form!.querySelector('select')!.focus();
            change(clearedFilters(filters));
          }}
        >
          ${t.clearFilters}
        </button>`
      : nothing}
  </form>`;
}
