import { css } from 'lit';

export const pricingStyles = css`
  :host {
    --_ideal: 24em;
    /* In a flex row, it shrinks no further than this. */
    min-width: min(100%, 17.5em);
    --_highlight: var(--pl-pricing-highlight, var(--_muted-surface));
  }
  /* The card's inline JSON settings sit in the default slot: never shown, even when a page's
     all: unset gives scripts a display. */
  [hidden],
  ::slotted(script) {
    display: none !important;
  }
  /* In a row of cards (a grid, a flex row) its box fills its cell, as the page's own cards do. */
  .frame,
  .card {
    height: 100%;
  }
  .card {
    display: grid;
    gap: var(--_space);
    align-content: start;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .top {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .pricing {
    display: grid;
    gap: 0.25em;
  }
  .price {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.4em;
  }
  .amount {
    font-size: var(--pl-pricing-price-size, 2em);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
  }
  .per {
    font-weight: 600;
  }
  .value {
    font-size: 0.95em;
  }
  .layout,
  .details,
  .buy {
    display: grid;
    gap: var(--_space);
    align-content: start;
    min-width: 0;
  }
  .subheading {
    margin: 0 0 0.35em;
    font-weight: 700;
  }
  ul,
  ::slotted(ul),
  ::slotted(ol) {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  ::slotted(p) {
    margin: 0 0 0.5em;
  }
  .cta-row {
    display: flex;
  }
  .cta {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    padding: 0.5em 1.25em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }
  .cta:hover {
    text-decoration: underline;
  }
  .scholarship-link {
    color: var(--_accent);
    font-weight: 600;
  }
  .scholarship {
    display: grid;
    gap: 0.35em;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_highlight);
  }
  .scholarship .subheading {
    margin: 0;
  }
  .note {
    font-size: 0.875em;
  }

  @container (min-width: 35em) {
    .card {
      padding: calc(var(--_space) * 1.5);
    }
    .top {
      /* A long price line wraps in at most half the width rather than squeezing the heading. */
      grid-template-columns: 1fr fit-content(50%);
      align-items: start;
      column-gap: calc(var(--_space) * 1.5);
    }
    .pricing {
      justify-items: end;
      text-align: end;
    }
    .price {
      justify-content: flex-end;
    }
    .layout {
      /* In the card's own ems, like the width that switches it on: the description keeps at least
         as much room as the calculator needs before the calculator grows. */
      grid-template-columns: minmax(15em, 1fr) minmax(15em, 20em);
      column-gap: calc(var(--_space) * 1.5);
    }
    /* Either of its two children (.details, .buy) hidden: one column. */
    .layout:has(> [hidden]) {
      grid-template-columns: minmax(0, 1fr);
    }
    /* Alone in a wide card, the calculator would stretch its rows too far apart to read. */
    .layout:has(> .details[hidden]) .buy {
      max-width: 28em;
    }
  }

  @container (max-width: 20em) {
    .card {
      padding: var(--_space);
    }
    .cta {
      width: 100%;
    }
  }

  @media (forced-colors: active) {
    .cta {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .scholarship {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .card {
      border-color: #000;
      background: none;
      break-inside: avoid;
    }
    .amount,
    .scholarship-link {
      color: #000;
    }
    .cta {
      all: unset;
      text-decoration: underline;
    }
    /* Paper cannot follow a link: print where external ones (a new tab's) lead (same-page ones need no address). */
    [target]::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    .scholarship {
      background: none;
      border: 1px solid #000;
    }
  }
`;
