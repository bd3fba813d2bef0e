/**
 * The baseline: what a developer usually writes with Leaflet + Leaflet.markercluster (their own dist
 * files, global L): one L.marker per in-person workshop, each with a popup, in a markerClusterGroup.
 */
import { benchLeafletPage, filters, map, popupHtml, RADIUS_METERS } from './leaflet-page.js';

const L = window.L;
const group = L.markerClusterGroup();
let entries = [];
let current = [];

function applyFilters() {
  const { course, center } = filters;
  current = entries.filter(
    (entry) =>
      (!course || entry.workshop.course === course) && (!center || center.distanceTo(entry.marker.getLatLng()) <= RADIUS_METERS),
  );
  group.clearLayers();
  group.addLayers(current.map((entry) => entry.marker));
}

await benchLeafletPage({
  source: 'leaflet.markercluster',
  show(workshops) {
    entries = workshops.map((w) => ({
      workshop: w,
      marker: L.marker([w.location.lat, w.location.lng], { title: w.title }).bindPopup(popupHtml(w)),
    }));
    applyFilters();
    map.addLayer(group);
    map.fitBounds(group.getBounds());
  },
  applyFilters,
  pins: () => current.length,
});
