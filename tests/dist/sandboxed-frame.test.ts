/**
 * A page shown in a frame sandboxed without `allow-forms`, as WordPress's block editor previews a
 * Custom HTML block: the browser blocks every form submission there, and fires no submit event.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../support/helpers.js';

describe('the drop-in in a frame sandboxed without allow-forms', () => {
  it('searches on Enter and on the Search button', async () => {
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts', 'allow-same-origin');
    frame.style.width = '900px';
    frame.style.height = '700px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/fixtures/pages/finder.html';
    document.body.append(frame);
    try {
      await loaded;
      const map = frame.contentDocument!.getElementById('map')!;
      const root = () => map.shadowRoot!;
      const summary = () => root()?.querySelector('[part="summary"]')?.textContent?.trim() ?? '';
      await waitFor(() => /\d+ workshops?/.test(summary()), 5000, 'the workshops');
      const input = root().querySelector<HTMLInputElement>('[part="search"] input')!;
      input.focus();
      await sendKeys({ type: '30303' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => summary().includes('30303'), 5000, 'the search that Enter started');
      const byEnter = summary();
      input.select();
      await sendKeys({ type: '99501' });
      root().querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!.click();
      await waitFor(() => summary().includes('99501'), 5000, 'the search that Search started');
      expect(byEnter).to.match(/within 50 mi of .*30303/);
      // The search ran in the page: no form was sent (which would have reloaded it with ?near=).
      expect(frame.contentWindow!.location.search).to.equal('');
    } finally {
      frame.remove();
    }
  });
});
