/**
 * The map: draws clustered workshop pins, "seeking" partner pins and the searched place; the element
 * owns all state and hands it data. Leaflet itself comes through ./leaflet.js (the subset of its ES
 * source modules the finder uses), so replacing the map library touches these two files and
 * ./partner-pins.js (the partner pins) alone.
 */
import { mercatorLat, mercatorLng } from '../shared/geo/mercator.js';
import { html, nothing, render } from 'lit';
import { mediaMatches } from '../shared/reduced-motion.js';
import {
  disableClickPropagation,
  divIcon,
  latLng,
  latLngBounds,
  layerGroup,
  map as createMap,
  marker,
  point,
  popup,
  removeMap,
  tileLayer,
  type DivIcon,
  type LatLng,
  type LeafletKeyboardEvent,
  type Marker,
  type Map as LeafletMap,
  type Popup,
  type PopupEvent,
  type PopupOptions,
  type TileErrorEvent,
} from './leaflet.js';
import { rovingStep } from './roving-step.js';
import type { Partner, Place, Workshop, WorkshopLocation } from './types.js';
import { formatNumber } from '../shared/i18n/format.js';
import { countBadge, pinGraphic } from './marker-graphics.js';
import { sameItems } from './same-items.js';
import { abbreviateCount, badgePx, GridClusterer, type Cluster, type ProjectedPoints } from './grid-clusters.js';
import { PartnerPins, type Reach } from './partner-pins.js';
import { popupSize } from './popup-size.js';

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
// Links that leave the page open in a new tab, with rel="noopener" (the contract's rule for links).
const OSM_LINK = html`<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>`;
/** The contiguous United States, when there is nothing to fit the view to. */
const DEFAULT_VIEW: { center: [number, number]; zoom: number } = { center: [39.5, -98.35], zoom: 4 };
const MAX_ZOOM = 18;

export interface MapLabels {
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  /**
   * `listed`: selecting it lists the workshops (all at one place, or the closest zoom) instead of zooming in.
   * `place`: where it is in words ("Atlanta, GA", or its venue's name when all its workshops are there), or "" when the data names none.
   */
  cluster: (count: string, listed: boolean, place: string) => string;
  lang: string;
  /** What a diamond pin is, after the partner's name in its accessible name. */
  legendSeeking: string;
  /** OpenStreetMap's credit around its link, in the page's language. */
  osmCredit: (link: unknown) => unknown[];
}

export interface MapViewOptions {
  /** Tile URL template, or null for no tile layer. */
  tiles: string | null;
  /** Plain-text attribution for custom tiles (OpenStreetMap's own is used for the default). */
  attribution?: string;
  center?: [number, number];
  zoom?: number;
  labels: MapLabels;
  reducedMotion: boolean;
  /** Builds a workshop popup's content (the element renders it, so strings stay out of this file). */
  workshopPopup: (workshop: Workshop) => HTMLElement;
  /**
   * Content for several workshops at one place (a cluster that cannot be split by zooming): the
   * first pins of the group (Cluster.members) and how many the group holds.
   */
  groupPopup: (pins: number[], count: number) => HTMLElement;
  partnerPopup: (partner: Partner) => HTMLElement;
  /** A workshop pin was clicked. */
  onPinSelect: (k: number) => void;
  /** Whether the map is without tiles: a tile failed and none of its zoom level has loaded (offline, blocked); false again once one loads. */
  onTiles: (failed: boolean) => void;
  /** A popup was closed with its × button (focus was on it, and goes with it); `byKey`: with Enter or Space. */
  onPopupDismissed: (byKey: boolean) => void;
}

const pinIcon = (selected: boolean) =>
  divIcon({
    className: `pl-pin${selected ? ' is-selected' : ''}`,
    html: pinGraphic(),
    iconSize: [24, 32],
    iconAnchor: [12, 31],
    popupAnchor: [0, -28],
  });
const placeIcon = divIcon({ className: 'pl-place', iconSize: [14, 14] });
/** A ring wider than any screen is pointless (and a huge element): it is then hidden. */
const ringIcon = (radiusPx: number) => {
  const size = Math.round(radiusPx * 2);
  return divIcon({ className: size > 6000 ? 'pl-radius pl-hidden' : 'pl-radius', iconSize: [size, size] });
};
/** Metres per screen pixel in Web Mercator at this latitude and zoom (256-pixel tiles). */
const metersPerPixel = (lat: number, zoom: number) => (40075016.686 * Math.cos((lat * Math.PI) / 180)) / 2 ** (zoom + 8);

/**
 * What the map view reads and calls of Leaflet beyond its public API: its zoom animation's state, a
 * pan under way, stopping one, and the hook its keyboard's + and − call (leaflet-stubs.mjs).
 */
type LeafletWithInternals = LeafletMap & {
  _animatingZoom?: boolean;
  _animateToZoom: number;
  _panAnim?: { _inProgress: boolean };
  _stop(): LeafletMap;
  _zoomBy(by: number): void;
};

/** Whether two boxes on the screen have nothing in common. */
const apart = (a: DOMRect, b: DOMRect): boolean => a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right;

/** The in-person workshops to pin (pin k at x[at[k]], y[at[k]]), and each one's record on demand. */
export interface PinSet extends ProjectedPoints {
  workshop(k: number): Workshop;
  /** Pin k's place alone (cheaper than its workshop: what names a cluster). */
  location(k: number): WorkshopLocation | undefined;
}

const NO_PINS: PinSet = { x: new Float64Array(0), y: new Float64Array(0), at: new Uint32Array(0), workshop: () => undefined as never, location: () => undefined };

export class MapView {
  private readonly map: LeafletMap;
  readonly #pinLayer = layerGroup();
  readonly #partnerPins: PartnerPins;
  readonly #placeLayer = layerGroup();
  #clusterer?: GridClusterer;
  #drawn: DrawnMarker[] = [];
  /** The clusters and pins drawn now. */
  #clusters: Cluster[] = [];
  #pins: PinSet = NO_PINS;
  #selectedId?: string;
  /** The zoom buttons and the credits, drawn over the map as Leaflet draws its own controls. */
  readonly #controls: HTMLElement;
  /** The popup open on the map, if any. */
  #shown?: Popup;
  /** The last workshop popup opened, its workshop's id and the text it shows. */
  #workshopShown?: [Popup, string, string];
  /** The pin or button that opened the popup (it had focus: a click or Enter), which says it is expanded. */
  #opener?: Element | null;
  /** A list choice's popup, opened once the map has moved to it. */
  #pendingSelect?: () => void;
  #hasView = false;
  /** A focused cluster was opened: focus goes to a pin where it was, once the map has moved. */
  #refocus = false;
  /** The one pin in the tab order (a roving tab stop: arrow keys move it). */
  #tabStop = 0;
  /**
   * The zoom + and − (the buttons and the map's keys) ask for until the map reaches it: Leaflet
   * ignores a zoom asked for while one animates, so presses during it add to this and the map goes on
   * to it once the animation ends.
   */
  #wantedZoom?: number;
  /** The last fit (to the place or the workshops), re-run when the map changes size until someone moves it. */
  #refit?: () => void;
  /** The last fit, kept when the visitor moves the map. */
  #lastFit?: () => void;
  #fitting = false;
  #resizeRing = (): void => undefined;
  readonly #opts: MapViewOptions;

  constructor(container: HTMLElement, options: MapViewOptions) {
    this.#opts = options;
    const animate = !options.reducedMotion;
    this.map = createMap(container, {
      zoomControl: false,
      // One finger on a touch screen scrolls the page, as the wheel does (a phone's page would stick
      // under the map); two fingers move and zoom the map.
      dragging: !mediaMatches('(pointer: coarse)'),
      scrollWheelZoom: false,
      boxZoom: false,
      zoomAnimation: animate,
      fadeAnimation: animate,
      markerZoomAnimation: animate,
      maxZoom: MAX_ZOOM,
      worldCopyJump: true,
      inertia: animate,
      // On once there is a view (whenReady below): Leaflet's arrow keys throw on a map without one.
      keyboard: false,
    });
    if (!animate) {
      // Arrow keys and a popup's auto-pan slide the map otherwise.
      const panBy = this.map.panBy;
      this.map.panBy = (offset, options) => panBy.call(this.map, offset, { ...options, animate: false });
    }
    this.#partnerPins = new PartnerPins(this.map, options, () => this.#hasView, () =>
      this.#clusters.map((cluster): Reach => {
        const { x, y } = this.map.latLngToLayerPoint(cluster);
        const { count } = cluster;
        // A badge and its ring; a pin's head and point, 24 by 32 px above its place.
        return count > 1 ? [x, y, badgePx(count) / 2 + 2] : [x, y - 16, 16];
      }),
    );
    // Kept off the map's dragging, double-click zoom and clicks, as Leaflet keeps its own controls.
    this.#controls = container.appendChild(document.createElement('div'));
    this.#controls.className = 'leaflet-control-container';
    disableClickPropagation(this.#controls);
    this.map.on('zoomend', () => {
      this.#drawControls();
      // A zoom asked for by + or − while another animated is taken now.
      const to = this.#wantedZoom;
      this.#wantedZoom = undefined;
      if (to !== undefined && to != this.map.getZoom()) this.map.setZoom((this.#wantedZoom = to));
    });
    this.setLabels(options.labels);
    if (options.tiles) {
      // A placeholder Leaflet has no value for ("{apikey}", of a template copied without its key)
      // throws for every tile and leaves the map without pins: it is written as itself, so the tiles
      // fail (the note says so) and their addresses show what is missing.
      tileLayer(options.tiles.replace(/\{(?!(?:[sxyzr]|-y)\})([^{}]*)\}/g, '%7B$1%7D'), { maxZoom: 19 })
        // One tile that fails among others that load (the server's blip, a rate limit) leaves a map
        // to look at: the note is for a level without any tile, and goes once one loads.
        .on('tileerror', ({ tile }: TileErrorEvent) => options.onTiles(!tile.parentNode?.querySelector('.leaflet-tile-loaded')))
        .on('tileload', () => options.onTiles(false))
        .addTo(this.map);
    }
    this.#partnerPins.layer.addTo(this.map);
    this.#placeLayer.addTo(this.map);
    this.#pinLayer.addTo(this.map);
    // The map's + and − keys zoom as the buttons do (scripts/rollup/leaflet-stubs.mjs has Leaflet's keys call this).
    (this.map as LeafletWithInternals)._zoomBy = (by) => this.#zoomBy(by);
    // Without a centre the view is set by the first fit, so no tiles load for a throw-away view.
    this.map.whenReady(() => {
      this.map.keyboard.enable();
      this.#hasView = true;
      // Partner pins first: drawing the workshop markers then makes room for them (makeRoom).
      this.#partnerPins.draw();
      this.#drawPins();
    });
    if (options.center) this.map.setView(options.center, options.zoom ?? 9);

    this.map.on('moveend', () => {
      this.#partnerPins.draw();
      this.#drawPins();
      if (this.#refocus) this.#focusNearCenter();
      // A popup moved out of sight would keep its links in the tab order, where focus cannot be seen.
      // Its box, not its anchor (Leaflet pans a popup into view, which can take a short map's anchor
      // out), once Leaflet has placed it: a long jump fires moveend first, then places its layers.
      queueMicrotask(() => {
        // Measured only with a popup open: a measure forces the layout of what the move's update
        // changed (a search's whole list) in the middle of its frame.
        // Not while Leaflet pans one into view (a popup opened during a zoom is, once the zoom ends).
        const box = !(this.map as LeafletWithInternals)._panAnim?._inProgress && this.#shown?.getElement()?.getBoundingClientRect();
        if (box && apart(box, container.getBoundingClientRect())) this.map.closePopup();
      });
    });
    this.map.on('movestart', () => {
      if (!this.#fitting) this.#refit = undefined;
    });
    this.map.on('popupclose', (event: PopupEvent) => {
      if (event.popup === this.#shown) this.#shown = undefined;
      // A list's button is not a disclosure once its popup is gone: it may show another workshop next.
      if (this.#opener?.matches('.show')) this.#opener.removeAttribute('aria-expanded');
      else this.#opener?.setAttribute('aria-expanded', 'false');
    });
    this.map.on('popupopen', (event: PopupEvent) => {
      this.#shown = event.popup;
      // So does a list's "Show on map" (focus stays on it): pressing it is not silent to a screen reader.
      (this.#opener = this.#active()?.closest('.leaflet-marker-icon, .show'))?.setAttribute('aria-expanded', 'true');
      event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', options.labels.closePopup);
    });
    // Wheel zoom would hijack page scrolling in an embed: only while the focus is in the map (on
    // it, a pin, a popup or a zoom button; Leaflet focuses the container on click, too).
    // The container outlives this map (a moved element makes a new one in it): destroy() ends these.
    const signal = this.#listening.signal;
    container.addEventListener('focusin', () => this.map.scrollWheelZoom.enable(), { signal });
    container.addEventListener(
      'click',
      (event) => {
        // A click from the keyboard: no pointer type. Firefox counts Enter on a link (the × is one) as
        // detail 1; a Safari before 17 has no pointer type, only detail 0.
        if ((event.target as Element).closest?.('.leaflet-popup-close-button'))
          setTimeout(() => options.onPopupDismissed(event.detail === 0 || (event as PointerEvent).pointerType === ''));
      },
      { signal },
    );
    container.addEventListener('focusout', () => this.map.scrollWheelZoom.disable(), { signal });
    // The printout is about a page wide (680 px: A4 or Letter within the browser's margins), where a
    // wider map keeps its top left: narrowed and refitted for it (or kept centred once moved), then given back.
    for (const type of ['beforeprint', 'afterprint'])
      addEventListener(
        type,
        () => {
          container.style.maxWidth = type == 'beforeprint' ? '680px' : '';
          this.resize(true);
        },
        { signal },
      );
    // A press on a pin leaves the focus where Leaflet puts it, on the map: a pin that took it would
    // turn the wheel zoom off, and a cluster's zoom would move it on (and scroll the page) as for keys.
    container.addEventListener(
      'mousedown',
      (event) => (event.target as Element).closest('.leaflet-marker-icon') && event.preventDefault(),
      { capture: true, signal },
    );
    // A pin that Tab or Shift+Tab brings focus to must not sit under an open popup (2.4.11).
    container.addEventListener(
      'focusin',
      (event) => {
        const pin = (event.target as Element).closest('.leaflet-marker-icon')?.getBoundingClientRect();
        const popup = pin && this.#shown?.getElement()?.getBoundingClientRect();
        if (popup && !apart(pin, popup)) this.map.closePopup();
      },
      { signal },
    );
    // Leaflet's zoom buttons and popup close are links with the button role: Space presses them too
    // (it would scroll the page).
    container.addEventListener(
      'keydown',
      (event) => {
        const target = event.target as HTMLElement;
        if (event.key === ' ' && target.matches('a[role=button]')) {
          event.preventDefault();
          target.click();
        }
      },
      { signal },
    );
  }

  /**
   * The map's words in the element's language; a new language changes them in place (the view, and
   * where the user had moved it, stay). An open popup closes: its words were the old language's.
   */
  setLabels(labels: MapLabels): void {
    this.#opts.labels = labels;
    this.#drawControls();
    this.closePopup();
    this.#drawPins();
    this.#partnerPins.markTabStop();
  }

  /** Closes the open popup, or calls off one about to open; false when there was none. */
  closePopup(): boolean {
    const had = !!(this.#shown || this.#pendingSelect);
    this.#cancelSelect();
    this.map.closePopup();
    return had;
  }

  #cancelSelect(): void {
    if (this.#pendingSelect) this.map.off('moveend', this.#pendingSelect);
    this.#pendingSelect = undefined;
  }

  /** Opens a workshop's popup; `focus` moves focus into it. */
  #openWorkshop(workshop: Workshop, latlng: LatLng, focus?: boolean): void {
    const content = this.#opts.workshopPopup(workshop);
    this.#workshopShown = [this.#popup({ offset: [0, -28] }).setLatLng(latlng).setContent(content).openOn(this.map), workshop.id, content.textContent!];
    if (focus) content.querySelector<HTMLElement>('.popup')?.focus({ preventScroll: true });
  }

  /** Replaces the in-person workshops shown. */
  setWorkshops(pins: PinSet): void {
    // The same pins of the same data (a new minute in which no workshop ended) keep an open popup,
    // unless what it says has changed (a session over, a workshop "Ended" that include-past keeps).
    const same = pins.x === this.#pins.x && sameItems(pins.at, this.#pins.at);
    this.#pins = pins;
    const focused = this.#shown?.getElement()?.contains(this.#active());
    const [popup, id, text] = this.#workshopShown ?? [];
    const reopen = popup && popup === this.#shown && id;
    if (!same) {
      this.#clusterer = new GridClusterer(pins);
      this.map.closePopup();
      this.#drawPins();
    }
    // The open workshop, still a pin of its own (a page that polls its data): its popup opens again,
    // with its new data. Else the popup is gone, and focus inside it goes to the map, not to the page.
    const k = reopen ? this.#clusters.find((cluster) => cluster.count == 1 && pins.workshop(cluster.members[0]).id == reopen)?.members[0] : undefined;
    const workshop = k === undefined ? undefined : pins.workshop(k);
    if (workshop && (!same || this.#opts.workshopPopup(workshop).textContent != text)) {
      this.#openWorkshop(workshop, latLng(workshop.location!), focused);
    } else if (focused && !same) this.map.getContainer().focus();
  }

  /** Partners looking for host sites, as their own pins. */
  setPartners(partners: Partner[]): void {
    this.#partnerPins.setPartners(partners);
  }

  /** Shows the searched place (and its radius) and fits the view to it, or to the workshops. */
  showPlace(place: Place | undefined, radiusMeters: number): void {
    this.#refit = this.#lastFit = () => this.#fit(place, radiusMeters);
    this.#fit(place, radiusMeters);
  }

  #fit(place: Place | undefined, radiusMeters: number): void {
    this.#whenStill(() => {
      this.#fitting = true;
      try {
        this.#showAndFit(place, radiusMeters);
      } finally {
        this.#fitting = false;
      }
    });
  }

  /**
   * Sets a view the finder asks for (a fit, a workshop shown) now, or once the zoom animating now has
   * ended: Leaflet drops a view asked for during one. The zoom + and − asked for yields to it.
   */
  #whenStill(setView: () => void): void {
    this.#wantedZoom = undefined;
    if (this.#animatingTo() !== undefined) this.map.once('zoomend', () => this.#whenStill(setView));
    else setView();
  }

  #showAndFit(place: Place | undefined, radiusMeters: number): void {
    this.#placeLayer.clearLayers();
    this.map.off('zoomend', this.#resizeRing);
    if (!place) return this.#fitToWorkshops();
    const center = latLng(place);
    if (place.kind === 'state') return this.#fitToWorkshops(center);
    // The radius ring and the place dot are div icons, not Leaflet vectors: no SVG/Canvas renderer
    // in the bundle. The ring is resized to the radius in pixels whenever the zoom settles.
    const ring = marker(center, { icon: ringIcon(0), interactive: false, keyboard: false, zIndexOffset: -2000 });
    const resize = () => ring.setIcon(ringIcon(radiusMeters / metersPerPixel(center.lat, this.map.getZoom())));
    marker(center, { icon: placeIcon, interactive: false, keyboard: false, zIndexOffset: -1500 }).addTo(this.#placeLayer);
    ring.addTo(this.#placeLayer);
    this.map.fitBounds(center.toBounds(radiusMeters * 2), { animate: false });
    this.#resizeRing = resize;
    this.map.on('zoomend', resize);
    resize();
  }

  /**
   * Fits the view to every workshop shown (at `zoom` when only it is set), or shows `center` at `zoom` from the attributes again (a
   * layout change, or the finder shown from a closed tab, where that view was set at no size).
   */
  #fitToWorkshops(fallback?: LatLng): void {
    if (this.#opts.center && !fallback) return void this.map.setView(this.#opts.center, this.#opts.zoom ?? 9, { animate: false });
    const { x, y, at } = this.#pins;
    if (!at.length) {
      if (fallback) this.map.setView(fallback, 7, { animate: false });
      else if (!this.#hasView) this.map.setView(DEFAULT_VIEW.center, this.#opts.zoom ?? DEFAULT_VIEW.zoom);
      return;
    }
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    // Indexed: at load this runs once, before the engine has optimised it, where a typed array's iterator is slow.
    for (let k = 0; k < at.length; k++) {
      const i = at[k]!;
      if (x[i] < minX) minX = x[i];
      if (x[i] > maxX) maxX = x[i];
      if (y[i] < minY) minY = y[i];
      if (y[i] > maxY) maxY = y[i];
    }
    // A page's zoom without a center: the workshops' middle on the map (as fitBounds centres) at that zoom.
    if (this.#opts.zoom !== undefined && !fallback) return void this.map.setView([mercatorLat((minY + maxY) / 2), mercatorLng((minX + maxX) / 2)], this.#opts.zoom, { animate: false });
    const bounds = latLngBounds([mercatorLat(maxY), mercatorLng(minX)], [mercatorLat(minY), mercatorLng(maxX)]);
    // Pins stand 32 px above their point: more room at the top keeps the northernmost one whole. At
    // the bottom, a pin's point and most badges clear the credit line (about 18 px high).
    this.map.fitBounds(bounds, { paddingTopLeft: [24, 40], paddingBottomRight: [24, 40], maxZoom: 12, animate: false });
  }

  /** A popup moved clear of the zoom buttons, in the room the map has now (popupSize). */
  #popup(options?: PopupOptions) {
    return popup({ ...popupSize(this.map), ...options });
  }

  /**
   * A focused cluster was opened (zoomed into): its marker is gone or now shows another cluster, so
   * focus moves to the pin nearest the centre, where the cluster was.
   */
  #focusNearCenter(): void {
    this.#refocus = false;
    // Unless focus has gone elsewhere meanwhile (the search box): only a focus the move took is given back.
    if (!this.#focusInMap()) return;
    const center = this.map.getCenter();
    const away = (j: number) => {
      const { lat, lng } = this.#drawn[j].marker.getLatLng();
      return (lat - center.lat) ** 2 + (lng - center.lng) ** 2;
    };
    let nearest = 0;
    this.#drawn.forEach((_, j) => {
      if (away(j) < away(nearest)) nearest = j;
    });
    this.#tabStop = nearest;
    this.#markTabStop();
    this.focusPin();
  }

  /** The focused element in the map's tree (the element's shadow root), or null. */
  #active(): Element | null {
    return (this.map.getContainer().getRootNode() as Document | ShadowRoot).activeElement;
  }

  /** Whether focus is on the map, or nowhere (it was on a marker or a popup that went away). */
  #focusInMap(): boolean {
    const active = this.#active();
    return active ? this.map.getContainer().contains(active) : document.activeElement === document.body;
  }

  /** Focuses the partner pin whose popup was the last to open; false when a workshop's was. */
  focusPartnerPin(): boolean {
    return this.#partnerPins.focusPin();
  }

  /** Focuses the pin that has the tab stop; false when there is none. */
  focusPin(): boolean {
    const element = this.#drawn[this.#tabStop]?.marker.getElement();
    element?.focus();
    return !!element;
  }

  /**
   * Pans to pin `k` (zooming until it stands alone) and opens its popup; `focus` moves focus into it
   * (chosen in a venue's popup, which this one replaces: focus would otherwise be lost).
   */
  select(k: number, focus = false): void {
    const workshop = this.#pins.workshop(k);
    if (!workshop.location || !this.#hasView) return;
    this.#selectedId = workshop.id;
    const latlng = latLng(workshop.location);
    const zoom = this.#zoomWhereAlone(k);
    this.#cancelSelect();
    const open = () => {
      this.#cancelSelect();
      this.#drawPins();
      this.#openWorkshop(workshop, latlng, focus && this.#focusInMap());
    };
    // Opened when the map has moved there, unless Escape (closePopup) called it off meanwhile.
    this.#pendingSelect = open;
    this.#whenStill(() => {
      if (this.#pendingSelect != open) return;
      if (zoom === this.map.getZoom() && this.map.getBounds().pad(-0.2).contains(latlng)) return open();
      // After the paint that shows the choice in the list: a jump draws every pin again at once (a
      // long task with 20,000 workshops), which the click would otherwise wait for. The end of another
      // move before then (the map's first resize, a drag, its momentum) is not this one's: it is
      // stopped before this one's end is listened for.
      requestAnimationFrame(() =>
        setTimeout(() =>
          this.#whenStill(() => this.#pendingSelect == open && !this.#listening.signal.aborted && (this.map as LeafletWithInternals)._stop().on('moveend', open).setView(latlng, zoom, { animate: !this.#opts.reducedMotion })),
        ),
      );
    });
  }

  /**
   * Every pin is a named button and one of them the tab stop (tabindex 0, the others -1): Tab reaches
   * one pin, arrow keys (and Home, End) move to the others, Enter or Space acts as a click, in every
   * view (beside the list too: a keyboard can do on the map what a mouse does). One focusable target
   * at a time also keeps overlapping pins within WCAG 2.2's target size.
   */
  #markTabStop(): void {
    this.#tabStop = Math.max(0, Math.min(this.#tabStop, this.#drawn.length - 1));
    this.#drawn.forEach(({ marker: pin, label }, j) => {
      const element = pin.getElement();
      if (!element) return;
      element.tabIndex = j === this.#tabStop ? 0 : -1;
      element.setAttribute('role', 'button');
      // A pin's name is its title and place; a cluster's, the count its badge shows and a place (#clusterFace).
      element.ariaLabel = label ?? element.title;
    });
  }

  #onPinKey(event: KeyboardEvent, drawn: DrawnMarker): void {
    const j = this.#drawn.indexOf(drawn);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return drawn.onClick();
    }
    const next = rovingStep(event.key, j, this.#drawn.length);
    if (next === undefined) return;
    // The map (a listener on the same container) would pan on arrow keys: here they move between pins.
    event.preventDefault();
    event.stopImmediatePropagation();
    // The last pin's popup would cover the pins near it, the one focus goes to among them.
    this.closePopup();
    this.#tabStop = next;
    this.#markTabStop();
    this.focusPin();
  }

  /** Marks a workshop's pin as selected (after a click on it, or a list choice). */
  highlight(id: string | undefined): void {
    if (id === this.#selectedId) return;
    // The choice cleared (a new search or filter): its popup, or one still on its way, goes with it.
    if (!id) this.closePopup();
    this.#selectedId = id;
    this.#drawPins();
  }

  /** The map had no size (hidden) when last measured. */
  #hidden = false;

  /**
   * Call when the container may have changed size; a hidden (0x0) container is left alone. The view
   * keeps its top left, or its centre with `pan`.
   */
  resize(pan?: boolean): void {
    // During a zoom animation Leaflet would end it on the centre it set out for, at the old size.
    if (this.#animatingTo() !== undefined) return void this.map.once('zoomend', () => this.resize(pan));
    const size = this.map.getContainer().getBoundingClientRect();
    if (size.width === 0 || size.height === 0) return void (this.#hidden = true);
    this.map.invalidateSize({ pan });
    // A map without a view yet (no data) is left unmeasured by invalidateSize: measured here, where
    // the layout is clean, rather than by the first fit, in the middle of the update that writes the
    // whole list (a forced layout of 9 ms at 20,000 workshops; bench/trace.mjs).
    this.map.getSize();
    // A layout change (the list giving way to "nothing near", a phone turned) keeps the place centred.
    this.#refit?.();
    const shown = this.#shown;
    if (shown) {
      Object.assign(shown.options, popupSize(this.map));
      // A popup opened while the map had no size (new data while hidden in a tab) was laid out 50 px
      // wide: laid out again with its content (only then: focus inside it would be lost). Otherwise (a
      // phone turned) it is sized to the map again and panned back into it, as when it opened.
      if (this.#hidden) shown.update();
      else {
        (shown as Popup & { _updateLayout(): void })._updateLayout();
        // A pan under way is ended first: its moveend may close the popup or open another.
        (this.map as LeafletWithInternals)._stop();
        if (shown === this.#shown) shown.setLatLng(shown.getLatLng()!);
      }
    }
    this.#hidden = false;
  }

  /**
   * New data: the view is fitted again as it was last, unless the visitor has moved the map since
   * and it still shows one of the pins.
   */
  refit(): void {
    if (!this.#clusters.length) this.#refit ??= this.#lastFit;
    this.#refit?.();
  }

  readonly #listening = new AbortController();

  destroy(): void {
    this.#listening.abort();
    // Leaflet ends a zoom animation from a timer that would touch the removed panes; this flag makes
    // that timer a no-op when the element is removed mid-zoom.
    (this.map as LeafletWithInternals)._animatingZoom = false;
    this.map.off();
    this.map.stop();
    removeMap(this.map);
    this.#controls.remove();
  }

  /**
   * Zoom in and out (each unavailable at its end of the zoom range, and both before the map has a
   * view), and the credits: Leaflet's, and the tiles' (OpenStreetMap's in the page's language, or
   * the `attribution` text given with `tiles`).
   */
  #drawControls(): void {
    const { map } = this;
    const { labels, tiles, attribution } = this.#opts;
    const zoom = map.getZoom();
    const credit = tiles === OSM_TILES ? labels.osmCredit(OSM_LINK) : tiles && attribution;
    const button = (name: string, label: string, sign: string, end: boolean, by: number) =>
      html`<a
        class="leaflet-control-zoom-${name} ${end ? 'leaflet-disabled' : ''}"
        href="#"
        title=${label}
        role="button"
        aria-label=${label}
        aria-disabled=${end}
        @click=${(event: MouseEvent) => {
          event.preventDefault();
          if (!end) this.#zoomBy(by * (event.shiftKey ? 3 : 1));
          // A click of the mouse hands the keyboard to the map (its arrow keys), as Leaflet's buttons do.
          if (event.screenX > 0) map.getContainer().focus();
        }}
        ><span aria-hidden="true">${sign}</span></a
      >`;
    render(
      html`<div class="leaflet-top leaflet-left">
          <div class="leaflet-control-zoom leaflet-bar leaflet-control">
            ${button('in', labels.zoomIn, '+', !(zoom < map.getMaxZoom()), 1)}${button('out', labels.zoomOut, '\u2212', !(zoom > map.getMinZoom()), -1)}
          </div>
        </div>
        <div class="leaflet-bottom leaflet-right">
          <div class="leaflet-control-attribution leaflet-control">
            <a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>${credit
              ? html` <span aria-hidden="true">|</span> ${credit}`
              : nothing}
          </div>
        </div>`,
      this.#controls,
    );
  }

  /** Zooms `by` levels from the zoom last asked for (see #wantedZoom), within the map's range. */
  #zoomBy(by: number): void {
    const { map } = this;
    const from = this.#wantedZoom ?? this.#animatingTo() ?? map.getZoom();
    const to = Math.min(Math.max(from + by, 0), map.getMaxZoom());
    // At an end nothing is asked for: a zoom kept there would pull the map back after a wheel's or a script's.
    if (to != from) map.setZoom((this.#wantedZoom = to));
  }

  /** The zoom a zoom animation under way goes to (Leaflet's own state); undefined when none is. */
  #animatingTo(): number | undefined {
    const map = this.map as LeafletWithInternals;
    return map._animatingZoom ? map._animateToZoom : undefined;
  }

  /** The zoom from which pin `index` stands alone (8 to 16), from the zoom the map is at or going to. */
  #zoomWhereAlone(index: number): number {
    const start = Math.max(Math.round(this.#animatingTo() ?? this.map.getZoom()), 8);
    for (let zoom = start; zoom <= 16; zoom++) if (this.#clusterer!.isAlone(index, zoom)) return zoom;
    return Math.max(start, 16);
  }

  /**
   * Draws the clusters and pins inside the current view: never one marker per record. The markers
   * of the last drawing are reused in order (moved, their text changed), so a new filter result or
   * a pan builds new marker elements only where a pin turns into a cluster or a cluster changes size.
   */
  #drawPins(): void {
    const active = this.#active();
    const focused = this.#drawn.findIndex(({ marker: pin }) => pin.getElement() === active);
    // What the tab stop shows (its first workshop): a pan (a popup making room) reorders the markers.
    const shown = this.#drawn[focused < 0 ? this.#tabStop : focused]?.first;
    let clusters: Cluster[] = [];
    if (this.#clusterer && this.#clusterer.size && this.#hasView) {
      const bounds = this.map.getBounds();
      const view = { west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth() };
      clusters = this.#clusterer.clusters(view, Math.round(this.map.getZoom()));
    }
    clusters.forEach((cluster, j) => {
      const latlng = latLng(cluster);
      this.#draw(j, latlng, cluster.count > 1 ? this.#clusterFace(cluster, latlng) : this.#pinFace(cluster.members[0], latlng));
    });
    for (const stale of this.#drawn.splice(clusters.length)) this.#pinLayer.removeLayer(stale.marker);
    this.#clusters = clusters;
    this.#partnerPins.makeRoom();
    const stop = clusters.findIndex((cluster) => cluster.members[0] === shown);
    if (stop >= 0) this.#tabStop = stop;
    this.#markTabStop();
    // Focus stays with what it was on, not with the marker element that now shows another workshop.
    if (focused >= 0 && this.#active() !== this.#drawn[this.#tabStop]?.marker.getElement()) this.focusPin();
  }

  #draw(j: number, latlng: LatLng, face: Face): void {
    let drawn = this.#drawn.length > j ? this.#drawn[j] : undefined;
    if (!drawn) {
      const created: DrawnMarker = (drawn = { ...face, marker: marker(latlng, { icon: face.icon(), keyboard: false, title: face.title }) });
      created.marker
        // A pin clicked becomes the tab stop, as one pressed with Enter is: Tab, or Escape from its popup, comes back to it.
        .on('click', () => ((this.#tabStop = this.#drawn.indexOf(created)), created.onClick()))
        .on('keydown', ({ originalEvent }: LeafletKeyboardEvent) => this.#onPinKey(originalEvent, created))
        .addTo(this.#pinLayer);
      this.#drawn.push(created);
      return;
    }
    const { marker: reused, look } = drawn;
    // Its look, first workshop, label and click become the new face's (a pin's and a cluster's both set
    // all four; what else comes along is not read from a drawn marker).
    Object.assign(drawn, face);
    reused.options.title = face.title;
    reused.setLatLng(latlng);
    if (look !== face.look) reused.setIcon(face.icon());
    // Leaflet writes a title only on a new element, and a div icon reuses its div.
    const element = reused.getElement()!;
    element.title = face.title;
    if (element.role) element.ariaLabel = face.label ?? face.title;
    if (face.text !== undefined) element.firstElementChild!.textContent = face.text;
  }

  #pinFace(k: number, latlng: LatLng): Face {
    const workshop = this.#pins.workshop(k);
    const selected = workshop.id === this.#selectedId;
    return {
      look: selected ? 'selected pin' : 'pin',
      first: k,
      icon: () => pinIcon(selected),
      title: workshop.title,
      // Named by its place too: a feed's titles repeat ("CS Fundamentals Intro Workshop" everywhere).
      label: [workshop.title, workshop.location?.name || workshop.location?.city].filter(Boolean).join(', '),
      onClick: () => {
        this.#selectedId = workshop.id;
        this.#opts.onPinSelect(k);
        this.#drawPins();
        this.#openWorkshop(workshop, latlng);
      },
    };
  }

  #clusterFace(cluster: Cluster, latlng: LatLng): Face {
    const { count } = cluster;
    const size = badgePx(count);
    const { lang } = this.#opts.labels;
    const text = abbreviateCount(count, lang);
    const listed = cluster.oneSpot || this.map.getZoom() >= MAX_ZOOM;
    // Named by the place of its workshop nearest its middle too: badges read one after another then differ.
    const where = this.#pins.location(cluster.centre);
    const place = (cluster.oneSpot && where?.name) || [where?.city, where?.state].filter(Boolean).join(', ');
    return {
      look: `cluster ${size}`,
      first: cluster.members[0],
      icon: () => divIcon({ className: 'pl-cluster', html: countBadge(text), iconSize: [size, size] }),
      // The exact count on hover; named by what the badge shows ("1.2k"), which speech input says (WCAG 2.5.3).
      title: this.#opts.labels.cluster(formatNumber(count, lang), listed, place),
      label: this.#opts.labels.cluster(text, listed, place),
      text,
      onClick: () => {
        const zoom = this.map.getZoom();
        if (!cluster.oneSpot && zoom < MAX_ZOOM) {
          const focused = this.#active();
          this.#refocus = this.#drawn.some(({ marker: pin }) => pin.getElement() === focused);
          const points = latLngBounds(cluster.bounds);
          const target = Math.min(MAX_ZOOM, Math.max(zoom + 1, this.map.getBoundsZoom(points, false, point(48, 48))));
          // On its points, not on its badge: the badge may stand 22 px off them, thousands at the new zoom.
          this.map.setView(points.getCenter(), target, { animate: !this.#opts.reducedMotion });
          return;
        }
        // Workshops at one venue never split: list them instead. Its tip on the badge's top edge: a
        // popup over the focused badge closes (2.4.11), as it did when a pan to fit it moved the focus.
        this.#popup({ offset: [0, -size / 2] }).setLatLng(latlng).setContent(this.#opts.groupPopup(cluster.members, cluster.count)).openOn(this.map);
      },
    };
  }
}

/** How a marker looks and acts for one pin or cluster. */
interface Face {
  /** Markers of the same look have the same element, up to `text` and `title`. */
  look: string;
  /** The first workshop it shows (its index): what a marker is, across redraws. */
  first: number;
  icon: () => DivIcon;
  title: string;
  /** The name a keyboard pin has, when it says more than `title`. */
  label?: string;
  /** A cluster's count, as its badge shows it. */
  text?: string;
  onClick: () => void;
}

interface DrawnMarker extends Omit<Face, 'icon' | 'title' | 'text'> {
  marker: Marker;
}

