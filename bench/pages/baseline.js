/**
 * The baseline: what a developer usually writes with Leaflet + Leaflet.markercluster (their own dist
 * files, global L): one L.marker per in-person workshop, each with a popup, in a markerClusterGroup.
 */
import { benchLeafletPage, kept, map, popupHtml } from './leaflet-page.js';

const L = window.L;
const group = L.markerClusterGroup();
let entries = [];
let current = [];

function applyFilters() {
  current = entries.filter((entry) => kept(entry.workshop));
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
