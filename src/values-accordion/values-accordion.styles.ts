import { css } from 'lit';

export const accordionStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) / 2);
  }
  /* What Expand all or Collapse all did, for screen readers only (out of the flow, wholly clipped). */
  .toolbar p {
    position: absolute;
    clip-path: inset(50%);
  }
  .items {
    border-top: 1px solid var(--_border);
  }
  .item {
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
    /* A deep link scrolls to it: not under a page's sticky header. */
    scroll-margin-top: var(--pl-scroll-margin, 5em);
  }
  .heading {
    margin: 0;
    font-weight: 600;
    font-size: var(--pl-accordion-heading-size, 1.125em);
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--_space);
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) / 2);
    /* The focus ring follows the theme's corners. */
    border-radius: var(--_radius);
    background: none;
    text-align: start;
    cursor: pointer;
    justify-content: space-between;
    border: 0;
  }
  .header:hover .label {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .header:focus-visible {
    outline-offset: -3px;
  }
  .icon {
    flex: none;
    width: 0.65em;
    height: 0.65em;
    /* The host is always left to right: the right and bottom borders make the chevron. */
    border: solid var(--_accent);
    border-width: 0 2px 2px 0;
    transform: translateY(-25%) rotate(45deg);
    /* The only element with an animation: its length is read here, not in the tokens. */
    transition: transform var(--pl-duration, 0.2s);
  }
  .header[aria-expanded='true'] .icon {
    transform: translateY(25%) rotate(-135deg);
  }
  .panel {
    padding: 0 calc(var(--_space) / 2) var(--_space);
  }
  /* A <pl-value>, the body of its panel. A link to its id scrolls the page to it: the margin keeps
     the header above it in view too, below a page's sticky header (--pl-scroll-margin). */
  ::slotted(*) {
    display: block;
    scroll-margin-top: calc(var(--pl-scroll-margin, 5em) + 3em);
  }
  /* Every paragraph: a value's, and the status line's and error box's (see statusStyles). */
  p {
    margin: 0;
  }
  .panel p + p {
    margin-top: 0.75em;
  }
  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .icon {
      border-color: ButtonText;
    }
  }
  @media print {
    .toolbar,
    .icon {
      display: none;
    }
    .panel[hidden] {
      display: block;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
