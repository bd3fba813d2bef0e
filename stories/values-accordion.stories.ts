import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/values-accordion.js';
import { FOREVER } from './still-loading.js';

interface Args {
  multiple: boolean;
  controls: boolean;
  'heading-level': number;
  lang: string;
}

/** The element with the args as attributes, around `content` (its values; nothing when `src` feeds it). */
const accordion = (args: Args, content: unknown, src?: string) => html`<pl-values-accordion
  src=${ifDefined(src)}
  ?multiple=${args.multiple}
  ?controls=${args.controls}
  heading-level=${args['heading-level']}
  lang=${ifDefined(args.lang || undefined)}
>
  ${content}
</pl-values-accordion>`;

const values = html`
  <pl-value id="experts" heading="Teachers are the experts">
    <p>Teachers know their students and schools best. Workshops are built so that participants learn from
      each other; facilitators guide and connect rather than lecture.</p>
  </pl-value>
  <pl-value id="supports" heading="Support that is easy to reach">
    <p>Getting started costs little in money and effort, and help arrives when you need it during the year.</p>
  </pl-value>
  <pl-value id="equity" heading="Equity">
    <p>Reaching every student means naming the gaps in who takes computer science, and working on them.</p>
  </pl-value>
  <pl-value id="community" heading="Community">
    <p>No one should teach computer science alone: we connect teachers with colleagues nearby and far away.</p>
  </pl-value>
`;

/** The same values in Spanish (facts from the seed page, in our words). */
const valuesEs = html`
  <pl-value id="expertos" heading="Los docentes son los expertos">
    <p>Los docentes conocen mejor que nadie a sus estudiantes y sus escuelas. Los talleres están pensados para
      que los participantes aprendan unos de otros; quienes facilitan guían y conectan en lugar de dar una
      clase magistral.</p>
  </pl-value>
  <pl-value id="apoyo" heading="Un apoyo fácil de conseguir">
    <p>Empezar cuesta poco, en dinero y en esfuerzo, y la ayuda llega cuando la necesitas durante el curso.</p>
  </pl-value>
  <pl-value id="equidad" heading="Equidad">
    <p>Llegar a todo el alumnado significa reconocer quién se queda fuera de la informática y trabajar para
      cerrar esas brechas.</p>
  </pl-value>
  <pl-value id="comunidad" heading="Comunidad">
    <p>Nadie debería enseñar informática en solitario: ponemos en contacto a cada docente con colegas de su
      zona y de otros lugares.</p>
  </pl-value>
`;

const meta: Meta<Args> = {
  title: 'Elements/Values accordion',
  component: 'pl-values-accordion',
  // The Docs page gets a second tab with <pl-value>'s attributes.
  subcomponents: { 'pl-value': 'pl-value' },
  args: { multiple: false, controls: false, 'heading-level': 3, lang: '' },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    lang: { control: 'select', options: ['', 'en', 'es'] },
  },
  render: (args) => accordion(args, values),
};
export default meta;
type Story = StoryObj<Args>;

export const Single: Story = {};

export const Multiple: Story = { args: { multiple: true } };

export const WithControls: Story = { name: 'Multiple with Expand/Collapse all', args: { multiple: true, controls: true } };

export const DeepLinked: Story = {
  name: 'Deep-linked (#equity)',
  // The hash is the page's, and every accordion reads it: set it for this story only, and put the previous
  // one back when the story is left. On the Docs page the story gets an iframe (a page) of its own.
  beforeEach: () => {
    const previous = location.hash;
    history.replaceState(null, '', '#equity');
    return () => history.replaceState(null, '', location.pathname + location.search + previous);
  },
  parameters: { docs: { story: { inline: false, height: '380px' } } },
};

export const FromJson: Story = {
  name: 'From a JSON document (src)',
  render: (args) => accordion(args, nothing, 'data/values.json'),
};

export const InlineJson: Story = {
  name: 'From inline JSON',
  render: (args) =>
    accordion(
      args,
      html`<script type="application/json">
        [{ "heading": "Hands-on workshops", "body": "Workshops teach the way the courses do: active and fun.\\n\\nYou leave with something to use tomorrow." },
         { "heading": "Community", "body": "Colleagues nearby and across the country." }]
      </script>`,
    ),
};

export const LoadError: Story = {
  name: 'Error: document not found',
  render: () => html`<pl-values-accordion src="data/missing-values.json"></pl-values-accordion>`,
  parameters: { controls: { disable: true } },
};

export const Spanish: Story = {
  name: 'Spanish',
  args: { lang: 'es', multiple: true, controls: true },
  render: (args) => accordion(args, valuesEs),
};

export const Themed: Story = {
  render: (args, context) => html`<div class="themed">
    <style>
      .themed {
        --pl-font-family: Georgia, serif;
        --pl-color-accent: #6b2d8f;
        --pl-color-border: #6b2d8f;
        --pl-color-surface: #faf5ff;
        --pl-radius: 0;
        --pl-space: 1.25rem;
      }
      .themed pl-values-accordion::part(header) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
    </style>
    ${meta.render!(args, context)}
  </div>`,
  args: { controls: true, multiple: true },
};

export const LongContent: Story = {
  name: 'Long content',
  render: () => html`<pl-values-accordion multiple>
    <pl-value open heading="A heading long enough to wrap onto several lines at phone width, to check that the chevron stays aligned and nothing overflows the column">
      ${Array.from({ length: 6 }, (_, i) => html`<p>Paragraph ${i + 1}. Professional learning continues through the school year with
        follow-up workshops, online community and help at the moments teachers need it. Averyveryveryverylongwordwithoutanybreakopportunitiesatall.</p>`)}
    </pl-value>
    <pl-value heading="Short">Body</pl-value>
  </pl-values-accordion>`,
  parameters: { controls: { disable: true } },
};

/** The same values in Arabic, for the right-to-left story. */
const valuesAr = html`
  <pl-value id="experts-ar" heading="المعلّمون هم الخبراء">
    <p>يعرف المعلّمون طلابهم ومدارسهم أكثر من أي أحد. نصمّم الورش ليتعلّم المشاركون بعضهم من بعض، ويكتفي
      الميسّرون بالتوجيه وربط الأفكار بدل إلقاء المحاضرات.</p>
  </pl-value>
  <pl-value id="supports-ar" heading="دعم في متناول اليد">
    <p>البداية لا تكلّف كثيرًا من المال أو الجهد، والمساعدة تصل حين تحتاج إليها خلال العام الدراسي.</p>
  </pl-value>
  <pl-value id="equity-ar" heading="الإنصاف">
    <p>الوصول إلى كل طالب يعني أن نسمّي الفجوات في من يدرس علوم الحاسوب، وأن نعمل على سدّها.</p>
  </pl-value>
  <pl-value id="community-ar" heading="المجتمع">
    <p>لا ينبغي لأحد أن يدرّس علوم الحاسوب وحده: نصل كل معلّم بزملاء قريبين منه وبعيدين عنه.</p>
  </pl-value>
`;

/**
 * A right-to-left page in Arabic. Only the bodies (the page's text inside each open value) read right to left,
 * aligned to the right. The element's own chrome stays left to right: the Arabic headers sit on the left and
 * their chevrons on the right, as on a left-to-right page.
 */
export const RightToLeft: Story = {
  name: 'Right-to-left safe',
  render: (args) => html`<div dir="rtl" lang="ar">${accordion(args, valuesAr)}</div>`,
  args: { multiple: true },
};

/** Twelve values (facts from the seed pages on values and approach, in our words). */
const twelveValues = [
  ['Teachers are the experts', 'Teachers know their classrooms, schools and districts. Workshops let them learn from one another.'],
  ['Support that is easy to reach', 'Little cost and little effort to get started, and help at the moments it is needed.'],
  ['Equity', 'We name the gaps in who takes computer science and work with teachers to close them.'],
  ['Hands-on and practical', 'Workshops teach the way the courses do, and teachers leave with something to use the next day.'],
  ['Community', 'Time in every workshop for teachers to get to know each other, and a local partner who keeps them in touch.'],
  ['Room to lead', 'Teachers can take their expertise further: facilitating, helping peers online, speaking up for computer science.'],
  ['Listening and openness', 'We listen to teachers, facilitators and partners, answer quickly and say what we are doing.'],
  ['Facilitators guide', 'A facilitator asks questions and connects people rather than lecturing.'],
  ['Reflection and discussion', 'Participants think about their own classrooms and share what works with the room.'],
  ['Always growing', 'Everyone, facilitators included, is expected to keep learning and to try new things.'],
  ['Ready for the classroom', 'Each workshop prepares teachers for the lessons they will teach next.'],
  ['Many ways to get help', 'Forums, a local partner and workshop follow-ups: teachers choose the help that suits them.'],
].map(([heading, body], i) => html`<pl-value id=${`value-${i + 1}`} heading=${heading}><p>${body}</p></pl-value>`);

export const ManyValues: Story = {
  name: 'Many values (12)',
  args: { multiple: true, controls: true },
  render: (args) => accordion(args, twelveValues),
  parameters: {
    docs: {
      description: { story: 'Twelve values, all closed at first: a long list of headers. Expand all opens every one.' },
    },
  },
};

export const Loading: Story = {
  render: () => html`<pl-values-accordion src=${FOREVER}></pl-values-accordion>`,
  parameters: {
    controls: { disable: true },
    docs: { description: { story: 'What shows while the values are still being fetched from `src`: a short "Loading…" line.' } },
  },
};

export const InvalidRecordSkipped: Story = {
  name: 'Invalid value skipped (console warning)',
  render: (args) =>
    accordion(
      args,
      html`<script type="application/json">
        [{ "heading": "Teachers are the experts", "body": "Participants learn from each other; facilitators guide." },
         { "body": "A value with no heading: it cannot be shown." },
         { "heading": "Community", "body": "Colleagues nearby and across the country." }]
      </script>`,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Three values given as inline JSON, one of them without a heading: it is left out and the other two show. ' +
          'The console warning about the skipped value is expected.',
      },
    },
  },
};

export const SpanishLoadError: Story = {
  name: 'Error in Spanish: document not found (404)',
  render: () => html`<pl-values-accordion lang="es" src="data/missing-values-es.json"></pl-values-accordion>`,
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        story: 'With `lang="es"`, a `src` that cannot be found shows the message and its Retry button ("Reintentar") in Spanish.',
      },
    },
  },
};
