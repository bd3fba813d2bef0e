/**
 * pl-widgets in React 19, typed. React 19 passes props to custom elements as properties when the
 * element has such a property (arrays, objects and functions arrive intact) and adds `on<event-name>`
 * props as event listeners, so `onpl-workshop-select` listens to `pl-workshop-select`.
 *
 * Not compiled in this repository (it has no React); copy it into a React 19 + TypeScript app that has
 * `pl-widgets` installed. With Next.js or another server renderer, load this module in the browser
 * only, e.g. `const Finder = dynamic(() => import('./react-example'), { ssr: false })`: the elements
 * need `customElements`, and they must be defined before React first sets their properties.
 */
import { useRef, useState, type HTMLAttributes, type ReactNode, type Ref } from 'react';

// Side-effect imports define the tags. One entry per element keeps Leaflet out of bundles that only
// need the accordion; `import 'pl-widgets'` defines everything.
import 'pl-widgets/workshop-map.js';
import 'pl-widgets/values-accordion.js';
import 'pl-widgets/pricing-card.js';
// `WorkshopInput` is the record you pass in (only what the contract requires is required);
// `Workshop` is the checked record that comes out (`pl-workshop-select`, `filteredWorkshops`).
import type {
  DataLoadDetail,
  ErrorDetail,
  FilterChangeDetail,
  Workshop,
  WorkshopInput,
  WorkshopSelectDetail,
} from 'pl-widgets/workshop-map.js';
import type { ToggleDetail, ValueInput } from 'pl-widgets/values-accordion.js';
import type { QuoteChangeDetail } from 'pl-widgets/pricing-card.js';

// ---------------------------------------------------------------------------------------------
// JSX typing, derived from the package's own HTMLElementTagNameMap entries: the element classes
// give the property names and types, so a typo or a wrong type is a compile error.
// ---------------------------------------------------------------------------------------------

type PlTag = keyof HTMLElementTagNameMap & `pl-${string}`;
type Listener<Detail> = (event: CustomEvent<Detail>) => void;

/** The chosen public properties of a tag's class (optional), the usual HTML props, ref and children. */
type PlProps<Tag extends PlTag, Keys extends keyof HTMLElementTagNameMap[Tag], Events = object> = Partial<
  Pick<HTMLElementTagNameMap[Tag], Keys>
> &
  Omit<HTMLAttributes<HTMLElementTagNameMap[Tag]>, Keys & string> &
  Events & { ref?: Ref<HTMLElementTagNameMap[Tag]>; children?: ReactNode };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'pl-workshop-map': PlProps<
        'pl-workshop-map',
        | 'workshops' | 'partners' | 'geocoder' | 'src' | 'format' | 'partnersSrc' | 'tiles' | 'center' | 'zoom'
        | 'course' | 'near' | 'radius' | 'units' | 'view' | 'includePast' | 'fallbackUrl' | 'urlState' | 'zipTableUrl',
        {
          'onpl-data-load'?: Listener<DataLoadDetail>;
          'onpl-filter-change'?: Listener<FilterChangeDetail>;
          'onpl-workshop-select'?: Listener<WorkshopSelectDetail>;
          'onpl-error'?: Listener<ErrorDetail>;
        }
      >;
      'pl-values-accordion': PlProps<
        'pl-values-accordion',
        'items' | 'src' | 'multiple' | 'controls' | 'headingLevel',
        {
          'onpl-toggle'?: Listener<ToggleDetail>;
          'onpl-data-load'?: Listener<DataLoadDetail>;
          'onpl-error'?: Listener<ErrorDetail>;
        }
      >;
      'pl-value': PlProps<'pl-value', 'heading' | 'open'>;
      'pl-pricing-card': PlProps<
        'pl-pricing-card',
        | 'heading' | 'headingLevel' | 'value' | 'price' | 'currency' | 'unit' | 'priceLabel' | 'discounts'
        | 'calculator' | 'seats' | 'maxSeats' | 'scholarshipUrl' | 'ctaUrl' | 'ctaLabel',
        { 'onpl-quote-change'?: Listener<QuoteChangeDetail> }
      >;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Using them.
// ---------------------------------------------------------------------------------------------

const VALUES: ValueInput[] = [
  { id: 'experts', heading: 'Teachers are the experts', body: 'Participants learn from each other.' },
  { id: 'community', heading: 'Community', body: 'No one should teach computer science alone.' },
];

/** Any geocoder works: return `{ lat, lng, label }` or null. This one only knows one city. */
async function geocode(query: string) {
  return /atlanta/i.test(query) ? { lat: 33.749, lng: -84.388, label: 'Atlanta, GA' } : null;
}

export function WorkshopFinderPage({ workshops }: { workshops: WorkshopInput[] }) {
  const [chosen, setChosen] = useState<Workshop | null>(null);
  const [summary, setSummary] = useState('');
  const [total, setTotal] = useState<string>('');
  const map = useRef<HTMLElementTagNameMap['pl-workshop-map']>(null);

  return (
    <main lang="en">
      {/* Arrays and functions are set as properties; strings, numbers and booleans too. */}
      <pl-workshop-map
        ref={map}
        workshops={workshops}
        geocoder={geocode}
        radius={25}
        units="mi"
        includePast={false}
        fallbackUrl="https://example.org/contact"
        onpl-filter-change={(event) => setSummary(`${event.detail.count} workshops match`)}
        onpl-workshop-select={(event) => setChosen(event.detail.workshop)}
        onpl-error={(event) => console.error(event.detail.message)}
      />
      <p aria-live="polite">{summary}</p>
      {chosen && <p>Chosen: {chosen.title}</p>}
      <button type="button" onClick={() => console.log(map.current?.filteredWorkshops.length)}>
        Log how many are shown
      </button>

      <pl-values-accordion items={VALUES} multiple headingLevel={2} onpl-toggle={(event) => console.log(event.detail.id, event.detail.open)} />

      {/* Light-DOM children and slots work as in HTML (`slot` is a plain attribute). */}
      <pl-pricing-card
        heading="CS Fundamentals Deep Dive"
        value={300}
        price={0}
        calculator
        discounts={[{ min: 10, percent: 15 }]}
        onpl-quote-change={(event) => setTotal(`${event.detail.total} ${event.detail.currency}`)}
      >
        <p>One day of hands-on practice with teachers from your region.</p>
        <ul slot="includes">
          <li>A certificate of completion</li>
        </ul>
      </pl-pricing-card>
      <output>{total}</output>
    </main>
  );
}
