/**
 * A reference, not a target (`node bench/run.mjs --reference`): the naive page a developer writes
 * with Leaflet + supercluster (their dist files, globals L and Supercluster). Every change (load,
 * re-filter, ZIP search) filters the workshops, rebuilds GeoJSON points and a new index, and draws
 * the clusters in view as L.markers; a pan or zoom redraws from that index. No caching.
 */
import { benchLeafletPage, kept, map, popupHtml } from './leaflet-page.js';

const { L, Supercluster } = window;
const markerLayer = L.layerGroup().addTo(map);
let upcoming = [];
let current = [];
let index;

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
  current = upcoming.filter(kept);
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

await benchLeafletPage({
  source: 'supercluster (naive)',
  show(workshops) {
    upcoming = workshops;
    update();
    map.fitBounds(L.latLngBounds(current.map((w) => [w.location.lat, w.location.lng])));
  },
  applyFilters: update,
  pins: () => current.length,
});
