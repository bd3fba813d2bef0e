import { fixture, html } from '@open-wc/testing';
import type { Map as LeafletMap } from 'leaflet';
import '../../src/workshop-map.js';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { nextEvent, visibleText, waitFor } from '../support/helpers.js';

export interface LoadDetail {
  count: number;
  skipped: number;
}

/** Defaults every test shares: no tile requests, a fixed "today", ZIPs from the test table. */
const DEFAULTS: Record<string, string> = { tiles: 'none', today: '2026-11-23', 'zip-table-url': '/tests/fixtures/' };

/**
 * Mounts a <pl-workshop-map> (listening before it connects, so no event is missed) and waits for
 * its pl-data-load (or pl-error when `expectError`).
 */
export async function mountMap(
  attrs: Record<string, string | null> = {},
  setup?: (el: PlWorkshopMap) => void,
  { width = 1000, expectError = false, container }: { width?: number; expectError?: boolean; container?: HTMLElement } = {},
): Promise<{ el: PlWorkshopMap; detail: LoadDetail }> {
  const el = document.createElement('pl-workshop-map');
  for (const [name, value] of Object.entries({ ...DEFAULTS, ...attrs })) {
    if (value !== null) el.setAttribute(name, value);
  }
  setup?.(el);
  // Generous: the machine running the suite may be busy.
  const loaded = nextEvent<LoadDetail>(el, expectError ? 'pl-error' : 'pl-data-load', 9000);
  let box = container;
  if (!box) {
    box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = `${width}px`;
  }
  box.appendChild(el);
  const event = await loaded;
  await el.updateComplete;
  return { el, detail: event.detail };
}

export const root = (el: PlWorkshopMap) => el.shadowRoot!;

/** A finder given `src` (the fixture's workshops), once it has drawn its workshop pins. */
export async function mountWithPins(src = '/tests/fixtures/workshops.json'): Promise<PlWorkshopMap> {
  const { el } = await mountMap({ src });
  await waitFor(() => root(el).querySelectorAll('.pl-pin, .pl-cluster').length > 0, 4000, 'pins');
  return el;
}
export const items = (el: PlWorkshopMap) => [...root(el).querySelectorAll<HTMLLIElement>('[part="item"]')];
export const titles = (el: PlWorkshopMap) => items(el).map((item) => visibleText(item.querySelector('.title')!));
export const summary = (el: PlWorkshopMap) => visibleText(root(el).querySelector('[part="summary"]')!);
export const popup = (el: PlWorkshopMap) => root(el).querySelector<HTMLElement>('.leaflet-popup');
/** The element's Leaflet map (private to the element: the tests move it as a user's drag or zoom would). */
export const leafletMap = (el: PlWorkshopMap) => (el as unknown as { mapView: { map: LeafletMap } }).mapView.map;

/**
 * Presses a workshop's "Add to calendar" and returns the file it would download and the link that
 * downloads it; the link's click is cancelled, so nothing is saved.
 */
export async function calendarDownload(el: PlWorkshopMap, button: HTMLButtonElement): Promise<{ blob: Blob; link: HTMLAnchorElement }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  const clicked = new Promise<HTMLAnchorElement>((resolve) =>
    root(el).addEventListener('click', (e) => e.target instanceof HTMLAnchorElement && e.target.download && (e.preventDefault(), resolve(e.target)), {
      capture: true,
    }),
  );
  try {
    button.click();
    return { link: await clicked, blob: blob! };
  } finally {
    URL.createObjectURL = original;
  }
}

/** Types into the search box and submits, as a user would. */
export async function searchFor(el: PlWorkshopMap, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('#near')!;
  input.value = text;
  const button = root(el).querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!;
  button.click();
  await el.updateComplete;
  await waitFor(() => !/Searching|Buscando/.test(summary(el)), 4000, 'the search to finish');
  await el.updateComplete;
}

/** Sets a filter control (a select or a date field) as a user would, and waits for the update. */
export async function setField(el: PlWorkshopMap, id: string, value: string): Promise<void> {
  const field = root(el).querySelector<HTMLSelectElement | HTMLInputElement>(`#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** A workshop record in format "pl". */
export function workshop(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const lat = 25 + ((i * 7919) % 2300) / 100;
  const lng = -122 + ((i * 104729) % 5000) / 100;
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: `w-${i}`,
    title: `Workshop ${i}`,
    course: ['csf', 'csd', 'csp'][i % 3],
    type: 'intro',
    sessions: [{ start: `2027-03-${day}T09:00:00-05:00`, end: `2027-03-${day}T15:00:00-05:00` }],
    timeZone: 'America/Chicago',
    location: { city: `Town ${i}`, state: 'TX', lat, lng },
    seatsRemaining: i % 5,
    ...extra,
  };
}
