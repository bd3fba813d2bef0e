import { css, html, nothing, type TemplateResult } from 'lit';
import { loadFailureMessage, type CommonStrings } from '../i18n/common-strings.js';
import type { DataSource } from './data-source.js';

/** The loading and error states every data-driven element shows the same way, in the language of `t`. */
export function renderStatus(
  source: Pick<DataSource<unknown>, 'state' | 'error'>,
  t: CommonStrings,
  retry: () => void,
): TemplateResult | typeof nothing {
  if (source.state === 'loading') {
    return html`<p class="pl-status" role="status" part="status">${t.loading}</p>`;
  }
  if (source.state === 'error') {
    return html`<div class="pl-error" role="alert" part="error">
      <p>${loadFailureMessage(source.error, t)}</p>
      <button class="pl-button" type="button" @click=${retry}>${t.retry}</button>
    </div>`;
  }
  return nothing;
}

export const statusStyles = css`
  .pl-status {
    margin: 0;
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
    margin: 0;
    flex: 1 1 16rem;
  }
`;
