/**
 * `pl-error` says why in `failure`, beside its words: the HTTP status, 'network' or 'parse', so a page
 * can act on it (log a 404, offer another link) without reading localized text.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, nextEvent } from '../support/helpers.js';

interface Detail {
  message: string;
  failure?: number | string;
  src?: string;
}

async function errorOf(markup: string, target = (box: HTMLElement) => box.firstElementChild!): Promise<Detail> {
  const box = document.createElement('div');
  box.innerHTML = markup;
  const failed = nextEvent<Detail>(target(box), 'pl-error', 6000);
  let detail!: Detail;
  await captureWarnings(async () => {
    document.body.append(box);
    detail = (await failed).detail;
  });
  box.remove();
  return detail;
}

describe('pl-error failure', () => {
  it('is the HTTP status for an address the server does not have', async () => {
    const detail = await errorOf('<pl-values-accordion src="/tests/fixtures/no-such-file.json"></pl-values-accordion>');
    expect(detail.failure).to.equal(404);
    expect(detail.message).to.contain('404');
  });

  it("is 'parse' for broken JSON, a document of the wrong shape and a web page", async () => {
    expect((await errorOf('<pl-program-timeline src="/tests/fixtures/broken.json"></pl-program-timeline>')).failure).to.equal('parse');
    expect((await errorOf('<pl-values-accordion src="/tests/fixtures/pricing.json"></pl-values-accordion>')).failure).to.equal('parse');
    expect((await errorOf('<pl-pricing-card src="/tests/fixtures/page-not-found.html"></pl-pricing-card>')).failure).to.equal('parse');
  });

  it("is 'network' when no answer comes", async () => {
    const original = window.fetch;
    window.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    try {
      expect((await errorOf('<pl-values-accordion src="/offline/values.json"></pl-values-accordion>')).failure).to.equal('network');
    } finally {
      window.fetch = original;
    }
  });

  it("comes from a provider's document and from the finder's partners too", async () => {
    const provider = await errorOf('<pl-provider src="/tests/fixtures/missing-program.json"><pl-values-accordion></pl-values-accordion></pl-provider>');
    expect(provider.failure).to.equal(404);
    expect(provider.src).to.equal('/tests/fixtures/missing-program.json');
    const partners = await errorOf('<pl-workshop-map partners-src="/tests/fixtures/broken.json"></pl-workshop-map>');
    expect(partners.failure).to.equal('parse');
  });
});
