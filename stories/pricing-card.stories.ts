import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/pricing-card.js';

interface Args {
  heading: string;
  value: string;
  price: string;
  'price-label': string;
  currency: string;
  unit: string;
  discounts: string;
  calculator: boolean;
  seats: string;
  'scholarship-url': string;
  'cta-url': string;
  'cta-label': string;
  lang: string;
}

const GROUP_DISCOUNTS = '[{"min":10,"percent":15},{"min":25,"percent":25}]';
const opt = (value: string) => ifDefined(value || undefined);

/** The Deep Dive workshop's content (facts from the seed page, in our words). */
const deepDive = html`
  <p>One day, seven hours, for teachers who already teach the elementary course: go deeper into how it
    is built, how to teach it, and how to keep going all year.</p>
  <ul slot="includes">
    <li>A 7-hour workshop hosted by your regional partner, led by a trained facilitator</li>
    <li>A certificate of completion</li>
    <li>Classroom materials and swag</li>
  </ul>
`;
const scholarshipText = html`<p slot="scholarship">Scholarships in every region cover the whole cost for teachers and
  schools that need them.</p>`;
const fineprint = html`<p slot="note">What your school pays depends on your regional partner, who confirms it when you register.</p>`;

const meta: Meta<Args> = {
  title: 'Elements/Pricing card',
  component: 'pl-pricing-card',
  args: {
    heading: 'CS Fundamentals Deep Dive',
    value: '300',
    price: '',
    'price-label': '',
    currency: 'USD',
    unit: 'person',
    discounts: '',
    calculator: false,
    seats: '',
    'scholarship-url': '',
    'cta-url': 'https://example.org/workshops',
    'cta-label': 'Find a workshop',
    lang: '',
  },
  argTypes: {
    currency: { control: 'select', options: ['USD', 'EUR', 'GBP', 'MXN', 'CAD'] },
    unit: { control: 'select', options: ['person', 'teacher', 'school', 'seat', 'team'] },
    discounts: { control: 'text', description: 'JSON: `[{"min": 10, "percent": 15}]`' },
    lang: { control: 'select', options: ['', 'en', 'es'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'What a workshop is worth, what a participant pays, and how to get help paying. With `calculator`, ' +
          'a seat stepper prices a group and fires `pl-quote-change`; when the price is 0 and there is a value, ' +
          'the calculator quotes the full cost for those outside the free offer.',
      },
    },
  },
  render: (args) => html`<pl-pricing-card
    heading=${opt(args.heading)}
    value=${opt(args.value)}
    price=${opt(args.price)}
    price-label=${opt(args['price-label'])}
    currency=${opt(args.currency)}
    unit=${opt(args.unit)}
    discounts=${opt(args.discounts)}
    ?calculator=${args.calculator}
    seats=${opt(args.seats)}
    scholarship-url=${opt(args['scholarship-url'])}
    cta-url=${opt(args['cta-url'])}
    cta-label=${opt(args['cta-label'])}
    lang=${opt(args.lang)}
    @pl-quote-change=${(event: CustomEvent) => console.info('pl-quote-change', event.detail)}
  >
    ${deepDive} ${args['scholarship-url'] ? scholarshipText : nothing} ${fineprint}
  </pl-pricing-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Free: Story = {
  name: 'Free (with its value)',
  args: { price: '0', 'price-label': 'for partner districts' },
};

export const Discounted: Story = {
  name: 'Discounted',
  args: { price: '175', 'price-label': 'with your regional partner' },
};

export const FullPrice: Story = { name: 'Full price' };

export const Calculator: Story = {
  name: 'Calculator with group discounts',
  args: { calculator: true, seats: '12', discounts: GROUP_DISCOUNTS, 'cta-label': 'Request a group workshop' },
};

export const FreeWithCalculator: Story = {
  name: 'Free for partners, full-cost calculator for others',
  args: { price: '0', 'price-label': 'for partner districts', calculator: true, seats: '12', discounts: GROUP_DISCOUNTS },
};

export const Scholarship: Story = {
  name: 'Scholarship',
  args: { price: '150', 'scholarship-url': 'https://example.org/scholarships' },
};

export const Spanish: Story = {
  name: 'Spanish',
  render: () => html`<pl-pricing-card lang="es" heading="Taller de profundización" value="300" price="0"
    price-label="para los distritos asociados" calculator seats="12" discounts=${GROUP_DISCOUNTS} unit="teacher"
    scholarship-url="https://example.org/becas" cta-url="https://example.org/talleres" cta-label="Buscar un taller">
    <p>Un día de siete horas para profundizar en el curso de primaria, su enseñanza y su continuidad.</p>
    <ul slot="includes"><li>Taller de 7 horas con un facilitador formado</li><li>Certificado</li><li>Materiales</li></ul>
    <p slot="scholarship">Hay becas en todas las regiones para quienes las necesiten.</p>
  </pl-pricing-card>`,
};

export const Euro: Story = {
  name: 'Euro (Spanish locale)',
  args: { lang: 'es', heading: 'Taller de un día', value: '250', price: '199.5', currency: 'EUR', calculator: true, discounts: '[{"min":5,"percent":10}]', 'cta-label': 'Inscribirse' },
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
};

export const Themed: Story = {
  args: { ...FreeWithCalculator.args, 'scholarship-url': 'https://example.org/scholarships' },
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
