/**
 * A page's own fetch wrapper, or a test's stub, may answer with less than a Response: an object with
 * `ok` and `json()` only, or `text()` without `ok`. The elements read what it gives.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { nextEvent, visibleText } from '../support/helpers.js';

const VALUES = [
  { id: 'equity', heading: 'Equity', body: 'Every student.' },
  { id: 'community', heading: 'Community', body: 'Teachers together.' },
];

type Stub = (url: string) => unknown;

/** Mounts an accordion whose `src` the stub answers, and waits for its load event. */
async function accordionFetchedBy(stub: Stub) {
  const original = window.fetch;
  window.fetch = (async (input: RequestInfo | URL) => stub(String(input))) as typeof fetch;
  const el = document.createElement('pl-values-accordion');
  try {
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load', 4000);
    el.setAttribute('src', '/stubbed/values.json');
    document.body.append(el);
    return { el, detail: (await loaded).detail };
  } finally {
    window.fetch = original;
  }
}

const headings = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="header"]')].map((header) => visibleText(header));

describe('data fetched through a stub that is not a Response', () => {
  it('reads an answer with only ok and json()', async () => {
    const { el, detail } = await accordionFetchedBy(() => ({ ok: true, status: 200, json: async () => VALUES }));
    expect(detail).to.deep.equal({ count: 2, skipped: 0 });
    expect(headings(el)).to.deep.equal(['Equity', 'Community']);
    el.remove();
  });

  it('reads an answer with only text(), and no ok', async () => {
    const { el, detail } = await accordionFetchedBy(() => ({ text: async () => JSON.stringify(VALUES) }));
    expect(detail).to.deep.equal({ count: 2, skipped: 0 });
    expect(headings(el)).to.deep.equal(['Equity', 'Community']);
    el.remove();
  });

  it('still shows the error of a stub that answers ok: false', async () => {
    const original = window.fetch;
    window.fetch = (async () => ({ ok: false, status: 404, json: async () => ({}) })) as unknown as typeof fetch;
    const el = document.createElement('pl-values-accordion');
    try {
      const failed = nextEvent<{ message: string }>(el, 'pl-error', 4000);
      el.setAttribute('src', '/stubbed/missing.json');
      document.body.append(el);
      expect((await failed).detail.message).to.contain('HTTP 404');
      await el.updateComplete;
      expect(visibleText(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('404');
    } finally {
      window.fetch = original;
      el.remove();
    }
  });
});
