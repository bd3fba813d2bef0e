/**
 * "It leaks no globals besides one namespace object window.plWidgets": on a page with no Lit or
 * Leaflet of its own (the test runner's page has Lit), after every element has rendered and the
 * map has been dragged.
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
    at('mousedown', 0);
    at('mousemove', 20);
    at('mouseup', 20);
    const before = new Set([...win.namesBefore, 'namesBefore']);
    const added = Object.getOwnPropertyNames(win).filter((name) => !before.has(name));
    expect(added).to.deep.equal(['plWidgets']);
    // Listed like a global the page declares itself, too.
    const keys = Object.keys(win);
    expect(keys.filter((name) => !before.has(name))).to.deep.equal(['plWidgets']);
    frame.remove();
  });
});
