/** Bench driver for <pl-workshop-map> from the drop-in script (see bench/pages/common.js). */
import { countNodes, defineMissing, fetchJson, frameFloorMs, nextFrame, panZoomTour, secondDataSet, timeToPaint, wholeMs } from './common.js';

// The drop-in ran before this module (both are deferred, in document order).
const source =
  document.querySelector('script[data-source]')?.dataset.source ?? (await defineMissing(['pl-workshop-map']))['pl-workshop-map'];

const el = document.querySelector('pl-workshop-map');
// ?view=map measures the element without its result list, like for like with the baseline's map.
const view = new URLSearchParams(location.search).get('view');
if (view) el.setAttribute('view', view);
await el.updateComplete;
// view="map" lists the virtual workshops below the map (they are never pins): for a map alone, as
// the baseline draws, the Format filter is set to "In person" the way a visitor would.
if (view === 'map') {
  el.shadowRoot.querySelector('input[name="mode"][value="in-person"]').click();
  await el.updateComplete;
}
let data = [];
let dataUrl = '';

/** The list items out of sight, which a new result lays out after its first paint, are laid out too. */
const listLaidOut = () => !el.shadowRoot.querySelector('.later');
const summaryText = () => el.shadowRoot.querySelector('[part="summary"]')?.textContent ?? '';
/** Makes a change to the element; done when the result summary a visitor reads has changed (and `final` holds for it). */
function summaryChangeAfter(change, final = () => true) {
  const before = summaryText();
  return timeToPaint(
    () => {
      change();
      return el.updateComplete;
    },
    () => summaryText() !== before && final(summaryText()),
    listLaidOut,
  );
}
const setAttribute = (name, value) => () => el.setAttribute(name, value);

const markerCount = () => el.shadowRoot.querySelector('.leaflet-marker-pane')?.childElementCount ?? 0;
const settle = async () => {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
};

window.bench = {
  whole: wholeMs,
  frameFloor: frameFloorMs,
  source,
  async prepare(url) {
    dataUrl = url;
    data = await fetchJson(url);
    return data.length;
  },
  load: () =>
    timeToPaint(
      () => {
        el.workshops = data;
        return el.updateComplete;
      },
      () => markerCount() > 0,
      listLaidOut,
    ),
  /** A second data set given to the same, warm page (its code already ran once): done when the summary shows it. */
  async reload() {
    const next = await secondDataSet(dataUrl);
    await settle();
    return summaryChangeAfter(() => (el.workshops = next));
  },
  refilter: (course) => summaryChangeAfter(setAttribute('course', course)),
  // "Searching…" first, while the ZIP table loads: the result names the radius, a number.
  zipSearch: (zip) => summaryChangeAfter(setAttribute('near', zip), (text) => /\d/.test(text)),
  async reset() {
    el.setAttribute('near', '');
    el.setAttribute('course', '');
    await settle();
  },
  // Work the finder does on first use, not at load: a city search builds the place table, the
  // date filter the session-day columns. Ours only (the baseline page has neither).
  firstCitySearch: (city) => summaryChangeAfter(setAttribute('near', city), (text) => /\d/.test(text)),
  firstDateFilter(from) {
    const input = el.shadowRoot.querySelector('#f-from');
    const before = summaryText();
    return timeToPaint(
      () => {
        input.value = from;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return el.updateComplete;
      },
      () => summaryText() !== before,
    );
  },
  // The element keeps its Leaflet map private; the bench reaches in to drive the same tour as the baseline.
  panZoom: () => panZoomTour(el.mapView.map),
  pins: () => el.filteredWorkshops.filter((w) => !w.virtual).length,
  markers: markerCount,
  domNodes: () => countNodes(),
  mapNodes: () => countNodes(el.shadowRoot.querySelector('.leaflet-container')),
};
