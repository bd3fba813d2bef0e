/**
 * The drop-in script as partners use it: dist/pl-widgets.js added with a script tag, nothing else.
 * This file imports nothing from src/, so it tests exactly what ships (npm test builds first).
 */
import { expect } from '@open-wc/testing';
import { captureWarnings, visibleText, waitFor } from '../support/helpers.js';

const BUNDLE = '/dist/pl-widgets.js';
const TAGS = ['pl-values-accordion', 'pl-value', 'pl-provider', 'pl-pricing-card', 'pl-program-timeline', 'pl-workshop-map'];

function addScript(attrs: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    for (const [k, v] of Object.entries(attrs)) script.setAttribute(k, v);
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${attrs.src}`)));
    document.body.append(script);
  });
}

describe('dist/pl-widgets.js, the drop-in script', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  let headBefore: string[] = [];
  let globalsBefore: Set<string>;

  before(async () => {
    window.addEventListener('error', onError);
    headBefore = [...document.head.children].map((el) => el.outerHTML);
    globalsBefore = new Set(Object.getOwnPropertyNames(window));
    // Another product on the page already owns one of our tags: we must neither throw nor replace it.
    customElements.define('pl-phase', class extends HTMLElement {});
    await addScript({ src: BUNDLE, defer: '' });
  });

  after(() => window.removeEventListener('error', onError));

  it('is the script as it ships: the test server does not re-print it', async () => {
    const text = await (await fetch(BUNDLE)).text();
    expect(text.startsWith('/*! pl-widgets ')).to.equal(true);
    expect(text.split('\n')[1].startsWith('!function(){"use strict";')).to.equal(true);
    expect(text).to.not.contain('sourceMappingURL=data:');
  });

  it('defines every tag and exposes window.plWidgets with a version', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    const ns = (window as unknown as { plWidgets: { version: string; define: () => void } }).plWidgets;
    expect(ns.version).to.match(/^\d+\.\d+\.\d+/);
    expect(ns.define).to.be.a('function');
  });

  it('is plain ASCII, so a page in another encoding (ISO-8859-1) still reads its Spanish right', async () => {
    const text = await (await fetch(BUNDLE)).text();
    const first = /[^\x00-\x7f]/.exec(text);
    expect(first ? text.slice(Math.max(0, first.index - 40), first.index + 10) : '').to.equal('');
  });

  it('leaks no globals besides plWidgets and never touches window.L', () => {
    const added = Object.getOwnPropertyNames(window).filter((name) => !globalsBefore.has(name));
    expect(added).to.deep.equal(['plWidgets']);
    expect('L' in window).to.equal(false);
  });

  it('loads a second time, as a classic and as a module script, without throwing', async () => {
    const warnings = await captureWarnings(async () => {
      await addScript({ src: BUNDLE });
      await addScript({ src: `${BUNDLE}?again`, type: 'module' });
      (window as unknown as { plWidgets: { define: () => void } }).plWidgets.define();
    });
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('pl-values-accordion'))).to.deep.equal([]);
  });

  it('keeps a tag another script defined first, and says so once', async () => {
    expect(customElements.get('pl-phase')!.name).to.not.contain('Phase');
    expect(errors).to.deep.equal([]);
  });

  it('renders an element and puts no style or link into the document head', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<pl-values-accordion><pl-value heading="One">First</pl-value><pl-value heading="Two">Second</pl-value></pl-values-accordion>`;
    document.body.append(host);
    const el = host.firstElementChild!;
    await waitFor(() => !!el.shadowRoot?.querySelector('button'));
    expect(visibleText(el)).to.contain('One');
    expect([...document.head.children].map((e) => e.outerHTML)).to.deep.equal(headBefore);
    expect(document.querySelectorAll('style, link[rel="stylesheet"]').length).to.equal(0);
    host.remove();
  });

  it('never throws on hostile input', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    await captureWarnings(async () => {
      host.innerHTML = `<pl-values-accordion src="/tests/fixtures/broken.json"></pl-values-accordion>
        <pl-values-accordion><script type="application/json">{ not json</script></pl-values-accordion>`;
      const [a, b] = [...host.children];
      await waitFor(() => !!a.shadowRoot?.querySelector('[role="alert"]') && !!b.shadowRoot?.querySelector('[role="alert"]'));
      (a as unknown as { items: unknown }).items = 'not an array';
      (b as unknown as { items: unknown }).items = [null, { heading: { nested: true } }, { heading: 'ok' }];
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(errors).to.deep.equal([]);
    host.remove();
  });
});
