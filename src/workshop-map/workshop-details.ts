import { html, nothing, type TemplateResult } from 'lit';
import { namesCity } from '../shared/ics.js';
import { stateZone } from '../shared/geo/us-states.js';
import { formatMoney, formatNumber } from '../shared/i18n/format.js';
import { formatSessionRange } from '../shared/i18n/zoned-time.js';
import { isExternal, safeUrl } from '../shared/safe-url.js';
import { sessionUntil } from './instants.js';
import type { MapStrings } from './strings.js';
import type { Units, Workshop, WorkshopSession } from './types.js';

/**
 * The pieces of a workshop that both the list item and the map popup show. Everything from data is
 * interpolated as text (Lit escapes it); links are re-checked to be http(s).
 */
export interface DetailContext {
  t: MapStrings;
  lang: string;
  units: Units;
  /** Display name of a course key ("csf" -> "CS Fundamentals"). */
  courseName: (workshop: Workshop) => string;
  /** Epoch ms of "now" (the element's `today`). */
  now: number;
}

const sessionEnded = (session: WorkshopSession, now: number): boolean => sessionUntil(session.start, session.end) < now;

/** Whether the workshop is over (listed with include-past): it can no longer be registered for. */
export function hasEnded({ sessions }: Workshop, now: number): boolean {
  // Every session, not the last to start: an earlier one may end later (a week-long session).
  return sessions.every((session) => sessionEnded(session, now));
}

/** "2.5 mi", "12 mi"; `digits`: the most decimals (a radius keeps its "12.5"). */
export function formatDistance(value: number, units: Units, lang: string, digits = value < 10 ? 1 : 0): string {
  return formatNumber(value, lang, {
    style: 'unit',
    unit: units === 'km' ? 'kilometer' : 'mile',
    // A Spanish voice reads "mi" as "my": "50 millas".
    unitDisplay: units == 'mi' && lang.startsWith('es') ? 'long' : 'short',
    maximumFractionDigits: digits,
  });
}

/** The most later days a workshop lists after its next session ("…" stands for the rest). */
const LATER_DAYS = 6;

/**
 * The dates and times of the first session not over yet (of the first, once all are), then the days
 * of the sessions after it: "(and 2 more sessions: Tue, Jul 13; Wed, Jul 14)". A series under way
 * says which session is next ("session 3 of 5").
 */
export function whenTemplate({ sessions, timeZone, location }: Workshop, { t, lang, now }: DetailContext): TemplateResult {
  const next = Math.max(0, sessions.findIndex((session) => !sessionEnded(session, now)));
  const home = stateZone(location?.state);
  const later = sessions.slice(next + 1);
  const days = later.slice(0, LATER_DAYS).map((session) => formatSessionRange(session, timeZone, lang, home, true));
  if (later.length > LATER_DAYS) days.push('\u2026');
  const notes = [next && t.sessionOf(next + 1, sessions.length), later.length && `${t.moreSessions(later.length)}: ${days.join('; ')}`].filter(Boolean);
  return html`${formatSessionRange(sessions[next], timeZone, lang, home)}${notes.length ? html` <span class="more-sessions">(${notes.join('; ')})</span>` : nothing}`;
}

/**
 * Text from data in a line of the widget's own: its direction kept to itself (first-strong isolates),
 * so a right-to-left place name cannot pull the street number before it, nor a stray U+202E
 * reverse the words after it.
 */
const isolated = (text?: string): string => `\u2068${text}\u2069`;

export function placeText(workshop: Workshop, t: MapStrings): string {
  if (workshop.virtual) return t.virtual;
  const where = workshop.location;
  if (!where) return '';
  // An address often already holds the city: it is not said twice.
  const cityState = namesCity(where.address, where.city) ? '' : [where.city, where.state].filter(Boolean).join(', ');
  return [where.name, where.address, cityState].filter(Boolean).map(isolated).join(' · ');
}

export function seatsText(workshop: Workshop, { t, lang }: DetailContext): string | undefined {
  const left = workshop.seatsRemaining;
  if (left === undefined) return undefined;
  return left <= 0 ? t.full : t.seatsLeft(formatNumber(left, lang), left);
}

export function costText(workshop: Workshop, { t, lang }: DetailContext): string | undefined {
  const currency = workshop.currency || 'USD';
  const parts: string[] = [];
  if (workshop.cost !== undefined) parts.push(workshop.cost === 0 ? t.free : formatMoney(workshop.cost, currency, lang));
  if (workshop.value !== undefined && workshop.value !== workshop.cost) parts.push(t.value(formatMoney(workshop.value, currency, lang)));
  return parts.length ? parts.join(' · ') : undefined;
}

/**
 * Register (when there is a link) and Add to calendar, for a workshop not over yet: once it has ended
 * neither can be done. `titleId`: the id of the workshop's title, so each is announced with what it
 * is for.
 */
export function signUp(workshop: Workshop, { t, now }: DetailContext, titleId: string, onCalendar: (workshop: Workshop) => void): TemplateResult | typeof nothing {
  if (hasEnded(workshop, now)) return nothing;
  const href = safeUrl(workshop.registrationUrl);
  const external = href && isExternal(href);
  return html`${href
      ? html`<a class="register" href=${href} target=${external ? '_blank' : nothing} rel="noopener" aria-describedby="${titleId} ${external ? 'tab' : ''}"
          >${t.register}</a
        >`
      : nothing}
    <button class="pl-button calendar" type="button" aria-describedby=${titleId} @click=${() => onCalendar(workshop)}>${t.addToCalendar}</button>`;
}

/** "CS Fundamentals · Deep dive". */
export const metaText = (workshop: Workshop, ctx: DetailContext): string => `${isolated(ctx.courseName(workshop))} \u00b7 ${ctx.t.types[workshop.type]}`;

/** The seats fact: "Ended" once it is over, else the seats left ("Full"), or undefined when unknown. */
export const seatsFact = (workshop: Workshop, ctx: DetailContext): string | undefined =>
  hasEnded(workshop, ctx.now) ? ctx.t.ended : seatsText(workshop, ctx);

/** Seats (or "Ended"), cost and scholarships: "12 seats left · Free · $300 value · Scholarships available". */
export function factsText(workshop: Workshop, ctx: DetailContext, seats = seatsFact(workshop, ctx)): string {
  return [seats, costText(workshop, ctx), workshop.scholarships && ctx.t.scholarships].filter(Boolean).join(' \u00b7 ');
}

let popups = 0;

/** A map popup: what a list item shows (with view="map" it is the only place that shows it). */
export function popupTemplate(workshop: Workshop, ctx: DetailContext, onCalendar: (workshop: Workshop) => void): TemplateResult {
  const facts = factsText(workshop, ctx);
  // Its own id: the popup it replaces is still there while it fades out.
  const titleId = `popup-${++popups}`;
  return html`<div class="popup" role="group" tabindex="-1" aria-labelledby=${titleId}>
    <p class="popup-title" id=${titleId}>${workshop.title}</p>
    <p>${metaText(workshop, ctx)}</p>
    <p>${whenTemplate(workshop, ctx)}</p>
    <p>${placeText(workshop, ctx.t)}</p>
    ${facts ? html`<p>${facts}</p>` : nothing}
    <p class="actions">
      ${signUp(workshop, ctx, titleId, onCalendar)}
    </p>
  </div>`;
}
