import { html, nothing, svg, type TemplateResult } from 'lit';
import { PARTNER_PATH, PIN_PATH } from './marker-graphics.js';
import { mediaMatches } from '../shared/reduced-motion.js';
import type { MapStrings } from './strings.js';
import type { Partner } from './types.js';

/**
 * The box Leaflet draws the map in, with a legend when partner pins are among the pins, on a touch
 * screen a line that says two fingers move the map (one scrolls the page: map-view.ts), and a note
 * when the tiles failed to load (offline, blocked); both lines are styled alike (`tiles-note`).
 * `nth`: see SearchBoxOptions.nth.
 */
export function renderMapBox(t: MapStrings, partners: readonly Partner[], tilesFailed: boolean | undefined, nth: string): TemplateResult {
  const seeking = partners.some((p) => p.status === 'seeking' && p.location);
  return html`<div class="map-wrap">
    <div class="map" part="map" id="map" role="region" aria-label=${t.mapLabel + nth}></div>
    ${seeking
      ? html`<ul class="legend">
          <li><span class="swatch pin" aria-hidden="true">${svg`<svg viewBox="0 0 24 32" width="12" height="16"><path d=${PIN_PATH} /></svg>`}</span>${t.legendWorkshop}</li>
          <li><span class="swatch partner" aria-hidden="true">${svg`<svg viewBox="0 0 24 24" width="14" height="14"><path d=${PARTNER_PATH} /></svg>`}</span>${t.legendSeeking}</li>
        </ul>`
      : nothing}
    ${mediaMatches('(pointer: coarse)') ? html`<p class="tiles-note">${t.twoFingers}</p>` : nothing}
    ${tilesFailed ? html`<p class="tiles-note">${t.tilesUnavailable}</p>` : nothing}
  </div>`;
}
