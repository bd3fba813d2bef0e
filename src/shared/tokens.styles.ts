import { css } from 'lit';

/**
 * Defaults for the public --pl-* tokens, read through private --_ variables so every rule has one
 * place to look. Host pages load no theme file, so every token has a default: here, or beside the
 * only styles that read it (--_on-accent and --_muted-surface in frameStyles, --_danger in
 * statusStyles, --_success in the timeline's, --pl-duration read where the accordion's icon turns),
 * so an element does not carry what it never uses. Font
 * and text colour inherit from the page (the family is read straight from --pl-font-family where it
 * is set). Every other inherited property a hostile page may set (line-height, text-transform,
 * letter-spacing, writing-mode, ...) is reset so the widgets look the same everywhere.
 */
export const tokens = css`
  :host {
    --_accent: var(--pl-color-accent, #0b5cab);
    --_surface: var(--pl-color-surface, #0000);
    --_border: var(--pl-color-border, #767b84);
    --_radius: var(--pl-radius, 8px);
    --_space: var(--pl-space, 1rem);
    --_focus: var(--pl-focus-ring, 3px solid var(--_accent));

    /* Every inherited property a page may set (text-transform, letter-spacing, writing-mode,
       text-align-last, -webkit-text-fill-color, text-shadow, ...) starts again from its initial value,
       so the widgets look the same on every page (custom properties, --pl-*, are not reset by all).
       Kept from the page: whether it is visible or can be clicked (a tab, carousel or off-canvas menu
       hides its panels so: opacity 0 with pointer-events none), its colour scheme, and, below, its
       font family and text colour unless themed. */
    all: initial;
    visibility: inherit;
    pointer-events: inherit;
    color-scheme: inherit;
    display: block;
    /* Every shipped language (English, Spanish) reads left to right: on a page with dir="rtl", an
       inherited right-to-left direction reorders the widgets' own text ("$300 value" came out as
       "value $300"). A page rule on the element (pl-pricing-card { direction: rtl }) still wins. */
    direction: ltr;
    /* The family (the page's by default: "inherit" cannot be part of the shorthand) comes after the
       shorthand. At least 12px: old themes set font-size: 0 on a row of inline blocks (to close the
       gaps between them) and the page's own text sizes itself again. */
    font: max(1em, 12px) / var(--pl-line-height, 1.5) sans-serif;
    font-family: var(--pl-font-family, inherit);
    color: var(--pl-color-text, inherit);
    overflow-wrap: anywhere;
    /* A page rule that matches the element itself (a theme's .entry-content * { ... }) beats the
       element's own resets above; the inner context's !important beats the page's. Kept to the
       typography themes restyle so; size, family, colour and line height stay the page's to set.
       Letter and word spacing are not held: a reader's text-spacing tool (* { letter-spacing:
       .12em !important }, WCAG 1.4.12) reaches the host the same way, and must get through. A
       page's white-space: pre would keep the line breaks and indents of the widgets' own markup. */
    text-transform: none !important;
    font-style: normal !important;
    white-space: normal !important;
    text-align: start !important;
    /* A page's *:focus rule matches the host while a control inside has focus: that control's own
       ring shows where focus is, not one around the whole widget. */
    outline: 0 !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* What the page wrote into the element is in the page's language: where the page's dir makes it
     right to left, it reads so (dir="ltr" or "auto" on it still wins; a page rule too). */
  ::slotted(:dir(rtl)) {
    direction: rtl;
  }
  /* Not inherited from the host: a page rule such as * { box-sizing: content-box } reaches the host
     (and still wins there). The host's own comes after all: initial above, so it holds. */
  :host,
  *,
  :before,
  :after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  /* Chromium's own styles set a button's spacing to normal: it follows the text around it (fields
     and menus do so in the styles of the elements that have them). */
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
`;
