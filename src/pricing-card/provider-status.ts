import type { ProviderLoad } from '../shared/context.js';
import { renderStatus, statusStyles } from '../shared/data/status-view.js';
import { commonStrings } from '../shared/i18n/common-strings.js';
import { buttonStyles } from '../shared/tokens.styles.js';

/**
 * What a card shows while the prices it expects from a `<pl-provider>` document load, or after that
 * document failed (the error, and Retry). Loaded by the card only then: most cards never need it.
 */
export const providerStatusStyles = [buttonStyles, statusStyles];

export function renderProviderLoad(load: ProviderLoad, lang: string) {
  const t = commonStrings(lang);
  return renderStatus(load, t, load.retry);
}
