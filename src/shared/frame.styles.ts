import { css } from 'lit';

/**
 * For the elements that adapt to their own width (the map, the timeline, the card): the container is
 * an inner `.frame`, where no page rule (a reset's `all: unset`) reaches it. The host itself is not
 * size contained: where a page sizes boxes to their content (a table cell, a float, a flex row), it
 * takes the width of the hidden line below, `--_ideal` wide, which breaks between any two of its
 * characters, so a grid or flex column never has to widen to make room for the widget.
 *
 * Also what only these elements use, so the accordion does not carry it: --_on-accent (text on
 * accent-filled buttons and badges), --_muted-surface (tinted boxes) and paragraphs without margins
 * (each element spaces its own).
 */
export const frameStyles = css`
  .frame {
    container-type: inline-size;
  }
  :host::before {
    content: '0000000000000000';
    display: block;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    overflow-wrap: anywhere;
    letter-spacing: calc(var(--_ideal) / 16 - 1ch);
  }
  p {
    margin: 0;
  }
  :host {
    --_on-accent: var(--pl-color-on-accent, #ffffff);
    --_muted-surface: var(--pl-color-muted-surface, #7f7f7f14);
  }
`;

/**
 * `.visually-hidden`: text for screen readers only (a link's "opens in a new tab" in the map and
 * the timeline, the calculator's live region). A sheet of its own: the pricing card adds it only
 * with its lazily loaded calculator, so its ESM import does not carry it at first.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
