import { html, nothing, type TemplateResult } from 'lit';
import { calculatorStrings } from './calculator-strings.js';
import { discountAmount, nextTier, subtotal, type Quote } from './quote.js';
import type { PricingSettings } from './settings.js';
import type { PricingStrings } from './strings.js';

/**
 * The calculator is loaded by the card only when `calculator` is set (most cards only show a price):
 * this module is its own chunk for ESM users, with its styles and words.
 */
export { calculatorStyles } from './calculator.styles.js';
// For the live region that says each new total (the card itself has no screen-reader-only text).
export { visuallyHidden } from '../shared/frame.styles.js';
export { quote } from './quote.js';

/** What the calculator needs from the card: its quote, settings, words, formatters and handlers. */
export interface CalculatorView {
  quote: Quote;
  settings: PricingSettings;
  /** The card's words (free, per unit, seat counts) and its language, for the calculator's own. */
  strings: PricingStrings;
  lang: string;
  money: (amount: number) => string;
  percent: (percent: number) => string;
  /** The card's settings now (its seat count and maximum in effect). */
  currentSettings: () => PricingSettings;
  /** Sets the card's seat count to a new one (a whole number within the limits), and fires its pl-quote-change. */
  setSeats: (seats: number) => void;
}

/**
 * Sets the seat count from the count in effect (kept within 1 and the maximum; NaN changes
 * nothing); gives the count in effect then. Here, not in the card: only a card with a calculator loads it.
 */
function changeSeats(view: CalculatorView, count: (seats: number) => number): number {
  const next = Math.min(view.currentSettings().maxSeats, Math.max(1, Math.floor(count(view.currentSettings().seats))));
  // NaN (a half-typed count) is never equal, and changes nothing.
  if (next === next && next !== view.currentSettings().seats) view.setSeats(next);
  return view.currentSettings().seats;
}

/**
 * The count in the field; NaN while it is half typed ("", "0", "1e"): those wait for more keys.
 * Committed (Enter, blur), a count below 1 is one, as one over the maximum is the maximum.
 */
function typedSeats(event: Event, committed?: boolean): number {
  const raw = (event.target as HTMLInputElement).value.trim();
  const count = Number(raw);
  return raw && isFinite(count) && (committed || count >= 1) ? count : NaN;
}

/**
 * Has the calculator's live region say what the card's last render gave it (`said`; only this writes
 * its text), `ms` from now: at once (after the card's update) for − and + and PageUp/PageDown, 0.5 s
 * after the last keystroke for a typed count, so "3" on the way to "35" is never read, and at once
 * for a commit (Enter, blur) that changes the field ("0" is then 1); `quiet` cancels and empties. Each
 * card's region keeps its own timer: a + on another card does not cancel what this one is about to say.
 * What was said is emptied 5 s later (a reader does not read a removal): someone who moves through
 * the card later finds no old total, nor one in the page's former language.
 */
function say(event: Event, ms?: number, quiet?: boolean): void {
  const region = (event.currentTarget as Element).closest('fieldset')!.querySelector('[aria-live]') as Element & { said: string; timer?: ReturnType<typeof setTimeout> };
  clearTimeout(region.timer);
  // Quiet: what was said no longer holds (the field is emptied or at 0), and the timer that would
  // have emptied it is the one just cleared.
  if (quiet) region.textContent = '';
  else {
    // Held weakly: a card the page removes meanwhile is not kept in memory for these timers.
    const weak = new WeakRef(region);
    region.timer = setTimeout(() => {
      const live = weak.deref();
      if (live) {
        live.textContent = live.said;
        live.timer = setTimeout(() => weak.deref()?.replaceChildren(), 5e3);
      }
    }, ms);
  }
}

/**
 * The seat stepper and the quote: a labelled number field (a spinbutton to assistive technology)
 * between − and + buttons that stay focusable at the limits (aria-disabled, so focus is not lost),
 * the breakdown, and a polite live region that reads the new total (see `say`); at the maximum, a
 * note that says so (a typed 5000 is quoted for 50).
 */
export function renderCalculator(view: CalculatorView): TemplateResult {
  const { quote: q, settings: s, strings: card, money } = view;
  const t = { ...card, ...calculatorStrings(view.lang) };
  const upgrade = q.unitPrice > 0 ? nextTier(q.seats, s.tiers, s.maxSeats) : undefined;
  const percent = q.discountPercent ? view.percent(q.discountPercent) : '';
  const total = q.total === 0 ? t.free : money(q.total);
  const most = q.seats < s.maxSeats ? '' : t.most(t.seatCount(s.maxSeats, view.lang));
  const seats = t.seatCount(q.seats, view.lang);
  return html`<fieldset class="calculator" part="calculator">
    <legend>${t.calculator}</legend>
    <label for="seats">${t.seatsLabel}</label>
    <div class="stepper">
      <button
        class="step"
        type="button"
        aria-label=${t.fewer}
        aria-controls="seats"
        aria-disabled=${q.seats <= 1}
        @click=${(event: Event) => {
          changeSeats(view, (seats) => seats - 1);
          say(event);
        }}
      >
        <span aria-hidden="true">&#8722;</span>
      </button>
      <input
        id="seats"
        type="number"
        inputmode="numeric"
        min="1"
        max=${s.maxSeats}
        step="1"
        .value=${q.seats}
        @input=${(event: Event) => {
          // Over the maximum the field shows the maximum, at every key: Lit writes it only when the
          // count changes, so a 0 typed after a count already at the maximum would stay ("10000").
          const typed = typedSeats(event);
          const seats = changeSeats(view, () => typed);
          if (typed > view.currentSettings().maxSeats) (event.target as HTMLInputElement).value = String(seats);
          // A field emptied or at 0 on the way to another count says nothing: the total it would say is the old one.
          say(event, 500, !(typed >= 1));
        }}
        @change=${(event: Event) => {
          // Committed (Enter, blur): the field then shows the count in effect, said when that is not
          // what was typed (a typed 0 becomes 1 only now; the same words again would be read again).
          const input = event.target as HTMLInputElement;
          const typed = input.value;
          if (typed != (input.value = String(changeSeats(view, () => typedSeats(event, true))))) say(event);
        }}
        @keydown=${(event: KeyboardEvent) => {
          const step = { PageUp: 10, PageDown: -10 }[event.key];
          if (step === undefined) return;
          event.preventDefault();
          changeSeats(view, (seats) => seats + step);
          say(event);
        }}
      />
      <button
        class="step"
        type="button"
        aria-label=${t.more}
        aria-controls="seats"
        aria-disabled=${q.seats >= s.maxSeats}
        @click=${(event: Event) => {
          changeSeats(view, (seats) => seats + 1);
          say(event);
        }}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
    ${most ? html`<p class="hint">${most}</p>` : nothing}
    <dl class="breakdown">
      <div><dt>${t.unitPrice(t.perUnit(s.unit))}</dt><dd>${q.unitPrice ? money(q.unitPrice) : t.free}</dd></div>
      ${q.discountPercent
        ? html`<div><dt>${t.subtotal(seats)}</dt><dd>${money(subtotal(q))}</dd></div>
            <div><dt>${t.discount(percent)}</dt><dd>&#8722;${money(discountAmount(q))}</dd></div>`
        : nothing}
      <div class="total" part="total"><dt>${t.total}</dt><dd>${total}</dd></div>
    </dl>
    <p class="visually-hidden" aria-live="polite" aria-atomic="true" .said=${`${q.total ? t.announce(seats, total, percent) : `${seats}: ${total}.`} ${most}`}></p>
    ${upgrade ? html`<p class="hint">${t.nextTier(t.seatCount(upgrade.min, view.lang), view.percent(upgrade.percent))}</p>` : nothing}
  </fieldset>`;
}
