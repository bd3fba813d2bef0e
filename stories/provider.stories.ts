import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { asCode, propertyScript } from './property-source.js';
import '../src/pricing-card.js';
import '../src/program-timeline.js';
import '../src/provider.js';
import '../src/values-accordion.js';
import '../src/workshop-map.js';
import type { PlProvider } from '../src/provider.js';

/**
 * The demo page's program document, served to the stories as a file (.storybook/main.ts), so that
 * "Show code" gives a `src` a designer can paste; and two broken ones beside the stories' data.
 */
const programSrc = 'demo-data/program.json';
const brokenSrc = 'data/program-broken.json';

interface Args {
  lang: string;
  tiles: string;
}

const log = (event: Event) => console.info(event.type, (event as CustomEvent).detail);

/** A page of elements with no data of their own, around a provider with the args and the document at `src`. */
const page = (args: Args, src: string, valuesHeading = 'What we stand for') => html`<pl-provider
  src=${src}
  lang=${ifDefined(args.lang || undefined)}
  tiles=${ifDefined(args.tiles || undefined)}
  @pl-program-load=${log}
  @pl-error=${log}
>
  <pl-program-timeline today="2026-11-23"></pl-program-timeline>
  <pl-pricing-card></pl-pricing-card>
  <h3>${valuesHeading}</h3>
  <pl-values-accordion controls multiple></pl-values-accordion>
</pl-provider>`;

const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'pl-provider',
  args: { lang: '', tiles: '' },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'es'] },
    // Only the story with a map has a use for it.
    tiles: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Describe a program once: `<pl-provider src="program.json">` around the page shares its phases, pricing, ' +
          'values, workshops and partners (and `lang`, `tiles`, `geocoder`) with every pl-element inside. An element\'s ' +
          'own attributes and data win. The document format is `schema/program-document.schema.json` in the package.',
      },
    },
  },
  render: (args) => page(args, programSrc),
};
export default meta;
type Story = StoryObj<Args>;

export const OneDocument: Story = { name: 'One program document drives the page' };

export const Spanish: Story = {
  name: 'Spanish (lang on the provider)',
  args: { lang: 'es' },
  // The same program document, in Spanish.
  render: (args) => page(args, 'data/program-es.json', 'Lo que defendemos'),
};

/** A fixed date (the summer workshop has ended, the school year is about to start), so the story never goes stale. */
export const WithWorkshopMap: Story = {
  name: 'With the workshop finder (workshops and partners from the document)',
  args: { tiles: 'none' },
  argTypes: { tiles: { control: 'text' } },
  render: (args) => html`<pl-provider src=${programSrc} tiles=${ifDefined(args.tiles || undefined)} lang=${ifDefined(args.lang || undefined)}>
    <pl-workshop-map view="list" include-past today="2026-09-01"></pl-workshop-map>
  </pl-provider>`,
};

export const OwnDataWins: Story = {
  name: "An element's own data wins",
  render: () => html`<pl-provider src=${programSrc}>
    <h3>From the provider</h3>
    <pl-values-accordion></pl-values-accordion>
    <h3>Its own children (the provider's values are ignored)</h3>
    <pl-values-accordion>
      <pl-value heading="A value only this page states"><p>Written in the page, not in the program document.</p></pl-value>
    </pl-values-accordion>
  </pl-provider>`,
  parameters: { controls: { disable: true } },
};

const outerProgram = { values: [{ heading: 'Outer provider value', body: 'Shared with everything inside the outer provider.' }] };
const innerProgram = { values: [{ heading: 'Valor del proveedor interior', body: 'El proveedor más cercano gana.' }] };

export const Nested: Story = {
  name: 'Nested providers: the nearest wins',
  render: () => html`<pl-provider .program=${outerProgram} lang="en">
    <pl-values-accordion controls multiple></pl-values-accordion>
    <pl-provider .program=${innerProgram} lang="es">
      <pl-values-accordion controls multiple></pl-values-accordion>
    </pl-provider>
  </pl-provider>`,
  parameters: {
    controls: { disable: true },
    docs: { source: propertyScript(['pl-provider', 'program', asCode(outerProgram)], ['pl-provider pl-provider', 'program', asCode(innerProgram)]) },
  },
};

const editions = [
  { values: [{ heading: 'First edition', body: 'Press the button to change the program.' }] },
  { values: [{ heading: 'Second edition', body: 'Every element inside re-renders at once.' }, { heading: 'A new value' }] },
];

export const LiveUpdate: Story = {
  name: 'Live updates (.program)',
  render: () => {
    let edition = 0;
    const next = (event: Event) => {
      const provider = (event.target as HTMLElement).closest('pl-provider') as PlProvider;
      edition = (edition + 1) % editions.length;
      provider.program = editions[edition];
    };
    return html`<pl-provider .program=${editions[0]}>
      <button type="button" style="min-height: 44px; padding: 0 1rem" @click=${next}>Change the program</button>
      <pl-values-accordion></pl-values-accordion>
    </pl-provider>`;
  },
  // The button's script sets the next edition the same way.
  parameters: { controls: { disable: true }, docs: { source: propertyScript(['pl-provider', 'program', asCode(editions[0])]) } },
};

export const BadDocument: Story = {
  name: 'Error: broken document (elements keep their own content)',
  render: () => html`<pl-provider src=${brokenSrc} @pl-error=${log}>
    <p>The document cannot be read: <code>pl-error</code> is fired (see the console), and the accordion still shows
      its own values.</p>
    <pl-values-accordion>
      <pl-value heading="Written in the page"><p>Still here.</p></pl-value>
    </pl-values-accordion>
  </pl-provider>`,
  parameters: { controls: { disable: true } },
};

export const BadDocumentWaiting: Story = {
  name: 'Error: broken document (elements waiting for it say so, with Retry)',
  render: () => html`<pl-provider src=${brokenSrc} @pl-error=${log}>
    <div class="stack">
      <style>
        .stack { display: grid; gap: 1.5rem; }
        .stack > p { margin: 0; }
      </style>
      <p>These elements have no content of their own: each shows that the document could not be read, and
        its Retry asks the provider to fetch the document again.</p>
      <pl-values-accordion></pl-values-accordion>
      <pl-pricing-card heading="Summer workshop"></pl-pricing-card>
    </div>
  </pl-provider>`,
  parameters: { controls: { disable: true } },
};

export const WrongTypes: Story = {
  name: 'Error: document with wrong types (valid parts still shared)',
  // The demo's program with `pricing.value: "three hundred"` and `phases: "soon"`.
  render: () => html`<pl-provider src="data/program-wrong-types.json">
    <p>The console lists each problem by path; the values are still shared.</p>
    <pl-values-accordion></pl-values-accordion>
  </pl-provider>`,
  parameters: { controls: { disable: true } },
};
