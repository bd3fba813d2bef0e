import { divIcon, layerGroup, marker, popup, type LayerGroup, type LeafletEvent, type LeafletKeyboardEvent, type Map as LeafletMap, type Marker, type Popup } from './leaflet.js';
import type { MapViewOptions } from './map-view.js';
import { partnerGraphic } from './marker-graphics.js';
import { popupSize } from './popup-size.js';
import { rovingStep } from './roving-step.js';
import { sameItems } from './same-items.js';
import type { Partner } from './types.js';

/** Partner pins drawn at once (those in view); see draw. */
const MAX_PARTNER_PINS = 200;

/** What a marker covers on the map, as a circle in layer pixels: [x, y, radius]. */
export type Reach = [number, number, number];

/** A diamond's reach from its centre, a pixel of room included. */
const DIAMOND = 12;

const partnerIcon = () => divIcon({ className: 'pl-partner-pin', html: partnerGraphic(), iconSize: [24, 24], popupAnchor: [0, -10] });

/**
 * The pins of partners looking for host sites, on a layer of their own (MapView puts it on the map).
 * Partner pins are a tab stop of their own in every view (nothing else lists them): one pin in
 * view is in the tab order, arrow keys move among those in view, Enter or Space opens its popup.
 */
export class PartnerPins {
  readonly layer: LayerGroup;
  readonly #map: LeafletMap;
  readonly #opts: Pick<MapViewOptions, 'labels' | 'partnerPopup'>;
  /** Whether the map has a view yet (it has no bounds before). */
  readonly #hasView: () => boolean;
  #partners: Partner[] = [];
  /** The partners with a place, the ones that can have a pin. */
  #pinned: Partner[] = [];
  readonly #markers = new Map<Partner, Marker>();
  /** The partner whose pin is in the tab order (one in view). */
  #stop?: Partner;
  /** The partner pin whose popup opened last (undefined once a workshop's has). */
  #shown?: Marker;

  /** What the workshop markers drawn now cover (MapView's). */
  readonly #workshopReach: () => Reach[];

  /** `options` is the map's own: its labels change with the language. */
  constructor(map: LeafletMap, options: Pick<MapViewOptions, 'labels' | 'partnerPopup'>, hasView: () => boolean, workshopReach: () => Reach[]) {
    this.layer = layerGroup();
    this.#map = map;
    this.#opts = options;
    this.#hasView = hasView;
    this.#workshopReach = workshopReach;
    // A partner pin's own popupopen comes next and sets it again.
    map.on('popupopen', () => (this.#shown = undefined));
  }

  /** Partners looking for host sites, as their own pins. */
  setPartners(partners: Partner[]): void {
    if (sameItems(partners, this.#partners)) return;
    // New partner data (the same file loaded again) keeps the tab stop, and focus, on the same partner.
    const stop = this.#stop;
    const root = this.#map.getContainer().getRootNode() as Document | ShadowRoot;
    const hadFocus = !!stop && this.#markers.get(stop)?.getElement() === root.activeElement;
    this.#stop = partners.find((partner) => partner.id === stop?.id);
    this.#partners = partners;
    this.#pinned = partners.filter((partner) => partner.location);
    this.layer.clearLayers();
    this.#markers.clear();
    this.draw();
    this.makeRoom();
    if (hadFocus) this.#markers.get(this.#stop!)?.getElement()?.focus();
  }

  /**
   * Every partner pin when there are at most MAX_PARTNER_PINS (a partners file is normally short);
   * beyond that, the ones inside the view, up to that many, so a file of thousands never puts
   * thousands of markers on the page (zooming in shows the rest). A pin that stays keeps its marker,
   * so its open popup stays open. Where they stand beside the workshop markers is makeRoom's.
   */
  draw(): void {
    const located = this.#pinned;
    let wanted = new Set(located);
    if (located.length > MAX_PARTNER_PINS) {
      // The pin in the tab order stays: it may have focus.
      wanted = new Set(this.#stop && located.includes(this.#stop) ? [this.#stop] : []);
      const view = this.#hasView() ? this.#map.getBounds().pad(0.1) : undefined;
      for (const partner of located) {
        if (!view || wanted.size === MAX_PARTNER_PINS) break;
        if (view.contains(partner.location!)) wanted.add(partner);
      }
    }
    for (const [partner, pin] of this.#markers) {
      if (wanted.has(partner)) continue;
      this.layer.removeLayer(pin);
      this.#markers.delete(partner);
    }
    for (const partner of wanted) {
      if (this.#markers.has(partner)) continue;
      // Below the workshop pins, which stay clickable where the two overlap (focused, one comes up).
      // A pin that takes focus does not move the map: the keyboard reaches only the pins in view.
      const card = popup();
      const pin: Marker = marker(partner.location!, { icon: partnerIcon(), keyboard: false, autoPanOnFocus: false, title: partner.name, zIndexOffset: -1000 })
        // Clear of the zoom buttons and sized as the workshops' popups are, for the map's size at
        // each opening (Leaflet reads the size after the content).
        .bindPopup(card.setContent(() => (Object.assign(card.options, popupSize(this.#map)), this.#opts.partnerPopup(partner))))
        // Before the map has a view, Leaflet makes the pin's element later, when it adds the pin.
        .on('add', ({ target }: LeafletEvent) => this.#markPin(partner, target as Marker))
        .on('popupopen', () => (this.#shown = pin))
        .on('keydown', ({ originalEvent }: LeafletKeyboardEvent) => this.#onKey(originalEvent, partner, card))
        .addTo(this.layer);
      this.#markers.set(partner, pin);
    }
    this.markTabStop();
  }

  /**
   * A diamond half under a workshop marker or more (a city's cluster badge) would show only a
   * corner: it stands just beside that marker instead, on the side its place is or the nearest free
   * side, and its popup points at it there. Zooming in, as clusters split, brings it back home.
   */
  makeRoom(): void {
    if (!this.#markers.size || !this.#hasView()) return;
    // The workshop markers (a new array each time), then each diamond as it is placed.
    const taken = this.#workshopReach();
    // Half a pixel of leeway: a place beside a marker is exactly r + DIAMOND from it, which rounding
    // may put a hair inside (all eight places were then taken, and the diamond stayed under a badge).
    const free = ([x, y]: number[]) => !taken.some(([cx, cy, r]) => Math.hypot(x - cx, y - cy) < r + DIAMOND - 0.5);
    for (const pin of this.#markers.values()) {
      const { x, y } = this.#map.latLngToLayerPoint(pin.getLatLng());
      // A marker, or a diamond already placed (the Dakotas' overlap at a country's zoom).
      const cover = taken.find(([cx, cy, r]) => Math.hypot(x - cx, y - cy) < r + DIAMOND / 2);
      let to = [x, y];
      if (cover) {
        const [cx, cy, r] = cover;
        const side = Math.atan2(y - cy, x - cx);
        // Eight places around the marker, nearest its own side first (turns of an eighth); where
        // markers and diamonds crowd them, eight a little farther out, then farther again.
        const beside = [1, 2, 3].flatMap((ring) =>
          [0, 1, -1, 2, -2, 3, -3, 4].map((turn) => {
            const angle = side + (turn * Math.PI) / 4;
            return [cx + Math.cos(angle) * (r + ring * DIAMOND), cy + Math.sin(angle) * (r + ring * DIAMOND)];
          }),
        );
        to = beside.find(free) ?? beside[0];
      }
      const [dx, dy] = [to[0] - x, to[1] - y];
      taken.push([to[0], to[1], DIAMOND]);
      const element = pin.getElement();
      if (element) element.style.translate = dx || dy ? `${dx}px ${dy}px` : '';
      pin.options.icon!.options.popupAnchor = [dx, dy - 10];
    }
  }

  /** Focuses the partner pin whose popup was the last to open; false when a workshop's was. */
  focusPin(): boolean {
    const element = this.#shown?.getElement();
    element?.focus();
    return !!element;
  }

  /** The partners whose pins are in view, in the partners' order. */
  #inView(): Partner[] {
    const view = this.#hasView() ? this.#map.getBounds() : undefined;
    return [...this.#markers.keys()].filter((partner) => view?.contains(partner.location!));
  }

  /** Gives the tab stop to a pin in view (the same one while it stays in view); also renames the pins in a new language. */
  markTabStop(): void {
    const inView = this.#inView();
    this.#stop = inView.includes(this.#stop!) ? this.#stop : inView[0];
    for (const [partner, pin] of this.#markers) this.#markPin(partner, pin);
  }

  #markPin(partner: Partner, pin: Marker): void {
    const element = pin.getElement();
    if (!element) return;
    element.tabIndex = partner === this.#stop ? 0 : -1;
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', `${partner.name}, ${this.#opts.labels.legendSeeking}`);
  }

  #onKey(event: KeyboardEvent, partner: Partner, card: Popup): void {
    const box = card.getElement();
    // Tab goes from the pin into the popup it opened and Shift+Tab back, as for a workshop pin: the
    // page's order has the workshop pins between the two.
    if (event.key === 'Tab' && !event.shiftKey && box?.isConnected) {
      const first = box.querySelector<HTMLElement>('a,button')!;
      const pin = event.target as HTMLElement;
      event.preventDefault();
      first.focus();
      // A block, not an expression: a handler property that returns false cancels the key (Tab stayed put).
      first.onkeydown = (back) => {
        if (back.key === 'Tab' && back.shiftKey) back.preventDefault(), pin.focus();
      };
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return void this.#markers.get(partner)?.openPopup();
    }
    const inView = this.#inView();
    const next = rovingStep(event.key, inView.indexOf(partner), inView.length);
    if (next === undefined) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // The last pin's popup would cover the pins near it, the one focus goes to among them.
    this.#map.closePopup();
    this.#stop = inView[next];
    this.markTabStop();
    this.#markers.get(inView[next])?.getElement()?.focus();
  }
}
