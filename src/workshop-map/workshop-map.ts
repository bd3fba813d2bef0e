import { reducedMotion } from '../shared/reduced-motion.js';
import { PlElement } from '../shared/base-element.js';
import { DataSource, type LoadState } from '../shared/data/data-source.js';
import { MapView, OSM_TILES, type MapLabels, type PinSet } from './map-view.js';
import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Geocoder } from '../shared/context.js';
import { parseWorkshopDocument, scanByFormat, toFormat } from '../shared/data/formats/index.js';
import { loadFailureMessage } from '../shared/i18n/common-strings.js';
import { emit } from '../shared/emit.js';
import { keyword, settingText } from '../shared/own.js';
import { setAgain } from '../shared/set-again.js';
import { formatNumber } from '../shared/i18n/format.js';
import { formatSessionRange } from '../shared/i18n/zoned-time.js';
import { isWebTemplate } from '../shared/safe-url.js';
import { tokens } from '../shared/tokens.styles.js';
import { courseNames, createFinderIndex, reportScan, type FinderIndex, type ScannedWorkshops } from './finder-index.js';
import { leafletStyles } from './leaflet.styles.js';
import { sameItems } from './same-items.js';
import { afterPaint, PAGE_SIZE, pageSplit, renderList } from './list-view.js';
import { resolvePlace } from './place-search.js';
import { renderSearchBox } from './search-box.js';
import { mapStrings, type MapStrings } from './strings.js';
import type { FinderFilters, FinderResult, Partner, Place, Units, Workshop, WorkshopFormat } from './types.js';
import { popupTemplate, type DetailContext } from './workshop-details.js';
import { renderFallback, renderPartner, type FallbackOptions } from './fallback-view.js';
import { renderMapBox } from './map-box.js';
import { summaryText, type Notice, type SummaryOptions } from './summary.js';
import { readToday } from '../shared/today.js';
import { renderStatus, statusStyles } from '../shared/data/status-view.js';
import { buildIcs } from '../shared/ics.js';
import { workshopMapStyles } from './workshop-map.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { clearedFilters, renderFilters } from './filters.js';
import { preloadZipTable, regionOf } from '../shared/geo/zip-table.js';
import { scriptBase } from '../shared/script-base.js';
import { frameStyles, visuallyHidden } from '../shared/frame.styles.js';
import { warn } from '../shared/warn.js';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';
import { PartnerSource } from './partner-source.js';
import { queryFinder } from './finder-state.js';
import { levelBelowPageHeading } from '../shared/heading-level.js';

/**
 * Scrolls `element` into sight, smoothly where asked; never smoothly for a user who asked for less
 * motion, whatever the page's own `scroll-behavior` (which 'auto' would follow).
 */
function scrollNear(element: Element | null | undefined, smooth?: boolean): void {
  element?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'instant' : smooth ? 'smooth' : 'auto' });
}

export interface FilterChangeDetail {
  filters: FinderFilters;
  count: number;
  /** The searched text, when a place is searched. */
  near?: string;
}
export interface WorkshopSelectDetail {
  workshop: Workshop;
}

const METERS = { mi: 1609.344, km: 1000 } as const;
/** While the workshops load, or after they failed (Retry may bring them), there is no count to report. */
const NO_COUNT_YET: readonly LoadState[] = ['loading', 'error'];

/**
 * The workshop finder: a map and a list of upcoming workshops, kept in sync, with search (ZIP code,
 * city, state, geocoder, "Use my location") and filters. The list is the accessible, keyboard-first
 * interface; the map (Leaflet, in the shadow root) shows clustered pins and keeps working without tiles.
 * On the map, the workshop pins are one tab stop (arrow keys move between them, Enter or Space
 * acts as a click) and the pins of partners looking for host sites are another.
 *
 * @tag pl-workshop-map
 * @fires {CustomEvent<DataLoadDetail>} pl-data-load - Workshops loaded: `{ count, skipped }` (before any filter).
 * @fires {CustomEvent<FilterChangeDetail>} pl-filter-change - The filters or the searched place changed: `{ filters, count, near }`; `near` only while a place is searched, and `count` includes the Virtual group (the summary's N counts the in-person workshops within the radius).
 * @fires {CustomEvent<WorkshopSelectDetail>} pl-workshop-select - A workshop was chosen in the list or on the map: `{ workshop }`.
 * @fires {CustomEvent<ErrorDetail>} pl-error - The `src` document (or the partners') could not be loaded or read: `{ message, failure }` (`failure`: the HTTP status, `'network'` or `'parse'`).
 * @csspart search - The search form.
 * @csspart filters - The filter controls.
 * @csspart summary - The live result summary ("12 workshops within 50 mi of Atlanta, GA").
 * @csspart list - The result list.
 * @csspart item - One workshop in the list.
 * @csspart map - The map container.
 * @csspart fallback - What to do when nothing matches (the regional partner, or `fallback-url`).
 * @csspart status - The "Loading…" line while the data loads.
 * @csspart error - The box that says the data could not be loaded, with its Retry button.
 * @cssprop --pl-workshop-map-height - Height of the map (and of the list beside it); default 420px, more where the page's root text is over 16px (26.25rem).
 * @cssprop --pl-workshop-map-pin - Colour of workshop pins (default: the accent colour).
 * @cssprop --pl-workshop-map-partner-pin - Colour of "seeking" partner pins.
 * @cssprop --pl-scroll-margin - Room kept above the map when "Show on map" scrolls to it (a sticky header); default 5em.
 * @cssprop --pl-color-on-accent - Text on accent-filled buttons and badges (default #ffffff).
 * @cssprop --pl-color-danger - Border of the error box, and the selected pin (default #b3261e).
 */
export class PlWorkshopMap extends PlElement {
  static override styles = [tokens, visuallyHidden, frameStyles, buttonStyles, statusStyles, leafletStyles, workshopMapStyles];
  static override properties: PropertyDeclarations = {
    workshops: { attribute: false, hasChanged: setAgain },
    partners: { attribute: false, hasChanged: setAgain },
    geocoder: { attribute: false },
    src: {},
    format: {},
    partnersSrc: { attribute: 'partners-src' },
    tiles: {},
    attribution: {},
    center: {},
    zoom: { type: Number },
    course: {},
    near: {},
    radius: { type: Number },
    units: {},
    view: { reflect: true },
    includePast: { type: Boolean, attribute: 'include-past' },
    fallbackUrl: { attribute: 'fallback-url' },
    urlState: { type: Boolean, attribute: 'url-state' },
    zipTableUrl: { attribute: 'zip-table-url' },
    today: {},
    filters: { state: true, attribute: false },
    place: { state: true, attribute: false },
    searchText: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    selectedId: { state: true, attribute: false },
    tilesFailed: { state: true, attribute: false },
  };

  /**
   * Workshop records (format given by `format`); wins over `src`, inline JSON and the provider. For
   * the default `pl` format: `WorkshopInput[]`, or `{ workshops: WorkshopInput[] }`. Typed `unknown`
   * because the other formats take other shapes (CSV text, GeoJSON, the Code.org feed) and every
   * record is checked at run time (invalid ones are skipped and reported on the console).
   */
  workshops?: unknown;
  /**
   * Regional partner records: `PartnerInput[]`, or `{ partners: PartnerInput[] }`; wins over
   * `partners-src` and the provider. Checked at run time like `workshops`.
   */
  partners?: unknown;
  /**
   * Turns free text into a place when it is not a ZIP code, city or state in the data. `null`, or an
   * answer without a lat/lng on Earth, means "not found"; an error, or no answer within 10 seconds,
   * means "place search is not available right now".
   */
  geocoder?: Geocoder | undefined;

  /** URL of the workshops document. */
  src?: string | undefined;
  /** Format of the workshops: `pl` (default), `codeorg`, `geojson` or `csv`, in any case; any other is read as `pl`, with a console warning. */
  format: WorkshopFormat = 'pl';
  /** URL of the partners document. */
  partnersSrc?: string | undefined;
  /** Tile URL template, http(s) or relative (default OpenStreetMap); `none` for no tiles. */
  tiles?: string | undefined;
  /** Attribution text for custom `tiles`. */
  attribution?: string | undefined;
  /** Initial map centre, "lat,lng" (default: fit the workshops). */
  center?: string | undefined;
  /** Initial zoom level: around `center`, or around the middle of the workshops when only `zoom` is set. */
  zoom?: number | undefined;
  /** Initial course filter: a comma-separated list of course keys (`csf`) or names (`CS Fundamentals`). */
  course?: string | undefined;
  /** Initial search: a ZIP code or a place name. */
  near?: string | undefined;
  /** Search radius, in `units`: a number above 0 (anything else searches within 50, with a console warning). */
  radius = 50;
  /** `mi` (default) or `km`. */
  units: Units = 'mi';
  /** `split` (list and map, default), `map` or `list`. Printed, `split` gives the list and `map` the map, fitted to the page. */
  view: 'split' | 'map' | 'list' = 'split';
  /** Show workshops that have already ended. */
  includePast = false;
  /** Where to send people when nothing matches and no partner serves their place. */
  fallbackUrl?: string | undefined;
  /** Keep the search and filters in the page URL (`?pl-near=30303&pl-course=csf`). */
  urlState = false;
  /** The folder (or URL) of the ZIP table `pl-zip-table.json` (default: beside the script). */
  zipTableUrl?: string | undefined;
  /** "Today" for hiding past workshops: an ISO date or date-time, or a `Date` or epoch milliseconds set as a property (default: now). */
  today?: string | Date | number | undefined;

  private filters: FinderFilters = clearedFilters({ includePast: false } as FinderFilters);
  private place?: Place;
  /** The ZIP code and state of a searched point (my location, a geocoder's answer), for its partner. */
  #region?: Pick<Place, 'postalCode' | 'state'>;
  #regionOf?: Place;
  private searchText = '';
  private notice?: Notice;
  private shown = PAGE_SIZE;
  private selectedId?: string;
  private tilesFailed?: boolean;
  #warnedTiles?: string;
  #emptyIndex?: FinderIndex;

  readonly #data = new DataSource<unknown, ScannedWorkshops>(this, {
    property: () => this.workshops,
    src: () => this.src,
    provider: () => this.provided?.workshops,
    providerLoad: () => this.provided?.load,
    parseText: (text) => parseWorkshopDocument(text, this.format),
    // The provider's workshops are "pl" records (its document's schema), whatever `format` the map's own `src` is in.
    normalize: (raw) => reportScan(scanByFormat(raw, raw === this.provided?.workshops ? 'pl' : this.format, this.#nowMs)),
    strings: () => this.common,
  });
  readonly #partnerSource = new PartnerSource(this, {
    property: () => this.partners,
    src: () => this.partnersSrc,
    provider: () => this.provided?.partners,
    failure: (error) => `${this.t.partnersLabel}: ${loadFailureMessage(error, this.common)}`,
  });

  private mapView?: MapView;
  #mapContainer?: HTMLElement;
  #mapKey?: string;
  /** The language the map's words are in. */
  #mapLang?: string;
  #resizeObserver?: ResizeObserver;
  #stacked = false;
  /** See SearchBoxOptions.nth. Set on connect, before any render. */
  #nth!: string;
  /** The height of the list's box beside the map (the map's own), as the resize observer last saw it. */
  #listBoxHeight = Infinity;
  #resultCache?: {
    key: unknown[];
    result: FinderResult;
    /** The in-person results as the map pins them, made when the map first needs them. */
    pins?: PinSet;
    /** Every result as a record, made when filteredWorkshops is first read. */
    all?: readonly Workshop[];
  };
  #fittedKey: unknown[] = [];
  #pendingNear?: string;
  /** Whether the pending search was typed by the user (it then reports pl-filter-change). */
  #pendingFromUser = false;
  /** Whether the user changed the search or a filter while the data loaded or had failed: pl-filter-change goes out once it is in. */
  #filterChangeLater?: boolean;
  /** Whether the user asked for the last search, when a geocoder it lacked or new data may place it; else undefined. */
  #searchedWithout?: boolean;
  /** The data (and the partners: a city only a partner names) that search read its city and state names from. */
  #searchedIndex?: FinderIndex;
  #searchedPartners?: Partner[];
  /** The text of the last search when it is to run again (see search()). */
  #searchAgain?: string;
  #started?: boolean;
  #searchSeq = 0;
  /** The list button that last opened a popup: Escape in the popup returns focus there. */
  #returnFocusId?: string;
  #scrollToSelected?: boolean;
  /**
   * The pin last chosen on the map: its workshop (position in the index) and its rank then. It stays
   * picked while that rank holds that workshop (a new minute's result of the same workshops).
   */
  #picked: [at: number, rank: number] = [-1, -1];
  /** The place, radius, units and filters of the result the list shows. */
  #listedQuery: unknown[] = [];
  /** The result the list last rendered, the first of its items laid out after the paint, and that laying out while it is due. */
  #renderedResult?: FinderResult;
  /** Set by every willUpdate (#planListLayout). */
  #laterFrom!: number;
  #itemDetails: TemplateResult[] = [];
  #layingOut?: Promise<void>;
  /** Whether the list is scrolled away from its top (kept by its scroll events). */
  #listScrolled?: boolean;
  #focusItemAt?: number;
  #hadFocus?: boolean;
  /** The workshop whose list item had the focus before this update, and which of its links and buttons. */
  #focusedItem?: [id: string, control: number];
  /** Set on connect, before any render. */
  #headingLevel!: number;

  /** The workshops that pass the current search and filters: in-person (nearest first), then virtual. A new array each time; its records are the element's own: read them, give changes through `workshops`. */
  get filteredWorkshops(): readonly Workshop[] {
    if (this.#data.state !== 'ready') return [];
    const { inPerson, virtual } = this.#result;
    const cache = this.#resultCache!;
    cache.all ??= [...inPerson, ...virtual].map((i) => this.#index.workshop(i));
    // A copy: a page that sorts or trims what it read must not change the next reading.
    return [...cache.all];
  }

  /** `radius` and `units` as the query needs them, whatever the attributes say. */
  get #radiusValue(): number {
    const radius = Number(this.radius);
    // Half the Earth's circumference, about 20,000 km (12,400 mi), holds every place: larger is no wider.
    return radius > 0 ? Math.min(radius, 20000) : 50;
  }

  // Keywords in any case, as HTML reads its own ("KM", "Map"), and spaces around them ignored, as in `format`.
  get #unitsValue(): Units {
    // "km", also written out ("kilometers", "Kilometres").
    return keyword(this.units)[0] == 'k' ? 'km' : 'mi';
  }

  get #viewValue(): 'split' | 'map' | 'list' {
    const view = keyword(this.view);
    return view === 'map' || view === 'list' ? view : 'split';
  }

  private get t(): MapStrings {
    return mapStrings(this.resolvedLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#headingLevel = levelBelowPageHeading(this);
    // Two finders on a page have landmarks of the same kinds: the second and later are numbered.
    const nth = [...(this.getRootNode() as ParentNode).querySelectorAll(this.localName)].indexOf(this);
    this.#nth = nth > 0 ? ` ${nth + 1}` : '';
    this.addEventListener('keydown', this.#onKeydown, true);
    addEventListener('popstate', this.#onHistory);
    // Back after a removal: the map was taken down and is made again after this update.
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * The first search and filters, from the URL and the attributes. Done at the first update, not on
   * connect: properties set before the element was upgraded are only there from then on.
   */
  #start(): void {
    this.#started = true;
    const fromUrl = this.#useUrlState(this.urlState ? readUrlState() : { filters: {} });
    // A search() the page called before this (right after creating the element) is the latest word.
    this.#pendingNear ??= fromUrl.near ?? this.#nearText;
    if (this.#pendingNear) this.searchText = this.#pendingNear;
    // The browser's first date formatter costs ~15 ms (time-zone data): pay it while the data loads.
    setTimeout(() => formatSessionRange({ start: '2026-01-01T09:00:00Z' }, undefined, this.resolvedLang));
  }

  /** `near` as text, whatever was assigned to the property (a number: `el.near = 30303`). */
  get #nearText(): string {
    return String(this.near ?? '').trim();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown, true);
    removeEventListener('popstate', this.#onHistory);
    // Not when it was only moved in the page (back by the end of this task): its view and popup stay.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#destroyMap();
      // Chromium's autofill watches a submitted form's ancestors only up to the shadow root: it never
      // sees the element go, and kept it (and its workshops) in memory. A form moved in place ends that.
      for (const form of this.renderRoot.querySelectorAll('form')) form.before(form);
    });
    clearTimeout(this.#tick);
  }

  #tick?: ReturnType<typeof setTimeout>;

  /** The pl-* state of the page URL as last read or written: a history entry that differs only in its hash (a skip link) changes nothing. */
  #urlSeen?: string;

  /** Back or forward to another entry of the page's history: its URL's search and filters. */
  #onHistory = (): void => {
    const fromUrl = readUrlState();
    if (!this.urlState || JSON.stringify(fromUrl) === this.#urlSeen) return;
    void this.search(this.#useUrlState(fromUrl).near ?? this.#nearText, false);
  };

  /** A URL's search and filters (or none) as the ones seen: its filters are set; its search, returned with them, is the caller's to run. */
  #useUrlState(fromUrl: UrlState): UrlState {
    this.#urlSeen = JSON.stringify(fromUrl);
    this.filters = this.#startFilters(fromUrl.filters);
    return fromUrl;
  }

  /** The attributes' filters, under what a URL sets. */
  #startFilters(fromUrl: Partial<FinderFilters>): FinderFilters {
    return { ...clearedFilters(this.filters), courses: splitList(this.course), includePast: !!this.includePast, ...fromUrl };
  }

  /**
   * Escape anywhere in the widget closes the map's popup. Focus that was in the map (or in the popup,
   * now gone) returns to where the popup came from; focus elsewhere (the search box) stays there.
   * Heard while capturing, before Leaflet's own Escape closes the popup without telling where focus goes.
   */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    const active = this.shadowRoot?.activeElement;
    const inMap = !active || this.#box('map')?.contains(active);
    if (!this.mapView?.closePopup()) return;
    // This Escape is spent: it neither reaches Leaflet nor clears the search box as well.
    event.stopPropagation();
    event.preventDefault();
    // Focus stays on the list's "Show on map", which a phone scrolled away from to show the popup.
    if (!inMap) scrollNear(active);
    // A popup a mouse opened leaves the focus on the map, where the click put it.
    else if (active !== this.#box('map')) this.#afterPopup();
  };

  /** Focus inside a closed popup would be lost: back where the popup came from. */
  #afterPopup(): void {
    if (this.mapView?.focusPartnerPin()) return;
    if (this.#returnFocusId) this.#returnFocus();
    else if (!this.mapView?.focusPin()) this.#box('map')?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('today') && settingText(this.today) && !readToday(this.today)) {
      warn(`pl-workshop-map: today="${String(this.today)}" is not a date; the current time is used.`);
    }
    // "20mi", "twenty", 0: searched within the default, which the summary shows, but not why.
    if (changed.has('radius') && this.radius != null && !(Number(this.radius) > 0)) {
      warn(`pl-workshop-map: radius="${this.getAttribute('radius') ?? String(this.radius)}" is not a number above 0 (the unit is set by units); 50 is used.`);
    }
    // A partner's typo ("code.org", "json") would otherwise show only as every record skipped.
    if (changed.has('format') && settingText(this.format) && toFormat(this.format) != keyword(this.format)) {
      warn(`pl-workshop-map: format="${String(this.format)}" is not pl, codeorg, geojson or csv; the data is read as pl.`);
    }
    const active = this.shadowRoot?.activeElement;
    this.#hadFocus = !!active;
    const item = active?.closest<HTMLElement>('[part="item"]');
    this.#focusedItem = item ? [item.dataset.id!, [...item.querySelectorAll('a, button')].indexOf(active!)] : undefined;
    if (!this.#started) this.#start();
    if (!this.hasUpdated || changed.has('workshops') || changed.has('src') || changed.has('format') || changed.has('provided')) {
      // Another format reads the same data differently: read it again.
      this.#data.refresh((this.hasUpdated && changed.has('format')) || changed.has('workshops'));
    }
    if (!this.hasUpdated || changed.has('partners') || changed.has('partnersSrc') || changed.has('provided')) {
      this.#partnerSource.refresh(this.hasUpdated && changed.has('partners'));
    }
    if (this.hasUpdated && changed.has('course')) {
      this.filters = { ...this.filters, courses: splitList(this.course) };
      this.#queryChanged(false);
    }
    // A boolean, whatever a script assigned: the filters go out in pl-filter-change (structured-cloned).
    if (changed.has('includePast') && this.filters.includePast !== !!this.includePast) {
      this.filters = { ...this.filters, includePast: !!this.includePast };
    }
    if (this.hasUpdated && changed.has('near')) {
      // A removed attribute clears the search.
      this.searchText = this.#pendingNear = this.#nearText;
      this.#pendingFromUser = false;
    }
    // The last search ran before the page gave its geocoder (a script that runs later), or in other
    // data or partners (a new src, or a partners file that came later, may name that city): again,
    // with it. Only the geocoder's answer is the user's search reported anew (pl-filter-change); new
    // data (a page that polls it) reports nothing.
    const geocoder = this.#geocoder;
    if (this.#searchedWithout !== undefined && (geocoder || this.#searchedIndex != this.#index || this.#searchedPartners != this.#partnerSource.items)) {
      // Not over a search still to come or under way (the user's, the near attribute's): it reads these.
      if (this.#pendingNear === undefined && this.notice?.kind !== 'searching') {
        this.#pendingNear = this.#searchAgain = this.searchText;
        this.#pendingFromUser = !!geocoder && this.#searchedWithout;
      }
      this.#searchedWithout = undefined;
    }
    if (this.#filterChangeLater && !NO_COUNT_YET.includes(this.#data.state)) {
      this.#filterChangeLater = false;
      // A search still to come (typed meanwhile, or the page's `near`) reports the change with its answer.
      if (this.#pendingNear) this.#pendingFromUser = true;
      // After this update: what a listener sets (`near`, `src`) is then a change of its own.
      else queueMicrotask(() => this.#queryChanged(true));
    }
    // City and state names match the data, so the first search waits for it.
    if (this.#pendingNear !== undefined && this.#data.state === 'ready') {
      const near = this.#pendingNear;
      this.#pendingNear = undefined;
      void this.search(near, this.#pendingFromUser);
      this.#pendingFromUser = false;
    }
    this.#planListLayout();
  }

  /**
   * With many workshops, a new result paints its summary, its pins and the list items in sight first;
   * the items further down, already in the DOM, are laid out after that paint (class "later"): their
   * text layout is most of a re-filter's time (bench/README.md). Until then their `innerText` reads
   * nothing: with up to 2,000 workshops the whole list is laid out at once, and shows whole sooner
   * (docs/performance.md). A new minute makes a new result of the same workshops: not news (focus
   * may be on an item), nothing waits.
   */
  #planListLayout(): void {
    const result = this.#data.state === 'ready' ? this.#result : undefined;
    const last = this.#renderedResult;
    this.#renderedResult = result;
    // Not while an item has the focus: it follows its workshop to any item (updated()).
    // Beside the map, the list scrolls in a box as tall as the map: what is in sight is that box,
    // known from the resize observer (reading it here would force a layout).
    const { innerHeight } = globalThis;
    const inSight = this.#stacked ? innerHeight : Math.min(innerHeight, this.#listBoxHeight);
    this.#laterFrom =
      this.#index.size > 2000 && !this.#focusedItem && (!last || !result || !sameItems(result.inPerson, last.inPerson)) ? Math.ceil(inSight / 200) : Infinity;
  }

  /** Done when the list is laid out, its items out of sight included (they can take focus then). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.#layingOut ? this.#layingOut.then(() => this.getUpdateComplete()) : done;
  }

  protected override updated(): void {
    this.#syncMap();
    // Without a fixed `today`, a page left open moves on: a workshop that ends leaves the list and
    // a series shows its next session. A minute that changes nothing keeps the same result.
    clearTimeout(this.#tick);
    if (this.isConnected && !readToday(this.today)) this.#tick = setTimeout(() => this.requestUpdate(), 6e4);
    if (this.#laterFrom < (this.#renderedResult?.count ?? 0))
      this.#layingOut = afterPaint().then(() => {
        this.#layingOut = undefined;
        this.requestUpdate();
      });
    // A point or a city names no ZIP code: when nothing is near it, its partner is found from the
    // nearest one (a partner may serve by ZIP prefix alone).
    const place = this.place;
    if (place && place !== this.#regionOf && !place.postalCode && place.kind != 'state' && this.#partnerSource.items.length && !this.#result.inPerson.length) {
      this.#regionOf = place;
      this.#region = undefined;
      void regionOf(place.lat, place.lng, this.#zipBase).then((region) => {
        if (this.#regionOf !== place) return;
        this.#region = region;
        this.requestUpdate();
      });
    }
    // A new search or filter starts the list at its top, not where the last one was scrolled to;
    // new data and the minute's look again do not (a page that polls its data). Setting scrollTop
    // forces a layout, so it is done only when the list was scrolled.
    const query = this.#resultCache?.key.slice(1, 5) ?? [];
    if (!sameItems(query, this.#listedQuery)) {
      this.#listedQuery = query;
      const list = this.#box('list');
      if (list && this.#listScrolled) list.scrollTop = 0;
      this.#listScrolled = false;
    }
    if (this.#focusItemAt !== undefined) {
      const item = this.renderRoot.querySelectorAll('[part="item"]')[this.#focusItemAt];
      this.#focusItemAt = undefined;
      item?.querySelector<HTMLElement>('button, a')?.focus();
    }
    if (this.#scrollToSelected) {
      this.#scrollToSelected = false;
      const item = this.renderRoot.querySelector(`.item[data-id="${CSS.escape(this.selectedId ?? '')}"]`);
      const list = this.#box('list');
      // In the list's own scroll box beside the map only: below the map (a phone, a zoomed page) the
      // page would jump away from the popup just opened.
      if (list && list.scrollHeight > list.clientHeight) scrollNear(item, true);
    }
    // Items are not keyed: a new result shows other workshops in the same items. The focus follows
    // its workshop, or goes to the search box when the workshop left the list.
    // It does too when what had it went away with this update (the list moved across the side-by-side
    // layout change, the page switched the view), so a keyboard user is still in the finder, not at
    // the top of the page; not when the page moved the focus itself (a pl-data-load listener).
    const was = this.#focusedItem;
    const item = this.shadowRoot!.activeElement?.closest<HTMLElement>('[part="item"]');
    const lost = this.#hadFocus && !this.shadowRoot!.activeElement && document.activeElement === document.body;
    if (lost || (was && item && item.dataset.id !== was[0])) {
      const moved = was && this.renderRoot.querySelector(`[data-id="${CSS.escape(was[0])}"]`)?.querySelectorAll<HTMLElement>('a, button')[was[1]];
      if (moved) moved.focus();
      else this.renderRoot.querySelector('input')?.focus({ preventScroll: lost });
    }
  }

  // ---- data -> results -------------------------------------------------------------------

  /** The loaded workshops' index (an empty one until data is ready: while another document loads, none of the last one's pins either). */
  get #index(): FinderIndex {
    return (this.#data.state == 'ready' && this.#data.loaded?.index) || (this.#emptyIndex ??= createFinderIndex([]));
  }

  get #nowMs(): number {
    // A date alone is the start of that day on the viewer's clock, as the timeline reads it.
    return readToday(this.today)?.from ?? Date.now();
  }

  get #result(): FinderResult {
    const now = this.#nowMs;
    // "now" moves every call: only a change of minute makes a new result.
    const key = [this.#index, this.place, this.#radiusValue, this.#unitsValue, this.filters, Math.floor(now / 60000)];
    const cached = this.#resultCache;
    if (!cached || key.some((value, i) => value !== cached.key[i])) {
      const result = queryFinder(this.#index, { place: this.place, radius: this.#radiusValue, units: this.#unitsValue, filters: this.filters, now });
      this.#resultCache = { key, result };
    }
    return this.#resultCache!.result;
  }

  // ---- search and filters ----------------------------------------------------------------

  /** The page's geocoder: the element's own, else its provider's. */
  get #geocoder(): Geocoder | undefined {
    return this.geocoder ?? this.provided?.geocoder;
  }

  /** Where the ZIP table is: `zip-table-url`, or beside the script (resolved where it is fetched: a URL that cannot be read makes only ZIP search unavailable). */
  get #zipBase(): string {
    return this.zipTableUrl || scriptBase;
  }

  /**
   * Searches a ZIP code or place name, as if typed into the search box.
   * @param text - A ZIP code, a city or state name, or anything the `geocoder` reads; empty clears the search.
   * @param fromUser - False searches as the `near` attribute does: without a `pl-filter-change` event.
   */
  async search(text: string, fromUser = true): Promise<void> {
    const query = String(text ?? '').trim();
    // An empty box searched again (Enter, then the search field's own "search" event) changes nothing.
    if (!query && !this.place && !this.notice && !this.searchText) return;
    const seq = ++this.#searchSeq;
    // Searched again for new data, partners or a geocoder (willUpdate): quiet while it runs, and an
    // answer the same as the one shown keeps the reader's page of the list, choice and popup.
    const again = !fromUser && this.#searchAgain === query;
    this.#searchAgain = undefined;
    // The last search wins, also over one waiting for the data.
    this.#pendingNear = undefined;
    this.searchText = query;
    if (!query) return this.#setPlace(undefined, undefined, fromUser);
    if (!again) this.notice = { kind: 'searching' };
    // City and state names match the data: a search before it is ready (loading, failed, the element
    // not started) waits for it. With no data given at all, the visitor's search is answered from
    // none (the partner, the fallback), not "Searching…" for ever; the `near` attribute's waits.
    const state = this.#data.state;
    if (state != 'ready' && (state != 'idle' || !fromUser || !this.hasUpdated)) {
      this.#pendingNear = query;
      this.#pendingFromUser = fromUser;
      return;
    }
    // The data searched: new data that comes during the search is searched again (see willUpdate).
    const index = this.#index;
    const outcome = await resolvePlace(query, { places: () => index.places(), partners: (this.#searchedPartners = this.#partnerSource.items), zipBase: this.#zipBase, geocoder: this.#geocoder });
    if (seq !== this.#searchSeq) return;
    this.#searchedWithout = outcome.geocodable ? fromUser : undefined;
    this.#searchedIndex = index;
    // The notice shown is the outcome of the last search (text and flags only).
    if (again && (outcome.kind === 'place' ? outcome.place.label == this.place?.label : JSON.stringify(outcome) == JSON.stringify(this.notice)))
      return;
    if (outcome.kind === 'place') this.#setPlace(outcome.place, undefined, fromUser);
    else this.#setPlace(undefined, outcome, fromUser);
  }

  #locate(): void {
    const seq = ++this.#searchSeq;
    const box = this.#box('near') as HTMLInputElement;
    const typed = box.value;
    this.#pendingNear = undefined;
    this.#searchedWithout = undefined;
    this.notice = { kind: 'locating' };
    const failed = () => {
      if (seq === this.#searchSeq) this.notice = { kind: 'location-failed' };
    };
    try {
      navigator.geolocation.getCurrentPosition(
        (position) => {
          if (seq !== this.#searchSeq) return;
          this.searchText = '';
          // Also text typed and not searched (the results are near the visitor now), not text typed
          // since, which the box's binding would empty when a search was shown.
          const since = box.value;
          if (since == typed) box.value = '';
          else void this.updateComplete.then(() => (box.value = since));
          const { latitude: lat, longitude: lng } = position.coords;
          const host = this;
          // "your location" in the language the page has when it is read (it may switch).
          this.#setPlace({ lat, lng, kind: 'point', get label() { return host.t.myLocation; } }, undefined, true);
        },
        failed,
        { timeout: 15000, maximumAge: 600000 },
      );
    } catch (error) {
      // A page (or an extension) that replaced geolocation with something that throws.
      warn('pl-workshop-map: geolocation failed', error);
      failed();
    }
  }

  #setPlace(place: Place | undefined, notice: Notice | undefined, fromUser: boolean): void {
    this.place = place;
    this.notice = notice;
    this.#resetPaging();
    this.#queryChanged(fromUser);
  }

  #setFilters(patch: Partial<FinderFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.#resetPaging();
    this.#queryChanged(true);
  }

  #resetPaging(): void {
    this.shown = PAGE_SIZE;
    this.selectedId = undefined;
  }

  #queryChanged(fromUser: boolean): void {
    // Not once it has left the page: a single-page app's next route owns the URL.
    if (this.urlState && this.isConnected) {
      writeUrlState(this.place || this.notice || this.#pendingNear ? this.searchText : '', this.filters, { near: this.#nearText, courses: splitList(this.course) });
      this.#urlSeen = JSON.stringify(readUrlState());
    }
    // While the data loads, or failed to, there is no count to report (an empty index's 0): sent when it is in (willUpdate).
    if (!fromUser || !this.isConnected || (this.#filterChangeLater = NO_COUNT_YET.includes(this.#data.state))) return;
    // A copy, lists too: a listener that pushes to them must not change the element's filters
    // (not structuredClone: browsers a school may keep, Safari 15.0, have none).
    const { filters } = this;
    const detail: FilterChangeDetail = { filters: { ...filters, courses: [...filters.courses], types: [...filters.types] }, count: this.#result.count };
    if (this.place) detail.near = this.searchText || this.place.label;
    emit(this, 'pl-filter-change', detail);
  }

  // ---- selection ---------------------------------------------------------------------------

  /** A list item's "Show on map": pan to the pin and open its popup. */
  #selectFromList(workshop: Workshop, rank: number): void {
    this.selectedId = workshop.id;
    this.#returnFocusId = workshop.id;
    if (rank >= 0) this.mapView?.select(rank);
    // Stacked under the list (a phone), the map would open its popup out of sight.
    scrollNear(this.#box('map'), true);
    emit(this, 'pl-workshop-select', { workshop });
  }

  /**
   * Pin `k` on the map: highlight its list item and scroll to it. In-person results come first in the
   * list, so the pin's rank is its place there too. An item further down than the list shows follows
   * the items shown (see renderList): growing the list to it would lay out thousands of items.
   */
  #selectFromMap(k: number): void {
    const workshop = this.#pinSet().workshop(k);
    this.selectedId = workshop.id;
    this.#returnFocusId = undefined;
    this.#picked = [this.#result.inPerson[k]!, k];
    this.#scrollToSelected = true;
    emit(this, 'pl-workshop-select', { workshop });
  }

  /**
   * Shows the next page and moves focus to its first item (the first new in-person one, else the first
   * new virtual one), so keyboard users continue from there.
   */
  #showMore(result: FinderResult): void {
    const [inPerson, virtual] = pageSplit(result, this.shown);
    this.shown += PAGE_SIZE;
    this.#focusItemAt = pageSplit(result, this.shown)[0] > inPerson ? inPerson : inPerson + virtual;
  }

  #returnFocus(): void {
    this.renderRoot.querySelector<HTMLElement>(`.item[data-id="${CSS.escape(this.#returnFocusId ?? '')}"] .show`)?.focus();
  }

  #downloadIcs(workshop: Workshop): void {
    try {
      const blob = new Blob([buildIcs(workshop, Date.now(), { virtualLabel: this.t.virtual })], { type: 'text/calendar;charset=utf-8' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${slugify(workshop.title) || 'workshop'}.ics`;
      // In the page for the click (older Firefox downloads nothing otherwise), and gone before any paint.
      this.renderRoot.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      warn('pl-workshop-map: could not build the calendar file', error);
    }
  }

  // ---- map ---------------------------------------------------------------------------------

  get #detailContext(): DetailContext {
    const names = courseNames(this.#index.courses);
    return {
      t: this.t,
      lang: this.resolvedLang,
      units: this.#unitsValue,
      courseName: (w) => w.courseName ?? names.get(w.course.toLowerCase()) ?? w.course,
      now: this.#nowMs,
    };
  }

  get #tileUrl(): string | null {
    // A blank attribute is no setting: the provider's tiles, else the default.
    const tiles = settingText(this.tiles) ?? this.provided?.tiles?.trim() ?? OSM_TILES;
    if (!tiles || keyword(tiles) === 'none') return null;
    if (isWebTemplate(tiles)) return tiles;
    if (this.#warnedTiles !== tiles) warn(`pl-workshop-map: tiles "${tiles}" is not an http(s) URL template; the map shows no tiles.`);
    this.#warnedTiles = tiles;
    return null;
  }

  /** The map's or the list's box: looked up by id, not by a selector walk over the list's items. */
  #box(id: 'map' | 'list' | 'near'): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(id);
  }

  /** The map's words (MapLabels): the catalog has them among its own; the language writes its numbers. */
  get #mapLabels(): MapLabels {
    return { ...this.t, lang: this.resolvedLang };
  }

  #syncMap(): void {
    // Out of the page, no map: an update after removal (a search that answers late, tiles that
    // failed) would build one in the removed element, kept alive by its window listeners.
    const container = this.isConnected ? this.#box('map') : null;
    const key = JSON.stringify([this.#tileUrl, this.attribution, this.center, this.zoom]);
    if (this.mapView && (container !== this.#mapContainer || key !== this.#mapKey)) this.#destroyMap();
    if (!container) return;
    if (!this.mapView) this.#createMap(container, key);
    // A new language changes the map's words, not the map (where the user had moved it stays).
    else if (this.#mapLang !== this.resolvedLang) this.mapView.setLabels(this.#mapLabels);
    this.#mapLang = this.resolvedLang;
    const map = this.mapView;
    if (!map) return;
    // No data (removed, or another document loading): no pins of the last one either.
    map.setWorkshops(this.#pinSet());
    if (this.#data.state !== 'ready') return;
    map.setPartners(this.#partnerSource.items.filter((p) => p.status === 'seeking'));
    const fitKey = [this.place, this.#radiusValue, this.#unitsValue, this.#index];
    const changed = fitKey.findIndex((value, i) => value !== this.#fittedKey[i]);
    if (changed >= 0) {
      this.#fittedKey = fitKey;
      // New data alone (a page that polls it) fits the view again only if the visitor has not moved the map.
      if (changed > 2) map.refit();
      else map.showPlace(this.place, this.#radiusValue * METERS[this.#unitsValue]);
    }
    map.highlight(this.selectedId);
  }

  /** The current in-person results as the map pins them (the same object until the result changes). */
  #pinSet(): PinSet {
    const { inPerson } = this.#result;
    const index = this.#index;
    return (this.#resultCache!.pins ??= { x: index.x, y: index.y, at: inPerson, workshop: (k) => index.workshop(inPerson[k]), location: (k) => index.location(inPerson[k]) });
  }

  #createMap(container: HTMLElement, key: string): void {
    const t = this.t;
    const element = (template: TemplateResult) => {
      const div = document.createElement('div');
      render(template, div);
      return div;
    };
    try {
      this.mapView = new MapView(container, {
        tiles: this.#tileUrl,
        attribution: this.attribution,
        center: parseCenter(this.center),
        // A removed attribute is null, which Number() reads as 0.
        zoom: isFinite(Number(this.zoom)) && this.zoom != null ? Number(this.zoom) : undefined,
        labels: this.#mapLabels,
        reducedMotion: reducedMotion(),
        workshopPopup: (w) => element(popupTemplate(w, this.#detailContext, (workshop) => this.#downloadIcs(workshop))),
        // A venue's popup comes from its marker: Escape goes back there, not to a list item chosen before.
        groupPopup: (pins, count) =>
          ((this.#returnFocusId = undefined),
          element(html`<ul class="popup-group">
              ${pins.map(
                (k) =>
                  html`<li>
                    <button
                      type="button"
                      class="link-button"
                      @click=${() => {
                        this.#selectFromMap(k);
                        this.mapView?.select(k, true);
                      }}
                    >
                      ${this.#pinSet().workshop(k).title}
                    </button>
                  </li>`,
              )}
            </ul>
            ${count > pins.length ? html`<p>${t.moreHere(formatNumber(count - pins.length, this.resolvedLang))}</p>` : nothing}`)),
        partnerPopup: (p) => element(renderPartner(p, this.t)),
        onPinSelect: (k) => this.#selectFromMap(k),
        onTiles: (failed) => (this.tilesFailed = failed),
        // A mouse user is not sent to the list, which may be a long way down the page.
        onPopupDismissed: (byKey) => (byKey ? this.#afterPopup() : this.#box('map')?.focus({ preventScroll: true })),
      });
    } catch (error) {
      warn('pl-workshop-map: the map could not be created; the list still works', error);
      return;
    }
    this.#mapContainer = container;
    this.#mapKey = key;
    this.#fittedKey = [];
    // Not in every browser a school may keep (Safari before 13.1): the map then keeps its first size.
    this.#resizeObserver =
      globalThis.ResizeObserver &&
      new ResizeObserver(([box]) => {
        this.#setStacked();
        this.#listBoxHeight = box!.contentRect.height;
        this.mapView?.resize();
      });
    // The map's width changes whenever the layout does (stacked or side by side): one box to watch.
    this.#resizeObserver?.observe(container);
  }

  /**
   * Whether the map stands above the list: the list then follows the map in the DOM too, so Tab and
   * screen readers meet them in the order they are seen. Read from the CSS that places them (the
   * container query's 47.5 em, so enlarged text stacks them): `order` is "-1" unless side by side.
   */
  #setStacked(): void {
    const stacked = getComputedStyle(this.renderRoot.querySelector('.map-wrap')!).order < '0';
    if (stacked !== this.#stacked) {
      this.#stacked = stacked;
      // In the next frame, not from inside the resize observer's callback: the list moved in the DOM
      // there resizes the map again before the frame is drawn, and Chromium reports that to the page
      // as an error ("ResizeObserver loop completed with undelivered notifications"). The CSS has
      // already placed them; only the order Tab follows waits a frame.
      requestAnimationFrame(() => this.requestUpdate());
    }
  }

  #destroyMap(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#listBoxHeight = Infinity;
    try {
      this.mapView?.destroy();
    } catch {
      // Leaflet may complain when torn down mid-animation; the element is going away anyway.
    }
    this.mapView = undefined;
    this.#mapContainer = undefined;
    this.tilesFailed = false;
  }

  // ---- rendering -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const { t } = this;
    const state = this.#data.state;
    const result = state == 'ready' || (state == 'idle' && (this.place || this.notice)) ? this.#result : undefined;
    const view = this.#viewValue;
    const resultContext: SummaryOptions & FallbackOptions = {
      t,
      lang: this.resolvedLang,
      // Beside the alert of data that failed, a search waits for Retry: not "Searching…" for ever.
      notice: state == 'error' ? undefined : this.notice,
      place: this.place,
      filters: this.filters,
      radius: this.#radiusValue,
      units: this.#unitsValue,
      partners: this.#partnerSource.items,
      region: this.#regionOf === this.place ? this.#region : undefined,
      fallbackUrl: this.fallbackUrl,
    };
    // The fallback is a live region of its own: the partner's contacts below the summary are read out with it.
    return html`<div class="frame">
      ${renderSearchBox({
        t,
        nth: this.#nth,
        value: this.searchText,
        canLocate: !!globalThis.isSecureContext && 'geolocation' in navigator,
        // On a phone the results are below the filters: the line that says what was found comes into view.
        onSubmit: (text) =>
          void this.search(text)
            .then(() => this.updateComplete)
            .then(() => scrollNear(this.renderRoot.querySelector('[part="summary"]'))),
        onLocate: () => this.#locate(),
        onClear: () => void this.search(''),
        // A ZIP code takes a moment to type: the ZIP table loads meanwhile. So does a place name: the
        // workshops' places are read meanwhile, a slice per task (a first city search at 20,000
        // workshops spent half a second on it after Enter on a slow phone).
        onInput: (text) => {
          if (/^\s*\d/.test(text)) preloadZipTable(this.#zipBase);
          else this.#index.warmPlaces();
        },
      })}
      ${renderFilters({
        t,
        nth: this.#nth,
        filters: this.filters,
        courses: state == 'ready' ? this.#index.courses : [],
        onChange: (f) => this.#setFilters(f),
        // The days of every session, which a date filter reads, are read while the date is typed.
        onDateFocus: () => this.#index.warmDays(),
      })}
      ${renderStatus(this.#data, this.common, () => this.#data.refresh(true))}
      ${renderStatus(
        { state: this.#partnerSource.error ? 'error' : 'ready', error: this.#partnerSource.error },
        this.common,
        () => this.#partnerSource.refresh(true),
        t.partnersLabel,
      )}
      <p class="summary" part="summary" role="status" aria-atomic="false">${summaryText(result, resultContext)}</p>
      <div role="status">${result ? renderFallback(result, resultContext) : nothing}</div>
      ${state != 'error' ? this.#renderBody(result, view) : nothing}
      <span id="tab" hidden>${t.newTab}</span>
    </div>`;
  }

  /**
   * The list and the map. The map is made before the data arrives (as a page would make its Leaflet
   * map first), so data-in only adds pins, and the widget keeps its size from the start.
   */
  #renderBody(result: FinderResult | undefined, view: 'split' | 'map' | 'list'): TemplateResult {
    // The list comes first where it is drawn first: beside the map, on its left.
    const listFirst = view === 'split' && !this.#stacked;
    const list = (shown: FinderResult) =>
      renderList({
        ctx: this.#detailContext,
        result: shown,
        workshopAt: (i) => this.#index.workshop(i),
        shown: this.shown,
        picked: shown.inPerson[this.#picked[1]] === this.#picked[0] ? this.#picked[1] : -1,
        laterFrom: this.#laterFrom,
        itemDetails: this.#itemDetails,
        selectedId: this.selectedId,
        headingLevel: this.#headingLevel,
        withMap: view === 'split',
        besideMap: listFirst,
        onSelect: (w, rank) => this.#selectFromList(w, rank),
        onCalendar: (w) => this.#downloadIcs(w),
        onShowMore: () => this.#showMore(shown),
        onScroll: (event) => (this.#listScrolled = (event.currentTarget as Element).scrollTop > 0),
      });
    // Virtual workshops are never pins: with the map alone, they are listed below it (or nobody could reach them).
    const virtualOnly = result && { ...result, inPerson: result.virtual.subarray(0, 0), count: result.virtual.length };
    const listed =
      view === 'map' ? (virtualOnly?.count ? list(virtualOnly) : nothing) : result ? list(result) : html`<div class="list" id="list"></div>`;
    return html`<div class="body view-${view} ${!result || result.count ? '' : 'no-results'}">
        ${listFirst ? listed : nothing}
        ${view !== 'list' ? renderMapBox(this.t, this.#partnerSource.items, this.tilesFailed, this.#nth) : nothing}
        ${listFirst ? nothing : listed}
      </div>`;
  }
}

function splitList(value: unknown): string[] {
  return String(value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function parseCenter(value: string | undefined): [number, number] | undefined {
  // String(): a script may set an array, [33.75, -84.39].
  const text = String(value ?? '');
  // Number() reads a number between spaces as trim() leaves it (and blank as 0).
  const [lat, lng] = text.split(',').map(Number);
  if (isFinite(lat) && isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) return [lat, lng];
  // A place name ("Atlanta, GA") is a likely slip.
  if (text.trim()) warn(`pl-workshop-map: center="${value}" is not a latitude and longitude ("33.75,-84.39"); the map fits the workshops.`);
  return undefined;
}

const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);

declare global {
  interface HTMLElementTagNameMap {
    'pl-workshop-map': PlWorkshopMap;
  }
  interface GlobalEventHandlersEventMap {
    'pl-filter-change': CustomEvent<FilterChangeDetail>;
    'pl-workshop-select': CustomEvent<WorkshopSelectDetail>;
  }
}
