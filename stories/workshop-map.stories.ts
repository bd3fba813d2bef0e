import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { asCode, propertyScript, sampleOf } from './property-source.js';
import '../src/workshop-map.js';
// The "Loading" story needs a request that never answers: only that one URL (FOREVER) is held back.
import { FOREVER } from './still-loading.js';

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

/** Cities of the contiguous US the generated workshops gather around: [city, state, lat, lng, time zone]. */
const CITIES: [string, string, number, number, string][] = [
  ['Atlanta', 'GA', 33.749, -84.388, 'America/New_York'],
  ['Charlotte', 'NC', 35.227, -80.843, 'America/New_York'],
  ['Columbia', 'SC', 34.0, -81.035, 'America/New_York'],
  ['Orlando', 'FL', 28.538, -81.379, 'America/New_York'],
  ['Richmond', 'VA', 37.541, -77.436, 'America/New_York'],
  ['Pittsburgh', 'PA', 40.441, -79.996, 'America/New_York'],
  ['Albany', 'NY', 42.653, -73.756, 'America/New_York'],
  ['Hartford', 'CT', 41.764, -72.685, 'America/New_York'],
  ['Columbus', 'OH', 39.961, -82.999, 'America/New_York'],
  ['Detroit', 'MI', 42.331, -83.046, 'America/New_York'],
  ['Indianapolis', 'IN', 39.768, -86.158, 'America/Indiana/Indianapolis'],
  ['Louisville', 'KY', 38.253, -85.759, 'America/New_York'],
  ['Chicago', 'IL', 41.878, -87.63, 'America/Chicago'],
  ['Milwaukee', 'WI', 43.039, -87.907, 'America/Chicago'],
  ['Minneapolis', 'MN', 44.978, -93.265, 'America/Chicago'],
  ['Des Moines', 'IA', 41.587, -93.625, 'America/Chicago'],
  ['Omaha', 'NE', 41.257, -95.995, 'America/Chicago'],
  ['Kansas City', 'MO', 39.1, -94.579, 'America/Chicago'],
  ['Wichita', 'KS', 37.687, -97.33, 'America/Chicago'],
  ['Oklahoma City', 'OK', 35.468, -97.516, 'America/Chicago'],
  ['Dallas', 'TX', 32.777, -96.797, 'America/Chicago'],
  ['Houston', 'TX', 29.76, -95.37, 'America/Chicago'],
  ['Little Rock', 'AR', 34.746, -92.29, 'America/Chicago'],
  ['Nashville', 'TN', 36.163, -86.781, 'America/Chicago'],
  ['Birmingham', 'AL', 33.519, -86.81, 'America/Chicago'],
  ['Jackson', 'MS', 32.299, -90.185, 'America/Chicago'],
  ['New Orleans', 'LA', 29.951, -90.072, 'America/Chicago'],
  ['Denver', 'CO', 39.739, -104.99, 'America/Denver'],
  ['Cheyenne', 'WY', 41.14, -104.82, 'America/Denver'],
  ['Billings', 'MT', 45.783, -108.501, 'America/Denver'],
  ['Salt Lake City', 'UT', 40.761, -111.891, 'America/Denver'],
  ['Boise', 'ID', 43.615, -116.202, 'America/Boise'],
  ['Albuquerque', 'NM', 35.084, -106.65, 'America/Denver'],
  ['Phoenix', 'AZ', 33.448, -112.074, 'America/Phoenix'],
  ['Tucson', 'AZ', 32.222, -110.975, 'America/Phoenix'],
  ['Las Vegas', 'NV', 36.17, -115.14, 'America/Los_Angeles'],
  ['Los Angeles', 'CA', 34.052, -118.244, 'America/Los_Angeles'],
  ['Fresno', 'CA', 36.738, -119.787, 'America/Los_Angeles'],
  ['Sacramento', 'CA', 38.582, -121.494, 'America/Los_Angeles'],
  ['Portland', 'OR', 45.515, -122.679, 'America/Los_Angeles'],
  ['Seattle', 'WA', 47.606, -122.332, 'America/Los_Angeles'],
  ['Spokane', 'WA', 47.659, -117.426, 'America/Los_Angeles'],
];

/** What each generated workshop is, in turn: [type, title, courses to rotate through]. */
const KINDS: [string, string, string[]][] = [
  ['intro', 'Intro Workshop', ['csf', 'csd', 'csp']],
  ['deep-dive', 'Deep Dive', ['csf']],
  ['summer', 'Summer Workshop', ['csd', 'csp', 'csa']],
  ['academic-year', 'Quarterly Workshop', ['csd', 'csp', 'csa']],
];
const COURSE_NAMES: Record<string, string> = {
  csf: 'CS Fundamentals',
  csd: 'CS Discoveries',
  csp: 'CS Principles',
  csa: 'Computer Science A',
};
/** Summer workshops start on a Monday in June, July or August 2027 and run five days. */
const SUMMER_MONDAYS = ['06-07', '06-14', '06-21', '06-28', '07-12', '07-19', '07-26', '08-02', '08-09', '08-16'];
/** Workshops during the school year: not in June-August. */
const SCHOOL_MONTHS = [1, 2, 3, 4, 5, 9, 10, 11, 12];

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/** "-05:00": the UTC offset of `zone` on a 2027 day (at midday, after any change of clocks that night). */
function offsetOn(date: string, zone: string): string {
  let format = offsetFormats.get(zone);
  if (!format) offsetFormats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(new Date(`${date}T17:00:00Z`)).find((part) => part.type === 'timeZoneName')!.value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** One day from `hours` ("09:00", "16:00") in `zone`, with the offset that zone has that day. */
const session = (date: string, zone: string, [from, to]: [string, string]) => ({
  start: `${date}T${from}:00${offsetOn(date, zone)}`,
  end: `${date}T${to}:00${offsetOn(date, zone)}`,
});

const VENUES = ['Public Library', 'High School', 'Community College', 'Education Service Center', 'Middle School', 'Science Museum'];
const DAY_MS = 86400000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Generated workshops around cities of the contiguous US (deterministic, so screenshots are stable):
 * real state codes, each city's time zone with the offset of the day, summer workshops only in June-August
 * (five days in person), school-year workshops on Saturdays, Deep Dives of seven hours, K-5 intro workshops
 * free, none in the winter break (Dec 20 - Jan 3).
 */
function generateWorkshops(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    // A multiplicative hash of i spreads cities, days and seats, so neighbours in the list differ.
    const h = Math.imul(i + 1, 2654435761) >>> 0;
    const [type, typeTitle, courses] = KINDS[i % 4];
    const course = courses[(h >>> 4) % courses.length];
    const [city, state, cityLat, cityLng, cityZone] = CITIES[h % CITIES.length];
    const virtual = i % 25 === 0 && type !== 'summer';
    const zone = virtual ? 'America/Chicago' : cityZone;
    const hours: [string, string] = type === 'deep-dive' ? ['09:00', '16:00'] : ['09:00', '15:00'];
    let sessions: { start: string; end: string }[];
    if (type === 'summer') {
      const monday = Date.parse(`2027-${SUMMER_MONDAYS[(h >>> 8) % SUMMER_MONDAYS.length]}T12:00:00Z`);
      sessions = [0, 1, 2, 3, 4].map((d) => session(isoDay(monday + d * DAY_MS), zone, hours));
    } else {
      const month = type === 'academic-year' ? SCHOOL_MONTHS[(h >>> 8) % SCHOOL_MONTHS.length] : 1 + ((h >>> 8) % 12);
      let day = Date.UTC(2027, month - 1, 1 + ((h >>> 12) % 24), 12);
      // School-year workshops meet on the Saturday on or after that day.
      if (type === 'academic-year') day += ((6 - new Date(day).getUTCDay() + 7) % 7) * DAY_MS;
      // The winter break: a week or two earlier in December, a week later in January.
      for (let d = new Date(day); (d.getUTCMonth() === 11 && d.getUTCDate() >= 20) || (d.getUTCMonth() === 0 && d.getUTCDate() <= 3); d = new Date(day)) {
        day += (d.getUTCMonth() === 11 ? -7 : 7) * DAY_MS;
      }
      sessions = [session(isoDay(day), zone, hours)];
    }
    // A few miles around the city, so its pins do not stack exactly.
    const lat = cityLat + ((i * 7919) % 600) / 1000 - 0.3;
    const lng = cityLng + ((i * 104729) % 600) / 1000 - 0.3;
    const free = course === 'csf' && type === 'intro';
    return {
      id: `gen-${i}`,
      title: `${COURSE_NAMES[course]} ${typeTitle}${virtual ? ' (online)' : ''}`,
      course,
      courseName: COURSE_NAMES[course],
      type,
      sessions,
      timeZone: zone,
      virtual,
      location: virtual
        ? undefined
        : {
            name: `${city} ${VENUES[(h >>> 16) % VENUES.length]}`,
            city,
            state,
            lat: Math.round(lat * 1e4) / 1e4,
            lng: Math.round(lng * 1e4) / 1e4,
          },
      seatsRemaining: (h >>> 20) % 7,
      cost: free || i % 3 === 0 ? 0 : 150,
      scholarships: i % 2 === 0,
      registrationUrl: `https://example.org/register/${i}`,
    };
  });
}

/**
 * "Today" for every story that lists upcoming workshops: the sample data's dates are fixed, so a
 * story must not turn into "no upcoming workshops" (nor its screenshot change) as the calendar moves.
 */
const TODAY = '2026-11-23';

/** The finder with the controls' args: fed from the sample files, a `.workshops` list, or a file in another `format`. */
const finder = (args: Args, workshops?: unknown[], file?: { format: string; src: string }) => html`<pl-workshop-map
  today=${TODAY}
  format=${ifDefined(file?.format)}
  src=${ifDefined(file?.src ?? (workshops ? undefined : 'data/workshops-sample.json'))}
  partners-src=${ifDefined(workshops || file ? undefined : 'data/workshops-partners.json')}
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

export const MapOnly: Story = {
  name: 'Map only',
  args: { view: 'map' },
  parameters: {
    docs: {
      description: {
        story:
          'The map without the side list of in-person workshops. Virtual workshops are never pins, so with `view="map"` ' +
          'they are still listed, in a "Virtual" group below the map (18 of them in this sample data).',
      },
    },
  },
};

export const ListOnly: Story = { name: 'List only', args: { view: 'list' } };

export const Loading: Story = {
  render: () => html`<pl-workshop-map src=${FOREVER} tiles="none"></pl-workshop-map>`,
  parameters: { controls: { disable: true } },
};

export const Empty: Story = {
  name: 'No workshops yet',
  render: () => html`<pl-workshop-map .workshops=${[]} fallback-url="https://example.org/contact" tiles="none"></pl-workshop-map>`,
  parameters: { controls: { disable: true }, docs: { source: propertyScript(['pl-workshop-map', 'workshops', '[]']) } },
};

export const LoadError: Story = {
  name: 'Error: document not found (with Retry)',
  render: () => html`<pl-workshop-map src="data/missing-workshops.json"></pl-workshop-map>`,
  parameters: { controls: { disable: true } },
};

// Generated on first use, once: a story that does not show them does not wait for them.
let mainland: unknown[] | undefined;
const MAINLAND = () => (mainland ??= generateWorkshops(400).filter((w) => !w.virtual));

export const NothingNear: Story = {
  name: 'Nothing near (fallback link)',
  render: () => html`<pl-workshop-map
    .workshops=${MAINLAND()}
    today=${TODAY}
    partners-src="data/workshops-partners.json"
    zip-table-url=${ZIPS}
    near="96813"
    fallback-url="https://example.org/contact"
  ></pl-workshop-map>`,
  parameters: { controls: { disable: true }, docs: { source: propertyScript(['pl-workshop-map', 'workshops', () => sampleOf(MAINLAND())]) } },
};

export const PartnerFallback: Story = {
  name: 'Nothing near: the regional partner',
  render: () => html`<pl-workshop-map
    .workshops=${MAINLAND()}
    today=${TODAY}
    partners-src="data/workshops-partners.json"
    zip-table-url=${ZIPS}
    near="99501"
    fallback-url="https://example.org/contact"
  ></pl-workshop-map>`,
  parameters: { controls: { disable: true }, docs: { source: propertyScript(['pl-workshop-map', 'workshops', () => sampleOf(MAINLAND())]) } },
};

// Generated on first use, once: a control's change re-renders with the same array instead of 10,000
// new records, and the other stories (and the docs page) do not wait for them.
let tenThousand: unknown[] | undefined;

export const TenThousand: Story = {
  name: '10,000 workshops',
  render: (args) => finder(args, (tenThousand ??= generateWorkshops(10000))),
  parameters: { docs: { source: propertyScript(['pl-workshop-map', 'workshops', () => sampleOf((tenThousand ??= generateWorkshops(10000)))]) } },
};

export const Spanish: Story = { name: 'Spanish', args: { lang: 'es', near: '30303' } };

export const PhoneWidth: Story = {
  name: 'Phone width',
  // The viewport only changes in the full Storybook UI: the 375 px box keeps it phone-sized in the
  // story's own page and on the Docs page too.
  globals: { viewport: { value: 'phone', isRotated: false } },
  render: (args) => html`<div class="phone">
    <style>
      .phone { width: 375px; max-width: 100%; }
    </style>
    ${finder(args)}
  </div>`,
  parameters: {
    docs: {
      description: { story: 'The finder in a 375 px wide column, the width of a common phone: search, filters, map and list stack.' },
    },
  },
};

export const NoTiles: Story = { name: 'Without tiles (offline)', args: { tiles: 'none' } };

/** A search for a place that is not in the data, answered by the page's geocoder. */
const searchWithGeocoder = (near: string, geocoder: () => Promise<null>) => html`<pl-workshop-map
  src="data/workshops-sample.json"
  today=${TODAY}
  zip-table-url=${ZIPS}
  tiles="none"
  near=${near}
  .geocoder=${geocoder}
></pl-workshop-map>`;

export const PlaceNotFound: Story = {
  name: 'Search: place not found',
  render: () => searchWithGeocoder('Atlantis', async () => null),
  // The geocoder answers null: no such place.
  parameters: { controls: { disable: true }, docs: { source: propertyScript(['pl-workshop-map', 'geocoder', 'async (query) => null']) } },
};

export const PlaceSearchUnavailable: Story = {
  name: 'Search: the geocoder is failing',
  render: () =>
    searchWithGeocoder('Springfield Gardens', async () => {
      throw new Error('The geocoding service is down (story)');
    }),
  parameters: {
    controls: { disable: true },
    docs: { source: propertyScript(['pl-workshop-map', 'geocoder', "async (query) => {\n    throw new Error('The geocoding service is down');\n  }"]) },
  },
};

const atlanta = (id: string, title: string, sessions: { start: string; end?: string }[], type = 'deep-dive') => ({
  id,
  title,
  course: 'csf',
  type,
  sessions,
  timeZone: 'America/New_York',
  location: { name: 'Atlanta Public Library', city: 'Atlanta', state: 'GA', lat: 33.7525, lng: -84.3888 },
  seatsRemaining: 4,
  cost: 0,
  registrationUrl: `https://example.org/register/${id}`,
});

const pastAndDays = [
  atlanta('ended', 'Deep Dive (ended)', [{ start: '2027-02-06T09:00:00-05:00', end: '2027-02-06T15:00:00-05:00' }]),
  atlanta('ended-days', 'Winter Intensive (ended, given as days)', [{ start: '2027-01-11', end: '2027-01-13' }], 'other'),
  atlanta('last-day', 'Spring Intensive (its last day is today)', [{ start: '2027-03-08', end: '2027-03-10' }], 'other'),
  atlanta('coming', 'Deep Dive (coming)', [{ start: '2027-04-17' }]),
];

/** With include-past: ended workshops say so and offer no Register; sessions given as days show no time. */
export const PastAndWholeDays: Story = {
  name: 'Past workshops and sessions given as days',
  render: () => html`<pl-workshop-map include-past today="2027-03-10" view="list" tiles="none" .workshops=${pastAndDays}></pl-workshop-map>`,
  parameters: { controls: { disable: true }, docs: { source: propertyScript(['pl-workshop-map', 'workshops', asCode(pastAndDays)]) } },
};

/**
 * A story of the finder reading `src` in `format`, described for designers. (Each story writes its
 * `name` itself: Storybook's index reads names only from the story's own object.)
 */
const formatStory = (format: string, src: string, story: string): Story => ({
  render: (args) => finder(args, undefined, { format, src }),
  parameters: { docs: { description: { story } } },
});

export const FromCsv: Story = {
  name: 'From a spreadsheet (format="csv")',
  ...formatStory(
    'csv',
    'data/workshops-georgia.csv',
    'Five Georgia workshops read from a CSV file, as a spreadsheet exports it: one row per workshop, ' +
      'nested fields written with dots (`location.city`, `sessions.0.start`). They look the same as workshops from JSON.',
  ),
};

export const FromGeoJson: Story = {
  name: 'From GeoJSON (format="geojson")',
  ...formatStory(
    'geojson',
    'data/workshops-carolinas.geojson',
    'Workshops in the Carolinas read from a GeoJSON file, as a mapping tool exports it: each point is a workshop. ' +
      'The one feature without a point is a virtual workshop, listed under "Virtual".',
  ),
};

export const FromCodeOrgFeed: Story = {
  name: 'From the Code.org feed (format="codeorg")',
  ...formatStory(
    'codeorg',
    'data/workshops-codeorg.json',
    "Five Texas K-5 workshops in the shape of Code.org's public workshop feed. Each becomes a CS Fundamentals " +
      'workshop with its title from the subject ("Intro", "Deep Dive") and a Register link to Code.org.',
  ),
};
