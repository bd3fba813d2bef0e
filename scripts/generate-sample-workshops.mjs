#!/usr/bin/env node
/**
 * Deterministic sample data for the workshop finder (format "pl"): the same seed always gives the
 * same files. Real US cities with a real downtown ZIP (positions from the `zipcodes` dev dependency,
 * so a ZIP search of that code lands on the city), the four courses, every workshop type, virtual
 * workshops, full ones, free ones, scholarships.
 *
 * The facts follow the source pages (/work/shared/seeds): K-5 (CS Fundamentals) intro workshops and
 * meetups are free; a Deep Dive is one 7-hour day (9:00-16:00, online too) with a $300 list value, the
 * only workshop that has one; summer workshops are five days in person; an academic-year series is
 * four Saturdays of one school year, about ten weeks apart, from September to May. No workshop falls
 * in the winter break (Dec 20 - Jan 3). Georgia's partner is the demo page's own organisation
 * (Piedmont CS Collaborative, demo/index.html); states whose partner is still wanted have no workshops.
 *
 *   node scripts/generate-sample-workshops.mjs
 *       writes demo/data/workshops.json (about 150 workshops) and demo/data/partners.json
 *   node scripts/generate-sample-workshops.mjs --count 100000 --out /tmp/workshops-100k.json
 *       writes only the workshops, N of them (for benchmarks)
 *   --seed N   another deterministic data set
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { codes } = require('zipcodes/lib/codes.js');

// [city, state, downtown ZIP]
const CITIES = [
  ['Atlanta', 'GA', '30303'], ['Savannah', 'GA', '31401'], ['Macon', 'GA', '31201'], ['Athens', 'GA', '30601'],
  ['Augusta', 'GA', '30901'], ['Birmingham', 'AL', '35203'], ['Montgomery', 'AL', '36104'], ['Nashville', 'TN', '37203'],
  ['Memphis', 'TN', '38103'], ['Knoxville', 'TN', '37902'], ['Charlotte', 'NC', '28202'], ['Raleigh', 'NC', '27601'],
  ['Durham', 'NC', '27701'], ['Greensboro', 'NC', '27401'], ['Columbia', 'SC', '29201'], ['Charleston', 'SC', '29401'],
  ['Jacksonville', 'FL', '32202'], ['Miami', 'FL', '33130'], ['Orlando', 'FL', '32801'], ['Tampa', 'FL', '33602'],
  ['Tallahassee', 'FL', '32301'], ['New Orleans', 'LA', '70112'], ['Baton Rouge', 'LA', '70801'], ['Jackson', 'MS', '39201'],
  ['Little Rock', 'AR', '72201'], ['Louisville', 'KY', '40202'], ['Lexington', 'KY', '40507'], ['Richmond', 'VA', '23219'],
  ['Norfolk', 'VA', '23510'], ['Washington', 'DC', '20001'], ['Baltimore', 'MD', '21202'], ['Philadelphia', 'PA', '19103'],
  ['Pittsburgh', 'PA', '15222'], ['New York', 'NY', '10001'], ['Buffalo', 'NY', '14202'], ['Boston', 'MA', '02108'],
  ['Providence', 'RI', '02903'], ['Hartford', 'CT', '06103'], ['Newark', 'NJ', '07102'], ['Cleveland', 'OH', '44113'],
  ['Columbus', 'OH', '43215'], ['Cincinnati', 'OH', '45202'], ['Detroit', 'MI', '48226'], ['Grand Rapids', 'MI', '49503'],
  ['Indianapolis', 'IN', '46204'], ['Chicago', 'IL', '60601'], ['Milwaukee', 'WI', '53202'], ['Minneapolis', 'MN', '55401'],
  ['Des Moines', 'IA', '50309'], ['St. Louis', 'MO', '63101'], ['Kansas City', 'MO', '64106'], ['Omaha', 'NE', '68102'],
  ['Oklahoma City', 'OK', '73102'], ['Tulsa', 'OK', '74103'], ['Dallas', 'TX', '75201'], ['Houston', 'TX', '77002'],
  ['Austin', 'TX', '78701'], ['San Antonio', 'TX', '78205'], ['El Paso', 'TX', '79901'], ['Denver', 'CO', '80202'],
  ['Albuquerque', 'NM', '87102'], ['Phoenix', 'AZ', '85004'], ['Tucson', 'AZ', '85701'], ['Salt Lake City', 'UT', '84111'],
  ['Boise', 'ID', '83702'], ['Las Vegas', 'NV', '89101'], ['Los Angeles', 'CA', '90012'], ['San Diego', 'CA', '92101'],
  ['San Francisco', 'CA', '94103'], ['Sacramento', 'CA', '95814'], ['Fresno', 'CA', '93721'], ['Portland', 'OR', '97204'],
  ['Seattle', 'WA', '98101'], ['Spokane', 'WA', '99201'], ['Anchorage', 'AK', '99501'], ['Honolulu', 'HI', '96813'],
  ['Billings', 'MT', '59101'], ['Fargo', 'ND', '58102'], ['Sioux Falls', 'SD', '57104'], ['Wichita', 'KS', '67202'],
  ['Burlington', 'VT', '05401'], ['Portland', 'ME', '04101'], ['Manchester', 'NH', '03101'], ['Wilmington', 'DE', '19801'],
];

const ZONES = {
  'America/New_York': 'CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV',
  'America/Chicago': 'AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI',
  'America/Denver': 'CO ID MT NM UT WY',
  'America/Phoenix': 'AZ',
  'America/Los_Angeles': 'CA NV OR WA',
  'America/Anchorage': 'AK',
  'Pacific/Honolulu': 'HI',
};
const ZONE_OF = {};
for (const [zone, states] of Object.entries(ZONES)) for (const s of states.split(' ')) ZONE_OF[s] = zone;
// Cities on the other side of their state's zone line: El Paso keeps Mountain time, East Tennessee Eastern.
const ZONE_EXCEPTIONS = { 'El Paso': 'America/Denver', Knoxville: 'America/New_York' };
const zoneOf = (city, state) => ZONE_EXCEPTIONS[city] ?? ZONE_OF[state];

const STATE_NAMES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const COURSES = {
  csf: { name: 'CS Fundamentals', grades: 'K-5', types: ['intro', 'intro', 'deep-dive', 'deep-dive', 'other'] },
  csd: { name: 'CS Discoveries', grades: '6-9', types: ['summer', 'academic-year', 'intro'] },
  csp: { name: 'CS Principles', grades: '9-12', types: ['summer', 'academic-year', 'intro'] },
  csa: { name: 'Computer Science A', grades: '10-12', types: ['summer', 'academic-year'] },
};
const COURSE_WEIGHTS = ['csf', 'csf', 'csf', 'csf', 'csd', 'csd', 'csp', 'csp', 'csa'];

/** States where a regional partner is still wanted: no partner runs workshops there yet. */
const SEEKING_STATES = new Set(['ND', 'SD', 'NH']);
/** Cities that get workshops: every city outside those states. */
const WORKSHOP_CITIES = CITIES.filter(([, state]) => !SEEKING_STATES.has(state));

/** The demo page's own organisation (demo/index.html, demo/data/program.json): Georgia's partner. */
const HOME_STATE = 'GA';
const HOME_PARTNER = {
  id: 'piedmont-cs',
  name: 'Piedmont CS Collaborative',
  email: 'hello@example.org',
  url: 'https://example.org/piedmont-cs',
  phone: '(404) 555-0100',
};

/** A state's partner as a workshop names it. */
const workshopPartner = (state) =>
  state === HOME_STATE
    ? { name: HOME_PARTNER.name, email: HOME_PARTNER.email, url: HOME_PARTNER.url }
    : {
        name: `${STATE_NAMES[state]} CS Professional Learning`,
        email: `workshops-${state.toLowerCase()}@example.org`,
        url: `https://example.org/partners/${state.toLowerCase()}`,
      };

const TYPE_TITLES = {
  intro: 'Intro Workshop',
  'deep-dive': 'Deep Dive',
  summer: 'Summer Workshop',
  'academic-year': 'Academic Year Workshops',
  other: 'Community Meetup',
};

const VENUES = ['Public Library', 'High School', 'Community College', 'Education Service Center', 'Middle School', 'Science Museum'];
const STREETS = ['Main St', 'Oak Ave', 'Maple St', 'Broad St', 'Park Ave', 'Elm St', 'Washington Blvd', 'Lake Dr', 'College Ave'];
const FIRST = ['Ana', 'Sam', 'Priya', 'Marcus', 'Lena', 'Diego', 'Grace', 'Tomas', 'Aisha', 'Ben', 'Mei', 'Jordan', 'Rosa', 'Kwame'];
const LAST = ['Ruiz', 'Lee', 'Patel', 'Johnson', 'Novak', 'Garcia', 'Kim', 'Okafor', 'Nguyen', 'Brooks', 'Silva', 'Haddad'];

/** mulberry32: a tiny seeded PRNG, so the same seed writes the same data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

const formatters = new Map();
const offsets = new Map();

/** Offset (minutes) of `zone` at an instant, via Intl (Node has full ICU); cached per zone and hour. */
function offsetAt(ms, zone) {
  const key = `${zone}|${Math.floor(ms / 3600000)}`;
  if (offsets.has(key)) return offsets.get(key);
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute);
  const offset = Math.round((asUtc - Math.floor(ms / 60000) * 60000) / 60000);
  offsets.set(key, offset);
  return offset;
}

/** "2027-06-12T09:00:00-04:00" for a local date and hour in `zone`. */
function localIso(day, hour, minute, zone) {
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  const offset = offsetAt(wall - offsetAt(wall, zone) * 60000, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const DAY = 86400000;
const addDays = (date, n) => new Date(date.getTime() + n * DAY);
/** The next day on or after `date` that is weekday `weekday` (0 = Sunday). */
const nextWeekday = (date, weekday) => addDays(date, (weekday - date.getUTCDay() + 7) % 7);
/** Dec 20 - Jan 3: schools are closed, so no workshop day falls in it. */
const inWinterBreak = (day) => (day.getUTCMonth() === 11 && day.getUTCDate() >= 20) || (day.getUTCMonth() === 0 && day.getUTCDate() <= 3);
/** `day`, or the nearest same weekday outside the winter break: a week or two earlier in December, later in January. */
function outsideWinterBreak(day) {
  const step = day.getUTCMonth() === 11 ? -7 : 7;
  while (inWinterBreak(day)) day = addDays(day, step);
  return day;
}

const IN_PERSON_HOURS = [[9, 0, 16, 0], [8, 30, 15, 30], [9, 0, 15, 0]];
const ONLINE_HOURS = [[10, 0, 13, 0]];
/** A Deep Dive is one 7-hour day, online as well as in person. */
const DEEP_DIVE_HOURS = [9, 0, 16, 0];
/** An academic-year series: four sessions about ten weeks apart. */
const SERIES_SESSIONS = 4;
const SERIES_GAP_DAYS = 70;

function sessionsFor(type, start, zone, isVirtual, pick) {
  const [h1, m1, h2, m2] = type === 'deep-dive' ? DEEP_DIVE_HOURS : pick(isVirtual ? ONLINE_HOURS : IN_PERSON_HOURS);
  const session = (day) => ({ start: localIso(day, h1, m1, zone), end: localIso(day, h2, m2, zone) });
  if (type === 'summer') {
    const monday = nextWeekday(start, 1);
    return [0, 1, 2, 3, 4].map((i) => session(addDays(monday, i)));
  }
  if (type === 'academic-year') {
    // Saturdays of one school year: a first one in September or October, then about every ten weeks
    // (a week or two off where that would fall in the winter break), the last by the end of May.
    const days = [];
    for (let day = nextWeekday(start, 6); days.length < SERIES_SESSIONS; day = addDays(day, SERIES_GAP_DAYS)) {
      day = outsideWinterBreak(day);
      days.push(day);
    }
    return days.map(session);
  }
  return [session(outsideWinterBreak(isVirtual ? start : nextWeekday(start, pick([1, 3, 5, 6, 6]))))];
}

function createGenerator(seed) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  return { random, pick, int };
}

function place(city, state, zip) {
  const code = codes[zip];
  if (!code || code.state !== state) throw new Error(`unknown ZIP ${zip} for ${city}, ${state}`);
  return { lat: code.latitude, lng: code.longitude };
}

export function generateWorkshops(count, seed = 2026) {
  const { random, pick, int } = createGenerator(seed);
  const workshops = [];
  const used = new Set();
  // One-day workshops between 2026-12-01 and 2027-08-31, a few already past (Oct-Nov 2026); summer
  // workshops in June-August 2027; academic-year series over the 2026-2027 school year.
  const rangeStart = Date.UTC(2026, 11, 1);
  const rangeDays = 270;
  for (let n = 0; n < count; n++) {
    const course = pick(COURSE_WEIGHTS);
    const info = COURSES[course];
    const type = pick(info.types);
    // Summer workshops meet in person.
    const isVirtual = random() < 0.12 && type !== 'summer';
    const [city, state, zip] = n < WORKSHOP_CITIES.length ? WORKSHOP_CITIES[n] : pick(WORKSHOP_CITIES);
    const zone = isVirtual ? pick(['America/New_York', 'America/Chicago', 'America/Los_Angeles']) : zoneOf(city, state);
    let start;
    if (type === 'summer') start = new Date(Date.UTC(2027, 5, 7) + int(0, 70) * DAY);
    else if (type === 'academic-year') start = new Date(Date.UTC(2026, 8, 1) + int(0, 55) * DAY); // first Saturday Sep 5 - Oct 31
    else if (n % 40 === 39) start = new Date(Date.UTC(2026, 9, 3) + int(0, 40) * DAY); // past: Oct-Nov 2026
    else start = new Date(rangeStart + int(0, rangeDays) * DAY);
    const sessions = sessionsFor(type, start, zone, isVirtual, pick);

    const capacity = pick([20, 24, 25, 30, 30, 35, 40]);
    const full = random() < 0.15;
    const seatsRemaining = full ? 0 : int(1, capacity);
    // K-5 (CS Fundamentals) intro workshops and meetups are free; a Deep Dive may cost something.
    const paid = random() < 0.1 && (course !== 'csf' || type === 'deep-dive');
    const slug = `${isVirtual ? 'virtual' : city.toLowerCase().replace(/[^a-z]+/g, '-')}-${sessions[0].start.slice(0, 10)}-${course}-${type}`;
    let id = slug;
    for (let k = 2; used.has(id); k++) id = `${slug}-${k}`;
    used.add(id);

    const base = place(city, state, zip);
    const title = `${info.name} ${TYPE_TITLES[type]}${isVirtual ? ' (online)' : ''}`;
    const workshop = {
      id,
      title,
      course,
      courseName: info.name,
      type,
      sessions,
      timeZone: zone,
      virtual: isVirtual,
    };
    if (!isVirtual) {
      workshop.location = {
        name: `${city} ${pick(VENUES)}`,
        address: `${int(10, 2999)} ${pick(STREETS)}`,
        city,
        state,
        postalCode: zip,
        // A few miles around downtown, so pins in one city do not stack exactly.
        lat: Math.round((base.lat + (random() - 0.5) * 0.12) * 10000) / 10000,
        lng: Math.round((base.lng + (random() - 0.5) * 0.12) * 10000) / 10000,
      };
    }
    Object.assign(workshop, {
      capacity,
      seatsRemaining,
      registrationUrl: `https://example.org/workshops/${id}/register`,
    });
    // Only the Deep Dive has a list value in the source pages: $300 a teacher.
    if (type === 'deep-dive') workshop.value = 300;
    Object.assign(workshop, {
      cost: paid ? pick([75, 150, 250]) : 0,
      currency: 'USD',
      scholarships: paid || random() < 0.3,
      partner: workshopPartner(state),
      facilitators: [`${pick(FIRST)} ${pick(LAST)}`, `${pick(FIRST)} ${pick(LAST)}`],
      grades: info.grades,
      notes: isVirtual
        ? 'Online by video call. A link arrives by email a week before.'
        : pick(['Lunch is provided.', 'Bring a charged laptop.', 'Free parking on site.', 'Classroom supplies included.']),
    });
    workshops.push(workshop);
  }
  return workshops;
}

export function generatePartners() {
  const states = [...new Set(CITIES.map(([, s]) => s))].sort();
  const partners = states.map((state) => {
    const prefixes = [...new Set(CITIES.filter(([, s]) => s === state).map(([, , zip]) => zip.slice(0, 3)))];
    const [city, , zip] = CITIES.find(([, s]) => s === state);
    const { lat, lng } = place(city, state, zip);
    const location = { city, state, lat, lng };
    if (state === HOME_STATE) return { ...HOME_PARTNER, states: [state], postalPrefixes: prefixes, location, status: 'active' };
    const seeking = SEEKING_STATES.has(state);
    return {
      id: `partner-${state.toLowerCase()}`,
      name: seeking ? `${STATE_NAMES[state]}: regional partner wanted` : `${STATE_NAMES[state]} CS Professional Learning`,
      email: seeking ? 'partners@example.org' : `workshops-${state.toLowerCase()}@example.org`,
      url: seeking ? 'https://example.org/become-a-partner' : `https://example.org/partners/${state.toLowerCase()}`,
      // Fictional numbers: 555-01NN is reserved for examples.
      phone: `(555) 555-01${String(states.indexOf(state)).padStart(2, '0')}`,
      states: [state],
      postalPrefixes: prefixes,
      location,
      status: seeking ? 'seeking' : 'active',
    };
  });
  // Cities where a local partner is being sought, inside states that have one.
  const seekingCities = [
    ['El Paso', 'TX', '799'], ['Fresno', 'CA', '937'], ['Spokane', 'WA', '992'], ['Tucson', 'AZ', '857'],
  ];
  for (const [city, state, prefix] of seekingCities) {
    const [, , zip] = CITIES.find(([c, s]) => c === city && s === state);
    const { lat, lng } = place(city, state, zip);
    partners.push({
      id: `seeking-${city.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      name: `${city} area: local partner wanted`,
      email: 'partners@example.org',
      url: 'https://example.org/become-a-partner',
      states: [],
      postalPrefixes: [prefix],
      location: { city, state, lat, lng },
      status: 'seeking',
    });
  }
  return partners;
}

/** One record per line: readable in a diff, without the bulk of full indentation. */
function write(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `[\n${data.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`);
  console.log(`${file}: ${data.length} records`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const count = Number(option('--count') ?? 150);
  const seed = Number(option('--seed') ?? 2026);
  const out = option('--out');
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive whole number');
  if (out) {
    write(resolve(out), generateWorkshops(count, seed));
  } else {
    write(resolve('demo/data/workshops.json'), generateWorkshops(count, seed));
    write(resolve('demo/data/partners.json'), generatePartners());
  }
}
