import { css, html, nothing, type TemplateResult } from 'lit';
import { loadFailureMessage, type CommonStrings } from '../i18n/common-strings.js';
import type { DataSource } from './data-source.js';

/**
 * The loading and error states every data-driven element shows the same way, in the language of `t`.
 * They sit in one region that stays in place: Retry moves focus to it, so when the alert (and the
 * button with it) gives way to "Loading…", focus stays in the widget instead of falling back to the
 * page; then to the content's first control.
 */
export function renderStatus(
  source: Pick<DataSource<unknown>, 'state' | 'error'>,
  t: CommonStrings,
  retry: () => void,
  /** What failed, before the reason ("Regional partners: ..."), when it is not the element's data. */
  what?: string,
): TemplateResult {
  const retryHere = (event: Event) => {
    const region = (event.currentTarget as Element).closest<HTMLElement>('.pl-status-region');
    const root = region?.getRootNode() as ShadowRoot;
    region?.focus();
    retry();
    // Loaded on first need: most pages never show Retry.
    if (region) void import('./retry-focus.js').then((m) => m.focusContentWhenLoaded(region, root));
  };
  // Retry says what it retries (several widgets of a page may fail at once); a map has two of them.
  const id = what ? 'pl-error-2' : 'pl-error-1';
  const content =
    source.state === 'loading'
      ? html`<p class="pl-status" role="status" part="status">${t.loading}</p>`
      : source.state === 'error'
        ? html`<div class="pl-error" role="alert" part="error">
            <p id=${id}>${(what ? `${what}: ` : '') + loadFailureMessage(source.error, t)}</p>
            <button class="pl-button" type="button" aria-describedby=${id} @click=${retryHere}>${t.retry}</button>
          </div>`
        : nothing;
  // No space inside the region: empty, it matches :empty (no focus ring around nothing).
  return html`<div class="pl-status-region" tabindex="-1">${content}</div>`;
}

export const statusStyles = css`
  /* Set here, beside the error box it colours: the card adopts these styles only when it may show one. */
  :host {
    --_danger: var(--pl-color-danger, #b3261e);
  }
  .pl-status-region:empty:focus {
    outline: 0;
  }
  /* Paragraphs have no margins in every element (frameStyles, the accordion's). */
  .pl-status {
    padding: var(--_space);
  }
  .pl-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
  }
  .pl-error p {
    flex: 1 1 16rem;
  }
  /* Paper keeps the message, not a button no one can press. */
  @media print {
    .pl-error button {
      display: none;
    }
  }
`;
