import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';

/**
 * One value inside <pl-values-accordion>: its `heading` attribute is the header, its light-DOM
 * content the panel body. The accordion renders the header button and region; this element only
 * carries the content and reflects whether it is open.
 *
 * @attribute {string} id - The HTML id: a link to `#id` (the page's `location.hash`) opens the value and scrolls to it.
 * @slot - The body of the value (paragraphs, lists, links).
 *
 * @tag pl-value
 */
export class PlValue extends LitElement {
  static override properties: PropertyDeclarations = {
    heading: { reflect: true },
    open: { type: Boolean, reflect: true },
  };

  /** The header text. */
  heading: string;

  /** Whether the panel is open; set it to open or close the value from script. */
  open: boolean;

  // The defaults are set here, not as the fields' initializers: the compiler would write a
  // constructor that passes on `...arguments` (a longer module).
  constructor() {
    super();
    this.heading = '';
    this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Not the first update: the accordion reads a new value's heading and open state itself (taken
    // for a change, an initial `open` made the accordion close the values that had not updated yet).
    // A value outside an accordion has nobody to tell.
    if (this.parentElement?.localName == 'pl-values-accordion' && [...changed.values()].some((old) => old !== undefined)) {
      /**
       * Tells the parent accordion, which owns the single-open rule and the pl-toggle event.
       * @internal not part of the public API (the manifest and docs leave it out)
       */
      this.dispatchEvent(new Event('pl-value-change', { bubbles: true }));
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
    'pl-value': PlValue;
  }
}
