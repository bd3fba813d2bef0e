import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/workshop-map.js';

interface Args {
  view: 'split' | 'map' | 'list';
  radius: number;
  units: 'mi' | 'km';
  course: string;
  near: string;
  'include-past': boolean;
  tiles: string;
  lang: string;
}

/** ZIP searches in the stories use a small table (Atlanta 30303, Decatur 30030, Cambridge 02139, Anchorage 99501, ...). */
const ZIPS = 'data/workshops-zip/';
const FOREVER = 'data/__still-loading__.json';

// The "Loading" story needs a request that never answers: only that one URL is held back.
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).includes('__still-loading__') ? new Promise<Response>(() => {}) : realFetch(input, init);

/** Generated workshops spread over the contiguous US (deterministic, so screenshots are stable). */
function generateWorkshops(count: number): Record<string, unknown>[] {
  const courses = ['csf', 'csd', 'csp', 'csa'];
  const types = ['intro', 'deep-dive', 'summer', 'academic-year'];
  return Array.from({ length: count }, (_, i) => {
    const lat = 30 + ((i * 7919) % 1800) / 100;
    const lng = -122 + ((i * 104729) % 5000) / 100;
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      id: `gen-${i}`,
      title: `${['Intro', 'Deep Dive', 'Summer', 'Quarterly'][i % 4]} workshop #${i + 1}`,
      course: courses[i % courses.length],
      type: types[i % types.length],
      sessions: [{ start: `2027-${month}-${day}T09:00:00-05:00`, end: `2027-${month}-${day}T15:00:00-05:00` }],
      timeZone: 'America/Chicago',
      virtual: i % 25 === 0,
      location: i % 25 === 0 ? undefined : { city: `Town ${i % 500}`, state: 'US', lat, lng },
      seatsRemaining: i % 7,
      cost: i % 3 === 0 ? 0 : 150,
      scholarships: i % 2 === 0,
      registrationUrl: `https://example.org/register/${i}`,
    };
  });
}

/** The finder with the controls' args: fed from the sample files, or from a `.workshops` list. */
const finder = (args: Args, workshops?: unknown[]) => html`<pl-workshop-map
  src=${ifDefined(workshops ? undefined : 'data/workshops-sample.json')}
  partners-src=${ifDefined(workshops ? undefined : 'data/workshops-partners.json')}
  .workshops=${workshops}
  zip-table-url=${ZIPS}
  fallback-url="https://example.org/contact"
  view=${args.view}
  radius=${args.radius}
  units=${args.units}
  course=${ifDefined(args.course || undefined)}
  near=${ifDefined(args.near || undefined)}
  ?include-past=${args['include-past']}
  tiles=${ifDefined(args.tiles || undefined)}
  lang=${ifDefined(args.lang || undefined)}
></pl-workshop-map>`;

const meta: Meta<Args> = {
  title: 'Elements/Workshop map',
  component: 'pl-workshop-map',
  args: { view: 'split', radius: 50, units: 'mi', course: '', near: '', 'include-past': false, tiles: '', lang: '' },
  argTypes: {
    view: { control: 'inline-radio', options: ['split', 'map', 'list'] },
    units: { control: 'inline-radio', options: ['mi', 'km'] },
    radius: { control: { type: 'number', min: 5, max: 500, step: 5 } },
    course: { control: 'text', hint: 'Try `csd` or `csf,csp`.' },
    near: { control: 'text', hint: 'Try 30303, Georgia, Chicago or 99501.' },
    tiles: { control: 'text' },
    lang: { control: 'select', options: ['', 'en', 'es'] },
  },
  render: (args) => finder(args),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'Workshops near you (split view)' };

export const SearchedZip: Story = { name: 'Searched by ZIP (30303)', args: { near: '30303' } };

export const MapOnly: Story = { name: 'Map only', args: { view: 'map' } };

export const ListOnly: Story = { name: 'List only', args: { view: 'list' } };

export const Loading: Story = {
  render: () => html`<pl-workshop-map src=${FOREVER} tiles="none"></pl-workshop-map>`,
  parameters: { controls: { disable: true } },
};

export const Empty: Story = {
  name: 'No workshops yet',
  render: () => html`<pl-workshop-map .workshops=${[]} fallback-url="https://example.org/contact" tiles="none"></pl-workshop-map>`,
  parameters: { controls: { disable: true } },
};

export const LoadError: Story = {
  name: 'Error: document not found (with Retry)',
  render: () => html`<pl-workshop-map src="data/missing-workshops.json"></pl-workshop-map>`,
  parameters: { controls: { disable: true } },
};

const MAINLAND = generateWorkshops(400).filter((w) => !w.virtual);

export const NothingNear: Story = {
  name: 'Nothing near (fallback link)',
  render: () => html`<pl-workshop-map
    .workshops=${MAINLAND}
    partners-src="data/workshops-partners.json"
    zip-table-url=${ZIPS}
    near="96813"
    fallback-url="https://example.org/contact"
  ></pl-workshop-map>`,
  parameters: { controls: { disable: true } },
};

export const PartnerFallback: Story = {
  name: 'Nothing near: the regional partner',
  render: () => html`<pl-workshop-map
    .workshops=${MAINLAND}
    partners-src="data/workshops-partners.json"
    zip-table-url=${ZIPS}
    near="99501"
    fallback-url="https://example.org/contact"
  ></pl-workshop-map>`,
  parameters: { controls: { disable: true } },
};

// Generated once: a control's change re-renders with the same array instead of 10,000 new records.
const TEN_THOUSAND = generateWorkshops(10000);

export const TenThousand: Story = {
  name: '10,000 workshops',
  render: (args) => finder(args, TEN_THOUSAND),
};

export const Spanish: Story = { name: 'Spanish', args: { lang: 'es', near: '30303' } };

export const PhoneWidth: Story = {
  name: 'Phone width',
  globals: { viewport: { value: 'phone', isRotated: false } },
};

export const NoTiles: Story = { name: 'Without tiles (offline)', args: { tiles: 'none' } };

/** A search for a place that is not in the data, answered by the page's geocoder. */
const searchWithGeocoder = (near: string, geocoder: () => Promise<null>) => html`<pl-workshop-map
  src="data/workshops-sample.json"
  zip-table-url=${ZIPS}
  tiles="none"
  near=${near}
  .geocoder=${geocoder}
></pl-workshop-map>`;

export const PlaceNotFound: Story = {
  name: 'Search: place not found',
  render: () => searchWithGeocoder('Atlantis', async () => null),
  parameters: { controls: { disable: true } },
};

export const PlaceSearchUnavailable: Story = {
  name: 'Search: the geocoder is failing',
  render: () =>
    searchWithGeocoder('Springfield Gardens', async () => {
      throw new Error('The geocoding service is down (story)');
    }),
  parameters: { controls: { disable: true } },
};

const atlanta = (id: string, title: string, sessions: { start: string; end?: string }[]) => ({
  id,
  title,
  course: 'csf',
  type: 'deep-dive',
  sessions,
  timeZone: 'America/New_York',
  location: { name: 'Atlanta Public Library', city: 'Atlanta', state: 'GA', lat: 33.7525, lng: -84.3888 },
  seatsRemaining: 4,
  cost: 0,
  registrationUrl: `https://example.org/register/${id}`,
});

/** With include-past: ended workshops say so and offer no Register; sessions given as days show no time. */
export const PastAndWholeDays: Story = {
  name: 'Past workshops and sessions given as days',
  render: () => html`<pl-workshop-map
    include-past
    today="2027-03-10"
    view="list"
    tiles="none"
    .workshops=${[
      atlanta('ended', 'Deep Dive (ended)', [{ start: '2027-02-06T09:00:00-05:00', end: '2027-02-06T15:00:00-05:00' }]),
      atlanta('ended-days', 'Winter Intensive (ended, given as days)', [{ start: '2027-01-11', end: '2027-01-13' }]),
      atlanta('last-day', 'Spring Intensive (its last day is today)', [{ start: '2027-03-08', end: '2027-03-10' }]),
      atlanta('coming', 'Deep Dive (coming)', [{ start: '2027-04-17' }]),
    ]}
  ></pl-workshop-map>`,
  parameters: { controls: { disable: true } },
};
