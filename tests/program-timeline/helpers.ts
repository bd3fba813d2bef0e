/** What the timeline's test files share: mounting a timeline, and reading its phases and progress as a reader does. */
import { fixture, html } from '@open-wc/testing';
import type { PhaseInput, PlProgramTimeline } from '../../src/program-timeline.js';
import { visibleText } from '../support/helpers.js';

export const items = (el: PlProgramTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol > li')];
export const currentItems = (el: PlProgramTimeline) => items(el).filter((li) => li.getAttribute('aria-current') === 'step');
/** The progress line ("Now: …", "Starts …"), or "" when there is none. */
export const progressText = (el: PlProgramTimeline) => visibleText(el.shadowRoot!.querySelector('[part="progress"]') ?? document.createElement('p'));

/** A timeline with these attributes, `.phases` (as written: some tests give phases it must clean up or refuse) and children, once drawn. */
export async function mount(attrs: Record<string, string>, phases?: unknown[], children = ''): Promise<PlProgramTimeline> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('pl-program-timeline');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (phases) el.phases = phases as PhaseInput[];
  el.innerHTML = children;
  container.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}
