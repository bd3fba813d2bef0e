import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/values-accordion.js';
import '../src/program-timeline.js';
import '../src/pricing-card.js';
import '../src/workshop-map.js';
import type { PhaseInput } from '../src/program-timeline.js';

/**
 * All four widgets under three themes. Each theme is only --pl-* custom properties on a wrapper, as a
 * partner page would set them; the CSS shown in each panel is exactly the CSS applied (see docs/theming.md).
 */

interface Theme {
  id: 'default' | 'branded' | 'dark';
  name: string;
  about: string;
  css: string;
}

const THEMES: Theme[] = [
  {
    id: 'default',
    name: 'Default',
    about: 'No theme CSS: the widgets take the font and text colour of the page around them (here a sans-serif font and #1f2933).',
    css: `/* Nothing to set. Font and text colour come from your page;
   accent #0b5cab, border #767b84, radius 8px, spacing 1rem. */`,
  },
  {
    id: 'branded',
    name: 'Branded light',
    about: 'Another accent, a serif font, rounder corners and more room.',
    css: `.theme-branded {
  --pl-font-family: Georgia, "Times New Roman", serif;
  --pl-color-text: #2a2320;
  --pl-color-accent: #0f5c52;
  --pl-color-on-accent: #ffffff;
  --pl-color-surface: #ffffff;
  --pl-color-muted-surface: #f1ebe1;
  --pl-color-border: #8c7f73;
  --pl-radius: 14px;
  --pl-space: 1.25rem;
  --pl-focus-ring: 3px solid #b3400c;
  --pl-pricing-highlight: #e3f0ec;
  --pl-timeline-current-surface: #e3f0ec;
}`,
  },
  {
    id: 'dark',
    name: 'Dark scheme',
    about: 'Light text on dark surfaces. The widgets paint no page background: use it on a dark section.',
    css: `/* For a dark page or section (here background #121820). */
.theme-dark {
  color-scheme: dark; /* native checkboxes, date pickers and scrollbars */
  --pl-color-text: #e6edf3;
  --pl-color-accent: #7cc0ff;
  --pl-color-on-accent: #0a1a2b;
  --pl-color-surface: #1b2430;
  --pl-color-muted-surface: rgba(255, 255, 255, 0.07);
  --pl-color-border: #8593a3;
  --pl-color-success: #6fdc8c;
  --pl-color-danger: #e5484d; /* also the selected pin, on the light map */
  --pl-focus-ring: 3px solid #d06000;
  --pl-pricing-highlight: #223244;
  --pl-timeline-current-surface: #1f3347;
  /* The map stays light: pins need a colour that reads on it and
     behind the cluster counts, which use --pl-color-on-accent. */
  --pl-workshop-map-pin: #3b82f6;
}`,
  },
];

/** Layout of the story itself: not part of any theme. */
const CHROME = `
.themes { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start; }
.panel { display: grid; gap: 1rem; min-width: 0; padding: 1rem; border-radius: 10px;
  font-family: "Segoe UI", system-ui, sans-serif; }
.panel > h2 { margin: 0; font-size: 1.25rem; }
.panel > p { margin: 0; }
.panel-default { background: #ffffff; color: #1f2933; outline: 1px solid #d0d4da; }
.panel-branded { background: #f7f3ec; color: #2a2320; }
.panel-dark { background: #121820; color: #e6edf3; }
.theme-css { margin: 0; padding: 0.75rem; border-radius: 6px; background: rgba(127, 127, 127, 0.12);
  font: 0.8125rem/1.45 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
.panel summary { min-height: 24px; cursor: pointer; font-weight: 600; }
.panel details[open] summary { margin-block-end: 0.5rem; }
.widgets { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); align-items: start; }
.widgets .wide { grid-column: 1 / -1; }
.themes .widgets { --pl-workshop-map-height: 300px; }
`;

function styleSheet(): HTMLStyleElement {
  // Lit cannot bind inside <style>, so the sheet is a node built from the same strings the panels print.
  const style = document.createElement('style');
  style.textContent = CHROME + THEMES.map((theme) => theme.css).join('\n');
  return style;
}

/** The high-school program, with the dates and durations of the demo page's (demo/data/program.json). */
const PHASES: PhaseInput[] = [
  { name: 'Phase 1', title: 'Online course', duration: 'About 10 hours, at your own pace', format: 'online', start: '2026-05-04', end: '2026-06-12' },
  { name: 'Phase 2', title: 'Summer workshop', duration: 'Five days', format: 'in-person', start: '2026-06-22', end: '2026-06-26' },
  {
    name: 'Phase 3',
    title: 'Quarterly workshops',
    duration: 'Four Saturdays, one each quarter',
    format: 'blended',
    start: '2026-09-19',
    end: '2027-04-17',
    summary: 'One-day workshops with online support in between.',
  },
  { name: 'Phase 4', title: 'Closing workshop', duration: 'Two days', format: 'in-person', start: '2027-06-14', end: '2027-06-15' },
];

const WORKSHOPS = [
  {
    id: 'theme-atl-csd',
    title: 'CS Discoveries Summer Workshop',
    course: 'csd',
    courseName: 'CS Discoveries',
    type: 'summer',
    // Five days in person, Monday to Friday.
    sessions: [26, 27, 28, 29, 30].map((day) => ({ start: `2027-07-${day}T09:00:00-04:00`, end: `2027-07-${day}T16:00:00-04:00` })),
    timeZone: 'America/New_York',
    location: { name: 'Atlanta Public Library', city: 'Atlanta', state: 'GA', postalCode: '30303', lat: 33.7392, lng: -84.4351 },
    capacity: 24,
    seatsRemaining: 20,
    registrationUrl: 'https://example.org/register/theme-atl-csd',
    cost: 0,
    scholarships: true,
  },
  {
    id: 'theme-sav-csf',
    title: 'CS Fundamentals Intro',
    course: 'csf',
    courseName: 'CS Fundamentals',
    type: 'intro',
    sessions: [{ start: '2027-08-21T09:00:00-04:00', end: '2027-08-21T15:00:00-04:00' }],
    timeZone: 'America/New_York',
    location: { name: 'Savannah Tech Center', city: 'Savannah', state: 'GA', postalCode: '31401', lat: 32.0809, lng: -81.0912 },
    capacity: 30,
    seatsRemaining: 0,
    registrationUrl: 'https://example.org/register/theme-sav-csf',
    // Intro workshops for K-5 teachers are free.
    cost: 0,
    scholarships: false,
  },
  {
    id: 'theme-online-csp',
    title: 'CS Principles Online Kickoff',
    course: 'csp',
    courseName: 'CS Principles',
    type: 'academic-year',
    sessions: [{ start: '2027-09-11T10:00:00-05:00', end: '2027-09-11T13:00:00-05:00' }],
    timeZone: 'America/Chicago',
    virtual: true,
    seatsRemaining: 40,
    registrationUrl: 'https://example.org/register/theme-online-csp',
    cost: 0,
  },
];

/** The four widgets; `opened`: which value is open (regions of one page need different names). */
function widgets(opened: number): TemplateResult {
  return html`<div class="widgets">
    <pl-values-accordion heading-level="3">
      <pl-value heading="Teachers are the experts" ?open=${opened === 0}>
        <p>Workshops are built so that participants learn from each other; facilitators guide rather than lecture.</p>
      </pl-value>
      <pl-value heading="Equity" ?open=${opened === 1}>
        <p>Reaching every student means naming the gaps in who takes computer science, and working on them.</p>
      </pl-value>
      <pl-value heading="Community" ?open=${opened === 2}>
        <p>No one should teach computer science alone.</p>
      </pl-value>
    </pl-values-accordion>

    <pl-pricing-card
      heading="CS Fundamentals Deep Dive"
      value="300"
      price="0"
      price-label="for teachers in partner districts"
      unit="teacher"
      calculator
      discounts='[{"min":5,"percent":10},{"min":10,"percent":20}]'
      scholarship-url="https://example.org/scholarships"
      cta-url="https://example.org/workshops"
      cta-label="Find a workshop"
    >
      <p>One seven-hour day for teachers who already teach the elementary course.</p>
      <ul slot="includes">
        <li>Led by a trained facilitator</li>
        <li>A certificate of completion</li>
        <li>Swag to take home</li>
      </ul>
      <p slot="scholarship">Scholarships can cover the whole cost for teachers and schools that need them.</p>
    </pl-pricing-card>

    <pl-program-timeline class="wide" heading="High school program, 2026‑2027" today="2026-11-23" .phases=${PHASES}></pl-program-timeline>

    <pl-workshop-map
      class="wide"
      .workshops=${WORKSHOPS}
      today="2026-11-23"
      center="32.9,-82.8"
      zoom="6"
      fallback-url="https://example.org/contact"
    ></pl-workshop-map>
  </div>`;
}

/** One theme's wrapper: the class that carries the tokens, its CSS, and the four widgets. */
function panel(theme: Theme, collapsed: boolean, opened = 0): TemplateResult {
  const headingId = `theme-${theme.id}-heading`;
  const code = html`<pre class="theme-css"><code>${theme.css}</code></pre>`;
  return html`<section class="panel panel-${theme.id} theme-${theme.id}" aria-labelledby=${headingId}>
    <h2 id=${headingId}>${theme.name}</h2>
    <p>${theme.about}</p>
    ${collapsed ? html`<details><summary>CSS for this theme</summary>${code}</details>` : code} ${widgets(opened)}
  </section>`;
}

const meta: Meta = {
  title: 'Guides/Theming',
  // A guide, not an element: no generated docs page (those document one component each).
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

export const AllThemes: Story = {
  name: 'All four widgets, three themes',
  render: () => html`${styleSheet()}
    <div class="themes">${THEMES.map((theme, i) => panel(theme, true, i))}</div>`,
};

const single = (id: Theme['id']): Story => ({
  name: THEMES.find((theme) => theme.id === id)!.name,
  render: () => html`${styleSheet()}${panel(THEMES.find((theme) => theme.id === id)!, false)}`,
});

export const Default = single('default');
export const Branded = single('branded');
export const Dark = single('dark');
