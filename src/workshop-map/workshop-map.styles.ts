import { css } from 'lit';

export const workshopMapStyles = css`
  :host {
    --_map-height: var(--pl-workshop-map-height, max(420px, 26.25rem));
    --_pin: var(--pl-workshop-map-pin, var(--_accent));
    --_partner-pin: var(--pl-workshop-map-partner-pin, #8a4b00);
    --_ideal: 48em;
    /* In a flex row, it shrinks no further than this. */
    min-width: min(100%, 18em);
    /* Its content decides its height: a page's height or max-height on it (as a Leaflet map div is
       sized) would make that content spill over what follows. The map's is --pl-workshop-map-height. */
    height: auto !important;
    max-height: none !important;
  }
  .frame {
    /* Leaflet's panes reach z-index 1000: keep them inside the widget, under the page's menus. */
    position: relative;
    isolation: isolate;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    min-height: 44px;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    max-width: 100%;
  }
  label,
  legend {
    font-weight: 600;
  }
  .pl-button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* search */
  .search {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .search-row input {
    flex: 1 1 14em;
    /* An input's automatic minimum is its default size (20 characters): too wide at a large font. */
    min-width: 0;
  }

  /* filters */
  .filters {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    align-items: end;
    gap: 0.5em var(--_space);
    margin-block-end: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_muted-surface);
  }
  .modes,
  .seats {
    grid-column: 1 / -1;
  }
  /* As wide as its cell, its label in the middle, as a button's is. */
  .clear {
    justify-content: center;
  }
  /* Two columns would cut a date ("12/15/202") or a course name on a small phone. */
  @container (max-width: 22em) {
    .filters {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @container (min-width: 600px) {
    .filters {
      grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
    }
    .modes {
      grid-column: span 2;
    }
    .seats {
      grid-column: auto;
    }
  }
  .field select,
  .field input {
    width: 100%;
    min-width: 0;
  }
  /* The ring stays while a date field's own calendar button has the focus (the field is not :focus then).
     Radios are ringed whenever focused: WebKit does not count one reached with the arrow keys as
     :focus-visible. */
  .field:focus-within [type='date'],
  .modes input:focus {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .field {
    display: grid;
    gap: 0.2em;
    min-width: 0;
  }
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .modes legend {
    padding: 0;
    margin-block-end: 0.2em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    font-weight: 400;
  }
  .choice input {
    /* WCAG 2.2 target size: at least 24 px whatever the page's root font size; a label that wraps
       does not squeeze it (a flex item). */
    flex: none;
    min-height: 0;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }

  /* summary and fallback */
  .summary {
    font-weight: 600;
    margin-block: calc(var(--_space) * 0.5);
  }
  .summary:empty {
    display: none;
  }
  /* A failed search's sentence, then the count of what the list still shows. */
  .summary > span {
    display: block;
  }
  .fallback {
    display: grid;
    gap: 0.5em;
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .partner-name {
    font-weight: 700;
  }
  .contact {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  /* Links on lines of their own, not in a sentence: targets at least 24 px tall (WCAG 2.5.8). */
  .contact a {
    display: inline-block;
    min-height: 24px;
  }
  a {
    color: var(--_accent);
  }

  /* layout: list beside the map when wide, stacked (map first) when narrow */
  .body {
    display: grid;
    gap: var(--_space);
  }
  .map-wrap {
    order: -1;
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }
  .view-list .map-wrap {
    display: none;
  }
  .map {
    height: calc(var(--_map-height) * 0.75);
    min-height: 240px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    z-index: 0;
    /* "Show on map" scrolls it into view: not under a page's sticky header. */
    scroll-margin-block-start: var(--pl-scroll-margin, 5em);
  }
  .view-map .map {
    height: var(--_map-height);
  }
  .pl-pin:focus-visible,
  .pl-cluster:focus-visible,
  .pl-partner-pin:focus-visible {
    /* Apart from the cluster's own ring, with a white gap that shows on the map's colours. */
    outline-offset: 4px;
    box-shadow: 0 0 0 4px #fff;
  }
  /* A badge's number stays readable where a pin of the next cell reaches into it (Leaflet stacks
     markers by their height on the map); the chosen or focused pin stays whole above the badges. */
  .pl-cluster {
    z-index: 100000 !important;
  }
  .pl-pin.is-selected,
  .pl-pin:focus {
    z-index: 200000 !important;
  }
  /* Not hidden under the workshop pins it sits below. */
  .pl-partner-pin:focus {
    z-index: 2147483647 !important;
  }
  @container (min-width: 47.5em) {
    .view-split {
      grid-template-columns: minmax(18em, 2fr) 3fr;
      align-items: start;
    }
    .view-split .map-wrap {
      order: 0;
    }
    .view-split.no-results {
      grid-template-columns: 1fr;
    }
    .view-split .map {
      height: var(--_map-height);
    }
    /* Room inside the scrolled box for the focus ring (3 px, 2 px apart) of what sits at its edges. */
    .view-split .list {
      max-height: var(--_map-height);
      overflow-y: auto;
      /* Room for the focus ring, taken back outside so the first item is level with the map. */
      margin: -5px 0 0 -5px;
      padding: 5px;
      padding-inline-end: calc(5px + 0.25em);
      scroll-padding-block: 5px;
    }
  }

  /* list */
  .list {
    min-width: 0;
  }
  /* Plain block flow with margins, not grid gaps: a re-filter lays the items out again, and flow is cheaper. */
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item + .item,
  .more,
  .printed-of {
    margin-block-start: 0.75em;
  }
  .item > * + * {
    margin-block-start: 0.2em;
  }
  .item {
    position: relative;
    display: flow-root;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    scroll-margin: 0.5em;
  }
  /* A new result's items out of sight: in the DOM at once, laid out after the first paint. */
  .later {
    content-visibility: hidden;
    contain-intrinsic-size: auto 200px;
  }
  .selected {
    border-color: var(--_accent);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .title {
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
  }
  .on-map {
    cursor: pointer;
  }
  .full .facts {
    font-weight: 600;
  }
  .group {
    margin: var(--_space) 0 0.5em;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-block-start: 0.55em;
  }
  .actions .pl-button {
    min-height: 36px;
    padding: 0.2em 0.75em;
  }
  .register {
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-height: 36px;
  }
  .more {
    width: 100%;
    justify-content: center;
  }
  /* What the printout leaves out: on paper, the button that would show it is gone. */
  .printed-of {
    display: none;
    overflow-wrap: anywhere;
  }

  /* map pieces: pins, clusters, popups, legend */
  .pl-pin svg {
    display: block;
    fill: var(--_pin);
    stroke: #fff;
    stroke-width: 1.5;
  }
  .pl-pin circle {
    fill: #fff;
  }
  .pl-pin.is-selected svg {
    fill: var(--_danger);
    transform: scale(1.25);
    transform-origin: bottom;
  }
  .pl-partner-pin svg,
  .swatch.partner svg {
    display: block;
    fill: var(--_partner-pin);
    stroke: #fff;
    stroke-width: 2;
  }
  .swatch.pin svg {
    fill: var(--_pin);
  }
  .pl-cluster {
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_pin);
    color: var(--_on-accent);
    /* The family apart: the default, "inherit", cannot be part of the shorthand (it would void it). */
    font: 700 13px/1 sans-serif;
    font-family: var(--pl-font-family, inherit);
    border: 3px solid #ffffffd9;
    box-shadow: 0 0 0 2px var(--_pin);
  }
  .pl-radius {
    border: 1.5px dashed var(--_accent);
    border-radius: 50%;
    background: color-mix(in srgb, var(--_accent) 6%, #0000);
  }
  .pl-place {
    border: 2px solid #fff;
    border-radius: 50%;
    background: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  .pl-hidden {
    display: none;
  }
  .leaflet-container {
    /* In ems of the widget's text, not of the page root: a theme with html { font-size: 10px }
       (Bootstrap 3) made popups 9 px. */
    font-size: 0.85em;
    background: #e8eef3;
  }
  .leaflet-popup-content {
    margin: 0.75em 1em;
    font-size: 1.06em;
    line-height: 1.4;
  }
  /* A phone's map is short: a tighter popup keeps its Register and calendar buttons in sight. */
  @container (max-width: 30em) {
    .leaflet-popup-content {
      margin: 0.5em 0.75em;
      line-height: 1.3;
    }
  }
  /* A map too narrow for a popup beside its zoom buttons (popup-size.ts): the open popup takes their
     place, not their cover (Leaflet's controls sit above its popups). */
  @container (max-width: 250px) {
    .leaflet-container:has(.leaflet-popup) .leaflet-control-zoom {
      visibility: hidden;
    }
  }
  .popup {
    display: grid;
    gap: 0.2em;
  }
  .popup-title {
    font-weight: 700;
    /* Clear of the close button in the corner. */
    margin-inline-end: 1em;
  }
  /* Register and the calendar stay in sight at the bottom of a popup taller than a phone's map, below
     a line: the details scroll on under it (a line cut there looked like the popup's end). */
  /* Down to the scrolled popup's edge, over its 6 px padding: no text peeks out below the buttons. */
  .popup .actions {
    position: sticky;
    bottom: -6px;
    padding-block: 0.4em 6px;
    border-top: 1px solid #ccc;
    background: #fff;
  }
  /* The map stays light whatever the theme (a dark theme's light accent would not read on it): its
     buttons take the colour of its links. */
  .popup .pl-button,
  .popup-group {
    --_accent: #0078a8;
  }
  .popup-group {
    /* Fifty workshops at one venue would run far past the map's height. */
    max-height: 15em;
    overflow-y: auto;
    margin: 0;
    padding-inline-start: 1em;
  }
  .link-button {
    padding: 0.2em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .tiles-note {
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .pl-pin svg,
    .pl-partner-pin svg,
    .legend .swatch svg {
      fill: CanvasText;
    }
    .pl-cluster {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .selected {
      outline: 2px solid Highlight;
    }
    .pl-pin.is-selected svg {
      fill: Highlight;
    }
    /* The pin's dot, white on screen, would vanish on a pin filled with a light CanvasText. */
    .pl-pin circle {
      fill: Canvas;
    }
    /* The zoom buttons' box is a shadow, which forced colours drop. */
    .leaflet-bar {
      border: 1px solid;
    }
    .leaflet-popup-content-wrapper {
      border: 1px solid CanvasText;
    }
    /* The date fields' calendar icon is drawn for the page's scheme: on a dark Canvas, light. */
    input {
      color-scheme: light dark;
    }
  }
  @media print {
    .search,
    .filters,
    .leaflet-control-zoom,
    .actions .pl-button,
    .more,
    .view-split .map-wrap {
      display: none;
    }
    /* view="map" prints its map (the split view prints its list instead), badges in their colours. */
    .map-wrap {
      print-color-adjust: exact;
    }
    .printed-of {
      display: block;
    }
    .view-split {
      display: block;
    }
    .view-split .list {
      max-height: none;
      overflow: visible;
    }
    .item {
      break-inside: avoid;
    }
    /* On paper, a link is its address. A no-break space: the link is a flex box, which drops a
       plain one at the start of its pseudo-element. */
    .register::after {
      content: '\\a0(' attr(href) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }
`;
