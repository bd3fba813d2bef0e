/**
 * Values marked open in the markup, with the drop-in as partners load it (deferred, or a plain script
 * while the page is parsed): each element upgrades in its own order, and the initial states still hold.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { waitFor } from '../support/helpers.js';

describe('values marked open, from the drop-in', () => {
  for (const mode of ['defer', 'sync']) {
    it(`opens all with multiple, the first without it, and says so once each (${mode} script)`, async () => {
      const frame = await openPage(`open-values-${mode}.html`);
      const doc = frame.contentDocument!;
      const expanded = (id: string) =>
        [...doc.getElementById(id)!.shadowRoot!.querySelectorAll('button[aria-expanded]')].map((b) => (b.getAttribute('aria-expanded') === 'true' ? 'O' : '-')).join('');
      await waitFor(() => expanded('json').length === 3, 4000, 'the values to render');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const win = frame.contentWindow as unknown as { recorded: { toggles: string[] } };
      const stillOpen = [...doc.querySelectorAll('#all > pl-value')].filter((v) => v.hasAttribute('open')).length;
      expect({
        all: expanded('all'),
        one: expanded('one'),
        json: expanded('json'),
        stillOpen,
        toggles: win.recorded.toggles,
      }).to.deep.equal({
        all: 'OOOOO',
        one: '-O--',
        json: 'O--',
        stillOpen: 5,
        toggles: ['all equity:true', 'all community:true', 'all curiosity:true', 'all courage:true', 'all joy:true', 'one two:true', 'json one:true'],
      });
      frame.remove();
    });
  }
});
