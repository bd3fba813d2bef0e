import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { PhaseFormat } from './phase-items.js';

/** Decorative icons: the text beside each one carries the meaning, so they are hidden from AT. */
const icon = (shapes: SVGTemplateResult, className = 'icon'): TemplateResult =>
  html`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true">${shapes}</svg>`;

export const formatIcons: Record<PhaseFormat, TemplateResult> = {
  online: icon(svg`<rect x="3" y="4" width="18" height="12" rx="1.5" /><path d="M8 20h8M12 16v4" />`),
  'in-person': icon(svg`<circle cx="9" cy="8" r="3" /><path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6" />
    <circle cx="17" cy="9" r="2.5" /><path d="M16.5 14.2c2.6.4 4.5 2.8 4.5 5.8" />`),
  blended: icon(svg`<rect x="2" y="4" width="12" height="9" rx="1" /><path d="M5 17h6M8 13v4" />
    <circle cx="18" cy="9" r="2.5" /><path d="M14 20c0-2.2 1.8-4 4-4s4 1.8 4 4" />`),
};

export const calendarIcon = icon(svg`<rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" />`);

export const clockIcon = icon(svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`);

export const checkIcon = icon(svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`, 'check');
