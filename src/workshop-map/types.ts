/**
 * The workshop finder's data model: the contract between the data side (formats, validation,
 * the pure query) and the view side (element, map, list). Records are validated once on load;
 * queries never re-validate.
 */

export type WorkshopType = 'intro' | 'deep-dive' | 'summer' | 'academic-year' | 'other';
export const WORKSHOP_TYPES: readonly WorkshopType[] = ['intro', 'deep-dive', 'summer', 'academic-year', 'other'];

export interface WorkshopSession {
  /** ISO 8601 instant with offset, e.g. "2026-06-12T09:00:00-04:00". */
  start: string;
  end?: string;
}

export interface WorkshopLocation {
  name?: string;
  address?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  lat: number;
  lng: number;
}

export interface PartnerContact {
  name?: string;
  email?: string;
  url?: string;
  phone?: string;
}

/** What a workshop may tell besides its name, course, sessions and place: the same in and out. */
export interface WorkshopDetails {
  capacity?: number;
  seatsRemaining?: number;
  registrationUrl?: string;
  value?: number;
  cost?: number;
  currency?: string;
  scholarships?: boolean;
  partner?: PartnerContact;
  facilitators?: string[];
  grades?: string;
  notes?: string;
}

/** A valid workshop, as the spec's record (format "pl"); every URL already checked by safeUrl. */
export interface Workshop extends WorkshopDetails {
  id: string;
  title: string;
  course: string;
  courseName?: string;
  type: WorkshopType;
  sessions: WorkshopSession[];
  timeZone?: string;
  virtual: boolean;
  /** Present for every in-person workshop (validation requires it); optional for virtual ones. */
  location?: WorkshopLocation;
  /**
   * The record as the data gave it (format "pl"), or as a CSV row, GeoJSON feature or Code.org item
   * was read into that shape, unchecked: fields the contract does not name (`detailsUrl`, a
   * database key) and an `id` written as a number are there as written. Not enumerable: a copy
   * (`{ ...workshop }`), `JSON.stringify` and a deep comparison leave it out.
   */
  readonly record: Readonly<Record<string, unknown>>;
}

/**
 * A workshop record as a page writes it (SPEC.md, format "pl"): only `id`, `title`, `course`, at least
 * one session with a valid `start`, and, unless `virtual`, `location.lat`/`lng` are required. Type
 * the data you pass to `workshops` (or to a provider) with it; `Workshop` is what comes out, checked
 * and completed (`type`, `virtual`). Records are still validated at run time: a bad one is skipped
 * and reported on the console.
 */
export type WorkshopInput = WorkshopInputFields &
  ({ virtual?: false; location: WorkshopLocation } | { virtual: true; location?: Partial<WorkshopLocation> });

interface WorkshopInputFields extends WorkshopDetails {
  /** Text or a number (a database key); kept as text. */
  id: string | number;
  title: string;
  /** A course key ("csf"); `courseName` is its display name. */
  course: string;
  courseName?: string;
  type?: WorkshopType;
  /** At least one. */
  sessions: WorkshopSession[];
  /** IANA zone of the sessions' local times, e.g. "America/New_York". */
  timeZone?: string;
}

/**
 * A regional partner record as a page writes it (SPEC.md): a `name`, and the `states` or
 * `postalPrefixes` it serves (one of them at least, or no search could find it); `status` is
 * "active" unless given. `Partner` is the checked record.
 */
export type PartnerInput = PartnerInputFields & ({ states: string[] } | { postalPrefixes: string[] });

interface PartnerInputFields {
  /** Unique; by default made of the name and what it serves. */
  id?: string;
  name: string;
  email?: string;
  url?: string;
  phone?: string;
  /** Two-letter codes or names ("GA", "Georgia"). */
  states?: string[];
  /** Leading digits of the ZIP codes served ("303"). */
  postalPrefixes?: string[];
  /** Where its pin goes. */
  location?: { city?: string; state?: string; lat: number; lng: number };
  status?: 'active' | 'seeking';
}

/** Just what place search reads of a workshop. */
export type Located = Partial<Pick<Workshop, 'virtual' | 'location'>>;

export interface Partner {
  id: string;
  name: string;
  email?: string;
  url?: string;
  phone?: string;
  states: string[];
  postalPrefixes: string[];
  location?: { city?: string; state?: string; lat: number; lng: number };
  status: 'active' | 'seeking';
}

export type WorkshopFormat = 'pl' | 'codeorg' | 'geojson' | 'csv';
export type Units = 'mi' | 'km';
export type Mode = 'all' | 'in-person' | 'virtual';

/** A searched place: from the ZIP table, the data's own cities/states, a geocoder or geolocation. */
export interface Place {
  lat: number;
  lng: number;
  label: string;
  state?: string;
  postalCode?: string;
  /** A state-wide search ("Georgia") matches by state instead of by radius. */
  kind?: 'point' | 'state';
}

export interface FinderFilters {
  /** Course keys; empty = all. */
  courses: string[];
  /** Workshop types; empty = all. */
  types: WorkshopType[];
  /** Inclusive date range, "YYYY-MM-DD" (either may be empty). */
  from?: string;
  to?: string;
  mode: Mode;
  seatsAvailable: boolean;
  includePast: boolean;
}

export interface FinderQuery {
  place?: Place;
  radius: number;
  units: Units;
  filters: FinderFilters;
  /** Epoch ms used for "past" (injectable for tests). */
  now: number;
}

/** A query's answer, as positions in the finder's index (`index.workshop(i)` builds the record). */
export interface FinderResult {
  /** In-person matches: by distance when a place is searched, else by start date. */
  inPerson: Uint32Array;
  /** The distance of each in-person match from the searched point, in the query's units. */
  distances?: Float64Array;
  /** Virtual matches, by start date: shown in their own group after the in-person ones. */
  virtual: Uint32Array;
  /** inPerson.length + virtual.length */
  count: number;
}
