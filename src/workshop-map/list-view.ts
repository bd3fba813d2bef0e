import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../shared/i18n/format.js';
import type { FinderResult, Workshop } from './types.js';
import { factsText, formatDistance, metaText, placeText, seatsFact, signUp, whenTemplate, type DetailContext } from './workshop-details.js';

/** How many items the list adds per "Show more": the DOM stays small even with 100,000 records. */
export const PAGE_SIZE = 25;

/**
 * How many in-person and virtual results a list of `shown` items holds: the in-person ones first,
 * but the first few virtual ones always, so that the Virtual group is in sight without paging
 * through every in-person result.
 */
export function pageSplit(result: FinderResult, shown: number): [inPerson: number, virtual: number] {
  const virtual = Math.min(result.virtual.length, Math.max(shown - result.inPerson.length, 5));
  return [Math.min(result.inPerson.length, shown - virtual), virtual];
}

/** Resolves once the next frame has painted; in a hidden page, whose frames wait, after 0.2 s. */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 200);
  });

export interface ListOptions {
  ctx: DetailContext;
  result: FinderResult;
  /** The workshop at a position of the result (see FinderIndex.workshop). */
  workshopAt: (position: number) => Workshop;
  /** How many results to render (see pageSplit). */
  shown: number;
  /** The rank of a pin chosen on the map (-1: none): its item follows the in-person items shown. */
  picked: number;
  /** Items from this position on are laid out after the next paint (see PlWorkshopMap#planListLayout). */
  laterFrom: number;
  /**
   * Each position's last rendered details: an item laid out after the next paint keeps them (hidden,
   * below its new title) until then, so a new result's first frame formats only the items in sight.
   */
  itemDetails: TemplateResult[];
  selectedId?: string;
  /** The level of the item titles and the Virtual group's heading (see levelBelowPageHeading). */
  headingLevel: number;
  /** Whether in-person items get a "Show on map" button (not in view="list"). */
  withMap: boolean;
  /** Whether a click on an in-person item shows it on the map: only beside the map (on a phone, a tap would take the reader away from the list). */
  besideMap: boolean;
  /** "Show on map" of the in-person result at `rank` (0 = first). */
  onSelect: (workshop: Workshop, rank: number) => void;
  onCalendar: (workshop: Workshop) => void;
  onShowMore: () => void;
  onScroll: (event: Event) => void;
}

/**
 * The list: the accessible, keyboard-first way through the results. Items are not keyed: a new
 * result updates the text of the items already there instead of building new ones.
 */
export function renderList(options: ListOptions): TemplateResult {
  const { result, shown, ctx, workshopAt } = options;
  const [inPersonShown, virtualShown] = pageSplit(result, shown);
  const ranks = [...Array(inPersonShown).keys()];
  if (options.picked >= inPersonShown) ranks.push(options.picked);
  const virtual = [...result.virtual.subarray(0, virtualShown)];
  const remaining = result.count - inPersonShown - virtual.length;
  return html`<div class="list" part="list" id="list" @scroll=${{ handleEvent: options.onScroll, passive: true }}>
    ${ranks.length
      ? html`<ul class="items" role="list" aria-label=${ctx.t.listLabel}>
          ${ranks.map((rank) => renderItem(workshopAt(result.inPerson[rank]!), rank, result.distances?.[rank], `t-${rank}`, rank, options))}
        </ul>`
      : nothing}
    ${virtual.length
      ? html`<div class="group" id="virtual-group" role="heading" aria-level=${options.headingLevel}>${ctx.t.virtualGroup}</div>
          <ul class="items virtual" role="list">
            ${virtual.map((at, i) => renderItem(workshopAt(at), -1, undefined, `t-v${i}`, inPersonShown + i, options))}
          </ul>`
      : nothing}
    ${remaining > 0
      ? html`<button class="pl-button more" type="button" @click=${options.onShowMore}>
          ${ctx.t.showMore(formatNumber(Math.min(remaining, PAGE_SIZE), ctx.lang))}
        </button>
        <p class="printed-of">${ctx.t.printedOf(formatNumber(ranks.length + virtual.length, ctx.lang), formatNumber(result.count, ctx.lang), location.href)}</p>`
      : nothing}
  </div>`;
}

/**
 * A click on an item does what its "Show on map" does (the button stays the keyboard's way), unless
 * it was on the item's own links and buttons or ended a selection of its text.
 */
function selectByPointer(event: Event, select: () => void): void {
  if (!(event.target as Element).closest('a,button') && !getSelection()?.toString()) select();
}

/**
 * `rank`: the position among the in-person results (-1 for a virtual one). `titleId` names the
 * item's heading: its buttons and link are described by it ("Register", for what).
 */
function renderItem(workshop: Workshop, rank: number, distance: number | undefined, titleId: string, position: number, options: ListOptions): TemplateResult {
  const { ctx, selectedId, withMap, itemDetails } = options;
  const later = position >= options.laterFrom;
  // An item laid out later that has no details yet (a first result) gets them with its layout.
  const kept = later ? (itemDetails[position] ?? nothing) : undefined;
  const selected = workshop.id === selectedId;
  const seats = kept ? undefined : seatsFact(workshop, ctx);
  const onMap = withMap && !workshop.virtual;
  const byClick = onMap && options.besideMap;
  return html`<li
    class="item ${selected ? 'selected' : ''} ${seats === ctx.t.full ? 'full' : ''} ${later ? 'later' : ''} ${byClick ? 'on-map' : ''}"
    part="item"
    data-id=${workshop.id}
    aria-current=${selected ? 'true' : nothing}
    @click=${byClick ? (event: Event) => selectByPointer(event, () => options.onSelect(workshop, rank)) : nothing}
  >
    <div class="title" id=${titleId} role="heading" aria-level=${options.headingLevel + (rank < 0 ? 1 : 0)}>${workshop.title}</div>
    ${kept ?? (itemDetails[position] = renderDetails(workshop, rank, distance, titleId, seats, onMap, options))}
  </li>`;
}

/** What an item says below its title, and its buttons. */
function renderDetails(workshop: Workshop, rank: number, distance: number | undefined, titleId: string, seats: string | undefined, onMap: boolean, options: ListOptions): TemplateResult {
  const { ctx } = options;
  const { t, lang } = ctx;
  const facts = factsText(workshop, ctx, seats);
  return html`<p class="meta">${metaText(workshop, ctx)}</p>
    <p class="when">${whenTemplate(workshop, ctx)}</p>
    <p class="where">
      ${placeText(workshop, t)}${distance !== undefined
        ? html` <span class="distance">&#183; ${t.away(formatDistance(distance, ctx.units, lang))}</span>`
        : nothing}
    </p>
    ${facts ? html`<p class="facts">${facts}</p>` : nothing}
    <div class="actions">
      ${onMap
        ? html`<button class="pl-button show" type="button" aria-describedby=${titleId} @click=${() => options.onSelect(workshop, rank)}>
            ${t.showOnMap}
          </button>`
        : nothing}
      ${signUp(workshop, ctx, titleId, options.onCalendar)}
    </div>`;
}
