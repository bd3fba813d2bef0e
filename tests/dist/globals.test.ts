/**
 * "It leaks no globals besides one namespace object window.plWidgets": on a page with no Lit or
 * Leaflet of its own (the test runner's page has Lit), after every element has rendered and the
 * map has been dragged (the page's body keeps its attributes through the drag).
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { waitFor } from '../support/helpers.js';

describe('the drop-in on a page of its own', () => {
  it('adds no global but plWidgets, also after the map is used', async () => {
    const frame = await openPage('globals.html');
    const win = frame.contentWindow as Window & { namesBefore: string[] };
    const map = frame.contentDocument!.querySelector('pl-workshop-map')!;
    await waitFor(() => !!map.shadowRoot?.querySelector('.leaflet-marker-icon'), 6000, 'pins');
    // A drag: Leaflet listens on window while the pointer is down.
    const pane = map.shadowRoot!.querySelector<HTMLElement>('.leaflet-container')!;
    const box = pane.getBoundingClientRect();
    const at = (type: string, dx: number) =>
      pane.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: box.left + 100 + dx, clientY: box.top + 100, button: 0 }));
    const moved = () => (map.shadowRoot!.querySelector<HTMLElement>('.leaflet-map-pane')!.style.transform.match(/-?\d+/g) ?? []).join();
    const before0 = moved();
    at('mousedown', 0);
    at('mousemove', 20);
    await waitFor(() => moved() !== before0, 2000, 'the map dragged');
    // Nothing of the page's own changes for our drag (Leaflet marks the body while dragging).
    const bodyDuring = frame.contentDocument!.body.getAttribute('class');
    at('mouseup', 20);
    expect([bodyDuring, frame.contentDocument!.body.getAttribute('class')]).to.deep.equal([null, null]);
    const before = new Set([...win.namesBefore, 'namesBefore']);
    const added = Object.getOwnPropertyNames(win).filter((name) => !before.has(name));
    expect(added).to.deep.equal(['plWidgets']);
    // Listed like a global the page declares itself, too.
    const keys = Object.keys(win);
    expect(keys.filter((name) => !before.has(name))).to.deep.equal(['plWidgets']);
    frame.remove();
  });
});
