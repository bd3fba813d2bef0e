/**
 * The bench API (`window.bench`, see common.js) for the plain Leaflet pages (markercluster, and the
 * naive supercluster reference). They differ only in how they draw the workshops: `show(workshops)`
 * takes the upcoming in-person workshops of a new data set, draws those the filters keep and fits
 * the map to them; `applyFilters()` draws again those the filters keep. Both ask `kept(workshop)`,
 * which reads the filters as the page's own form would keep them.
 */
import { countNodes, fetchJson, frameFloorMs, nextFrame, panZoomTour, secondDataSet, timeToPaint, upcomingInPerson, wholeMs } from './common.js';

const L = window.L;
const RADIUS_METERS = 50 * 1609.344;
const filters = { course: '', center: undefined };

/** Whether a workshop passes the filters. */
export const kept = (w) =>
  (!filters.course || w.course === filters.course) &&
  (!filters.center || filters.center.distanceTo([w.location.lat, w.location.lng]) <= RADIUS_METERS);

// No tile layer here (no network), so the map needs its own maxZoom for the clusters.
export const map = L.map('map', { maxZoom: 18 }).setView([39.5, -98.35], 4);

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const popupHtml = (w) => `<strong>${escapeHtml(w.title)}</strong><br>${escapeHtml(w.location.city)}, ${escapeHtml(w.location.state)}`;

/** Sets window.bench for a page; `pins()` counts the workshops the filters keep. */
export async function benchLeafletPage({ source, show, applyFilters, pins }) {
  const placeLayer = L.layerGroup().addTo(map);
  const zips = await fetchJson('/bench/vendor/zips.json');
  let data = [];
  let dataUrl = '';
  const showAll = (workshops) => show(upcomingInPerson(workshops));
  const markerCount = () => document.querySelector('.leaflet-marker-pane').childElementCount;

  window.bench = {
    whole: wholeMs,
    frameFloor: frameFloorMs,
    source,
    async prepare(url) {
      dataUrl = url;
      data = await fetchJson(url);
      return data.length;
    },
    load: () => timeToPaint(() => showAll(data), () => markerCount() > 0),
    async reload() {
      const next = await secondDataSet(dataUrl);
      await nextFrame();
      return timeToPaint(() => showAll(next), () => true);
    },
    refilter: (course) =>
      timeToPaint(
        () => {
          filters.course = course;
          applyFilters();
        },
        () => true,
      ),
    zipSearch: (zip) =>
      timeToPaint(
        () => {
          filters.center = L.latLng(zips[zip]);
          applyFilters();
          placeLayer.clearLayers();
          L.circle(filters.center, { radius: RADIUS_METERS }).addTo(placeLayer);
          map.fitBounds(filters.center.toBounds(RADIUS_METERS * 2));
        },
        () => true,
      ),
    async reset() {
      placeLayer.clearLayers();
      filters.course = '';
      filters.center = undefined;
      applyFilters();
      await nextFrame();
      await nextFrame();
    },
    panZoom: () => panZoomTour(map),
    firstCitySearch: async () => null,
    firstDateFilter: async () => null,
    pins,
    markers: markerCount,
    domNodes: () => countNodes(),
    mapNodes: () => countNodes(document.getElementById('map')),
  };
}
