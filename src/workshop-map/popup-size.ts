import type { Map as LeafletMap, PopupOptions } from './leaflet.js';

/**
 * A popup no wider than the map leaves beside its zoom buttons (Leaflet's default is 300 px) and no
 * taller than the map (its content scrolls). A map under 250 px (a phone zoomed to 200 %) has no
 * room beside the buttons: the popup may cover them.
 */
export function popupSize(map: LeafletMap): PopupOptions {
  const { x, y } = map.getSize();
  return { maxWidth: Math.min(300, x - (x < 250 ? 40 : 100)), maxHeight: y - 64, autoPanPadding: [16, 16] };
}
