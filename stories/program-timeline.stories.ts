import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { asCode, propertyScript } from './property-source.js';
import '../src/program-timeline.js';
import type { PhaseInput } from '../src/program-timeline.js';
import { FOREVER } from './still-loading.js';

interface Args {
  heading: string;
  orientation: 'auto' | 'horizontal' | 'vertical';
  current: string;
  today: string;
  lang: string;
}

/**
 * The high-school program: online course, five-day summer workshop, quarterly workshops, closing workshop
 * (the dates and durations of the demo page's program, demo/data/program.json).
 */
const highSchool = html`
  <pl-phase name="Phase 1" title="Online course" duration="About 10 hours, at your own pace" format="online" start="2026-05-04" end="2026-06-12">
    <p>A course on what computer science changes in students' lives, and on teaching practices that widen who
      takes part in computing.</p>
  </pl-phase>
  <pl-phase name="Phase 2" title="Summer workshop" duration="Five days" format="in-person" start="2026-06-22" end="2026-06-26">
    <p>A week with teachers from your region, centred on how to teach computer science well.</p>
    <ul>
      <li>Teach content through inquiry, with equity in every lesson</li>
      <li>Practise lessons with the Teacher / Learner / Observer model</li>
      <li>Start a learning community that outlasts the partnership</li>
    </ul>
  </pl-phase>
  <pl-phase name="Phase 3" title="Quarterly workshops" duration="Four Saturdays, one each quarter" format="blended" start="2026-09-19" end="2027-04-17">
    <p>One-day workshops in person or online, with online support in between.</p>
    <ul>
      <li>Support for the units coming up next</li>
      <li>More practice with the Teacher / Learner / Observer model</li>
    </ul>
  </pl-phase>
  <pl-phase name="Phase 4" title="Closing workshop" duration="Two days" format="in-person" start="2027-06-14" end="2027-06-15">
    <p>Look back on the year and plan how you keep growing once the structured program ends.
      <a href="https://example.org/districts">Ask about a district partnership</a></p>
  </pl-phase>
`;

/** The element with the args as attributes, around `content` (its phases; nothing when `src` or `phases` feeds it). */
const timeline = (args: Args, content: unknown, src?: string, phases?: unknown[]) => html`<pl-program-timeline
  src=${ifDefined(src)}
  .phases=${phases}
  heading=${ifDefined(args.heading || undefined)}
  orientation=${args.orientation}
  current=${args.current}
  today=${ifDefined(args.today || undefined)}
  lang=${ifDefined(args.lang || undefined)}
  @pl-phase-select=${(event: CustomEvent) => console.info('pl-phase-select', event.detail)}
>
  ${content}
</pl-program-timeline>`;

const meta: Meta<Args> = {
  title: 'Elements/Program timeline',
  component: 'pl-program-timeline',
  // The Docs page gets a second tab with <pl-phase>'s attributes.
  subcomponents: { 'pl-phase': 'pl-phase' },
  args: { heading: 'High school computer science, 2026‑2027', orientation: 'auto', current: 'auto', today: '2026-11-23', lang: '' },
  argTypes: {
    heading: { control: 'text' },
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    current: { control: 'text', hint: 'Try `auto`, `2` or `none`.' },
    today: { control: 'text', hint: 'Empty here: the real date.' },
    lang: { control: 'select', options: ['', 'en', 'es'] },
  },
  render: (args) => timeline(args, highSchool),
};
export default meta;
type Story = StoryObj<Args>;

export const Auto: Story = { name: 'Auto orientation (resize the canvas)' };

export const Horizontal: Story = { args: { orientation: 'horizontal' } };

export const Vertical: Story = { args: { orientation: 'vertical' } };

export const InSidebar: Story = {
  name: 'In a narrow sidebar (auto)',
  args: { heading: 'Your year of learning' },
  render: (args, context) => html`<div class="page">
    <style>
      .page { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 2rem; }
      @media (max-width: 40rem) { .page { grid-template-columns: 1fr; } }
    </style>
    <article>
      <h2>Computer science in our high schools</h2>
      <p>Our district partners with a regional provider so that teachers new to computer science can teach a
        full-year course. The program runs over a full year, from a spring online course to a closing workshop.</p>
    </article>
    <aside>${meta.render!(args, context)}</aside>
  </div>`,
};

export const CurrentFirst: Story = { name: 'Current: first phase', args: { today: '2026-05-20' } };
export const CurrentMiddle: Story = { name: 'Current: middle phase', args: { today: '2026-06-24' } };
export const CurrentLast: Story = { name: 'Current: last phase', args: { today: '2027-06-15' } };
export const UpNext: Story = { name: 'Between phases (up next)', args: { today: '2026-08-01' } };
export const NotStarted: Story = { name: 'None current: not started', args: { today: '2026-01-15' } };
export const Completed: Story = { name: 'None current: completed', args: { today: '2027-07-01' } };
export const ByNumber: Story = { name: 'Current set by number (current="2")', args: { current: '2' } };
export const NoProgress: Story = { name: 'No progress shown (current="none")', args: { current: 'none' } };

export const MiddleSchoolJson: Story = {
  name: 'From a JSON document (src): middle school',
  args: { heading: 'Middle school math and science: professional learning' },
  render: (args) => timeline(args, nothing, 'data/phases-middle-school.json'),
};

export const HighSchoolProgramDocument: Story = {
  name: 'From a program document (src): heading from its name',
  args: { heading: '' },
  render: (args) => timeline(args, nothing, 'data/phases-high-school.json'),
};

/** The middle-school program as inline JSON. */
const inlinePhases = html`<script type="application/json">
  [
    { "name": "Phase 1", "title": "Online course", "duration": "About 10 hours", "format": "online", "start": "2026-05-04", "end": "2026-06-19" },
    { "name": "Phase 2", "title": "Summer workshop", "duration": "Four days", "format": "in-person", "start": "2026-07-13", "end": "2026-07-16",
      "goals": ["Link computer science to your math and science standards", "Try the tools hands-on"] },
    { "name": "Phase 3", "title": "Follow-up workshops", "duration": "One day each", "format": "blended", "start": "2026-10-10", "end": "2027-03-13" }
  ]
</script>`;

export const InlineJson: Story = {
  name: 'From inline JSON',
  args: { heading: 'Middle school program', today: '2026-07-14' },
  render: (args) => timeline(args, inlinePhases),
};

const propertyPhases: PhaseInput[] = [
  { name: 'Phase 1', title: 'Online course', duration: 'About 10 hours', format: 'online', summary: 'Start whenever you like.' },
  { name: 'Phase 2', title: 'Workshop', duration: '3 days', format: 'in-person', goals: ['Hands-on lessons', 'Meet your cohort'] },
];

export const FromProperty: Story = {
  name: 'From the .phases property (no dates)',
  args: { heading: 'A short program' },
  // No dates: there is nothing for `today` to compare.
  argTypes: { today: { control: false } },
  render: (args) => html`<pl-program-timeline
    heading=${ifDefined(args.heading || undefined)}
    orientation=${args.orientation}
    current=${args.current}
    lang=${ifDefined(args.lang || undefined)}
    .phases=${propertyPhases}
  ></pl-program-timeline>`,
  parameters: { docs: { source: propertyScript(['pl-program-timeline', 'phases', asCode(propertyPhases)]) } },
};

const longPhases = html`
  <pl-phase name="Phase 1 of a program whose phase names are unusually long" title="An online course with a title long enough to wrap onto several lines in a narrow column" duration="About 10 hours, at your own pace, spread over several weeks" format="online" start="2026-05-04" end="2026-06-12">
    ${Array.from({ length: 3 }, (_, i) => html`<p>Paragraph ${i + 1}. The course continues through the spring with readings, short
      videos and reflections on teaching practice. Averyveryveryverylongwordwithoutanybreakopportunitiesatall.</p>`)}
  </pl-phase>
  <pl-phase name="Phase 2" title="Summer workshop" duration="Five days" format="in-person" start="2026-06-22" end="2026-06-26">
    <ul>${Array.from({ length: 8 }, (_, i) => html`<li>Goal number ${i + 1}, described in a full sentence</li>`)}</ul>
  </pl-phase>
  <pl-phase name="Phase 3" title="Quarterly workshops" format="blended" start="2026-09-19" end="2027-04-17"></pl-phase>
  <pl-phase name="Phase 4" title="Closing workshop" format="in-person" start="2027-06-14" end="2027-06-15"></pl-phase>
  <pl-phase name="Phase 5" title="Alumni network" format="online" start="2027-09-01"></pl-phase>
`;

export const LongContent: Story = {
  name: 'Long content',
  args: { today: '2026-06-24' },
  render: (args) => timeline(args, longPhases),
};

export const LoadError: Story = {
  name: 'Error: document not found (Retry)',
  render: () => html`<pl-program-timeline src="data/phases-missing.json"></pl-program-timeline>`,
  parameters: { controls: { disable: true } },
};

export const BrokenJson: Story = {
  name: 'Error: broken JSON',
  render: () => html`<pl-program-timeline src="data/phases-broken.json"></pl-program-timeline>`,
  parameters: { controls: { disable: true } },
};

/** The high-school program in Spanish. */
const highSchoolEs = html`
  <pl-phase name="Fase 1" title="Curso en línea" duration="Unas 10 horas, a tu ritmo" format="online" start="2026-05-04" end="2026-06-12">
    <p>Un curso a tu ritmo sobre lo que la informática cambia en la vida del alumnado.</p>
  </pl-phase>
  <pl-phase name="Fase 2" title="Taller de verano" duration="Cinco días" format="in-person" start="2026-06-22" end="2026-06-26">
    <ul><li>Enseñar con indagación y equidad</li><li>Practicar el modelo Docente / Alumno / Observador</li></ul>
  </pl-phase>
  <pl-phase name="Fase 3" title="Talleres trimestrales" duration="Cuatro sábados, uno por trimestre" format="blended" start="2026-09-19" end="2027-04-17">
    <p>Talleres de un día, presenciales o en línea, con apoyo en línea entre ellos.</p>
  </pl-phase>
  <pl-phase name="Fase 4" title="Taller de cierre" duration="Dos días" format="in-person" start="2027-06-14" end="2027-06-15">
    <p>Repasar el curso y planear cómo seguir creciendo.</p>
  </pl-phase>
`;

export const Spanish: Story = {
  name: 'Spanish',
  args: { lang: 'es', heading: 'Informática en bachillerato, 2026‑2027' },
  render: (args) => timeline(args, highSchoolEs),
};

export const Themed: Story = {
  render: (args, context) => html`<div class="themed">
    <style>
      .themed {
        --pl-font-family: system-ui, sans-serif;
        --pl-color-accent: #7a1f5c;
        --pl-color-border: #7a6a74;
        --pl-color-surface: #fff;
        --pl-radius: 2px;
        --pl-timeline-marker-size: 1.75rem;
        --pl-timeline-current-surface: #fbeef5;
        padding: 1rem;
        background: #fff;
      }
      .themed pl-program-timeline::part(heading) {
        font-family: Georgia, serif;
      }
      .themed pl-program-timeline::part(status) {
        text-transform: uppercase;
        letter-spacing: 0.06em;
        font-size: 0.75em;
      }
    </style>
    ${meta.render!(args, context)}
  </div>`,
};

/**
 * The high-school program in Arabic, on a right-to-left page: the page's words (heading, phases, their text)
 * read right to left; the element's own English words and its layout stay left to right.
 */
const highSchoolAr = html`
  <pl-phase name="المرحلة 1" title="دورة عبر الإنترنت" duration="نحو 10 ساعات، بالوتيرة التي تناسبك" format="online" start="2026-05-04" end="2026-06-12">
    <p>دورة عمّا تغيّره علوم الحاسوب في حياة الطلاب، وعن أساليب التدريس التي توسّع دائرة المشاركين فيها.</p>
  </pl-phase>
  <pl-phase name="المرحلة 2" title="ورشة صيفية" duration="خمسة أيام" format="in-person" start="2026-06-22" end="2026-06-26">
    <p>أسبوع مع معلمين من منطقتك، محوره تدريس علوم الحاسوب تدريسًا جيدًا.</p>
    <ul>
      <li>تدريس المحتوى بالاستقصاء، مع الإنصاف في قلب كل درس</li>
      <li>التدرّب على الدروس بأدوار المعلّم والمتعلّم والمراقب</li>
      <li>بناء مجتمع تعلّم يستمر بعد انتهاء البرنامج</li>
    </ul>
  </pl-phase>
  <pl-phase name="المرحلة 3" title="ورش فصلية" duration="أربعة أيام سبت، يوم في كل فصل" format="blended" start="2026-09-19" end="2027-04-17">
    <p>ورش ليوم واحد، حضوريًا أو عبر الإنترنت، مع دعم عبر الإنترنت بين كل ورشة وأخرى.</p>
  </pl-phase>
  <pl-phase name="المرحلة 4" title="ورشة ختامية" duration="يومان" format="in-person" start="2027-06-14" end="2027-06-15">
    <p>مراجعة العام والتخطيط لمواصلة النمو بعد انتهاء البرنامج.
      <a href="https://example.org/districts">اسأل عن شراكة مع منطقتك التعليمية</a></p>
  </pl-phase>
`;

export const RightToLeft: Story = {
  name: 'Right-to-left safe',
  args: { heading: 'علوم الحاسوب في المرحلة الثانوية، 2026‑2027' },
  render: (args) => html`<div dir="rtl" lang="ar">${timeline(args, highSchoolAr)}</div>`,
};

/** A one-year program with each quarterly workshop as a phase of its own: seven phases. */
const sevenPhases: PhaseInput[] = [
  { name: 'Phase 1', title: 'Online course', duration: 'About 10 hours, at your own pace', format: 'online', start: '2026-05-04', end: '2026-06-12' },
  { name: 'Phase 2', title: 'Summer workshop', duration: 'Five days', format: 'in-person', start: '2026-06-22', end: '2026-06-26' },
  { name: 'Phase 3', title: 'Fall workshop', duration: 'One Saturday', format: 'blended', start: '2026-09-19', end: '2026-09-19' },
  { name: 'Phase 4', title: 'Winter workshop', duration: 'One Saturday', format: 'blended', start: '2026-12-05', end: '2026-12-05' },
  { name: 'Phase 5', title: 'Early spring workshop', duration: 'One Saturday', format: 'blended', start: '2027-02-20', end: '2027-02-20' },
  { name: 'Phase 6', title: 'Late spring workshop', duration: 'One Saturday', format: 'blended', start: '2027-04-17', end: '2027-04-17' },
  { name: 'Phase 7', title: 'Closing workshop', duration: 'Two days', format: 'in-person', start: '2027-06-14', end: '2027-06-15' },
];

/** A two-year program: the first year as above (to the winter workshop), then a second year for teachers who stay on. Ten phases. */
const tenPhases: PhaseInput[] = [
  ...sevenPhases.slice(0, 4),
  { name: 'Phase 5', title: 'Spring workshop', duration: 'One Saturday', format: 'blended', start: '2027-03-13', end: '2027-03-13' },
  { name: 'Phase 6', title: 'End-of-year workshop', duration: 'Two days', format: 'in-person', start: '2027-06-14', end: '2027-06-15' },
  { name: 'Phase 7', title: 'Year 2: summer workshop', duration: 'Three days', format: 'in-person', start: '2027-07-19', end: '2027-07-21',
    summary: 'Plan the second year with what the first one taught you.' },
  { name: 'Phase 8', title: 'Year 2: online community', duration: 'An hour a month', format: 'online', start: '2027-09-01', end: '2028-05-31' },
  { name: 'Phase 9', title: 'Year 2: lead a session', duration: 'One Saturday', format: 'in-person', start: '2028-02-12', end: '2028-02-12',
    summary: 'Co-lead part of a workshop for teachers new to the course.' },
  { name: 'Phase 10', title: 'Year 2: closing day', duration: 'One day', format: 'in-person', start: '2028-06-10', end: '2028-06-10' },
];

/** The element with the args as attributes and `.phases`. */
const timelineOf = (args: Args, phases: unknown[]) => timeline(args, nothing, undefined, phases);

export const SevenPhases: Story = {
  name: 'Seven phases',
  args: { heading: 'High school program, one workshop per phase' },
  render: (args) => timelineOf(args, sevenPhases),
  parameters: {
    docs: {
      source: propertyScript(['pl-program-timeline', 'phases', asCode(sevenPhases)]),
      description: {
        story:
          'Seven phases need more room: with `auto` they sit side by side only when the timeline is at least 80em wide ' +
          '(about 1280 px with 16 px text), otherwise they stack. Choose `horizontal` to see them side by side.',
      },
    },
  },
};

export const TenPhases: Story = {
  name: 'Ten phases (a two-year program)',
  args: { heading: 'Two-year program, 2026‑2028' },
  render: (args) => timelineOf(args, tenPhases),
  parameters: {
    docs: {
      source: propertyScript(['pl-program-timeline', 'phases', asCode(tenPhases)]),
      description: {
        story: 'Nine or more phases always read top to bottom with `auto`, however wide the timeline is.',
      },
    },
  },
};

export const Loading: Story = {
  render: () => html`<pl-program-timeline src=${FOREVER}></pl-program-timeline>`,
  parameters: {
    controls: { disable: true },
    docs: { description: { story: 'What shows while the phases are still being fetched from `src`: a short "Loading…" line.' } },
  },
};

/** Three phases, one of which has neither a name nor a title and is skipped. */
const phasesWithInvalid: unknown[] = [
  { name: 'Phase 1', title: 'Online course', duration: 'About 10 hours', format: 'online', start: '2026-05-04', end: '2026-06-19' },
  { duration: 'Four days', format: 'in-person', start: '2026-07-13', end: '2026-07-16' },
  { name: 'Phase 3', title: 'Follow-up workshops', duration: 'One day each', format: 'blended', start: '2026-10-10', end: '2027-03-13' },
];

export const InvalidRecordSkipped: Story = {
  name: 'Invalid phase skipped (console warning)',
  args: { heading: 'Middle school program' },
  render: (args) => timelineOf(args, phasesWithInvalid),
  parameters: {
    docs: {
      source: propertyScript(['pl-program-timeline', 'phases', asCode(phasesWithInvalid)]),
      description: {
        story:
          'One of the three phases given in `.phases` has neither a name nor a title: it is left out and the other two show. ' +
          'The console warning about the skipped phase is expected.',
      },
    },
  },
};
