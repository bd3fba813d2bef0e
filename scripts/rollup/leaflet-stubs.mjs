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
 *
 * @type {Record<string, string>} the end of a module's path -> the module's code
 */
export const LEAFLET_STUBS = {
  'leaflet/src/layer/vector/Path.js': 'export class Path {}\n',
  'leaflet/src/layer/marker/Marker.Drag.js': 'export var MarkerDrag = undefined;\n',
  'leaflet/src/layer/marker/Icon.Default.js': 'export class IconDefault {}\n',
  'leaflet/src/layer/FeatureGroup.js': 'export class FeatureGroup {}\nexport var featureGroup = function () { throw new Error("FeatureGroup is not in this build"); };\n',
};

/** The stand-in for a resolved module path, if it has one. */
export function leafletStub(path) {
  const normalized = path.replace(/\\/g, '/').split('?')[0];
  const key = Object.keys(LEAFLET_STUBS).find((end) => normalized.endsWith(`/node_modules/${end}`));
  return key === undefined ? undefined : LEAFLET_STUBS[key];
}

/** The rollup plugin: the stand-ins replace the modules' code. */
export function leafletSubset() {
  return { name: 'leaflet-subset', load: (id) => leafletStub(id) ?? null };
}
