/**
 * A reference, not a target (`node bench/run.mjs --reference`): the naive page a developer writes
 * with Leaflet + supercluster (their dist files, globals L and Supercluster). Every change (load,
 * re-filter, ZIP search) filters the workshops, rebuilds GeoJSON points and a new index, and draws
 * the clusters in view as L.markers; a pan or zoom redraws from that index. No caching.
 */
import { countNodes, fetchJson, nextFrame, panZoomTour, secondDataSet, timeToPaint, upcomingInPerson, wholeMs } from './common.js';

const { L, Supercluster } = window;
const RADIUS_METERS = 50 * 1609.344;
// No tile layer here (no network), so the map needs its own maxZoom, as on the baseline page.
const map = L.map('map', { maxZoom: 18 }).setView([39.5, -98.35], 4);
const markerLayer = L.layerGroup().addTo(map);
const placeLayer = L.layerGroup().addTo(map);
const zips = await fetchJson('/bench/vendor/zips.json');
let data = [];
let dataUrl = '';
let upcoming = [];
let current = [];
let index;
/** The filters, as the page's own form would keep them. */
let course = '';
let center;

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const popupHtml = (w) => `<strong>${escapeHtml(w.title)}</strong><br>${escapeHtml(w.location.city)}, ${escapeHtml(w.location.state)}`;

/** Markercluster's default icon (the page's CSP forbids inline styles, so its classes it is). */
function clusterIcon(count) {
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  return L.divIcon({ html: `<div><span>${count}</span></div>`, className: `marker-cluster marker-cluster-${size}`, iconSize: L.point(40, 40) });
}

/** The clusters and single workshops in view, from the current index. */
function draw() {
  const bounds = map.getBounds();
  markerLayer.clearLayers();
  for (const feature of index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], map.getZoom())) {
    const [lng, lat] = feature.geometry.coordinates;
    const { cluster, cluster_id: id, point_count: count, workshop } = feature.properties;
    const marker = cluster
      ? L.marker([lat, lng], { icon: clusterIcon(count) }).on('click', () => map.setView([lat, lng], index.getClusterExpansionZoom(id)))
      : L.marker([lat, lng], { title: workshop.title }).bindPopup(popupHtml(workshop));
    markerLayer.addLayer(marker);
  }
}

/** Filter, rebuild the GeoJSON and the index, draw. */
function update() {
  current = upcoming.filter(
    (w) => (!course || w.course === course) && (!center || center.distanceTo([w.location.lat, w.location.lng]) <= RADIUS_METERS),
  );
  const features = current.map((w) => ({
    type: 'Feature',
    properties: { workshop: w },
    geometry: { type: 'Point', coordinates: [w.location.lng, w.location.lat] },
  }));
  index = new Supercluster({ radius: 60, maxZoom: 16 }).load(features);
  draw();
}

// Leaflet fires moveend after every pan and every zoom (after zoomend), so one listener covers both.
map.on('moveend', () => index && draw());

/** Every upcoming in-person workshop, indexed and drawn, and the map fitted to them. */
function showAll(workshops) {
  upcoming = upcomingInPerson(workshops);
  update();
  map.fitBounds(L.latLngBounds(current.map((w) => [w.location.lat, w.location.lng])));
}

const markerCount = () => document.querySelector('.leaflet-marker-pane').childElementCount;

window.bench = {
  whole: wholeMs,
  source: 'supercluster (naive)',
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
        update();
      },
      () => true,
    ),
  zipSearch: (zip) =>
    timeToPaint(
      () => {
        center = L.latLng(zips[zip]);
        update();
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
    update();
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
