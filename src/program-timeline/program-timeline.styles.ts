import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Side-by-side layout. Written once and applied to `orientation="horizontal"`, and to `auto` when
 * the element itself (not the window) is at least 40em wide, in ems of its own text (50em for five or
 * six phases, 80em for seven or eight; nine or more stay stacked).
 */
const horizontal = (list: CSSResult) => css`
  ${list} {
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    column-gap: var(--_space);
  }
  ${list} > .phase {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    row-gap: calc(var(--_space) / 2);
    padding-block-end: 0;
  }
  ${list} > .phase::after {
    inset-block: calc((var(--_marker) - var(--_line)) / 2) auto;
    inset-inline: calc(var(--_marker) + 6px) calc(6px - var(--_space));
    width: auto;
    height: 0;
    border-inline-start: 0;
    border-block-start: var(--_line) dashed var(--_border);
  }
  ${list} > .phase.done::after {
    border-block-start-style: solid;
    border-block-start-color: var(--_accent);
  }
`;

export const timelineStyles = css`
  :host {
    --_marker: var(--pl-timeline-marker-size, 2.25em);
    --_line: var(--pl-timeline-line-width, 2px);
    --_success: var(--pl-color-success, #1e6b34);
    --_ideal: 48em;
    /* In a flex row, it shrinks no further than this. */
    min-width: min(100%, 16em);
  }
  .heading {
    margin-block-end: calc(var(--_space) / 4);
    font-size: var(--pl-timeline-heading-size, 1.375em);
    font-weight: 700;
    line-height: 1.25;
  }
  .progress {
    margin-block-end: var(--_space);
    font-weight: 600;
  }
  .phases {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .phase {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker) minmax(0, 1fr);
    align-items: start;
    column-gap: calc(var(--_space) * 0.75);
    padding-block-end: var(--_space);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .phase:last-child {
    padding-block-end: 0;
  }
  /* On the phase's card, inside it: a ring around the phase would cross its marker, and one outside
     is cut off at a page's edge, in a clipping section, or by the horizontal row's scrolling. */
  .phase:focus-visible {
    outline: 0;
  }
  .phase:focus-visible > .body {
    outline: var(--_focus);
    outline-offset: -3px;
  }
  /* The connector from this phase's marker to the next one. */
  .phase::after {
    content: '';
    position: absolute;
    inset-block: calc(var(--_marker) + 6px) 6px;
    inset-inline-start: calc((var(--_marker) - var(--_line)) / 2);
    width: 0;
    border-inline-start: var(--_line) dashed var(--_border);
  }
  .phase.done::after {
    border-inline-start-style: solid;
    border-inline-start-color: var(--_accent);
  }
  .phase:last-child::after {
    display: none;
  }
  .marker {
    display: grid;
    place-items: center;
    width: var(--_marker);
    height: var(--_marker);
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }
  .phase.done .marker {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .phase.current .marker {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_accent) 25%, #0000);
  }
  svg {
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .check {
    width: 60%;
    height: 60%;
    stroke-width: 3;
  }
  /* The status reads after the phase's heading (a reader that jumps to the heading hears it) and shows above it. */
  .body {
    display: flex;
    flex-direction: column;
    min-width: 0;
    padding: calc(var(--_space) / 4) calc(var(--_space) * 0.75) calc(var(--_space) / 2);
    border: 1px solid #0000;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .phase.current .body {
    border-color: var(--_accent);
    background: var(--pl-timeline-current-surface, var(--_muted-surface));
  }
  .status {
    order: -1;
    font-size: 0.875em;
    font-weight: 600;
  }
  .phase.current .status {
    color: var(--_accent);
  }
  .phase.done .status {
    color: var(--_success);
  }
  .title {
    font-size: var(--pl-timeline-title-size, 1.125em);
    font-weight: 600;
    line-height: 1.3;
  }
  .name {
    display: block;
    font-size: 0.8em;
  }
  /* Its colon in the line: out of it, Chromium names the phase "Phase 1 : Online course". */
  .name .visually-hidden {
    position: static;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125em 1em;
    margin: calc(var(--_space) / 4) 0 calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }
  .meta li {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.35em;
  }
  /* Icons sit only in the meta list, beside the first line of their text. */
  .icon {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin-block-start: 0.15em;
    stroke-width: 1.8;
  }
  .content p,
  .content ul {
    margin: 0 0 0.5em;
  }
  /* Solid, like the lists a page writes in a phase (a list in a list would get circles). */
  .content ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .goals-label {
    font-weight: 600;
  }
  .content a {
    color: var(--_accent);
  }
  /* Side by side because the author said so, in whatever width: each phase keeps a readable width,
     and the row scrolls sideways when they do not fit (the phases are focusable, so keys scroll it). */
  @media screen {
    ${horizontal(unsafeCSS('.o-horizontal'))}
    .o-horizontal {
      grid-auto-columns: minmax(min(12em, 100%), 1fr);
      overflow-x: auto;
      /* Room for the current marker's ring, which the scrolling row would cut. */
      padding: 4px 4px calc(var(--_space) / 2);
    }
    @container (min-width: 40em) {
      ${horizontal(unsafeCSS('.o-auto'))}
    }
    /* Five phases or more need more room to stay readable side by side; nine or more read top to bottom. */
    @container (min-width: 50em) {
      ${horizontal(unsafeCSS('.o-auto-many'))}
    }
    @container (min-width: 80em) {
      ${horizontal(unsafeCSS('.o-auto-lots'))}
    }
  }
  @media print {
    /* Paper does not scroll: five or more phases side by side would break their words. */
    ${horizontal(unsafeCSS('.o-horizontal:not(:has(> :nth-child(5)))'))}
    .phase {
      break-inside: avoid;
    }
    .marker,
    .body {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    .phase.current .marker {
      box-shadow: none;
    }
    /* Paper cannot follow a link: print where a phase's links to other sites lead, as the card does. */
    [target]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    .marker,
    .phase.done .marker {
      border-color: CanvasText;
      color: CanvasText;
    }
    .phase.current .marker {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .phase.current .body {
      border-color: Highlight;
    }
    .phase::after {
      border-color: CanvasText;
    }
  }
`;
