import { html, nothing, type TemplateResult } from 'lit';
import type { MapStrings } from './strings.js';

export interface SearchBoxOptions {
  t: MapStrings;
  /** After the landmark names of the second finder on a page and later (" 2"): each is told apart. */
  nth: string;
  value: string;
  /** Whether the browser offers geolocation here (it refuses it outright on pages not served over https). */
  canLocate: boolean;
  onSubmit: (text: string) => void;
  onLocate: () => void;
  onClear: () => void;
  /** Every change of the text while it is typed (before any submit). */
  onInput: (text: string) => void;
}

/**
 * The search form: a labelled text box, Search, and "Use my location". The buttons stay enabled while
 * a search runs: disabling the focused one would drop keyboard focus, and a new search simply
 * replaces the pending one.
 */
export function renderSearchBox(options: SearchBoxOptions): TemplateResult {
  const { t } = options;
  // Search and Enter run the search themselves: in a frame sandboxed without allow-forms (WordPress's
  // block preview) the browser blocks the form's submission, and with it the submit event. Not the
  // Enter that ends an IME composition (Safari says so by keyCode 229 alone).
  const submit = (event: Event) => {
    event.preventDefault();
    options.onSubmit((event.target as Element).closest('form')!.near.value);
  };
  return html`<form class="search" part="search" role="search" aria-label=${t.searchLandmark + options.nth} @submit=${submit}>
    <label for="near">${t.searchLabel}</label>
    <div class="search-row">
      <input
        id="near"
        name="near"
        type="search"
        autocomplete="postal-code"
        enterkeyhint="search"
        .value=${options.value}
        @keydown=${(event: KeyboardEvent) => event.key == 'Enter' && !event.isComposing && event.keyCode != 229 && submit(event)}
        @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
        @search=${(event: Event) => {
          if (!(event.target as HTMLInputElement).value) options.onClear();
        }}
      />
      <button class="pl-button primary" type="submit" @click=${submit}>${t.searchButton}</button>
      ${options.canLocate
        ? html`<button class="pl-button" type="button" @click=${options.onLocate}>${t.useLocation}</button>`
        : nothing}
    </div>
  </form>`;
}
