import { css } from 'lit';

/**
 * A plain outlined button, shared by Retry, Expand all and friends. A module of its own: the pricing
 * card shows one only in its lazily loaded document view, so its initial code does not carry it.
 */
export const buttonStyles = css`
  .pl-button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    font-weight: 600;
    cursor: pointer;
    color: var(--_accent);
  }
  /* The token itself: the accordion, which has no other tinted box, does not define --_muted-surface. */
  .pl-button:hover {
    background: var(--pl-color-muted-surface, #7f7f7f14);
  }
  @media (forced-colors: active) {
    .pl-button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
