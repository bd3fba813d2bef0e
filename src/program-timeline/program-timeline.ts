import { keyword, settingText } from '../shared/own.js';
import { emit } from '../shared/emit.js';
import { setAgain } from '../shared/set-again.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { PlElement } from '../shared/base-element.js';
import { DataSource } from '../shared/data/data-source.js';
import { renderStatus, statusStyles } from '../shared/data/status-view.js';
import { assignSlots } from '../shared/assign-slots.js';
import { warn } from '../shared/warn.js';
import { isExternal } from '../shared/safe-url.js';
import { best } from '../shared/best.js';
import { buttonStyles } from '../shared/button.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { frameStyles, visuallyHidden } from '../shared/frame.styles.js';
import { timelineStyles } from './program-timeline.styles.js';
import { timelineStrings, type TimelineStrings } from './strings.js';
import { formatDay, formatDayRange, parsePhaseDate, readToday, todaySpan } from './dates.js';
import { calendarIcon, checkIcon, clockIcon, formatIcons } from './icons.js';
import { normalizePhases, paragraphs, PHASE_ATTRIBUTES, phaseCopy, programName, type PhaseInput, type PhaseItem, type ShownPhase } from './phase-items.js';
import { phaseSpans, progressFromAttribute, type PhaseStatus, type Progress } from './progress.js';

export interface PhaseSelectDetail {
  /** 0-based position of the phase in the list. */
  index: number;
  phase: PhaseItem;
}

/**
 * `auto` puts up to four phases side by side from 40em, five or six from 50em, seven or eight from
 * 80em (each phase keeps about 9em), in ems of its own text, not of the page root (a theme that
 * sets `html { font-size: 10px }` would otherwise squeeze it); nine or more always read top to bottom.
 */
function autoLayout(count: number): string {
  if (count >= 9) return 'auto-long';
  if (count >= 7) return 'auto-lots';
  return count >= 5 ? 'auto-many' : 'auto';
}
/**
 * Chromium's Tab leaves a phase half out of the sideways-scrolling row on a phone: the row shows it
 * whole. Not for a click (the page would move under the pointer).
 */
const scrollIntoSight = ({ currentTarget: phase }: Event) => (phase as Element).matches(':focus-visible') && (phase as Element).scrollIntoView({ block: 'nearest', inline: 'nearest' });
const INTERACTIVE = 'a, button, input, select, textarea, summary, label, video, audio, [contenteditable], [tabindex], [role=button], [role=link]';

/**
 * The phases of a professional-learning program as an ordered timeline: side by side when the
 * element is wide, stacked when it is narrow (its own width, not the window's: at least 40em, 50em
 * for five or six phases, 80em for seven or eight; nine or more stay stacked), with the current phase
 * marked. Printed, `auto` is stacked.
 *
 * The current phase: `current="auto"` (default) marks the phase whose dates contain `today`; between
 * two phases none is current, and the next one is shown as "Up next"; before the first phase or after the last none is
 * ("Starts DATE" / "Completed"). `current="N"` marks phase N, counted from 1 as authors count
 * (`0`: not started yet; past the last phase: completed); `current="none"` shows no progress.
 *
 * Phase dates: "2026-06-22" is a whole day in the reader's local time zone; a phase without `end`
 * lasts until the next phase starts (the last one: one day).
 *
 * @slot - `<pl-phase>` children (or an inline `<script type="application/json">`).
 * @fires {CustomEvent<PhaseSelectDetail>} pl-phase-select - A phase was activated (click, or Enter/Space on the focused phase): `{ index, phase }`, `index` 0-based.
 * @fires {CustomEvent<DataLoadDetail>} pl-data-load - Phases loaded: `{ count, skipped }`.
 * @fires {CustomEvent<ErrorDetail>} pl-error - The `src` document could not be loaded or read: `{ message, failure }` (`failure`: the HTTP status, `'network'` or `'parse'`).
 * @csspart heading - The timeline's heading.
 * @csspart progress - The line that says where the program stands ("Now: ...", "Starts ...", "Completed").
 * @csspart list - The ordered list of phases.
 * @csspart phase - One phase (list item).
 * @csspart current - The current phase's list item (also has the `phase` part).
 * @csspart marker - The numbered circle of a phase (a check mark once done).
 * @csspart status - A phase's status text (Completed, Current phase, Upcoming); also the "Loading…" line while the data loads.
 * @csspart error - The box that says the data could not be loaded, with its Retry button.
 * @cssprop --pl-timeline-marker-size - Diameter of the markers (default 2.25em).
 * @cssprop --pl-timeline-line-width - Width of the connecting line (default 2px).
 * @cssprop --pl-timeline-current-surface - Background of the current phase.
 * @cssprop --pl-timeline-heading-size - Font size of the heading (default 1.375em).
 * @cssprop --pl-timeline-title-size - Font size of each phase title (default 1.125em).
 * @cssprop --pl-color-on-accent - Text on accent-filled buttons and badges (default #ffffff).
 * @cssprop --pl-color-success - "Completed" text (default #1e6b34).
 * @cssprop --pl-color-danger - Border of the error box (default #b3261e).
 *
 * @tag pl-program-timeline
 */
export class PlProgramTimeline extends PlElement {
  static override styles = [tokens, visuallyHidden, frameStyles, buttonStyles, statusStyles, timelineStyles];
  // Lit's own { mode: 'open' }, written out (shorter than spreading PlElement's, which is that).
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };
  static override properties: PropertyDeclarations = {
    phases: { attribute: false, hasChanged: setAgain },
    src: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    orientation: { reflect: true },
    current: {},
    today: {},
  };

  /** Phases as data; wins over `src`, inline JSON, `<pl-phase>` children and a provider. */
  phases?: PhaseInput[] | undefined;

  /** URL of a JSON document: an array of phases, `{ "phases": [...] }` or `{ "program": { "phases": [...] } }`. */
  src?: string | undefined;

  /** Heading above the timeline; defaults to the program name of the JSON document or provider. */
  heading?: string | undefined;

  /** Level (1-6) of the heading (2 when missing or not a number); phase titles are one level below it, 6 at most. */
  headingLevel: number;

  /** `auto` (by the element's width), `horizontal` or `vertical`. */
  orientation: 'auto' | 'horizontal' | 'vertical';

  /** `auto` (from dates and `today`), a phase number counted from 1, or `none`. */
  current: string | number;

  /**
   * The date phase dates are compared with: "2026-09-15" (that whole local day), a date-time, or a
   * `Date` or epoch milliseconds set as a property; default: now.
   */
  today?: string | Date | number | undefined;

  // The defaults are set here, not as the fields' initializers: those would make the compiler move
  // the private fields' initializers into the constructor too (written twice: a longer module).
  constructor() {
    super();
    this.headingLevel = 2;
    this.orientation = 'auto';
    this.current = 'auto';
  }

  readonly #data = new DataSource<ShownPhase>(this, {
    property: () => this.phases,
    src: () => this.src,
    childTag: 'pl-phase',
    childAttributes: [...PHASE_ATTRIBUTES],
    provider: () => this.provided?.program?.phases,
    providerLoad: () => this.provided?.load,
    normalize: (raw) => {
      // The provider's program name heads only the provider's own phases; it is read as the
      // timeline renders (the provider may rename the program and keep its phases).
      this.#providersPhases = raw === this.provided?.program?.phases;
      this.#documentName = programName(raw);
      return normalizePhases(raw);
    },
    strings: () => this.common,
  });

  /** The program name from a JSON document, the heading's fallback. */
  #documentName?: string;
  #providersPhases = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pl-phase-change', this.#onPhaseChange);
    this.#resized?.observe(this);
    // Moved in the page: the look at midnight was cancelled when it left (updated() sets it again).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pl-phase-change', this.#onPhaseChange);
    this.#resized?.disconnect();
    // Put back in the page, the row is scrolled to its start again (the browser forgets the offset).
    this.#shownCurrent = undefined;
    clearTimeout(this.#nextCheck);
  }

  #nextCheck?: ReturnType<typeof setTimeout>;

  /** The phases currently shown, in order. */
  get phaseItems(): readonly PhaseItem[] {
    return this.#data.items.map(phaseCopy);
  }

  /** 0-based index of the current phase, or -1 when none is current. */
  get currentIndex(): number {
    const progress = this.#progress();
    return progress.stage === 'between' ? -1 : progress.current;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('phases') || changed.has('src') || changed.has('provided')) {
      this.#data.refresh(changed.has('phases'));
    }
    if (changed.has('today') && settingText(this.today) && !readToday(this.today)) {
      warn(`pl-program-timeline: today="${String(this.today)}" is not a date; the current date is used.`);
    }
  }

  protected override updated(): void {
    // Without a fixed `today`, a page left open moves on: look again when the next phase starts or
    // ends (a phase may start at a time of day), at midnight at the latest, and at least every hour
    // (a computer asleep holds timers back).
    clearTimeout(this.#nextCheck);
    if (this.isConnected && !readToday(this.today)) {
      const now = Date.now();
      let next = new Date(now).setHours(24, 0, 0, 0);
      for (const span of phaseSpans(this.#data.items)) for (const edge of span ? [span.from, span.to] : []) if (edge > now && edge < next) next = edge;
      this.#nextCheck = setTimeout(() => this.requestUpdate(), Math.min(next - now + 500, 36e5));
    }
    assignSlots(this.renderRoot, this.#data.items);
    this.#showCurrent();
  }

  /**
   * A row of phases wider than its box (horizontal on a phone) is scrolled to the current phase's
   * edge (no sliver of the one before it), once per current phase and per stay in the page: where
   * the reader scrolls it afterwards stays. A row with no size yet (in a hidden tab) is scrolled
   * when it has one (the resize observer).
   */
  #showCurrent(): void {
    const row = this.renderRoot.querySelector('.o-horizontal');
    const current = row?.querySelector('[aria-current]');
    if (current && current !== this.#shownCurrent && row!.clientWidth) {
      this.#shownCurrent = current;
      // 4 px: the row's padding, the room for the current marker's ring.
      row!.scrollLeft += current.getBoundingClientRect().left - row!.getBoundingClientRect().left - 4;
    }
  }

  #shownCurrent?: Element;
  readonly #resized = globalThis.ResizeObserver && new ResizeObserver(() => this.#showCurrent());

  // An internal event: it goes no further than its timeline (the page's pl- events are CustomEvents).
  #onPhaseChange = (event: Event): void => {
    event.stopPropagation();
    this.#data.refresh();
  };

  #progress(): Progress {
    return progressFromAttribute(this.#data.items, this.current, todaySpan(this.today));
  }

  get #strings(): TimelineStrings {
    return timelineStrings(this.resolvedLang);
  }

  get #level(): number {
    // Below 1 or not a number (an empty or removed heading-level is 0) means the default, like a missing one.
    const level = Math.round(this.headingLevel);
    return level >= 1 ? Math.min(6, level) : 2;
  }

  #select(index: number): void {
    const phase = this.#data.items[index];
    if (phase) emit(this, 'pl-phase-select', { index, phase: phaseCopy(phase) });
  }

  #onPhaseClick(event: MouseEvent, index: number): void {
    // Selecting text (a drag, a double click) is not choosing the phase.
    if (event.detail > 1 || getSelection()?.type === 'Range') return;
    // A link or button inside the phase's content does its own job.
    for (const node of event.composedPath()) {
      if (node === event.currentTarget) break;
      if (node instanceof Element && node.matches(INTERACTIVE)) return;
    }
    this.#select(index);
  }

  #onPhaseKeydown(event: KeyboardEvent, index: number): void {
    if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    this.#select(index);
  }

  #label(phase: ShownPhase): string {
    return [phase.name, phase.title].filter(Boolean).join(': ');
  }

  #renderProgress(progress: Progress) {
    const t = this.#strings;
    const phases = this.#data.items;
    // The earliest start, wherever its phase is listed.
    const first = best(
      phases.map((p) => parsePhaseDate(p.start)),
      (span, earliest) => !!span && (!earliest || span.from < earliest.from),
    );
    let text: string | undefined;
    if (progress.stage === 'before') text = first ? t.programStarts(formatDay(first.day, this.resolvedLang)) : t.programNotStarted;
    if (progress.stage === 'after') text = t.programCompleted;
    if (progress.stage === 'during') text = t.programNow(this.#label(phases[progress.current]), progress.current + 1, phases.length);
    if (progress.stage === 'between') {
      // A phase still to be dated (a closing workshop) is named without a day.
      const span = phaseSpans(phases)[progress.current];
      text = t.programNext(this.#label(phases[progress.current]), span && formatDay(span.day, this.resolvedLang));
    }
    return text ? html`<p class="progress" part="progress">${text}</p>` : nothing;
  }

  #statusText(status: PhaseStatus, stage: Progress['stage']): string | undefined {
    const t = this.#strings;
    if (status === 'done') return t.statusDone;
    if (status === 'current') return stage === 'between' ? t.statusNext : t.statusCurrent;
    if (status === 'upcoming') return t.statusUpcoming;
    return undefined;
  }

  #renderDates(phase: ShownPhase) {
    const lang = this.resolvedLang;
    const start = parsePhaseDate(phase.start);
    const end = parsePhaseDate(phase.end);
    let text: string | undefined;
    // An end is shown as the last day it covers (a date-only end: that day, not the next).
    if (start && end) text = formatDayRange(start.day, end.day, lang);
    else if (start) text = formatDay(start.day, lang, 'short');
    else if (end) text = this.#strings.until(formatDay(end.day, lang, 'short'));
    return text ? html`<li class="dates">${calendarIcon}<span>${text}</span></li>` : nothing;
  }

  #renderMeta(phase: ShownPhase) {
    const t = this.#strings;
    const formatText = phase.format && { online: t.online, 'in-person': t.inPerson, blended: t.blended }[phase.format];
    const dates = this.#renderDates(phase);
    if (!formatText && !phase.duration && dates === nothing) return nothing;
    return html`<ul class="meta" role="list">
      ${formatText ? html`<li class="format format-${phase.format}">${formatIcons[phase.format!]}<span>${formatText}</span></li>` : nothing}
      ${phase.duration ? html`<li class="duration">${clockIcon}<span>${phase.duration}</span></li>` : nothing}
      ${dates}
    </ul>`;
  }

  #renderContent(phase: ShownPhase, index: number) {
    if (phase.element) return html`<div class="content"><slot data-index=${index}></slot></div>`;
    const t = this.#strings;
    const summary = paragraphs(phase.summary);
    if (!summary.length && !phase.goals.length && !phase.links.length) return nothing;
    return html`<div class="content">
      ${summary.map((text) => html`<p>${text}</p>`)}
      ${phase.goals.length
        ? html`<p class="goals-label" id="goals-${index}">${t.goals}</p>
            <ul class="goals" aria-labelledby="goals-${index}">
              ${phase.goals.map((goal) => html`<li>${goal}</li>`)}
            </ul>`
        : nothing}
      ${phase.links.length
        ? html`<ul class="links" role="list">
            ${phase.links.map((link) =>
              isExternal(link.url)
                ? html`<li>
                    <a href=${link.url} target="_blank" rel="noopener">${link.label}<span class="visually-hidden"> ${t.newTab}</span></a>
                  </li>`
                : html`<li><a href=${link.url}>${link.label}</a></li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  #renderPhase(phase: ShownPhase, index: number, progress: Progress) {
    const status = progress.statuses[index];
    // "Up next" between two phases is marked, but no phase's dates contain today: none is the current step.
    const isCurrent = status === 'current' && progress.stage !== 'between';
    const statusText = this.#statusText(status, progress.stage);
    const titleLevel = Math.min(6, this.#level + (this.#headingText ? 1 : 0));
    return html`<li
      class="phase ${status}"
      part=${isCurrent ? 'phase current' : 'phase'}
      aria-current=${isCurrent ? 'step' : nothing}
      aria-labelledby="phase-${index}"
      aria-describedby=${statusText ? `status-${index}` : nothing}
      tabindex="0"
      @click=${(event: MouseEvent) => this.#onPhaseClick(event, index)}
      @keydown=${(event: KeyboardEvent) => this.#onPhaseKeydown(event, index)}
      @focus=${scrollIntoSight}
    >
      <span class="marker" part="marker" aria-hidden="true">${status === 'done' ? checkIcon : index + 1}</span>
      <div class="body">
        <div class="title" id="phase-${index}" role="heading" aria-level=${titleLevel}>
          ${phase.name
            ? html`<span class="name">${phase.name}${phase.title ? html`<span class="visually-hidden">:</span>` : nothing}</span> `
            : nothing}${phase.title ? html`<span class="phase-title">${phase.title}</span>` : nothing}
        </div>
        ${statusText ? html`<p class="status" part="status" id="status-${index}">${statusText}</p>` : nothing}
        ${this.#renderMeta(phase)} ${this.#renderContent(phase, index)}
      </div>
    </li>`;
  }

  get #headingText(): string | undefined {
    // The name of the document shown (not of one that was replaced, or is loading or failed).
    const own = String(this.heading ?? '').trim();
    if (own || this.#data.state !== 'ready') return own || undefined;
    return (this.#providersPhases ? this.provided?.program?.name?.trim() : this.#documentName) || undefined;
  }

  protected override render(): TemplateResult {
    const phases = this.#data.items;
    const heading = this.#headingText;
    const progress = this.#progress();
    // In any case, as HTML reads its own keywords ("Horizontal"), spaces around it ignored.
    const forced = keyword(this.orientation);
    const orientation = forced === 'horizontal' || forced === 'vertical' ? forced : autoLayout(phases.length);
    // The status region before the phases: Retry leaves focus in it, and Tab from there goes on to them.
    return html`<div class="frame">${heading
        ? html`<div class="heading" id="heading" part="heading" role="heading" aria-level=${this.#level}>${heading}</div>`
        : nothing}
      ${renderStatus(this.#data, this.common, () => this.#data.refresh(true))}
      ${phases.length
        ? html`${this.#renderProgress(progress)}
            <ol
              role="list"
              class="phases o-${orientation}"
              part="list"
              aria-labelledby=${heading ? 'heading' : nothing}
              aria-label=${heading ? nothing : this.#strings.phasesLabel}
            >
              ${phases.map((phase, index) => this.#renderPhase(phase, index, progress))}
            </ol>`
        : nothing}
      ${this.#data.state === 'ready' && !phases.length ? html`<p class="empty">${this.#strings.empty}</p>` : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pl-program-timeline': PlProgramTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'pl-phase-select': CustomEvent<PhaseSelectDetail>;
  }
}
