import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/pricing-card.js';
import { FOREVER } from './still-loading.js';

interface Args {
  heading: string;
  /** Numbers; text only in the invalid-input story. */
  value?: number | string;
  price?: number | string;
  'price-label': string;
  currency: string;
  unit: string;
  discounts: string;
  calculator: boolean;
  seats?: number;
  'scholarship-url': string;
  'cta-url': string;
  'cta-label': string;
  lang: string;
}

/** The Deep Dive's group discounts, as on the demo page's card. */
const GROUP_DISCOUNTS = '[{"min":5,"percent":10},{"min":10,"percent":20}]';
const opt = (value: string) => ifDefined(value || undefined);

/** The Deep Dive workshop's content (facts from the seed page, in our words). */
const deepDive = html`
  <p>One day, seven hours, for teachers who already teach the elementary course: go deeper into how it
    is built, how to teach it, and how to keep going all year.</p>
  <ul slot="includes">
    <li>A 7-hour workshop hosted by your regional partner, led by a trained facilitator</li>
    <li>A certificate of completion</li>
    <li>Swag to take home</li>
  </ul>
`;
const scholarshipText = html`<p slot="scholarship">Scholarships can cover the whole cost for teachers and schools that
  need them, in every region.</p>`;
const fineprint = html`<p slot="note">What your school pays depends on your regional partner, who confirms it when you register.</p>`;

/** The same content in Spanish. */
const deepDiveEs = html`
  <p>Un día de siete horas para docentes que ya enseñan el curso de primaria: profundiza en cómo está
    construido, cómo enseñarlo y cómo mantener el impulso durante todo el curso escolar.</p>
  <ul slot="includes">
    <li>Un taller de 7 horas organizado por tu socio regional y dirigido por un facilitador formado</li>
    <li>Un certificado de finalización</li>
    <li>Obsequios para llevarte</li>
  </ul>
`;
const scholarshipTextEs = html`<p slot="scholarship">Las becas pueden cubrir el costo completo para los docentes y las
  escuelas que las necesitan, en todas las regiones.</p>`;
const fineprintEs = html`<p slot="note">Lo que paga tu escuela depende de tu socio regional, que lo confirma cuando te
  inscribes.</p>`;

/** The element with the args as attributes, around `content` (its slotted text). */
const card = (args: Args, content: unknown) => html`<pl-pricing-card
  heading=${opt(args.heading)}
  value=${ifDefined(args.value)}
  price=${ifDefined(args.price)}
  price-label=${opt(args['price-label'])}
  currency=${opt(args.currency)}
  unit=${opt(args.unit)}
  discounts=${opt(args.discounts)}
  ?calculator=${args.calculator}
  seats=${ifDefined(args.seats)}
  scholarship-url=${opt(args['scholarship-url'])}
  cta-url=${opt(args['cta-url'])}
  cta-label=${opt(args['cta-label'])}
  lang=${opt(args.lang)}
  @pl-quote-change=${(event: CustomEvent) => console.info('pl-quote-change', event.detail)}
>
  ${content}
</pl-pricing-card>`;

const meta: Meta<Args> = {
  title: 'Elements/Pricing card',
  component: 'pl-pricing-card',
  args: {
    heading: 'CS Fundamentals Deep Dive',
    value: 300,
    price: undefined,
    'price-label': '',
    currency: 'USD',
    unit: 'person',
    discounts: '',
    calculator: false,
    seats: undefined,
    'scholarship-url': '',
    'cta-url': 'https://example.org/workshops',
    'cta-label': 'Find a workshop',
    lang: '',
  },
  argTypes: {
    heading: { control: 'text' },
    value: { control: { type: 'number', min: 0 } },
    price: { control: { type: 'number', min: 0 } },
    'price-label': { control: 'text' },
    currency: { control: 'select', options: ['USD', 'EUR', 'GBP', 'MXN', 'CAD'] },
    unit: { control: 'select', options: ['person', 'teacher', 'school', 'seat', 'team'] },
    discounts: { control: 'text' },
    seats: { control: { type: 'number', min: 1 } },
    'scholarship-url': { control: 'text' },
    'cta-url': { control: 'text' },
    'cta-label': { control: 'text' },
    lang: { control: 'select', options: ['', 'en', 'es'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'What a workshop is worth, what a participant pays, and how to get help paying. With `calculator`, ' +
          'a seat stepper prices a group at what is paid (the price, less the best group discount) and fires `pl-quote-change`.',
      },
    },
  },
  render: (args) => card(args, html`${deepDive} ${args['scholarship-url'] ? scholarshipText : nothing} ${fineprint}`),
};
export default meta;
type Story = StoryObj<Args>;

export const Free: Story = {
  name: 'Free (with its value)',
  args: { price: 0, 'price-label': 'for partner districts' },
};

export const Discounted: Story = {
  name: 'Discounted',
  args: { price: 175, 'price-label': 'with your regional partner' },
};

export const FullPrice: Story = { name: 'Full price' };

export const Calculator: Story = {
  name: 'Calculator with group discounts',
  args: { calculator: true, seats: 12, discounts: GROUP_DISCOUNTS, 'cta-label': 'Request a group workshop' },
};

export const DiscountedWithCalculator: Story = {
  name: 'Discounted, with a calculator',
  args: { price: 175, 'price-label': 'with your regional partner', calculator: true, seats: 12, discounts: GROUP_DISCOUNTS },
};

export const Scholarship: Story = {
  name: 'Scholarship',
  args: { price: 150, 'scholarship-url': 'https://example.org/scholarships' },
};

/** Spanish content around the args (the Spanish stories). */
const renderEs: Story['render'] = (args) =>
  card(args, html`${deepDiveEs} ${args['scholarship-url'] ? scholarshipTextEs : nothing} ${fineprintEs}`);

export const Spanish: Story = {
  name: 'Spanish',
  args: {
    lang: 'es',
    heading: 'CS Fundamentals: taller de profundización',
    price: 175,
    'price-label': 'con tu socio regional',
    unit: 'teacher',
    calculator: true,
    seats: 12,
    discounts: GROUP_DISCOUNTS,
    'scholarship-url': 'https://example.org/becas',
    'cta-url': 'https://example.org/talleres',
    'cta-label': 'Buscar un taller',
  },
  render: renderEs,
};

export const Euro: Story = {
  name: 'Euro (Spanish locale)',
  args: {
    lang: 'es',
    heading: 'Taller de un día',
    value: 250,
    price: 199.5,
    currency: 'EUR',
    calculator: true,
    discounts: '[{"min":5,"percent":10}]',
    'cta-url': 'https://example.org/talleres',
    'cta-label': 'Inscribirse',
  },
  render: renderEs,
};

export const Narrow: Story = {
  name: 'Narrow column (280 px)',
  args: { ...Calculator.args, 'scholarship-url': 'https://example.org/scholarships' },
  render: (args, context) => html`<div class="narrow">
    <style>.narrow { width: 280px; }</style>
    ${meta.render!(args, context)}
  </div>`,
};

export const InvalidInput: Story = {
  name: 'Invalid input (reported in the console)',
  args: { value: 'abc', price: '-5', discounts: '[{min:10}', currency: 'dollars', calculator: true },
  // Text on purpose: the card reports what it cannot read.
  argTypes: { value: { control: 'text' }, price: { control: 'text' } },
};

export const Themed: Story = {
  args: { ...DiscountedWithCalculator.args, 'scholarship-url': 'https://example.org/scholarships' },
  render: (args, context) => html`<div class="themed">
    <style>
      .themed {
        --pl-font-family: system-ui, sans-serif;
        --pl-color-accent: #7a1f5c;
        --pl-color-border: #7a6a74;
        --pl-color-surface: #fff;
        --pl-radius: 2px;
        --pl-space: 1.25rem;
        --pl-pricing-price-size: 2.5em;
        --pl-pricing-highlight: #fbeef5;
        padding: 1rem;
        background: #f4f1f3;
      }
      .themed pl-pricing-card::part(heading) {
        font-family: Georgia, serif;
        font-size: 1.5em;
      }
      .themed pl-pricing-card::part(cta) {
        border-radius: 999px;
      }
    </style>
    ${meta.render!(args, context)}
  </div>`,
};

/** Settings from a JSON document (`src`), as a program's pricing page would keep them in one file. */
export const FromDocument: Story = {
  name: 'Settings from a src document',
  render: () => html`<pl-pricing-card src="data/pricing.json"></pl-pricing-card>`,
  parameters: { controls: { disable: true } },
};

export const DocumentMissing: Story = {
  name: 'Error: src document not found (with Retry)',
  render: () => html`<pl-pricing-card src="data/missing-pricing.json"></pl-pricing-card>`,
  parameters: { controls: { disable: true } },
};

export const Loading: Story = {
  render: () => html`<pl-pricing-card src=${FOREVER}></pl-pricing-card>`,
  parameters: {
    controls: { disable: true },
    docs: { description: { story: 'What shows while the pricing settings are still being fetched from `src`: a short "Loading…" line.' } },
  },
};
