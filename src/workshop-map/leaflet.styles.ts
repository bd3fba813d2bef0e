import { css } from 'lit';

/**
 * Leaflet 1.9.4's stylesheet (BSD-2-Clause, (c) Volodymyr Agafonkin, CloudMade), for use inside a
 * shadow root: page CSS never reaches it there. Left out (markers are our own SVG/div icons; the rest
 * is unused): rules that load images (layers control, default marker icon), old-IE/VML and
 * Safari-only rules, vector paths (SVG/canvas), tooltips, the scale control, box zoom, marker shadows
 * and dragging, Leaflet's plain div icon, the attribution's flag (the credit here has none), CSS
 * transitions for popups and tiles (Leaflet fades them from script here), touch-only corner radii,
 * vendor prefixes and fallbacks for browsers without rem, unprefixed transforms or `touch-action:
 * pinch-zoom`, the tile pane's `img` selector (every tile is a .leaflet-tile); also what
 * workshop-map.styles.ts sets anyway (the container's font, background and focus ring, the popup
 * content's margin and type, the margin of its paragraphs), `display: block` for marker icons (every
 * icon here is a div) and the overlay pane's z-index (it is a .leaflet-pane, 400 already), and the
 * hiding of `leaflet-zoom-hide` layers during a zoom animation (the map, its markers and popups are
 * zoom-animated together or not at all: map-view.ts sets all three options from one flag), and the
 * bottom and right corners' control margins and float (their one control is the credit: its own
 * rule, later, undid those margins, and it fills its corner whichever side it floats to). Rules for
 * one selector are one rule, and whitespace is squeezed: the drop-in's size budget is tight.
 */
export const leafletStyles = css`
.leaflet-pane,.leaflet-tile,.leaflet-marker-icon,.leaflet-tile-container,.leaflet-layer{position:absolute;left:0;top:0}
.leaflet-container{overflow:hidden;-webkit-tap-highlight-color:transparent}
.leaflet-tile,.leaflet-marker-icon{-webkit-user-select:none;user-select:none;-webkit-user-drag:none}
.leaflet-container .leaflet-tile{max-width:none !important;max-height:none !important;width:auto;padding:0}
.leaflet-container img.leaflet-tile{mix-blend-mode:plus-lighter}
.leaflet-container.leaflet-touch-zoom{touch-action:pan-x pan-y}
.leaflet-container.leaflet-touch-drag{touch-action:pinch-zoom}
.leaflet-container.leaflet-touch-drag.leaflet-touch-zoom{touch-action:none}
.leaflet-container a{-webkit-tap-highlight-color:#33b5e566;color:#0078a8}
.leaflet-tile{filter:inherit;visibility:hidden}
.leaflet-tile-loaded{visibility:inherit}
.leaflet-pane{z-index:400}
.leaflet-tile-pane{z-index:200}
.leaflet-marker-pane{z-index:600}
.leaflet-popup-pane{z-index:700}
.leaflet-control{position:relative;z-index:800;pointer-events:auto;float:left;clear:both;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.leaflet-top,.leaflet-bottom{position:absolute;z-index:1000;pointer-events:none}
.leaflet-top{top:0}
.leaflet-right{right:0}
.leaflet-bottom{bottom:0}
.leaflet-left{left:0}
.leaflet-top .leaflet-control{margin-top:10px}
.leaflet-left .leaflet-control{margin-left:10px}
.leaflet-zoom-animated{transform-origin:0 0}
.leaflet-zoom-anim .leaflet-zoom-animated{transition:transform 0.25s cubic-bezier(0,0,0.25,1)}
.leaflet-interactive{cursor:pointer}
.leaflet-grab{cursor:grab}
.leaflet-popup-pane,.leaflet-control{cursor:auto}
.leaflet-grab:active{cursor:grabbing}
.leaflet-marker-icon,.leaflet-tile-container{pointer-events:none}
.leaflet-marker-icon.leaflet-interactive{pointer-events:auto}
.leaflet-bar{box-shadow:0 1px 5px #000a;border-radius:4px}
.leaflet-bar a{background-color:#fff;border-bottom:1px solid #ccc;width:26px;height:26px;line-height:26px;display:block;text-align:center;text-decoration:none;color:#000}
.leaflet-bar a:hover,.leaflet-bar a:focus{background-color:#f4f4f4}
.leaflet-bar a:first-child{border-radius:4px 4px 0 0}
.leaflet-bar a:last-child{border-radius:0 0 4px 4px;border-bottom:0}
.leaflet-bar a.leaflet-disabled{cursor:default;background-color:#f4f4f4;color:#bbb}
.leaflet-touch .leaflet-bar a{width:30px;height:30px;line-height:30px}
.leaflet-control-zoom-in,.leaflet-control-zoom-out{font:700 18px 'Lucida Console',Monaco,monospace;text-indent:1px}
.leaflet-touch .leaflet-control-zoom-in,.leaflet-touch .leaflet-control-zoom-out{font-size:22px}
.leaflet-container .leaflet-control-attribution{background:#fffc;color:#333;padding:0 5px;font-size:.9em}
.leaflet-control-attribution a{text-decoration:none}
.leaflet-control-attribution a:hover,.leaflet-control-attribution a:focus{text-decoration:underline}
.leaflet-popup{position:absolute;text-align:center;margin-bottom:20px}
.leaflet-popup-content-wrapper{padding:1px;text-align:left;border-radius:12px}
.leaflet-popup-scrolled{overflow:auto;padding:6px}
.leaflet-popup-content{min-height:1px}
.leaflet-popup-tip-container{width:40px;height:20px;position:absolute;left:50%;margin-top:-1px;margin-left:-20px;overflow:hidden;pointer-events:none}
.leaflet-popup-tip{width:17px;height:17px;padding:1px;margin:-10px auto 0;pointer-events:auto;transform:rotate(45deg)}
.leaflet-popup-content-wrapper,.leaflet-popup-tip{background:#fff;color:#333;box-shadow:0 3px 14px #0006}
.leaflet-container a.leaflet-popup-close-button{position:absolute;top:0;right:0;border:0;text-align:center;width:24px;height:24px;font:16px/24px Tahoma,Verdana,sans-serif;color:#757575;text-decoration:none;background:none}
.leaflet-container a.leaflet-popup-close-button:hover,.leaflet-container a.leaflet-popup-close-button:focus{color:#585858}
`;
