/** What the accordion's test files share (and the provider's, which show its values): its headers and panels as assistive technology finds them. */
import { visibleText } from '../support/helpers.js';

export const headers = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
export const panelOf = (el: HTMLElement, header: HTMLButtonElement) => el.shadowRoot!.getElementById(header.getAttribute('aria-controls')!)!;
/** Each header's state, in order: true when its panel is open. */
export const expanded = (el: HTMLElement) => headers(el).map((h) => h.getAttribute('aria-expanded') === 'true');
/** The headers' text, in order: the values' headings a reader sees. */
export const headings = (el: HTMLElement) => headers(el).map((header) => visibleText(header));
