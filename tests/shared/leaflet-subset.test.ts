/** The tests run the Leaflet subset the drop-in ships (scripts/rollup/leaflet-stubs.mjs), not all of Leaflet. */
import { expect } from '@open-wc/testing';
import { MarkerDrag } from 'leaflet/src/layer/marker/Marker.Drag.js';
import { Path } from 'leaflet/src/layer/vector/Path.js';
import { Map as LeafletMap } from 'leaflet/src/map/Map.js';
import { Popup } from 'leaflet/src/layer/Popup.js';
import { DivOverlay } from 'leaflet/src/layer/DivOverlay.js';
import { LayerGroup } from 'leaflet/src/layer/LayerGroup.js';
import Browser from 'leaflet/src/core/Browser.js';
import { Bounds } from 'leaflet/src/geometry/Bounds.js';
import { LatLng } from 'leaflet/src/geo/LatLng.js';
import { Events, Evented } from 'leaflet/src/core/Events.js';
import { addPointerListener, removePointerListener } from 'leaflet/src/dom/DomEvent.Pointer.js';
import { Handler } from 'leaflet/src/core/Handler.js';
import { TileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
import { Marker } from 'leaflet/src/layer/marker/Marker.js';
import { Icon } from 'leaflet/src/layer/marker/Icon.js';
import { Drag } from 'leaflet/src/map/handler/Map.Drag.js';
import { DoubleClickZoom } from 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import { ScrollWheelZoom } from 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import { TouchZoom } from 'leaflet/src/map/handler/Map.TouchZoom.js';
import { Keyboard } from 'leaflet/src/map/handler/Map.Keyboard.js';

describe('the Leaflet subset', () => {
  it('serves the stand-ins to the tests too', () => {
    expect(MarkerDrag).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Path.prototype)).to.deep.equal(['constructor']);
  });

  it('leaves out the map methods nothing calls, and keeps the rest', () => {
    const map = LeafletMap.prototype as unknown as Record<string, unknown>;
    for (const name of ['flyTo', 'fitWorld', 'locate', 'setMaxBounds', 'panInsideBounds', 'setMinZoom', 'setMaxZoom', 'distance']) {
      expect(map[name], name).to.equal(undefined);
    }
    for (const name of ['setView', 'fitBounds', 'panTo', 'panInside', 'getBoundsZoom', 'setZoomAround', 'remove']) expect(map[name], name).to.be.a('function');
  });

  it('leaves out the popup and layer-group methods nothing calls', () => {
    const popup = Popup.prototype as unknown as Record<string, unknown>;
    const group = LayerGroup.prototype as unknown as Record<string, unknown>;
    for (const name of ['toggle', 'isOpen', 'getContent']) expect(popup[name], name).to.equal(undefined);
    for (const name of ['openOn', 'setContent', 'setLatLng', 'getElement']) expect(popup[name], name).to.be.a('function');
    for (const name of ['getLayers', 'invoke']) expect(group[name], name).to.equal(undefined);
    for (const name of ['addLayer', 'clearLayers', 'eachLayer']) expect(group[name], name).to.be.a('function');
  });

  it('leaves out the geometry nothing calls, the last method of a class included (its trailing comma)', () => {
    const bounds = Bounds.prototype as unknown as Record<string, unknown>;
    const latLng = LatLng.prototype as unknown as Record<string, unknown>;
    for (const name of ['equals', 'intersects', 'pad']) expect(bounds[name], name).to.equal(undefined);
    for (const name of ['extend', 'getCenter', 'contains', 'getSize']) expect(bounds[name], name).to.be.a('function');
    for (const name of ['equals', 'distanceTo', 'wrap']) expect(latLng[name], name).to.equal(undefined);
    expect(latLng.clone, 'clone').to.be.a('function');
  });

  it('leaves out the long aliases of the event methods and the static Handler.addTo', () => {
    const events = Events as unknown as Record<string, unknown>;
    for (const name of ['addEventListener', 'removeEventListener', 'clearAllEventListeners', 'addOneTimeEventListener', 'fireEvent', 'hasEventListeners']) {
      expect(events[name], name).to.equal(undefined);
    }
    for (const name of ['on', 'off', 'once', 'fire', 'listens']) expect(events[name], name).to.be.a('function');
    expect((Handler as unknown as Record<string, unknown>).addTo).to.equal(undefined);
  });

  it('leaves out the branches for options the finder never sets, and keeps what the defaults do', () => {
    const code = (fn: unknown) => String(fn);
    expect(code(LeafletMap.prototype.initialize)).not.to.match(/maxBounds|options\.center/);
    expect(code(LeafletMap.prototype.remove)).not.to.include('maxBounds');
    expect(code((Drag as { prototype: Record<string, unknown> }).prototype._onDragStart)).not.to.include('maxBounds');
    const drag = (Drag as { prototype: Record<string, unknown> }).prototype;
    const marker = (Marker as { prototype: Record<string, unknown> }).prototype;
    expect([drag._onPreDragLimit, marker._updateOpacity]).to.deep.equal([undefined, undefined]);
    expect(code(marker._initIcon)).not.to.match(/riseOnHover|opacity/);
    const layer = new TileLayer('https://tiles.example/{z}/{x}/{y}.png', { maxZoom: 19 });
    expect([layer.options.maxZoom, layer.options.minZoom, layer.options.tileSize]).to.deep.equal([19, 0, 256]);
    expect(layer._getZoomForUrl.call({ _tileZoom: 7, options: { zoomOffset: 0 } })).to.equal(7);
    const tile = layer.createTile({ x: 1, y: 2, z: 3 }, () => undefined) as HTMLImageElement;
    expect([tile.alt, tile.crossOrigin, tile.referrerPolicy]).to.deep.equal(['', null, '']);
    for (const option of ['detectRetina', 'crossOrigin', 'referrerPolicy', 'errorTileUrl', 'tms', 'zoomReverse']) {
      expect(code(TileLayer.prototype.initialize) + code(TileLayer.prototype.createTile) + code(TileLayer.prototype.getTileUrl) + code(TileLayer.prototype._tileOnError) + code(TileLayer.prototype._getZoomForUrl), option).not.to.include(option);
    }
  });

  it('leaves out the console warnings for listeners and event types no call here passes, and still ignores them', () => {
    const code = (fn: unknown) => String(fn);
    const events = Events as unknown as Record<string, unknown>;
    for (const name of ['_on', '_off', 'listens']) expect(code(events[name]), name).not.to.include('console.warn');
    expect(code(addPointerListener) + code(removePointerListener)).not.to.include('console.warn');
    const evented = new Evented() as unknown as { on: (type: string, fn: unknown) => void; off: (type: string, fn: unknown) => void; listens: (type: string) => boolean };
    evented.on('ping', 'not a function');
    evented.off('ping', 'not a function');
    expect(evented.listens('ping')).to.equal(false);
    expect(addPointerListener(document.createElement('div'), 'touchwobble', () => undefined)).to.be.a('function');
  });

  it('makes markers without shadows: every marker here has a div icon, which has none', () => {
    const code = (fn: unknown) => String(fn);
    const marker = (Marker as { prototype: Record<string, unknown> }).prototype;
    expect(marker._removeShadow).to.equal(undefined);
    for (const name of ['_initIcon', '_setPos', 'onRemove']) expect(code(marker[name]), name).not.to.match(/shadow/i);
    expect(code((Icon as { prototype: Record<string, unknown> }).prototype._setIconStyles)).not.to.include('shadow');
  });

  it('leaves out the marker options no marker here sets: keyboard, alt, opacity, rising on hover, dragging', () => {
    const code = (fn: unknown) => String(fn);
    const marker = (Marker as { prototype: Record<string, unknown> & { options: Record<string, unknown> } }).prototype;
    for (const option of ['keyboard', 'alt', 'opacity', 'riseOnHover', 'riseOffset', 'draggable', 'autoPan', 'autoPanPadding', 'autoPanSpeed']) {
      expect(option in marker.options, option).to.equal(false);
    }
    expect(marker.options.autoPanOnFocus).to.equal(true);
    expect(code(marker._initIcon)).not.to.match(/keyboard|tagName|tabIndex/);
    expect(code(marker.onRemove)).not.to.include('dragging');
  });

  it('leaves out the popup options the finder never sets, and keeps what their defaults do', () => {
    const code = (fn: unknown) => String(fn);
    const popup = (Popup as { prototype: Record<string, unknown> & { options: Record<string, unknown> } }).prototype;
    for (const option of ['autoPan', 'keepInView', 'closeButton', 'className']) expect(Object.hasOwn(popup.options, option), option).to.equal(false);
    expect('closePopupOnClick' in (LeafletMap.prototype as unknown as { options: object }).options).to.equal(false);
    const overlay = (DivOverlay as { prototype: Record<string, unknown> & { options: object } }).prototype;
    for (const option of ['interactive', 'className', 'content']) expect(option in overlay.options, option).to.equal(false);
    expect(code(overlay.initialize) + code(overlay.onAdd) + code(overlay.onRemove)).not.to.match(/LatLng|interactive|content/);
    expect(code(popup.getEvents) + code(popup._adjustPan)).not.to.match(/keepInView|autoPan\b|_autopanning|closeOnClick/);
    const container = document.createElement('div');
    const shown = new Popup({}).setLatLng([0, 0]).setContent('Hi');
    const map = new LeafletMap(container).setView([0, 0], 2);
    shown.openOn(map);
    expect(shown.getElement()?.className).to.equal('leaflet-popup  leaflet-zoom-animated');
    expect(shown.getElement()?.querySelector('.leaflet-popup-close-button')).to.not.equal(null);
    map.remove();
  });

  it('keeps the tile layer options (a tile URL template can read them) but not the code for values the finder never sets', () => {
    const code = (fn: unknown) => String(fn);
    const grid = TileLayer.prototype as unknown as Record<string, unknown>;
    expect(code(grid._initContainer) + code(grid._updateZIndex) + code(grid._clampZoom) + code(grid._resetGrid) + code(grid._setView)).not.to.match(/className|opacity|NativeZoom|updateWhenZooming|noWrap/);
    const layer = new TileLayer('https://tiles.example/{x}/{y}.png?o={opacity}', { maxZoom: 19 });
    expect(layer.getTileUrl({ x: 1, y: 2, z: 3 } as never)).to.equal('https://tiles.example/1/2.png?o=1');
    const map = new LeafletMap(document.createElement('div')).setView([0, 0], 2);
    layer.addTo(map);
    const container = map.getPane('tilePane')?.firstElementChild as HTMLElement;
    expect([container.className, container.style.zIndex]).to.deep.equal(['leaflet-layer ', '1']);
    map.remove();
  });

  it('zooms around the pointer only (no zooming to the centre), always wraps the view (worldCopyJump) and makes the map without layers of its own', () => {
    const code = (handler: unknown) => Object.values((handler as { prototype: object }).prototype).map(String).join('');
    for (const handler of [DoubleClickZoom, ScrollWheelZoom, TouchZoom]) expect(code(handler)).not.to.include("'center'");
    expect(code(DoubleClickZoom) + code(ScrollWheelZoom)).to.include('setZoomAround');
    // worldCopyJump is always on: dragging and the arrow keys always wrap the view.
    expect(code(Drag) + code(Keyboard)).not.to.include('worldCopyJump');
    expect(code(Keyboard)).to.include('wrapLatLng');
    const map = LeafletMap.prototype as unknown as Record<string, unknown> & { options: object };
    expect(['layers' in map.options, map._addLayers]).to.deep.equal([false, undefined]);
  });

  it('keeps only what the map options the finder never changes do (no view limits, tracking resizes, popups that close each other and close with Escape), and no controls (the finder draws its own)', () => {
    const code = (fn: unknown) => String(fn);
    const map = LeafletMap.prototype as unknown as Record<string, unknown> & { options: object };
    expect([map._limitCenter, map._limitOffset]).to.deep.equal([undefined, undefined]);
    for (const option of ['trackResize', 'attributionControl', 'zoomControl']) expect(option in map.options, option).to.equal(false);
    const popup = (Popup as { prototype: { options: object } }).prototype;
    for (const option of ['autoClose', 'closeOnEscapeKey']) expect(option in popup.options, option).to.equal(false);
    expect(code(Object.values((Keyboard as { prototype: object }).prototype).join(''))).not.to.include('closeOnEscapeKey');
    const container = document.createElement('div');
    const made = new LeafletMap(container).setView([0, 0], 2) as unknown as { attributionControl?: unknown; zoomControl?: unknown; remove: () => void };
    expect([made.attributionControl, made.zoomControl, container.querySelector('.leaflet-control-container')]).to.deep.equal([undefined, undefined, null]);
    made.remove();
  });

  it('zooms in steps of 1 and snaps to whole zoom levels: zoomDelta and zoomSnap are never changed', () => {
    const code = (handler: unknown) => Object.values((handler as { prototype: object }).prototype).map(String).join('');
    const map = LeafletMap.prototype as unknown as { options: object };
    for (const option of ['zoomSnap', 'zoomDelta']) expect(option in map.options, option).to.equal(false);
    for (const source of [LeafletMap, Keyboard, DoubleClickZoom, ScrollWheelZoom, TouchZoom]) expect(code(source)).not.to.match(/options\.zoom(Snap|Delta)/);
    const container = document.createElement('div');
    Object.assign(container.style, { width: '400px', height: '300px' });
    document.body.append(container);
    const made = new LeafletMap(container).setView([0, 0], 2);
    // Zooming by a step is not in this build: the map view's buttons set the zoom.
    expect([(made as unknown as Record<string, unknown>).zoomIn, (made as unknown as Record<string, unknown>).zoomOut]).to.deep.equal([undefined, undefined]);
    made.setZoom(3.4, { animate: false });
    expect(made.getZoom()).to.equal(3);
    expect(made.getBoundsZoom([[40, -80], [42, -70]])).to.equal(5);
    made.remove();
    container.remove();
  });

  it('answers Leaflet\'s browser questions for an evergreen browser, without probing old ones', () => {
    const flags = Browser as unknown as Record<string, unknown>;
    expect([flags.any3d, flags.ielt9, flags.passiveEvents, flags.pointer]).to.deep.equal([true, false, true, true]);
    // Read from the user agent, as Leaflet does (the drop-in's run goes through Firefox too).
    expect(flags.chrome).to.equal(/chrome/i.test(navigator.userAgent));
    for (const old of ['ie', 'opera12', 'android23', 'vml', 'phantom']) expect(flags[old], old).to.equal(undefined);
    // Read only by the container's leaflet-safari class and the tap-hold handler, neither of which is here.
    expect(flags.safari).to.equal(undefined);
  });
});
