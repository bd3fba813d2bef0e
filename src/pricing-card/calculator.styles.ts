import { css } from 'lit';

/** The seat stepper and the quote: adopted by the card when it loads its calculator. */
export const calculatorStyles = css`
  .calculator {
    display: grid;
    /* One column that may be narrower than its widest line (a 200 px sidebar, 200% text): lines wrap. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 0.35em;
    font-weight: 700;
  }
  label {
    font-weight: 600;
  }
  .stepper {
    display: flex;
    align-items: stretch;
    max-width: 14em;
  }
  .step {
    flex: none;
    /* As wide as its 44 px target, no wider: at 200 % text in a sidebar, padding around the sign
       pushed the + past the card's edge. */
    min-width: 44px;
    min-height: 44px;
    padding: 0;
    border: 1px solid var(--_accent);
    background: none;
    color: var(--_accent);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
  }
  .step:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .step:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .step:hover {
    background: var(--_muted-surface);
  }
  .step[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_border);
    cursor: not-allowed;
    background: none;
  }
  input {
    flex: 1 1 4em;
    /* Room for a three-digit count in the narrowest card (a phone zoomed to 200 %). */
    min-width: 3em;
    min-height: 44px;
    margin: 0;
    padding: 0 0.25em;
    border: 1px solid var(--_border);
    border-inline: 0;
    border-radius: 0;
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    font-variant-numeric: tabular-nums;
    text-align: center;
    /* The - and + buttons are the stepper: no second, native one inside the field. */
    appearance: textfield;
  }
  input::-webkit-inner-spin-button {
    display: none;
  }
  input:focus-visible,
  .step:focus-visible {
    position: relative;
    outline-offset: 0;
  }
  .breakdown {
    display: grid;
    gap: 0.25em;
    margin: 0.25em 0 0;
  }
  /* The label wraps, the amount keeps its row: "Group discount (10%)" beside "-$180", not above it.
     In a column too narrow for a word and the amount, the amount goes below, at the end: words stay whole. */
  .breakdown > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    min-width: 0;
  }
  .breakdown dt {
    flex: 1 1 0;
    /* A word longer than the row (a long unit) breaks instead of widening the page. */
    max-width: 100%;
    overflow-wrap: break-word;
  }
  .breakdown dd {
    margin: 0;
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  .breakdown .total {
    margin-block-start: 0.25em;
    padding: 0.4em 0.5em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_highlight);
    font-size: 1.125em;
    font-weight: 700;
  }
  .hint {
    font-size: 0.9em;
  }
  @container (max-width: 20em) {
    .calculator {
      padding: calc(var(--_space) * 0.75);
    }
  }

  @media (forced-colors: active) {
    .step {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .step[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .breakdown .total {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .step {
      display: none;
    }
    input {
      border: 0;
      text-align: start;
      padding: 0;
    }
    .stepper {
      max-width: none;
    }
    .breakdown .total {
      background: none;
      border: 1px solid #000;
    }
  }
`;
