/**
 * The only module that imports Leaflet. It takes just the pieces the finder uses from Leaflet's own
 * ES source modules (shipped in the leaflet package), instead of the whole prebuilt library: the
 * prebuilt ESM file is one unannotated blob that bundlers cannot tree-shake, and everything the
 * finder does not use (GeoJSON, vectors, image/video overlays, box zoom, layer and scale controls,
 * WMS, tooltips) would ship to every partner site. No window.L is created either way.
 */
import type * as Leaflet from 'leaflet';
import { createMap } from 'leaflet/src/map/Map.js';
// Map interaction handlers register themselves on import (Leaflet's addInitHook).
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import { marker as createMarker } from 'leaflet/src/layer/marker/Marker.js';
import { divIcon as createDivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
import { popup as createPopup } from 'leaflet/src/layer/Popup.js';
import { layerGroup as createLayerGroup } from 'leaflet/src/layer/LayerGroup.js';
import { tileLayer as createTileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
import { toLatLng } from 'leaflet/src/geo/LatLng.js';
import { toLatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
import { toPoint } from 'leaflet/src/geometry/Point.js';
import { disableClickPropagation as disableClicks, off } from 'leaflet/src/dom/DomEvent.js';
import { restoreOutline } from 'leaflet/src/dom/DomUtil.js';

export type { Control, LatLng, LatLngBounds, Map, PopupEvent, PopupOptions, Marker, LayerGroup, Popup, DivIcon, TileLayer, TileErrorEvent, LeafletEvent, LeafletKeyboardEvent } from 'leaflet';

export const map: typeof Leaflet.map = createMap;
export const marker: typeof Leaflet.marker = createMarker;
export const divIcon: typeof Leaflet.divIcon = createDivIcon;
export const popup: typeof Leaflet.popup = createPopup;
export const layerGroup: typeof Leaflet.layerGroup = createLayerGroup;
export const tileLayer: typeof Leaflet.tileLayer = createTileLayer;
export const latLng: typeof Leaflet.latLng = toLatLng;
export const latLngBounds: typeof Leaflet.latLngBounds = toLatLngBounds;
export const point: typeof Leaflet.point = toPoint;
/**
 * Leaflet's Map.remove() leaves the `scroll` listener it put on its container, and with it the whole
 * map: the finder makes each new map in the same container (a moved element, a new `zoom`). It also
 * leaves:
 * - the last map pressed with a mouse, which Leaflet keeps (to give its outline back) until a key is
 *   pressed anywhere, on a touch screen for good;
 * - an empty entry on the container for each listener it took off (and on the document for the
 *   keyboard's and dragging's), under a key of each map's own: a rebuilt map's 18 never go away.
 */
export function removeMap(map: Leaflet.Map): void {
  const container = map.getContainer();
  off(container, 'scroll', (map as unknown as { _onScroll: () => void })._onScroll, map);
  map.remove();
  restoreOutline();
  for (const target of [container, document]) {
    const events = (target as { _leaflet_events?: Record<string, unknown> })._leaflet_events;
    for (const key in events) events[key] || delete events[key];
  }
}

/** Keeps the map's dragging, double-click zoom and clicks off an element drawn over it (Leaflet's controls do so). */
export const disableClickPropagation = disableClicks as (element: HTMLElement) => void;
