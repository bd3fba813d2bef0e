import { css, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';

/**
 * One phase inside <pl-program-timeline>. Its attributes describe the phase; its light-DOM content
 * (description, goal lists, links) is shown inside the timeline's own list item, untouched. The
 * `title` attribute is the phase's title (it is also the native HTML `title`, read as such).
 *
 * @attribute {string} title - What the phase is, such as "Online course" (a phase needs a `name` or a `title`).
 * @slot - The description of the phase: paragraphs, goal lists, links.
 *
 * @tag pl-phase
 */
export class PlPhase extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    /* Spaced like phases from JSON; the page's own rules for its content still win. */
    ::slotted(p),
    ::slotted(ul),
    ::slotted(ol) {
      margin: 0 0 0.5em;
    }
    /* No wider than the phase: a video, and a schedule table, which keeps its words whole (the
       timeline's own text may break anywhere) and scrolls sideways when it does not fit. */
    ::slotted(:is(img, video, iframe, table)) {
      max-width: 100%;
    }
    ::slotted(table) {
      display: block;
      overflow-x: auto;
      overflow-wrap: normal;
    }
    ::slotted(ul),
    ::slotted(ol) {
      padding-inline-start: 1.25em;
    }
  `;
  static override properties: PropertyDeclarations = {
    name: {},
    duration: {},
    format: {},
    start: {},
    end: {},
  };

  /** Short label such as "Phase 1". */
  name: string;

  /** Free text such as "About 10 hours" or "5 days". */
  duration: string;

  /** `online`, `in-person` or `blended`. */
  format: string;

  /** First day ("2026-06-22": a whole local day) or a date-time with offset. */
  start: string;

  /** Last day (inclusive) or a date-time with offset. */
  end: string;

  // The defaults are set here, not as the fields' initializers: the compiler would write a
  // constructor that passes on `...arguments` (a longer module).
  constructor() {
    super();
    this.name = '';
    this.duration = '';
    this.format = '';
    this.start = '';
    this.end = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Tells the parent timeline about changes made from script (attribute changes it observes itself);
    // a phase outside one has nobody to tell.
    if (this.parentElement?.localName === 'pl-program-timeline' && [...changed.values()].some((old) => old !== undefined)) {
      /**
       * Bubbles, not composed: the parent timeline listens for it.
       * @internal not part of the public API (the manifest and docs leave it out)
       */
      this.dispatchEvent(new Event('pl-phase-change', { bubbles: true }));
    }
  }

  // A node, not a template: nothing to parse, so no uncaught error on a page whose Trusted Types
  // policy allows no policy at all (the other elements' base catches theirs).
  protected override render(): HTMLSlotElement {
    return document.createElement('slot');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pl-phase': PlPhase;
  }
}
