import type { Map as LeafletMap, PopupOptions } from './leaflet.js';

/**
 * A popup that fits the map it opens on, with its pin in sight below it. Leaflet pans a popup clear
 * of the padding; one taller than the map keeps its top in view, and the pin under it went out of
 * sight (a phone's map: after "Show on map" no pin showed, even once the popup was closed). So its
 * content is at most the map's height less the popup's frame and tip, its 28 px lift and the padding
 * (100 px in all). Beside the zoom buttons (56 px) where the map is wide enough; a map under 250 px
 * (a sidebar, a phone at 200 %) has no room beside them: the popup may cover them, and keeps its
 * close button in the map.
 */
export function popupSize(map: LeafletMap): PopupOptions {
  const { x, y } = map.getSize();
  const left = x < 250 ? 16 : 56;
  // 300 px, or 22 of the map's ems where its text is larger (a page at 200 %: 11 letters a line otherwise).
  const width = Math.max(300, 22 * parseFloat(getComputedStyle(map.getContainer()).fontSize));
  return { maxWidth: Math.min(width, x - left - 44), maxHeight: y - 100, autoPanPadding: [16, 16], autoPanPaddingTopLeft: [left, 16] };
}
