/** Data that throws when it is read (a Proxy, a getter) is unreadable data, not a broken page. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, nextEvent, waitFor } from '../support/helpers.js';

const throwing = () =>
  new Proxy([], {
    get() {
      throw new Error('this object refuses to be read');
    },
  });

describe('data that throws when read', () => {
  for (const [tag, property] of [
    ['pl-workshop-map', 'workshops'],
    ['pl-values-accordion', 'items'],
    ['pl-program-timeline', 'phases'],
  ] as const) {
    it(`${tag} shows the error and fires pl-error instead of throwing`, async () => {
      const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };
      el.setAttribute('tiles', 'none');
      document.body.append(el);
      await el.updateComplete;
      const failed = nextEvent<{ message: string }>(el, 'pl-error');
      await captureWarnings(async () => {
        el[property] = throwing();
        await el.updateComplete;
        expect((await failed).detail.message).to.contain('could not be read');
      });
      await waitFor(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 2000, 'the alert');
      // It recovers with good data.
      el[property] = [];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      el.remove();
    });
  }
});

describe('NaN given as data', () => {
  for (const [tag, property] of [
    ['pl-workshop-map', 'workshops'],
    ['pl-values-accordion', 'items'],
    ['pl-program-timeline', 'phases'],
  ] as const) {
    // NaN is not equal to itself: read as new data at every update, it was checked, refused and
    // asked for again without end, and the page froze.
    it(`${tag} says once that it cannot read it, and the page goes on`, async () => {
      const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };
      el.setAttribute('tiles', 'none');
      document.body.append(el);
      await el.updateComplete;
      let errors = 0;
      el.addEventListener('pl-error', () => errors++);
      const warnings = await captureWarnings(async () => {
        el[property] = NaN;
        await new Promise((resolve) => setTimeout(resolve, 200));
      });
      expect(warnings.length, warnings.slice(0, 3).join('\n')).to.equal(1);
      expect(warnings[0]).to.contain('could not be read');
      expect(errors, 'pl-error events').to.equal(1);
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the alert').to.exist;
      el.remove();
    });
  }
});
