/**
 * The baseline: what a developer usually writes with Leaflet + Leaflet.markercluster (their own dist
 * files, global L): one L.marker per in-person workshop, each with a popup, in a markerClusterGroup.
 */
import { countNodes, fetchJson, nextFrame, panZoomTour, secondDataSet, timeToPaint, upcomingInPerson, wholeMs } from './common.js';

const L = window.L;
const RADIUS_METERS = 50 * 1609.344;
// No tile layer here (no network), so the map needs its own maxZoom for the clusters.
const map = L.map('map', { maxZoom: 18 }).setView([39.5, -98.35], 4);
const group = L.markerClusterGroup();
const placeLayer = L.layerGroup().addTo(map);
const zips = await fetchJson('/bench/vendor/zips.json');
let data = [];
let dataUrl = '';
let entries = [];
let current = [];
/** The filters, as the page's own form would keep them. */
let course = '';
let center;

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const popupHtml = (w) => `<strong>${escapeHtml(w.title)}</strong><br>${escapeHtml(w.location.city)}, ${escapeHtml(w.location.state)}`;

function applyFilters() {
  current = entries.filter(
    (entry) =>
      (!course || entry.workshop.course === course) && (!center || center.distanceTo(entry.marker.getLatLng()) <= RADIUS_METERS),
  );
  group.clearLayers();
  group.addLayers(current.map((entry) => entry.marker));
}

/** New markers for every upcoming in-person workshop, all shown, and the map fitted to them. */
function showAll(workshops) {
  entries = upcomingInPerson(workshops).map((w) => ({
    workshop: w,
    marker: L.marker([w.location.lat, w.location.lng], { title: w.title }).bindPopup(popupHtml(w)),
  }));
  applyFilters();
  map.addLayer(group);
  map.fitBounds(group.getBounds());
}

const markerCount = () => document.querySelector('.leaflet-marker-pane').childElementCount;

window.bench = {
  whole: wholeMs,
  source: 'leaflet.markercluster',
  async prepare(url) {
    dataUrl = url;
    data = await fetchJson(url);
    return data.length;
  },
  load: () =>
    timeToPaint(
      () => showAll(data),
      () => markerCount() > 0,
    ),
  async reload() {
    const next = await secondDataSet(dataUrl);
    await nextFrame();
    return timeToPaint(
      () => showAll(next),
      () => true,
    );
  },
  refilter: (newCourse) =>
    timeToPaint(
      () => {
        course = newCourse;
        applyFilters();
      },
      () => true,
    ),
  zipSearch: (zip) =>
    timeToPaint(
      () => {
        center = L.latLng(zips[zip]);
        applyFilters();
        placeLayer.clearLayers();
        L.circle(center, { radius: RADIUS_METERS }).addTo(placeLayer);
        map.fitBounds(center.toBounds(RADIUS_METERS * 2));
      },
      () => true,
    ),
  async reset() {
    placeLayer.clearLayers();
    course = '';
    center = undefined;
    applyFilters();
    await nextFrame();
    await nextFrame();
  },
  panZoom: () => panZoomTour(map),
  firstCitySearch: async () => null,
  firstDateFilter: async () => null,
  pins: () => current.length,
  markers: markerCount,
  domNodes: () => countNodes(),
  mapNodes: () => countNodes(document.getElementById('map')),
};
