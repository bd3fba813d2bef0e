import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { chromiumOnly } from '../support/chromium-only.js';
import { recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { mountMap, popup, root, summary } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
type Gc = (options?: { type: 'major'; execution: 'async' }) => Promise<void> | void;
/**
 * Collects garbage until `ref`'s element is gone, for up to 5 s: on a loaded machine the removed
 * map's last timers (a zoom that a press or a search started) may still run. Each collection is
 * V8's asynchronous one: it runs from a task of its own, with no stack. A collection called from
 * script scans the native stack conservatively, and any stale word on it that looks like the
 * element's address keeps the element alive (how Chromium's own leak tests call it too). A leak
 * still fails.
 */
async function collect(ref: WeakRef<object>): Promise<void> {
  const gc = (globalThis as { gc?: Gc }).gc!;
  for (let i = 0; i < 25 && ref.deref(); i++) {
    await gc({ type: 'major', execution: 'async' });
    await settle(200);
  }
  await gc({ type: 'major', execution: 'async' });
}
// Booleans, not elements: chai printing a Leaflet container on failure crashes the test browser.
const hasMap = (el: HTMLElement) => !!root(el as never).querySelector('.leaflet-map-pane');

describe('<pl-workshop-map> once removed from the page', () => {
  it('builds no new map, and sends no pl-filter-change, when a search answers after removal', async () => {
    let answer: (value: { lat: number; lng: number; label: string }) => void = () => {};
    const { el } = await mountMap({ src: SRC }, (m) => {
      m.geocoder = () => new Promise((resolve) => (answer = resolve));
    });
    void el.search('Slowville');
    await waitFor(() => /Searching/.test(summary(el)), 2000, 'the search to start');
    el.remove();
    await settle();
    expect(hasMap(el), 'map taken down on removal').to.equal(false);
    const events = recordEvents(el, 'pl-filter-change');
    answer({ lat: 33.75, lng: -84.39, label: 'Slowville' });
    await settle();
    expect(hasMap(el), 'no map rebuilt in the removed element').to.equal(false);
    expect(events.events.length, 'no pl-filter-change from a removed element').to.equal(0);
  });

  it('builds no new map after removal when its tiles had failed to load', async () => {
    // Port 9 (discard) refuses at once: the tiles fail as they do offline or behind a school filter.
    const { el } = await mountMap({ src: SRC, tiles: 'http://127.0.0.1:9/{z}/{x}/{y}.png' });
    // What a user sees (not the private state behind it, which the drop-in renames): the tiles note.
    const note = () => root(el).querySelector('.tiles-note');
    await waitFor(() => !!note() && /Map tiles unavailable/.test(visibleText(note()!)), 4000, 'the tiles-unavailable note');
    el.remove();
    await settle();
    expect(hasMap(el)).to.equal(false);
  });

  it('builds no map when it is added and removed in the same task', async () => {
    const el = document.createElement('pl-workshop-map');
    el.setAttribute('tiles', 'none');
    document.body.append(el);
    el.remove();
    await settle();
    expect(hasMap(el)).to.equal(false);
  });
});

describe('<pl-workshop-map> moved to another place in the page', () => {
  it('keeps the workshop the user opened on the map', async () => {
    const { el } = await mountMap({ src: SRC });
    root(el).querySelector<HTMLButtonElement>('[data-id="chi-2027-02-06-csf-intro"] .show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    const other = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    other.append(el);
    await el.updateComplete;
    await settle();
    expect(!!popup(el), 'the popup still open').to.equal(true);
    expect(visibleText(popup(el)!)).to.contain('Chicago');
  });

  it('leaves no listener of an old map on the map box when a new map is made in it', async () => {
    const { el } = await mountMap({ src: SRC, zoom: '4' });
    const box = root(el).querySelector<HTMLElement>('.leaflet-container')!;
    let scrollListeners = 1;
    const add = box.addEventListener.bind(box);
    const remove = box.removeEventListener.bind(box);
    box.addEventListener = (type: string, ...rest: [never, never]) => (type === 'scroll' && scrollListeners++, add(type, ...rest));
    box.removeEventListener = (type: string, ...rest: [never, never]) => (type === 'scroll' && scrollListeners--, remove(type, ...rest));
    for (const zoom of ['5', '6', '5', '6']) {
      el.setAttribute('zoom', zoom);
      await el.updateComplete;
    }
    expect(root(el).querySelector('.leaflet-container')).to.equal(box);
    expect(scrollListeners, "one map's scroll listener").to.equal(1);
  });

  // Leaflet takes a listener off by emptying its entry, under a key of each map's own: the entries
  // of every map made in the same box (each new zoom, each move in the page) would pile up.
  it('keeps no entries of old maps on the map box or the document', async () => {
    const { el } = await mountMap({ src: SRC, zoom: '4' });
    const box = root(el).querySelector<HTMLElement>('.leaflet-container')!;
    const entries = (target: object) => Object.keys((target as { _leaflet_events?: object })._leaflet_events ?? {}).length;
    // A visitor who used the map's keyboard and dragged it: the document gets listeners too.
    box.focus();
    const rect = box.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.left + 200), Math.round(rect.top + 150)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(rect.left + 260), Math.round(rect.top + 180)] });
    await sendMouse({ type: 'up' });
    el.setAttribute('zoom', '5');
    await el.updateComplete;
    const [onBox, onDocument] = [entries(box), entries(document)];
    for (const zoom of ['6', '5', '6', '5']) {
      box.blur();
      box.focus();
      el.setAttribute('zoom', zoom);
      await el.updateComplete;
    }
    expect(entries(box), 'entries on the map box').to.equal(onBox);
    expect(entries(document), 'entries on the document').to.be.at.most(onDocument);
  });
});

describe('<pl-workshop-map> removed after a search', () => {
  // Chromium only: needs gc() (--js-flags=--expose-gc), which Firefox's pages do not have.
  chromiumOnly('is released: nothing keeps the removed element alive', async function (this: Mocha.Context) {
    // The search (up to 4 s) and the collection (up to 5 s) on a loaded machine.
    this.timeout(20000);
    // CI's drop-in pass found the map still held in some runs (never here), while collections were
    // called from script (see collect): tried again, as a whole. A leak still fails every try.
    this.retries(2);
    const removed = await searchedAndRemoved(() => sendKeys({ press: 'Enter' }));
    await settle(600);
    await collect(removed);
    expect(removed.deref() === undefined, 'the removed map collected').to.equal(true);
  });

  // The Enter that ends an input method's composition is left to the form (the search box runs a
  // search on keyCode 13 itself): the form is submitted. Chromium's autofill then watches that form's
  // ancestors only up to the shadow root: the host's removal went unseen, and the next finder a
  // visitor pressed stayed in memory, with all its workshops. Chromium only: gc(), and the key sent over CDP.
  chromiumOnly("is released after a search sent by an input method's Enter (a submitted form), and so is the next finder pressed", async function (this: Mocha.Context) {
    this.timeout(20000);
    const searched = await searchedAndRemoved(() => executeServerCommand('ime-enter'));
    const pressed = await pressedAndRemoved();
    await settle(600);
    await collect(pressed);
    await collect(searched);
    expect(searched.deref() === undefined, 'the searched map collected').to.equal(true);
    expect(pressed.deref() === undefined, 'the pressed map collected').to.equal(true);
  });
});

/** A finder searched for 30303 (typed, then sent by `enter`) and removed: a weak reference to it. */
async function searchedAndRemoved(enter: () => Promise<unknown>): Promise<WeakRef<HTMLElement>> {
  const { el } = await mountMap({ src: SRC });
  root(el).querySelector<HTMLInputElement>('#near')!.focus();
  await sendKeys({ type: '30303' });
  await enter();
  await waitFor(() => /30303/.test(summary(el)), 4000, 'the search result');
  el.remove();
  return new WeakRef(el);
}

describe('<pl-workshop-map> removed after a visitor pressed its map with a mouse', () => {
  // Leaflet keeps the last element pressed (to give its focus outline back on the next key press):
  // on a touch screen, or until someone types, the removed map stayed in memory with its workshops.
  // Chromium only: needs gc() (--js-flags=--expose-gc), which Firefox's pages do not have.
  chromiumOnly('is released, and the map box has its outline back', async function (this: Mocha.Context) {
    this.timeout(20000);
    let outline = '';
    const removed = await pressedAndRemoved((box) => (outline = box.style.outlineStyle));
    await collect(removed);
    expect(outline, "the map box's outline").to.equal('');
    expect(removed.deref() === undefined, 'the removed map collected').to.equal(true);
  });
});

/** A finder whose map was pressed with a mouse, then removed: a weak reference to it. `removed` reads its map box after. */
async function pressedAndRemoved(removed?: (box: HTMLElement) => void): Promise<WeakRef<HTMLElement>> {
  const { el } = await mountMap({ src: SRC });
  const box = root(el).querySelector<HTMLElement>('.leaflet-container')!;
  const rect = box.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(rect.left + 200), Math.round(rect.top + 150)] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
  el.remove();
  await settle(300);
  removed?.(box);
  return new WeakRef(el);
}
