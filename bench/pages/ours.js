/** Bench driver for <pl-workshop-map> from the drop-in script (see bench/pages/common.js). */
import { countNodes, defineMissing, fetchJson, nextFrame, panZoomTour, timeToPaint } from './common.js';

// The drop-in ran before this module (both are deferred, in document order).
const source =
  document.querySelector('script[data-source]')?.dataset.source ?? (await defineMissing(['pl-workshop-map']))['pl-workshop-map'];

const el = document.querySelector('pl-workshop-map');
// ?view=map measures the element without its result list, like for like with the baseline's map.
const view = new URLSearchParams(location.search).get('view');
if (view) el.setAttribute('view', view);
await el.updateComplete;
let data = [];

const summaryText = () => el.shadowRoot.querySelector('[part="summary"]')?.textContent ?? '';
const markerCount = () => el.shadowRoot.querySelector('.leaflet-marker-pane')?.childElementCount ?? 0;
const settle = async () => {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
};

window.bench = {
  source,
  async prepare(url) {
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
    ),
  // Done when the result summary a visitor reads ("1,234 workshops") has changed.
  refilter(course) {
    const before = summaryText();
    return timeToPaint(
      () => {
        el.setAttribute('course', course);
        return el.updateComplete;
      },
      () => summaryText() !== before,
    );
  },
  zipSearch(zip) {
    const before = summaryText();
    return timeToPaint(
      () => {
        el.setAttribute('near', zip);
        return el.updateComplete;
      },
      // "Searching…" first, while the ZIP table loads: the result names the radius, a number.
      () => summaryText() !== before && /\d/.test(summaryText()),
    );
  },
  async reset() {
    el.setAttribute('near', '');
    el.setAttribute('course', '');
    await settle();
  },
  // The element keeps its Leaflet map private; the bench reaches in to drive the same tour as the baseline.
  panZoom: () => panZoomTour(el.mapView.map),
  pins: () => el.filteredWorkshops.filter((w) => !w.virtual).length,
  markers: markerCount,
  domNodes: () => countNodes(),
  mapNodes: () => countNodes(el.shadowRoot.querySelector('.leaflet-container')),
};
