/**
 * A link to a value of the accordion, far down a page: the browser scrolls to the element the id
 * names (the <pl-value>, which is the panel's body) and the accordion opens it.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { waitFor } from '../support/helpers.js';

describe('a deep link to a value on a long page', () => {
  for (const [page, how] of [
    ['deep-link.html', 'a deferred script'],
    ['deep-link-sync.html', 'a plain script (the page below is parsed after the value opens)'],
  ]) {
    it(`shows the header of a value a link names by its id, not only its body (${how})`, async () => {
      const frame = await openPage(`${page}#community`);
      frame.style.height = '400px';
      const accordion = frame.contentDocument!.querySelector('pl-values-accordion')!;
      const header = () => [...accordion.shadowRoot!.querySelectorAll('button[aria-expanded]')][2];
      await waitFor(() => header()?.getAttribute('aria-expanded') === 'true', 4000, 'Community to open');
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Clear of the page's sticky header (--pl-scroll-margin: 150px), and in view.
      const top = header().getBoundingClientRect().top;
      expect(top).to.be.within(120, 300);
      frame.remove();
    });
  }
});
