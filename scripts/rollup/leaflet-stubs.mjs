import ts from 'typescript';

/**
 * Leaflet modules that the finder never uses but that Leaflet's own modules import for a feature
 * check: each is replaced by a stand-in with the same exports. Shared by the drop-in build
 * (rollup.config.ts) and the test runner (web-test-runner.config.mjs), so the tests run the same
 * Leaflet that ships.
 *
 * - vector/Path.js: Popup asks `source instanceof Path` (polylines and polygons); the finder binds
 *   popups to markers and the map only. An empty class answers "no", as for any marker.
 * - marker/Marker.Drag.js: Marker makes a drag handler only `if (MarkerDrag)`; pins are not draggable.
 * - marker/Icon.Default.js: the default marker icon (image files beside leaflet.css); every marker
 *   here has a div icon.
 * - FeatureGroup.js: Popup and DivOverlay ask `instanceof FeatureGroup`; the finder uses plain layer
 *   groups.
 * - core/Browser.js: Leaflet's sniffing of some forty browsers, old Internet Explorer, Opera 12 and
 *   Android 2 among them, and probes that write `<svg/>` and VML into a div at import. The stand-in
 *   keeps the flags the included modules read, with the answers every browser Lit runs in gives
 *   (3D transforms, passive listeners, inline SVG), and reads the rest (touch, pointer, retina,
 *   platform) as Leaflet does. No Edge flag: only the wheel's deltas for legacy Edge read it (cut
 *   below; it was false in Chromium's Edge). No Safari flag: only the map container's leaflet-safari class (left
 *   out, LEAFLET_UNSET_OPTIONS) and the tap-hold handler (not imported) read it.
 *
 * @type {Record<string, string>} the end of a module's path -> the module's code
 */
export const LEAFLET_STUBS = {
  'leaflet/src/layer/vector/Path.js': 'export class Path {}\n',
  'leaflet/src/layer/marker/Marker.Drag.js': 'export var MarkerDrag = undefined;\n',
  'leaflet/src/layer/marker/Icon.Default.js': 'export class IconDefault {}\n',
  'leaflet/src/layer/FeatureGroup.js': 'export class FeatureGroup {}\nexport var featureGroup = function () { throw new Error("FeatureGroup is not in this build"); };\n',
  'leaflet/src/core/Browser.js': `var ua = navigator.userAgent.toLowerCase();
var chrome = ua.indexOf('chrome') >= 0;
var pointer = !!window.PointerEvent;
var touchNative = 'ontouchstart' in window || !!window.TouchEvent;
export default {
  any3d: true, ie3d: false, ielt9: false, msPointer: false, mobileOpera: false, passiveEvents: true, svg: true, inlineSvg: true,
  chrome: chrome,
  mobile: typeof orientation !== 'undefined' || ua.indexOf('mobile') >= 0,
  pointer: pointer, touchNative: touchNative, touch: touchNative || pointer, retina: window.devicePixelRatio > 1,
  mac: navigator.platform.indexOf('Mac') === 0, linux: navigator.platform.indexOf('Linux') === 0
};
`,
};

/**
 * Methods of Leaflet's map and layers that nothing here calls, left out of their classes (and the same
 * for a module's top-level `Name.method = ...;` statement): the map's own geolocation
 * (the finder asks the browser itself, only after a click), the animated fly-to, bounds that hold the
 * view inside an area (the `maxBounds` option, never set), zoom limits changed after creation, zooming
 * in and out by a step (the map view's buttons and Leaflet's zoom keys set the zoom), and two
 * conversions (distances are the finder's own). Removing them also makes a call to one fail loudly in
 * the tests instead of passing unnoticed.
 *
 * @type {Record<string, string[]>} the end of a module's path -> method names
 */
export const LEAFLET_UNUSED_METHODS = {
  // _getZoomSpan: read only by the zoom limits of layers (_updateZoomLevels, left out with them below).
  'leaflet/src/map/Map.js': [
    'flyTo',
    'flyToBounds',
    'fitWorld',
    'locate',
    'stopLocate',
    '_handleGeolocationError',
    '_handleGeolocationResponse',
    'setMaxBounds',
    'panInsideBounds',
    '_panInsideMaxBounds',
    'setMinZoom',
    'setMaxZoom',
    'mouseEventToLatLng',
    'mouseEventToLayerPoint',
    'distance',
    'zoomIn',
    'zoomOut',
    'getPanes',
    '_latLngBoundsToNewLayerBounds',
    '_getBoundsOffset',
    '_rebound',
    'wrapLatLngBounds',
    '_limitCenter',
    '_limitOffset',
    '_getZoomSpan',
  ],
  // moving(): only Canvas and Tooltip ask it, and neither is in this build.
  'leaflet/src/map/handler/Map.Drag.js': ['_viscousLimit', '_onPreDragLimit', 'moving'],
  // Popups are opened and filled by the finder itself (openOn, setContent), never toggled or queried.
  // A bound popup (a partner pin's) opens with Enter on keydown (partner-pins.ts, which cancels the key,
  // so no keypress follows), and its pin never moves (setLatLng is only called on workshop pins).
  'leaflet/src/layer/Popup.js': ['unbindPopup', 'togglePopup', 'isPopupOpen', 'setPopupContent', 'getPopup', '_onKeyPress', '_movePopup'],
  'leaflet/src/layer/DivOverlay.js': ['toggle', 'isOpen', 'getContent', 'bringToBack'],
  // A group's hasLayer: nothing asks a group (the popups ask the map).
  'leaflet/src/layer/LayerGroup.js': ['invoke', 'getLayer', 'getLayers', 'setZIndex', 'hasLayer'],
  // getAttribution: only Leaflet's attribution control asks a layer for its credit, and the map view
  // draws the credit itself (no Control in this build). The map's eachLayer: layer groups have their own.
  // The zoom limits of layers: the map's maxZoom is always set (map-view.ts) and its minZoom never, and the
  // one tile layer's minZoom is 0, so getMinZoom is 0 and getMaxZoom the option (LEAFLET_UNSET_OPTIONS).
  'leaflet/src/layer/Layer.js': ['_addLayers', 'getAttribution', 'eachLayer', '_addZoomLimit', '_removeZoomLimit', '_updateZoomLevels'],
  // The z-index is written where it is computed (_setPos in LEAFLET_UNSET_OPTIONS): riseOnHover, the other caller, is cut.
  'leaflet/src/layer/marker/Marker.js': ['setZIndexOffset', 'getIcon', '_getTooltipAnchor', 'setOpacity', '_bringToFront', '_updateOpacity', '_removeShadow', '_updateZIndex', '_resetZIndex'],
  'leaflet/src/layer/marker/Icon.js': ['createIcon', 'createShadow', '_createIcon', '_createImg', '_getIconUrl'],
  'leaflet/src/layer/marker/DivIcon.js': ['createShadow'],
  // Event parents are FeatureGroup's (a stand-in here). The long aliases of on, off, once, fire and
  // listens (`Events.fireEvent = Events.fire;` ...): Leaflet and the finder call the short names.
  'leaflet/src/core/Events.js': [
    'addEventParent',
    'removeEventParent',
    '_propagateEvent',
    'addEventListener',
    'removeEventListener',
    'clearAllEventListeners',
    'addOneTimeEventListener',
    'fireEvent',
    'hasEventListeners',
  ],
  // `Handler.addTo(map, name)`, a static for adding a handler of one's own; Leaflet's register with addInitHook.
  // `enabled()`: only a draggable marker's handler is asked (Marker.Drag.js is a stand-in; the map's own
  // check for a dragged layer is cut in LEAFLET_UNSET_OPTIONS).
  'leaflet/src/core/Handler.js': ['addTo', 'enabled'],
  // The one tile layer is made once and never restacked, redrawn or pointed elsewhere.
  // createTile: the tile layer's own replaces the grid layer's (a blank div), which nothing else reaches.
  // beforeAdd only registered the layer's zoom limits (see Layer.js above).
  'leaflet/src/layer/tile/GridLayer.js': ['createTile', 'bringToFront', 'bringToBack', 'getContainer', 'setZIndex', 'isLoading', 'redraw', '_setAutoZIndex', 'setOpacity', '_keyToBounds', '_tileCoordsToNwSe', '_tileCoordsToBounds', 'beforeAdd', '_keyToTileCoords'],
  'leaflet/src/layer/tile/TileLayer.js': ['setUrl'],
  // isValid: only fitBounds's guard asked it (cut in LEAFLET_UNSET_OPTIONS).
  'leaflet/src/geo/LatLngBounds.js': ['toBBoxString', 'intersects', 'overlaps', 'equals', 'isValid'],
  'leaflet/src/geo/LatLng.js': ['equals', 'distanceTo', 'wrap', 'toString'],
  // A CRS's own project and unproject: only circles, WMS tiles and polygons' centres call them (the map
  // goes through latLngToPoint and pointToLatLng).
  'leaflet/src/geo/crs/CRS.js': ['wrapLatLngBounds', 'project', 'unproject'],
  'leaflet/src/geo/crs/CRS.Earth.js': ['distance'],
  'leaflet/src/geometry/Bounds.js': ['getTopLeft', 'getBottomRight', 'intersects', 'overlaps', 'isValid', 'pad', 'equals'],
  'leaflet/src/geometry/Point.js': ['trunc', 'toString'],
  // The key tables are fixed (keyboardPanDelta and zoomDelta are never set): see LEAFLET_UNSET_OPTIONS.
  'leaflet/src/map/handler/Map.Keyboard.js': ['_setPanDelta', '_setZoomDelta'],
};

/** The key of `table` (the end of a module's path) that names this module, if any. */
function matchingKey(table, path) {
  const normalized = path.replace(/\\/g, '/').split('?')[0];
  return Object.keys(table).find((end) => normalized.endsWith(`/node_modules/${end}`));
}

/**
 * The module's code without its unused methods: `name: function () {...}` in an object literal, and
 * top-level statements that only assign to them (`Events.fireEvent = Events.fire;`).
 */
export function withoutUnusedMethods(path, code) {
  const key = matchingKey(LEAFLET_UNUSED_METHODS, path);
  if (key === undefined) return undefined;
  const names = new Set(LEAFLET_UNUSED_METHODS[key]);
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const cuts = [];
  const visit = (node) => {
    if (ts.isExpressionStatement(node) && node.parent === source) {
      const targets = [];
      let expression = node.expression;
      while (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        targets.push(expression.left);
        expression = expression.right;
      }
      if (targets.length && targets.every((target) => ts.isPropertyAccessExpression(target) && names.has(target.name.text))) {
        cuts.push([node.getFullStart(), node.getEnd()]);
        return;
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      node.properties.forEach((property, i) => {
        const method = ts.isPropertyAssignment(property) && ts.isFunctionExpression(property.initializer);
        if (!method || !names.has(property.name.getText(source))) return;
        // The property and the comma after it (or before it, for the last one without a trailing comma).
        const next = node.properties[i + 1];
        if (next) cuts.push([property.getFullStart(), next.getFullStart()]);
        else if (node.properties.hasTrailingComma) cuts.push([property.getFullStart(), code.indexOf(',', property.getEnd()) + 1]);
        else cuts.push([node.properties[i - 1]?.getEnd() ?? property.getFullStart(), property.getEnd()]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  // The cut text leaves its line breaks behind, so every later line keeps its number (and the
  // bundle's source map stays right).
  // The last two properties' cuts overlap when both go (the last one takes the comma before it): merged.
  const merged = [];
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  for (const [start, end] of merged.reverse()) out = out.slice(0, start) + code.slice(start, end).replace(/[^\n]/g, '') + out.slice(end);
  return out;
}

/**
 * Branches of Leaflet that run only for options the finder never sets (src/workshop-map/map-view.ts
 * makes the one map, its tile layer, markers and popups, with the options written there; a partner
 * only chooses the tile URL and its credit), for a browser flag the stand-in fixes, for a page
 * that adds properties to Object.prototype, or to warn about a call the finder never makes: each is cut
 * from the first line holding `from` to the end of the line where `to` ends, and `text` stands
 * instead. A cut whose text is not found fails the build (Leaflet changed).
 *
 * @type {Record<string, { from: string; to: string; text: string }[]>}
 */
export const LEAFLET_UNSET_OPTIONS = {
  // Map options center, zoom and maxBounds (the view is set by setView and fitBounds).
  'leaflet/src/map/Map.js': [
    // Browser.any3d is true (the stand-in).
    { from: 'this._zoomAnimated = DomUtil.TRANSITION && Browser.any3d && !Browser.mobileOpera &&', to: 'this.options.zoomAnimation;', text: 'this._zoomAnimated = DomUtil.TRANSITION && this.options.zoomAnimation;' },
    { from: 'this._fadeAnimated = this.options.fadeAnimation && Browser.any3d;', to: ';', text: 'this._fadeAnimated = this.options.fadeAnimation;' },
    // The container's classes for retina screens, old IE, Safari and fading: no rule here styles them
    // (leaflet.styles.ts leaves those rules out).
    { from: "(Browser.retina ? ' leaflet-retina' : '') +", to: "(this._fadeAnimated ? ' leaflet-fade-anim' : ''));", text: "'');" },
    { from: 'if (options.maxBounds) {', to: 'this.setView(toLatLng(options.center), options.zoom, {reset: true});\n\t\t}', text: '' },
    // ...so their defaults (undefined) are read by nothing, nor is the vector renderer's (no paths here).
    { from: 'center: undefined,', to: ',', text: '' },
    { from: 'zoom: undefined,', to: ',', text: '' },
    { from: 'maxBounds: undefined,', to: ',', text: '' },
    { from: 'renderer: undefined,', to: ',', text: '' },
    { from: "if (this.options.maxBounds) { this.off('moveend', this._panInsideMaxBounds); }", to: '}', text: '' },
    // Map option layers (layers to add at creation): the finder adds its own after.
    { from: 'layers: [],', to: ',', text: '' },
    { from: 'this._addLayers(this.options.layers);', to: ';', text: '' },
    // Canvas renderers' hit targets: vector paths are not in this build (see vector/Path.js above). Its
    // loop declared the `i` the rest of the function counts with.
    { from: 'if (canvasTargets) {', to: 'targets = filtered.concat(targets);\n\t\t}', text: 'var i;' },
    // Without maxBounds, the two limits give back what they are given: setView and inertia use the
    // centre and the offset as they are (the methods themselves are in LEAFLET_UNUSED_METHODS).
    { from: 'center = this._limitCenter(toLatLng(center), zoom, this.options.maxBounds);', to: ';', text: 'center = toLatLng(center);' },
    // zoomSnap and zoomDelta are always 1 (the zoom keys, wheel, pinch and fits use 1 as written).
    { from: 'zoomSnap: 1,', to: ',', text: '' },
    { from: 'zoomDelta: 1,', to: ',', text: '' },
    { from: 'if (!this.options.zoomSnap) {', to: "this.fire('viewreset');\n\t\t}", text: '' },
    { from: 'snap = Browser.any3d ? this.options.zoomSnap : 1,', to: ',', text: 'snap = 1,' },
    { from: 'snap = Browser.any3d ? this.options.zoomSnap : 1;', to: ';', text: 'snap = 1;' },
    // ...and a whole number rounded to steps of 1 is itself: Math.ceil(zoom / 1) * 1 is Math.ceil(zoom).
    { from: 'zoom = inside ? Math.ceil(zoom / snap) * snap : Math.floor(zoom / snap) * snap;', to: ';', text: 'zoom = inside ? Math.ceil(zoom) : Math.floor(zoom);' },
    { from: 'zoom = Math.round(zoom / snap) * snap;', to: ';', text: 'zoom = Math.round(zoom);' },
    // trackResize is always on; Browser.any3d is true and transform3DLimit is never changed.
    { from: 'trackResize: true', to: 'true', text: '' },
    { from: 'if (this.options.trackResize) {', to: "onOff(window, 'resize', this._onResize, this);\n\t\t}", text: "onOff(window, 'resize', this._onResize, this);" },
    { from: 'if (Browser.any3d && this.options.transform3DLimit) {', to: "(remove ? this.off : this.on).call(this, 'moveend', this._onMoveEnd);\n\t\t}", text: "(remove ? this.off : this.on).call(this, 'moveend', this._onMoveEnd);" },
    // Geolocation (locate, stopLocate) is left out (LEAFLET_UNUSED_METHODS), so no watch is ever running.
    { from: 'if (this._locationWatchId !== undefined) {', to: 'this.stopLocate();\n\t\t}', text: '' },
    // No layer here is draggable (Marker.Drag.js above) and box zoom is not in this build: only the
    // map's own dragging can have moved. Every DOM event has a target (srcElement is old IE's).
    { from: 'obj = obj.dragging && obj.dragging.enabled() ? obj : this;', to: '(this.boxZoom && this.boxZoom.moved());', text: 'return this.dragging && this.dragging.moved();' },
    { from: 'src = e.target || e.srcElement,', to: ',', text: 'src = e.target,' },
    { from: 'var el = (e.target || e.srcElement);', to: ';', text: 'var el = e.target;' },
    // Guards against misuse no caller here can commit (map-view.ts makes each map in a container of
    // its own and sets its view before reading it; the drop-in's tests would meet them first): their
    // messages are text gzip cannot share. remove() keeps what it undoes, without old IE's fallback.
    { from: 'if (!container) {', to: "throw new Error('Map container is already initialized.');\n\t\t}", text: '' },
    { from: 'if (this._containerId !== this._container._leaflet_id) {', to: 'this._containerId = undefined;\n\t\t}', text: 'delete this._container._leaflet_id;' },
    { from: '_checkIfLoaded: function () {', to: "throw new Error('Set map center and zoom first.');\n\t\t}\n\t},", text: '' },
    { from: 'getCenter: function () {', to: 'this._checkIfLoaded();', text: 'getCenter: function () {' },
    { from: 'getPixelOrigin: function () {', to: 'this._checkIfLoaded();', text: 'getPixelOrigin: function () {' },
    // Every handler registered here (drag, double-click, keyboard, wheel and touch zoom) is imported.
    { from: 'if (!HandlerClass) { return this; }', to: '}', text: '' },
    // No Leaflet control is in this build (the map view draws its own buttons and credit).
    { from: 'if (this._clearControlPos) {', to: 'this._clearControlPos();\n\t\t}', text: '' },
    { from: 'if (this._initControlPos) {', to: 'this._initControlPos();\n\t\t}', text: '' },
    // fitBounds's guard: the finder fits bounds made of two corners or around a point, which are never empty.
    { from: 'fitBounds: function (bounds, options) {', to: "throw new Error('Bounds are not valid.');\n\t\t}", text: 'fitBounds: function (bounds, options) { bounds = toLatLngBounds(bounds);' },
    // Only fitBounds asks for a centre and zoom, with bounds (not a layer), paddingTopLeft and paddingBottomRight
    // or none (never `padding`), and maxZoom is always set, so the zoom is never Infinity. A marker's focus pans
    // with both paddings.
    { from: '_getBoundsCenterZoom: function (bounds, options) {', to: 'paddingBR = toPoint(options.paddingBottomRight || options.padding || [0, 0]),', text: '_getBoundsCenterZoom: function (bounds, options) { options = options || {}; var paddingTL = toPoint(options.paddingTopLeft || [0, 0]), paddingBR = toPoint(options.paddingBottomRight || [0, 0]),' },
    { from: 'if (zoom === Infinity) {', to: 'zoom: zoom\n\t\t\t};\n\t\t}', text: '' },
    { from: 'panInside: function (latlng, options) {', to: 'paddingBR = toPoint(options.paddingBottomRight || options.padding || [0, 0]),', text: 'panInside: function (latlng, options) { var paddingTL = toPoint(options.paddingTopLeft), paddingBR = toPoint(options.paddingBottomRight),' },
    // invalidateSize is called with {pan: false} (map-view.ts) and {debounceMoveend: true} (the resize
    // listener), never animated; nothing listens for the map's resize event.
    { from: 'animate: false,', to: ',', text: '' },
    { from: '}, options === true ? {animate: true} : options);', to: ';', text: '}, options);' },
    { from: 'if (options.animate && options.pan) {', to: '} else {', text: '{' },
    { from: "return this.fire('resize', {", to: '});', text: 'return this;' },
    // Every pane is made with a name. The overlay pane (vectors), shadow pane (marker shadows) and
    // tooltip pane: nothing here goes into them.
    { from: "var className = 'leaflet-pane' + (name ? ' leaflet-' + name.replace('Pane', '') + '-pane' : ''),", to: ',', text: "var className = 'leaflet-pane leaflet-' + name.replace('Pane', '') + '-pane'," },
    { from: 'if (name) {', to: '}', text: 'this._panes[name] = pane;' },
    { from: "this.createPane('overlayPane');", to: ';', text: '' },
    { from: "this.createPane('shadowPane');", to: ';', text: '' },
    { from: "this.createPane('tooltipPane');", to: ';', text: '' },
    { from: "DomUtil.addClass(panes.shadowPane, 'leaflet-zoom-hide');", to: ';', text: '' },
    // Renderers are for vectors (not in this build), as are a circle marker's radius and a canvas's
    // _leaflet_disable_events.
    { from: 'this._paneRenderers = {};', to: ';', text: '' },
    { from: 'delete this._renderer;', to: ';', text: '' },
    { from: 'var isMarker = target.getLatLng && (!target._radius || target._radius <= 10);', to: ';', text: 'var isMarker = target.getLatLng;' },
    { from: "if (!this._loaded || el['_leaflet_disable_events'] || e.type === 'click' && this._isClickDisabled(el)) {", to: '{', text: "if (!this._loaded || e.type === 'click' && this._isClickDisabled(el)) {" },
    // The container's DOM events that something here listens for (or that the map handles itself, the
    // mousedown's outline): click, dblclick and keydown. Nothing listens for mouseup, mouseover, mouseout,
    // mousemove, contextmenu, keypress (see Popup.js's _onKeyPress above) or keyup, so the hover and
    // context-menu handling goes with them.
    { from: "onOff(this._container, 'click dblclick mousedown mouseup ' +", to: 'this._handleDOMEvent, this);', text: "onOff(this._container, 'click dblclick mousedown keydown', this._handleDOMEvent, this);" },
    { from: "isHover = type === 'mouseout' || type === 'mouseover',", to: ',', text: '' },
    { from: 'if (isHover && !DomEvent.isExternalTarget(src, e)) { break; }', to: '}', text: '' },
    { from: 'if (isHover) { break; }', to: '}', text: '' },
    { from: 'if (!targets.length && !dragging && !isHover && this.listens(type, true)) {', to: '{', text: 'if (!targets.length && !dragging && this.listens(type, true)) {' },
    { from: "if (type === 'contextmenu') {", to: '}', text: '' },
    { from: "_mouseEvents: ['click', 'dblclick', 'mouseover', 'mouseout', 'contextmenu'],", to: ',', text: "_mouseEvents: ['click', 'dblclick']," },
    { from: "if (e.type !== 'keypress' && e.type !== 'keydown' && e.type !== 'keyup') {", to: '{', text: "if (e.type !== 'keydown') {" },
    // The map's zoom animation is its own method; the map is made with an element (map-view.ts).
    { from: 'this._tryAnimatedZoom && this._tryAnimatedZoom(center, zoom, options.zoom) :', to: ':', text: 'this._tryAnimatedZoom(center, zoom, options.zoom) :' },
    { from: 'var container = this._container = DomUtil.get(id);', to: ';', text: 'var container = this._container = id;' },
    // The zoom limits (see Layer.js in LEAFLET_UNUSED_METHODS): 0, and the maxZoom option (Infinity for a
    // map made without one, as the tests make).
    { from: 'return this.options.minZoom === undefined ? this._layersMinZoom || 0 : this.options.minZoom;', to: ';', text: 'return 0;' },
    { from: 'return this.options.maxZoom === undefined ?', to: 'this.options.maxZoom;', text: 'var max = this.options.maxZoom; return max === undefined ? Infinity : max;' },
    { from: 'minZoom: undefined,', to: ',', text: '' },
    { from: 'maxZoom: undefined,', to: ',', text: '' },
    // setView is never given `true` or {reset: true} (only the maxBounds code, cut above, did); zooms
    // around a point are asked with a container point (the double-click and wheel handlers).
    { from: 'if (this._loaded && !options.reset && options !== true) {', to: '{', text: 'if (this._loaded) {' },
    { from: 'containerPoint = latlng instanceof Point ? latlng : this.latLngToContainerPoint(latlng),', to: ',', text: 'containerPoint = latlng,' },
  ],
  'leaflet/src/map/handler/Map.Drag.js': [
    { from: "this._draggable.on('predrag', this._onPreDragLimit, this);", to: ';', text: '' },
    // The defaults of the two options below: read by nothing once those branches are out.
    { from: 'worldCopyJump: false,', to: ',', text: '' },
    { from: 'maxBoundsViscosity: 0.0', to: '0.0', text: '' },
    { from: 'if (this._map.options.maxBounds && this._map.options.maxBoundsViscosity) {', to: 'this._offsetLimit = null;\n\t\t}', text: '' },
    { from: 'offset = map._limitOffset(offset, map.options.maxBounds);', to: ';', text: '' },
    // worldCopyJump is always on (map-view.ts).
    { from: 'if (map.options.worldCopyJump) {', to: '{', text: '{' },
    // The map's dragstart, drag and dragend events and the draggable's `distance`: nothing listens (the
    // map view listens for movestart and moveend). The wrap (worldCopyJump, always on) sets _absPos before each drag.
    { from: ".fire('movestart')", to: ".fire('dragstart');", text: ".fire('movestart');" },
    { from: ".fire('move', e)", to: ".fire('drag', e);", text: ".fire('move', e);" },
    { from: "map.fire('dragend', e);", to: ';', text: '' },
    { from: 'pos = this._lastPos = this._draggable._absPos || this._draggable._newPos;', to: ';', text: 'pos = this._lastPos = this._draggable._absPos;' },
  ],
  'leaflet/src/map/handler/Map.Keyboard.js': [
    { from: 'if (map.options.maxBounds) {', to: 'map.options.maxBounds);\n\t\t\t\t}', text: '' },
    // Every popup here closes with Escape (closeOnEscapeKey, below).
    { from: '} else if (key === 27 && map._popup && map._popup.options.closeOnEscapeKey) {', to: '{', text: '} else if (key === 27 && map._popup) {' },
    // The key codes, one or four per direction, written straight into the tables they fill (only
    // _setPanDelta and _setZoomDelta read keyCodes), which are the same for every map: keyboardPanDelta
    // and zoomDelta are never set (80 px, 1 level). The tables are the prototype's; Handler's initialize
    // keeps the map.
    { from: 'keyCodes: {', to: 'zoomOut: [189, 109, 54, 173]\n\t},', text: '' },
    { from: 'keyboardPanDelta: 80', to: '80', text: '' },
    { from: 'initialize: function (map) {', to: 'this._setZoomDelta(map.options.zoomDelta);\n\t},', text: '_panKeys: {37: [-80, 0], 39: [80, 0], 40: [0, 80], 38: [0, -80]}, _zoomKeys: {187: 1, 107: 1, 61: 1, 171: 1, 189: -1, 109: -1, 54: -1, 173: -1},' },
    // A click focuses the map without scrolling it into view: focus()'s own preventScroll, where Leaflet
    // reads the page's scroll and puts it back (and leaves a scrolled box around the map moved).
    { from: 'var body = document.body,', to: 'window.scrollTo(left, top);', text: 'this._map._container.focus({ preventScroll: true });' },
    // The zoom keys zoom as the finder's buttons do, from the zoom last asked for (map-view.ts's
    // _zoomBy): Leaflet's setZoom ignores a press made while a zoom animates.
    { from: 'map.setZoom(map.getZoom() + (e.shiftKey ? 3 : 1) * this._zoomKeys[key]);', to: ';', text: 'map._zoomBy((e.shiftKey ? 3 : 1) * this._zoomKeys[key]);' },
    // worldCopyJump is always on (map-view.ts).
    { from: 'if (map.options.worldCopyJump) {', to: 'map.panBy(offset);\n\t\t\t\t}', text: 'map.panTo(map.wrapLatLng(map.unproject(map.project(map.getCenter()).add(offset))));' },
    // The map's focus and blur events only turned the key listener on and off: called directly.
    { from: "this._map.fire('focus');", to: ';', text: 'this._addHooks();' },
    { from: "this._map.fire('blur');", to: ';', text: 'this._removeHooks();' },
    { from: 'this._map.on({', to: '}, this);', text: '' },
    { from: 'this._map.off({', to: '}, this);', text: '' },
  ],
  // Zooming to the view's centre (doubleClickZoom, scrollWheelZoom or touchZoom set to 'center'):
  // the finder zooms around the pointer, as Leaflet does by default.
  'leaflet/src/map/handler/Map.DoubleClickZoom.js': [
    { from: 'delta = map.options.zoomDelta,', to: ',', text: 'delta = 1,' },
    { from: "if (map.options.doubleClickZoom === 'center') {", to: 'map.setZoomAround(e.containerPoint, zoom);\n\t\t}', text: 'map.setZoomAround(e.containerPoint, zoom);' },
  ],
  'leaflet/src/map/handler/Map.ScrollWheelZoom.js': [
    { from: 'snap = this._map.options.zoomSnap || 0;', to: ';', text: 'snap = 1;' },
    { from: 'd4 = snap ? Math.ceil(d3 / snap) * snap : d3,', to: ',', text: 'd4 = Math.ceil(d3),' },
    { from: "if (map.options.scrollWheelZoom === 'center') {", to: 'map.setZoomAround(this._lastMousePos, zoom + delta);\n\t\t}', text: 'map.setZoomAround(this._lastMousePos, zoom + delta);' },
    // wheelDebounceTime and wheelPxPerZoomLevel are never set (40 ms, 60 px).
    { from: 'var debounce = this._map.options.wheelDebounceTime;', to: ';', text: 'var debounce = 40;' },
    { from: 'var d2 = this._delta / (this._map.options.wheelPxPerZoomLevel * 4),', to: ',', text: 'var d2 = this._delta / 240,' },
    { from: 'wheelDebounceTime: 40,', to: ',', text: '' },
    { from: 'wheelPxPerZoomLevel: 60', to: '60', text: '' },
  ],
  'leaflet/src/map/handler/Map.TouchZoom.js': [
    { from: 'this._map._animateZoom(this._center, this._map._limitZoom(this._zoom), true, this._map.options.zoomSnap);', to: ';', text: 'this._map._animateZoom(this._center, this._map._limitZoom(this._zoom), true, 1);' },
    { from: "if (map.options.touchZoom !== 'center') {", to: 'this._pinchStartLatLng = map.containerPointToLatLng(p1.add(p2)._divideBy(2));\n\t\t}', text: 'this._pinchStartLatLng = map.containerPointToLatLng(p1.add(p2)._divideBy(2));' },
    { from: "if (map.options.touchZoom === 'center') {", to: '} else {', text: '{' },
    // bounceAtZoomLimits is always on (the finder leaves it so): a pinch past a zoom limit bounces back.
    { from: 'touchZoom: Browser.touch,', to: 'bounceAtZoomLimits: true', text: 'touchZoom: Browser.touch' },
    { from: 'if (!map.options.bounceAtZoomLimits && (', to: 'this._zoom = map._limitZoom(this._zoom);\n\t\t}', text: '' },
    // Nothing reads the pinch's `round`.
    { from: 'var moveFn = Util.bind(map._move, map, this._center, this._zoom, {pinch: true, round: false}, undefined);', to: ';', text: 'var moveFn = Util.bind(map._move, map, this._center, this._zoom, {pinch: true});' },
  ],
  // Tile layer options detectRetina, zoomReverse, crossOrigin, referrerPolicy, tms, errorTileUrl and
  // bounds; Browser.ielt9 is false.
  'leaflet/src/layer/tile/TileLayer.js': [
    // ...and the min/max check after it: the finder's maxZoom (19) is over the minZoom (0).
    { from: '// detecting retina displays', to: 'options.minZoom = Math.min(options.maxZoom, options.minZoom);\n\t\t}', text: '' },
    { from: 'if (this.options.crossOrigin ||', to: 'tile.referrerPolicy = this.options.referrerPolicy;\n\t\t}', text: '' },
    { from: 'if (this.options.tms) {', to: "data['y'] = invertedY;\n\t\t\t}", text: '' },
    { from: 'if (Browser.ielt9) {', to: 'done(null, tile);\n\t\t}', text: 'done(null, tile);' },
    { from: 'var errorUrl = this.options.errorTileUrl;', to: 'tile.src = errorUrl;\n\t\t}', text: '' },
    { from: 'var zoom = this._tileZoom,', to: 'return zoom + zoomOffset;', text: 'return this._tileZoom + this.options.zoomOffset;' },
    // tileabort: no listener (see the grid layer's events, in GridLayer.js's entry below).
    { from: 'var coords = this._tiles[i].coords;', to: '});', text: 'DomUtil.remove(tile); delete this._tiles[i];' },
    // Its tileunload listener, done by the grid layer itself (GridLayer.js below).
    { from: "this.on('tileunload', this._onTileRemove);", to: ';', text: '' },
    { from: '_onTileRemove: function (e) {', to: '},', text: '' },
  ],
  // The EPSG:900913 alias of the map's projection: only Leaflet's own index exports it, and a build
  // keeps the call that makes it.
  // An empty Bounds reads its corners from Object.prototype on a page that added `min` or `max` there,
  // and its first extend then writes into a number: SphericalMercator makes one at import, so the
  // whole script stopped there. Own, undefined corners until the first extend.
  'leaflet/src/geometry/Bounds.js': [
    { from: 'export function Bounds(a, b) {', to: 'if (!a) { return; }', text: 'export function Bounds(a, b) { this.min = this.max = undefined; if (!a) { return; }' },
    // Bounds here are made of and extended with points (or [x, y] pairs), never other bounds, and asked
    // whether they contain a point; no centre is asked rounded.
    { from: "if (obj instanceof Point || typeof obj[0] === 'number' || 'x' in obj) {", to: 'if (!min2 || !max2) { return this; }\n\t\t}', text: 'min2 = max2 = toPoint(obj);' },
    { from: 'contains: function (obj) {', to: '(max.y <= this.max.y);', text: 'contains: function (obj) { return obj.x >= this.min.x && obj.x <= this.max.x && obj.y >= this.min.y && obj.y <= this.max.y;' },
    { from: 'getCenter: function (round) {', to: '(this.min.y + this.max.y) / 2, round);', text: 'getCenter: function () { return toPoint((this.min.x + this.max.x) / 2, (this.min.y + this.max.y) / 2);' },
  ],
  'leaflet/src/geo/crs/CRS.EPSG3857.js': [
    { from: 'export var EPSG900913 = Util.extend({}, EPSG3857, {', to: '});', text: '' },
    // The CRS's code and Earth's radius: only WMS tiles and distance (not in this build) read them.
    { from: "code: 'EPSG:3857',", to: ',', text: '' },
  ],
  // Math.trunc's stand-in, for browsers Lit does not run in (as for core/Browser.js above).
  'leaflet/src/geometry/Point.js': [
    { from: 'var trunc = Math.trunc || function (v) {', to: '};', text: 'var trunc = Math.trunc;' },
    // No point is made rounded (only a rounded bounds centre did; see Bounds.js above).
    { from: 'export function Point(x, y, round) {', to: 'this.y = (round ? Math.round(y) : y);', text: 'export function Point(x, y) { this.x = x; this.y = y;' },
    { from: 'return new Point(x, y, round);', to: ';', text: 'return new Point(x, y);' },
  ],
  // Event parents are set by addEventParent only, which is left out (LEAFLET_UNUSED_METHODS).
  'leaflet/src/core/Events.js': [
    { from: '// propagate the event to parents (set with addEventParent)', to: 'this._propagateEvent(event);', text: '' },
    { from: '// also check parents for listeners if event propagates', to: '{ return true; }\n\t\t\t}', text: '' },
    // Warnings for a listener that is not a function or an event type that is not text: every call
    // here passes functions and names (a listener that is not a function is still ignored).
    { from: '_on: function (type, fn, context, _once) {', to: "console.warn('wrong listener type: ' + typeof fn);", text: "_on: function (type, fn, context, _once) { if (typeof fn !== 'function') {" },
    { from: "console.warn('wrong listener type: ' + typeof fn);", to: ';', text: '' },
    { from: "if (typeof type !== 'string') {", to: "console.warn('\"string\" type argument expected');\n\t\t}", text: '' },
    // listens(type) is all that is asked (fire's and the map's target search pass a flag for parents,
    // which are left out): whether there is a listener.
    { from: 'listens: function (type, fn, context, propagate) {', to: 'return false;\n\t},', text: 'listens: function (type) { var listeners = this._events && this._events[type]; return !!(listeners && listeners.length); },' },
    { from: 'if (!fn) {', to: 'return !!listeners.length;\n\t\t}', text: '' },
    // off(types) without a listener, which takes off all of a type: nothing calls it (map-view.ts's
    // off() with no arguments takes off everything and stays).
    { from: 'var removeAll = arguments.length === 1;', to: ';', text: '' },
    { from: 'if (removeAll) {', to: '} else {', text: '{' },
    { from: 'if (arguments.length === 1) { // remove all', to: 'delete this._events[type];\n\t\t\treturn;\n\t\t}', text: '' },
  ],
  // Grid layer options zIndex (always 1: setZIndex and the auto z-index are left out), className,
  // opacity (always 1: setOpacity is left out), min/maxNativeZoom, updateWhenZooming and noWrap: the
  // finder's one tile layer sets none of them (they stay in the options, which a tile URL template can read).
  'leaflet/src/layer/tile/GridLayer.js': [
    { from: 'if (!this.options.bounds) { return true; }', to: 'return latLngBounds(this.options.bounds).overlaps(tileBounds);', text: 'return true;' },
    { from: 'if (this._container && this.options.zIndex !== undefined && this.options.zIndex !== null) {', to: '{', text: 'if (this._container) {' },
    { from: "this._container = DomUtil.create('div', 'leaflet-layer ' + (this.options.className || ''));", to: ';', text: "this._container = DomUtil.create('div', 'leaflet-layer ');" },
    { from: 'if (this.options.opacity < 1) {', to: 'this._updateOpacity();\n\t\t}', text: '' },
    { from: '_clampZoom: function (zoom) {', to: 'return options.maxNativeZoom;\n\t\t}', text: '_clampZoom: function (zoom) {' },
    { from: 'var tileZoomChanged = this.options.updateWhenZooming && (tileZoom !== this._tileZoom);', to: ';', text: 'var tileZoomChanged = tileZoom !== this._tileZoom;' },
    { from: 'this._wrapX = crs.wrapLng && !this.options.noWrap && [', to: '[', text: 'this._wrapX = crs.wrapLng && [' },
    { from: 'this._wrapY = crs.wrapLat && !this.options.noWrap && [', to: '[', text: 'this._wrapY = crs.wrapLat && [' },
    // The tile layer's own events other than tileerror, tileload (which the map view listens for) and
    // tileunload (the layer itself): no code here listens for them, and no page can reach the layer to
    // do so (the map's layers are private). The loading flag is read only by isLoading (left out).
    { from: 'if (!this._loading) {', to: "this.fire('loading');\n\t\t\t}", text: '' },
    { from: "this.fire('tileloadstart', {", to: '});', text: '' },
    { from: 'this._loading = false;', to: "this.fire('load');", text: '' },
    // Hooks that only a grid layer of one's own fills in (Leaflet's canvas-tile examples); the tile
    // layer leaves them Util.falseFn.
    { from: 'this._onOpaqueTile(tile);', to: ';', text: '' },
    { from: '_onOpaqueTile: Util.falseFn,', to: ',', text: '' },
    { from: 'this._onUpdateLevel(z);', to: ';', text: '' },
    { from: 'this._onRemoveLevel(z);', to: ';', text: '' },
    { from: 'this._onCreateLevel(level);', to: ';', text: '' },
    { from: 'this._onRemoveLevel(Number(z));', to: ';', text: '' },
    { from: '_onUpdateLevel: Util.falseFn,', to: '_onCreateLevel: Util.falseFn,', text: '' },
    // The one grid layer here is a tile layer, which has _abortLoading.
    { from: 'if (this._abortLoading) {', to: '}', text: 'this._abortLoading();' },
    // ...and is the only listener of its tileunload (no page can reach the layer): what its listener
    // does (TileLayer.js above) is done here, without the event, or the tile's coordinates read
    // back from its key for it.
    { from: "this.fire('tileunload', {", to: '});', text: 'tile.el.onload = null;' },
    // What the map view reads of tileerror and tileload, its two listeners: the failed tile, and
    // nothing (not the error, nor the tile's coordinates).
    { from: "this.fire('tileerror', {", to: '});', text: "this.fire('tileerror', { tile: tile });" },
    { from: "this.fire('tileload', {", to: '});', text: "this.fire('tileload');" },
    // The map's CRS (EPSG:3857) is finite and wraps longitudes only: tiles are checked against the
    // world's rows, never its columns, and never wrapped in y.
    { from: 'var crs = this._map.options.crs;', to: 'return true;', text: 'var bounds = this._globalTileRange; return !(coords.y < bounds.min.y || coords.y > bounds.max.y);' },
    { from: 'this._wrapY = crs.wrapLat && [', to: '];', text: '' },
    { from: 'this._wrapX = crs.wrapLng && [', to: '[', text: 'this._wrapX = [' },
    { from: 'this._wrapX ? Util.wrapNum(coords.x, this._wrapX) : coords.x,', to: ',', text: 'Util.wrapNum(coords.x, this._wrapX),' },
    { from: 'this._wrapY ? Util.wrapNum(coords.y, this._wrapY) : coords.y);', to: ';', text: 'coords.y);' },
    { from: 'if (bounds) {', to: '}', text: 'this._globalTileRange = this._pxBoundsToTileRange(bounds);' },
    // The container's opacity is always 1 (see opacity above): its fade only sets the tiles'.
    { from: 'DomUtil.setOpacity(this._container, this.options.opacity);', to: ';', text: '' },
    { from: 'map._removeZoomLimit(this);', to: ';', text: '' },
  ],
  // Fallbacks for browsers Lit does not run in (as for core/Browser.js above): no Array.isArray,
  // Object.create, Function.prototype.bind or String.prototype.trim, no requestAnimationFrame (old IE, prefixed WebKit and Gecko).
  'leaflet/src/core/Util.js': [
    { from: 'export var isArray = Array.isArray || function (obj) {', to: '};', text: 'export var isArray = Array.isArray;' },
    { from: 'export var create = Object.create || (function () {', to: '})();', text: 'export var create = Object.create;' },
    { from: 'if (fn.bind) {', to: ': arguments);\n\t};', text: 'return fn.bind.apply(fn, slice.call(arguments, 1));' },
    { from: "return str.trim ? str.trim() : str.replace(/^\\s+|\\s+$/g, '');", to: ';', text: 'return str.trim();' },
    {
      from: 'function getPrefixed(name) {',
      to: 'function (id) { window.clearTimeout(id); };',
      text: 'export var requestFn = window.requestAnimationFrame; export var cancelFn = window.cancelAnimationFrame;',
    },
    // ...so `immediate` (call now when there is no requestAnimationFrame) never calls now.
    { from: 'if (immediate && requestFn === timeoutDefer) {', to: '} else {', text: '{' },
    // A tile URL placeholder with no value: map-view.ts writes each one Leaflet does not fill as itself
    // before Leaflet reads the template, so this throw (which left the map without pins) never runs.
    { from: 'if (value === undefined) {', to: '} else if (typeof value === \'function\') {', text: 'if (typeof value === \'function\') {' },
  ],
  // Old IE's attachEvent, and wheel events without deltaX/Y/Z (IE's mousewheel, old Firefox's
  // DOMMouseScroll): every browser Lit runs in has addEventListener and fires "wheel" events, which
  // have deltas (when all three are 0, so are their wheelDelta and detail).
  'leaflet/src/dom/DomEvent.js': [
    { from: "obj.attachEvent('on' + type, handler);", to: ';', text: '' },
    { from: "obj.detachEvent('on' + type, handler);", to: ';', text: '' },
    // Old IE's cancelBubble: every event stopped here is a DOM event or one of Leaflet's, which has an
    // originalEvent. (preventDefault's returnValue stays: Leaflet's popups stop their own events.)
    { from: '} else if (e.originalEvent) {  // In case of Leaflet event.', to: 'e.cancelBubble = true;\n\t}', text: '} else { e.originalEvent._stopped = true; }' },
    // off(obj) and off(obj, types), which take off every listener (of those types): only Leaflet's
    // vector renderers call them, and nothing here passes fewer than a listener.
    { from: 'if (arguments.length === 1) {', to: '} else if (types && typeof types === \'object\') {', text: 'if (types && typeof types === \'object\') {' },
    { from: 'if (arguments.length === 2) {', to: '} else {', text: '{' },
    // Legacy Edge's (EdgeHTML's) wheel deltas: EdgeHTML cannot parse this script (private class
    // fields), and Chromium's Edge is not Leaflet's Browser.edge, so the stand-in has no such flag.
    {
      from: 'return (Browser.edge) ? e.wheelDeltaY / 2 :',
      to: '// Pixels',
      text: 'return (e.deltaY && e.deltaMode === 0) ? -e.deltaY / wheelPxFactor :',
    },
    { from: 'e.wheelDelta ? (e.wheelDeltaY || e.wheelDelta) / 2 :', to: '// Legacy Moz pages', text: '' },
    // ...so no "wheel" becomes "mousewheel", and nothing here listens for mouseenter or mouseleave
    // (Leaflet's own modules and the finder listen for mouseover and mouseout): no type is substituted.
    { from: 'var mouseSubst = {', to: '};', text: '' },
    { from: "if (type === 'touchstart' || type === 'touchmove' || type === 'wheel' ||  type === 'mousewheel') {", to: '{', text: "if (type === 'touchstart' || type === 'touchmove' || type === 'wheel') {" },
    { from: 'obj.addEventListener(mouseSubst[type] || type, handler,', to: ';', text: 'obj.addEventListener(type, handler, {passive: false});' },
    { from: "} else if (type === 'mouseenter' || type === 'mouseleave') {", to: 'obj.addEventListener(mouseSubst[type], handler, false);', text: '' },
    { from: 'obj.removeEventListener(mouseSubst[type] || type, handler, false);', to: ';', text: 'obj.removeEventListener(type, handler, false);' },
    // ...and old IE's window.event: a listener is always called with its event.
    { from: 'return fn.call(context || obj, e || window.event);', to: ';', text: 'return fn.call(context || obj, e);' },
    // Every object given a listener here (an element, the document, window) has addEventListener.
    { from: "} else if ('addEventListener' in obj) {", to: '{', text: '} else if (true) {' },
    { from: "} else if ('removeEventListener' in obj) {", to: '{', text: '} else if (true) {' },
    // Event.composedPath, which every such browser has (the path is only asked of DOM click events).
    { from: 'if (ev.composedPath) {', to: 'return path;', text: 'return ev.composedPath();' },
    // Every caller passes the map's container (Map.mouseEventToContainerPoint); preventDefault's
    // old-IE fallback only wrote returnValue on Leaflet's own event objects, which nothing reads.
    { from: 'if (!container) {', to: 'return new Point(e.clientX, e.clientY);\n\t}', text: '' },
    { from: 'if (e.preventDefault) {', to: 'e.returnValue = false;\n\t}', text: 'if (e.preventDefault) { e.preventDefault(); }' },
  ],
  // IE10's MSPointer constants and IE11's SVGElementInstance.
  'leaflet/src/dom/DomEvent.Pointer.js': [
    { from: "if (e.pointerType === (e.MSPOINTER_TYPE_MOUSE || 'mouse')) { return; }", to: '}', text: "if (e.pointerType === 'mouse') { return; }" },
    { from: '// IE10 specific: MsTouch needs preventDefault. See #2000', to: 'DomEvent.preventDefault(e);\n\t}', text: '' },
    // The warning for an event type without a pointer stand-in: DomEvent asks only for the four touch
    // events, which all have one (an unknown type is still ignored).
    { from: 'if (!handle[type]) {', to: "console.warn('wrong event specified:', type);", text: 'if (!handle[type]) {' },
    { from: "console.warn('wrong event specified:', type);", to: ';', text: '' },
  ],
  'leaflet/src/dom/Draggable.js': [
    // The page's <body> gets no class while the map is dragged: no rule of this build reads it, and
    // a page with its own Leaflet styles would restyle itself for our drag.
    { from: "DomUtil.addClass(document.body, 'leaflet-dragging');", to: ';', text: '' },
    { from: "DomUtil.removeClass(document.body, 'leaflet-dragging');", to: ';', text: '' },
    { from: 'this._lastTarget = e.target || e.srcElement;', to: ';', text: 'this._lastTarget = e.target;' },
    { from: 'if (window.SVGElementInstance && this._lastTarget instanceof window.SVGElementInstance) {', to: 'this._lastTarget = this._lastTarget.correspondingUseElement;\n\t\t\t}', text: '' },
    // The one draggable (the map's pane, dragged by its container) is made without options or outline
    // handling, and nothing listens for its down event or reads its dragend's distance.
    { from: 'Util.setOptions(this, options);', to: ';', text: '' },
    { from: 'this._dragStartTarget = dragStartTarget || element;', to: ';', text: 'this._dragStartTarget = dragStartTarget;' },
    { from: 'this._preventOutline = preventOutline;', to: ';', text: '' },
    { from: 'if (this._preventOutline) {', to: 'DomUtil.preventOutline(this._element);\n\t\t}', text: '' },
    { from: "this.fire('down');", to: ';', text: '' },
    { from: 'noInertia: noInertia,', to: 'distance: this._newPos.distanceTo(this._startPos)', text: 'noInertia: noInertia' },
  ],
  // Fallbacks for browsers Lit does not run in (as for core/Browser.js above): an element without
  // `style.opacity` (old IE's filters) and a document without `onselectstart` (Firefox before 52).
  'leaflet/src/dom/DomUtil.js': [
    // testProp returns the first style name the browser has: names after 'transform' and 'transition',
    // which every browser Lit runs in has, are never reached.
    { from: "['transform', 'webkitTransform', 'OTransform', 'MozTransform', 'msTransform']);", to: ';', text: "['transform']);" },
    { from: "['webkitTransition', 'transition', 'OTransition', 'MozTransition', 'msTransition']);", to: ';', text: "['webkitTransition', 'transition']);" },
    // SVGElementInstance (IE11's <use> shadow trees): other browsers dropped it.
    { from: '// Check if the element is an SVGElementInstance and use the correspondingElement instead', to: 'el = el.correspondingElement;\n\t}', text: '' },
    // Every element has classList (SVG ones too): the className fallbacks (and with them setClass and
    // getClass) are never reached.
    { from: 'export function hasClass(el, name) {', to: 'test(className);', text: 'export function hasClass(el, name) { return el.classList.contains(name);' },
    { from: 'export function addClass(el, name) {', to: "+ name);\n\t}", text: 'export function addClass(el, name) { var classes = Util.splitWords(name); for (var i = 0, len = classes.length; i < len; i++) { el.classList.add(classes[i]); }' },
    { from: 'export function removeClass(el, name) {', to: "' ')));\n\t}", text: 'export function removeClass(el, name) { el.classList.remove(name);' },
    // Old IE's currentStyle: the computed style is read as other browsers give it.
    { from: 'var value = el.style[style] || (el.currentStyle && el.currentStyle[style]);', to: 'value = css ? css[style] : null;\n\t}', text: "var value = el.style[style]; if (!value || value === 'auto') { value = getComputedStyle(el)[style]; }" },
    // Every element Leaflet sets an opacity on here (tiles, their layer, popups) has style.opacity.
    { from: "if ('opacity' in el.style) {", to: '_setOpacityIE(el, value);\n\t}', text: 'el.style.opacity = value;' },
    { from: 'function _setOpacityIE(el, value) {', to: "'(opacity=' + value + ')';\n\t}\n}", text: '' },
    {
      from: "if ('onselectstart' in document) {",
      to: '_userSelect = undefined;\n\t\t}\n\t};\n}',
      text: "disableTextSelection = function () { DomEvent.on(window, 'selectstart', DomEvent.preventDefault); }; enableTextSelection = function () { DomEvent.off(window, 'selectstart', DomEvent.preventDefault); };",
    },
    // TRANSITION is one of the two names above; every element is created with a class; every transform has an offset.
    { from: "TRANSITION === 'webkitTransition' || TRANSITION === 'OTransition' ? TRANSITION + 'End' : 'transitionend';", to: ';', text: "TRANSITION === 'webkitTransition' ? TRANSITION + 'End' : 'transitionend';" },
    { from: "el.className = className || '';", to: ';', text: 'el.className = className;' },
    { from: 'var pos = offset || new Point(0, 0);', to: ';', text: 'var pos = offset;' },
  ],
  // Marker options riseOnHover and opacity.
  'leaflet/src/layer/marker/Marker.js': [
    { from: 'if (options.riseOnHover) {', to: 'mouseout: this._resetZIndex\n\t\t\t});\n\t\t}', text: '' },
    { from: 'if (this.options.riseOnHover) {', to: 'mouseout: this._resetZIndex\n\t\t\t});\n\t\t}', text: '' },
    { from: 'if (options.opacity < 1) {', to: 'this._updateOpacity();\n\t\t}', text: '' },
    // Shadows: every marker here has a div icon, whose createShadow gives none.
    { from: 'var newShadow = options.icon.createShadow(this._shadow),', to: 'this._shadow = newShadow;', text: '' },
    { from: 'if (newShadow && addShadow) {', to: 'this.getPane(options.shadowPane).appendChild(this._shadow);\n\t\t}', text: '' },
    { from: 'this._removeShadow();', to: ';', text: '' },
    { from: '_setPos: function (pos) {', to: 'DomUtil.setPosition(this._shadow, pos);\n\t\t}', text: '_setPos: function (pos) { if (this._icon) { DomUtil.setPosition(this._icon, pos); }' },
    { from: "shadowPane: 'shadowPane',", to: ',', text: '' },
    // Every marker here is made with keyboard: false (the finder gives pins their tab stop and role
    // itself), has a div icon (no image to give an alt) and is never draggable (Marker.Drag.js above).
    { from: 'keyboard: true,', to: ',', text: '' },
    { from: "alt: 'Marker',", to: ',', text: '' },
    { from: 'opacity: 1,', to: ',', text: '' },
    { from: 'riseOnHover: false,', to: ',', text: '' },
    { from: 'riseOffset: 250,', to: ',', text: '' },
    { from: 'draggable: false,', to: 'autoPanSpeed: 10', text: '' },
    { from: 'if (this.dragging && this.dragging.enabled()) {', to: 'delete this.dragging;', text: '' },
    { from: "if (icon.tagName === 'IMG') {", to: "icon.alt = options.alt || '';\n\t\t\t}", text: '' },
    { from: 'if (options.keyboard) {', to: "icon.setAttribute('role', 'button');\n\t\t}", text: '' },
    // setIcon is only called on markers without a popup (workshop pins and the radius ring), and every
    // icon here has a size. The z-index is written where it is computed (see LEAFLET_UNUSED_METHODS).
    { from: 'if (this._popup) {', to: 'this.bindPopup(this._popup, this._popup.options);\n\t\t}', text: '' },
    // Its move event: only a marker with a bound popup listened (to move the popup along, _movePopup,
    // left out), and those, the partner pins, never move.
    { from: 'var oldLatLng = this._latlng;', to: ';', text: '' },
    { from: "return this.fire('move', {oldLatLng: oldLatLng, latlng: this._latlng});", to: ';', text: 'return this;' },
    { from: 'var size = iconOpts.iconSize ? point(iconOpts.iconSize) : point(0, 0);', to: ';', text: 'var size = point(iconOpts.iconSize);' },
    { from: 'this._zIndex = pos.y + this.options.zIndexOffset;', to: 'this._resetZIndex();', text: 'if (this._icon) { this._icon.style.zIndex = pos.y + this.options.zIndexOffset; }' },
  ],
  // Overlay options interactive, className and content, and an overlay made with its position first
  // (popup(latlng, options)): the finder's popups are made with options only and filled by setContent.
  'leaflet/src/layer/DivOverlay.js': [
    // openOn is always given its map (Leaflet's own call and the map view's): never the source's, which
    // Leaflet calls experimental.
    { from: 'map = arguments.length ? map : this._source._map;', to: ';', text: '' },
    { from: 'if (options && (options instanceof LatLng || Util.isArray(options))) {', to: '} else {', text: '{' },
    { from: 'if (this.options.content) {', to: 'this._content = this.options.content;\n\t\t}', text: '' },
    { from: 'interactive: false,', to: ',', text: '' },
    { from: "className: '',", to: ',', text: '' },
    { from: "content: ''", to: "''", text: '' },
    { from: 'this.bringToFront();', to: 'this.addInteractiveTarget(this._container);\n\t\t}', text: 'this.bringToFront();' },
    { from: 'if (this.options.interactive) {', to: 'this.removeInteractiveTarget(this._container);\n\t\t}', text: '' },
    // A bound popup's source is a marker (partner pins; no FeatureGroup here, see its stand-in above),
    // opened at its own position (Layer.openPopup passes `latlng || this._latlng`, the marker's getLatLng).
    { from: 'if (source instanceof FeatureGroup) {', to: 'this._source = source;\n\t\t}', text: '' },
    { from: 'if (!latlng) {', to: "throw new Error('Unable to get source layer LatLng.');\n\t\t\t}\n\t\t}", text: '' },
    // The map's own _initOverlay: only map.openPopup (cut in Popup.js below) calls it.
    { from: 'Map.include({', to: 'return overlay;\n\t}\n});', text: '' },
    // Popup content here is an element or a function giving one (never markup, which Trusted Types
    // refuse), and nothing listens for contentupdate. replaceChildren takes text too, as text.
    { from: "if (typeof content === 'string') {", to: 'node.appendChild(content);\n\t\t}', text: 'node.replaceChildren(content);' },
    { from: "this.fire('contentupdate');", to: ';', text: '' },
    // Layer._initOverlay: bindPopup is only given a popup (partner-pins.ts), which it takes as it is.
    { from: 'Layer.include({', to: 'return overlay;\n\t}\n});', text: '' },
  ],
  // Popup options autoPan (always on), keepInView, closeButton (always on), className and a popup's
  // own closeOnClick, and the map's closePopupOnClick (always on): the finder sets none of them.
  'leaflet/src/layer/Popup.js': [
    // openOn is always given its map (Leaflet's own call and the map view's): never the source's, which
    // Leaflet calls experimental.
    { from: 'map = arguments.length ? map : this._source._map;', to: ';', text: '' },
    { from: 'autoPan: true,', to: ',', text: '' },
    { from: 'keepInView: false,', to: ',', text: '' },
    { from: 'closeButton: true,', to: ',', text: '' },
    { from: "className: ''", to: "''", text: '' },
    { from: 'if (this.options.closeOnClick !== undefined ? this.options.closeOnClick : this._map.options.closePopupOnClick) {', to: 'events.moveend = this._adjustPan;\n\t\t}', text: 'events.preclick = this.close;' },
    { from: "container = this._container = DomUtil.create('div',", to: "' leaflet-zoom-animated');", text: "container = this._container = DomUtil.create('div', prefix + '  leaflet-zoom-animated');" },
    { from: 'if (this.options.closeButton) {', to: '{', text: '{' },
    // A popup opened while a zoom animates is panned into view once it ends: its place on the screen
    // is not known before (the map view's pins open theirs on a click made during a zoom).
    { from: 'if (!this.options.autoPan) { return; }', to: '}', text: "if (this._map._animatingZoom) return void this._map.once('zoomend', function () { this._map && this._adjustPan(); }, this);" },
    { from: '// We can endlessly recurse if keepInView is set and the view resets.', to: 'return;\n\t\t}', text: '' },
    { from: 'if (this.options.keepInView) {', to: 'this._autopanning = true;\n\t\t\t}', text: '' },
    { from: 'Map.mergeOptions({', to: '});', text: '' },
    // autoClose and closeOnEscapeKey are always on: a popup closes the one open before it, and Escape closes it.
    { from: 'autoClose: true,', to: ',', text: '' },
    { from: 'closeOnEscapeKey: true,', to: ',', text: '' },
    { from: 'if (!map.hasLayer(this) && map._popup && map._popup.options.autoClose) {', to: '{', text: 'if (!map.hasLayer(this) && map._popup) {' },
    // No layer here is a Path or a FeatureGroup (their stand-ins above have no instances): every source
    // is a marker, whose popup toggles on a second click.
    { from: '// For non-path layers, we toggle the popup when clicking', to: "this._source.on('preclick', DomEvent.stopPropagation);\n\t\t\t}", text: "this._source.on('preclick', DomEvent.stopPropagation);" },
    // (Nothing here listens for a marker's own popupclose: the map's is the map view's.)
    { from: "this._source.fire('popupclose', {popup: this}, true);", to: "this._source.off('preclick', DomEvent.stopPropagation);\n\t\t\t}", text: "this._source.off('preclick', DomEvent.stopPropagation);" },
    { from: 'if (!(this instanceof FeatureGroup)) {', to: '}', text: 'this._popup._source = this;' },
    { from: 'if (this._popup._source === target && !(target instanceof Path)) {', to: '{', text: 'if (this._popup._source === target) {' },
    // map.openPopup: the finder opens its popups with popup.openOn(map), a partner's with marker.openPopup().
    { from: 'openPopup: function (popup, latlng, options) {', to: 'return this;\n\t},', text: '' },
    // bindPopup is given a popup, without options (see DivOverlay.js above); its pin opens it with Enter
    // itself and never moves (see _onKeyPress and _movePopup in LEAFLET_UNUSED_METHODS).
    { from: 'bindPopup: function (content, options) {', to: 'move: this._movePopup', text: 'bindPopup: function (content) { this._popup = content; if (!this._popupHandlersAdded) { this.on({ click: this._openPopup, remove: this.closePopup' },
    // A click on a pin toggles its popup: its source is always the pin (set by openPopup, the only opener).
    { from: 'var target = e.layer || e.target;', to: 'this._popup._source = target;\n\t\tthis.openPopup(e.latlng);', text: 'if (this._map.hasLayer(this._popup)) { this.closePopup(); } else { this.openPopup(e.latlng); }' },
    // The same contextmenu listener as disableClickPropagation's on the line before (the same function
    // on the same element: Leaflet skips it), and the close button's English label, which the map view
    // replaces on popupopen (labels.closePopup, in the page's language). Nothing listens for autopanstart.
    { from: "DomEvent.on(container, 'contextmenu', DomEvent.stopPropagation);", to: ';', text: '' },
    { from: "closeButton.setAttribute('aria-label', 'Close popup');", to: ';', text: '' },
    { from: ".fire('autopanstart')", to: ')', text: '' },
    // A popup's source, when it has one, is a marker.
    { from: 'return toPoint(this._source && this._source._getPopupAnchor ? this._source._getPopupAnchor() : [0, 0]);', to: ';', text: 'return toPoint(this._source ? this._source._getPopupAnchor() : [0, 0]);' },
  ],
  // A guard against misuse (only layers are added here), as for the map's above.
  'leaflet/src/layer/Layer.js': [
    { from: 'if (!layer._layerAdd) {', to: "throw new Error('The provided object is not a Layer.');\n\t\t}", text: '' },
    // Nothing listens for layeradd or layerremove (the attribution control did); no layer has beforeAdd
    // (the grid layer's is left out, see LEAFLET_UNUSED_METHODS).
    { from: "map.fire('layeradd', {layer: this});", to: ';', text: '' },
    { from: "this.fire('layerremove', {layer: layer});", to: ';', text: '' },
    { from: 'if (layer.beforeAdd) {', to: 'layer.beforeAdd(this);\n\t\t}', text: '' },
  ],
  'leaflet/src/layer/marker/Icon.js': [
    // Read only by a marker's tooltip anchor and an image icon (_getTooltipAnchor, _createIcon: left out).
    { from: 'tooltipAnchor: [0, 0],', to: ',', text: '' },
    { from: 'crossOrigin: false', to: 'false', text: '' },
    { from: "anchor = point(name === 'shadow' && options.shadowAnchor || options.iconAnchor ||", to: 'size && size.divideBy(2, true));', text: 'anchor = point(options.iconAnchor || size && size.divideBy(2, true));' },
    // Every icon here is a div icon with an [x, y] size (its own or the default) and a class.
    { from: "if (typeof sizeOption === 'number') {", to: '}', text: '' },
    { from: 'anchor = point(options.iconAnchor || size && size.divideBy(2, true));', to: ';', text: 'anchor = point(options.iconAnchor || size.divideBy(2));' },
    { from: 'if (anchor) {', to: '}', text: "img.style.marginLeft = (-anchor.x) + 'px'; img.style.marginTop = (-anchor.y) + 'px';" },
    { from: 'if (size) {', to: '}', text: "img.style.width = size.x + 'px'; img.style.height = size.y + 'px';" },
  ],
  // A div icon's background position (bgPos): no icon here has a background. Its html is an element or
  // none: marker-graphics.ts builds elements, never markup for innerHTML (which Trusted Types refuse).
  'leaflet/src/layer/marker/DivIcon.js': [
    { from: 'bgPos: null,', to: ',', text: '' },
    { from: 'if (options.html instanceof Element) {', to: "div.innerHTML = options.html !== false ? options.html : '';\n\t\t}", text: 'empty(div); if (options.html) { div.appendChild(options.html); }' },
    { from: 'if (options.bgPos) {', to: "(-bgPos.y) + 'px';\n\t\t}", text: '' },
  ],
  'leaflet/src/geo/crs/CRS.Earth.js': [
    { from: 'R: 6371000', to: '6371000', text: '' },
  ],
  'leaflet/src/geo/crs/CRS.js': [
    // The one CRS here (EPSG:3857) is finite and wraps longitudes only.
    { from: 'if (this.infinite) { return null; }', to: '}', text: '' },
    { from: 'infinite: false,', to: ',', text: '' },
    { from: 'var lng = this.wrapLng ? Util.wrapNum(latlng.lng, this.wrapLng, true) : latlng.lng,', to: 'lat = this.wrapLat ? Util.wrapNum(latlng.lat, this.wrapLat, true) : latlng.lat,', text: 'var lng = Util.wrapNum(latlng.lng, this.wrapLng, true), lat = latlng.lat,' },
  ],
  'leaflet/src/geometry/Transformation.js': [
    // The one transformation is made with four numbers and always used with a scale.
    { from: 'if (Util.isArray(a)) {', to: 'return;\n\t}', text: '' },
    { from: '_transform: function (point, scale) {', to: 'scale = scale || 1;', text: '_transform: function (point, scale) {' },
    { from: 'scale = scale || 1;', to: ';', text: '' },
  ],
  'leaflet/src/geo/LatLng.js': [
    // Positions here have no altitude, and are given as [lat, lng], {lat, lng} or a LatLng (never `lon`).
    { from: 'if (alt !== undefined) {', to: 'this.alt = +alt;\n\t}', text: '' },
    { from: 'return new LatLng(this.lat, this.lng, this.alt);', to: ';', text: 'return new LatLng(this.lat, this.lng);' },
    { from: 'if (a.length === 3) {', to: 'return new LatLng(a[0], a[1], a[2]);\n\t\t}', text: '' },
    { from: "return new LatLng(a.lat, 'lng' in a ? a.lng : a.lon, a.alt);", to: ';', text: 'return new LatLng(a.lat, a.lng);' },
  ],
  'leaflet/src/geo/LatLngBounds.js': [
    // Only the partner pins ask bounds whether they contain something: a partner's {lat, lng}.
    { from: 'contains: function (obj) { // (LatLngBounds) or (LatLng) -> Boolean', to: '(sw2.lng >= sw.lng) && (ne2.lng <= ne.lng);', text: 'contains: function (obj) { obj = toLatLng(obj); var sw = this._southWest, ne = this._northEast; return obj.lat >= sw.lat && obj.lat <= ne.lat && obj.lng >= sw.lng && obj.lng <= ne.lng;' },
  ],
  'leaflet/src/core/Class.js': [
    // No class here has statics or includes, and none includes options (Map.include and
    // Layer.include add methods; handlers' options come through mergeOptions).
    { from: 'if (props.statics) {', to: 'Util.extend(NewClass, props.statics);\n\t}', text: '' },
    { from: 'if (props.includes) {', to: 'Util.extend.apply(null, [proto].concat(props.includes));\n\t}', text: '' },
    { from: 'delete proto.statics;', to: ';', text: '' },
    { from: 'delete proto.includes;', to: ';', text: '' },
    { from: 'var parentOptions = this.prototype.options;', to: ';', text: '' },
    { from: 'if (props.options) {', to: 'this.mergeOptions(props.options);\n\t}', text: '' },
    // Every init hook here is a map handler's ('addHandler', name, Handler); a function is never given.
    { from: "var init = typeof fn === 'function' ? fn : function () {", to: '{', text: 'var init = function () {' },
  ],
  // The double-tap stand-in for dblclick on touch screens.
  'leaflet/src/dom/DomEvent.DoubleTap.js': [
    // A double tap on a <label for> (two clicks: its own and its control's): the elements it listens on
    // (the map's container, its popups and its buttons) hold no label.
    { from: 'var path = DomEvent.getPropagationPath(e);', to: 'return;\n\t\t}', text: '' },
  ],
  'leaflet/src/dom/PosAnimation.js': [
    // The map's pan animation: it listens for step and end only, and always passes a duration.
    { from: "this.fire('start');", to: ';', text: '' },
    { from: 'this._duration = duration || 0.25;', to: ';', text: 'this._duration = duration;' },
  ],
  'leaflet/src/layer/LayerGroup.js': [
    // Groups are made empty and without options (layerGroup()), and a layer is taken off by itself, not its id.
    { from: 'Util.setOptions(this, options);', to: ';', text: '' },
    { from: 'if (layers) {', to: 'this.addLayer(layers[i]);\n\t\t\t}\n\t\t}', text: '' },
    { from: 'var id = layer in this._layers ? layer : this.getLayerId(layer);', to: ';', text: 'var id = this.getLayerId(layer);' },
  ],
};

/** The module's code without the branches for options never set (LEAFLET_UNSET_OPTIONS); throws if one is not found. */
export function withoutUnsetOptions(path, code) {
  const key = matchingKey(LEAFLET_UNSET_OPTIONS, path);
  if (key === undefined) return undefined;
  let out = code;
  for (const { from, to, text } of LEAFLET_UNSET_OPTIONS[key]) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) throw new Error(`${key}: the code to leave out was not found once: ${from}`);
    const start = out.lastIndexOf('\n', at) + 1;
    // Leaflet's files end their lines with \r\n or \n.
    const toMatch = new RegExp(to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\n/g, '\\r?\\n'), 'g');
    toMatch.lastIndex = at;
    const found = toMatch.exec(out);
    if (!found) throw new Error(`${key}: the end of the code to leave out was not found: ${to}`);
    const lineEnd = out.indexOf('\n', found.index + found[0].length);
    const end = lineEnd < 0 ? out.length : lineEnd;
    // The cut keeps its line breaks, so every later line keeps its number (and the source map stays right).
    const indent = out.slice(start, at);
    out = out.slice(0, start) + (text ? indent + text : '') + out.slice(start, end).replace(/[^\n]/g, '') + out.slice(end);
  }
  return out;
}

/** Both trims: unset-option branches, then unused methods. */
export function trimmedLeaflet(path, code) {
  const withoutBranches = withoutUnsetOptions(path, code);
  return withoutUnusedMethods(path, withoutBranches ?? code) ?? withoutBranches;
}

/** The stand-in for a resolved module path, if it has one. */
export function leafletStub(path) {
  const key = matchingKey(LEAFLET_STUBS, path);
  return key === undefined ? undefined : LEAFLET_STUBS[key];
}

/** The rollup plugin: the stand-ins replace the modules' code; unused methods and unset-option branches are left out. */
export function leafletSubset() {
  return {
    name: 'leaflet-subset',
    load: (id) => leafletStub(id) ?? null,
    transform: (code, id) => {
      const trimmed = trimmedLeaflet(id, code);
      // Lines keep their numbers: the map of the code before is still the map.
      return trimmed === undefined ? null : { code: trimmed, map: null };
    },
  };
}

