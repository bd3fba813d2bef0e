/** A widget whose data failed, printed: the message stays, its Retry button does not. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { describeChromiumOnly } from '../support/chromium-only.js';
import { captureWarnings, waitFor } from '../support/helpers.js';

// Print media is emulated through Chromium's DevTools protocol.
describeChromiumOnly('a failed load, printed', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the error message without its Retry button, in every element', async () => {
    for (const tag of ['pl-values-accordion', 'pl-program-timeline', 'pl-pricing-card', 'pl-workshop-map']) {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('src', '/tests/fixtures/does-not-exist.json');
      if (tag === 'pl-workshop-map') el.setAttribute('tiles', 'none');
      await captureWarnings(async () => {
        container.append(el);
        await waitFor(() => !!el.shadowRoot?.querySelector('[role="alert"] button'), 4000, `${tag}: the alert`);
      });
      const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
      const retry = alert.querySelector('button')!;
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(retry).display, `${tag} on screen`).not.to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(retry).display, `${tag} printed`).to.equal('none');
      expect(alert.querySelector('p')!.getBoundingClientRect().height, `${tag}: the message printed`).to.be.above(0);
      container.remove();
    }
  });
});
