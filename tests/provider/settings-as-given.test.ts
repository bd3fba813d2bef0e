/** The provider given settings as scripts and pages give them: other types, moves, inline documents that come and go. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider.js';
import '../../src/values-accordion.js';
import '../../src/workshop-map.js';
import type { PlProvider } from '../../src/provider.js';
import type { PlValuesAccordion } from '../../src/values-accordion.js';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { nextEvent, waitFor } from '../support/helpers.js';
import { headings } from '../values-accordion/helpers.js';


describe('<pl-provider> settings as given', () => {
  it('takes lang, tiles and src given as numbers without an error, and goes on sharing', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const box = await fixture<HTMLDivElement>(html`<div><pl-provider><pl-values-accordion></pl-values-accordion></pl-provider></div>`);
      const provider = box.querySelector<PlProvider>('pl-provider')!;
      const accordion = box.querySelector<PlValuesAccordion>('pl-values-accordion')!;
      Object.assign(provider, { lang: 5, tiles: 5 });
      await provider.updateComplete;
      provider.program = { values: [{ id: 'a', heading: 'Shared after', body: 'Text.' }] };
      await waitFor(() => headings(accordion).length === 1, 2000, 'the value');
      expect(headings(accordion)).to.deep.equal(['Shared after']);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('lets go of an enclosing provider\'s settings when it is moved out of it', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <pl-provider id="outer" tiles="none" lang="es"><pl-provider id="inner"></pl-provider></pl-provider>
      <div id="elsewhere"></div>
    </div>`);
    const inner = box.querySelector<PlProvider>('#inner')!;
    await inner.updateComplete;
    expect(inner.settings.tiles).to.equal('none');
    box.querySelector('#elsewhere')!.append(inner);
    await inner.updateComplete;
    expect(inner.settings.tiles).to.equal(undefined);
  });

  it('shares its inline document again when src is removed, and stops when the script is removed', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><pl-provider src="/tests/fixtures/program.json"><script type="application/json">{"program":{"values":[{"id":"inline","heading":"Inline value","body":"Text."}]}}</script><pl-values-accordion></pl-values-accordion></pl-provider></div>`);
    const provider = box.querySelector<PlProvider>('pl-provider')!;
    const accordion = box.querySelector<PlValuesAccordion>('pl-values-accordion')!;
    await waitFor(() => headings(accordion)[0] === 'Document: teachers are the experts', 3000, 'the src document');
    provider.removeAttribute('src');
    await waitFor(() => headings(accordion).join() === 'Inline value', 3000, 'the inline document');
    provider.querySelector('script')!.remove();
    await waitFor(() => headings(accordion).length === 0, 3000, 'nothing shared');
  });

  it('hands out copies of its issues, which the page cannot change', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><pl-provider></pl-provider></div>`);
    const provider = box.querySelector<PlProvider>('pl-provider')!;
    (provider.issues as string[]).push('from the page');
    expect(provider.issues).to.deep.equal([]);
    expect(Object.isFrozen(provider.settings)).to.equal(true);
  });
});

describe('<pl-workshop-map> inside a provider', () => {
  it('reads the provider\'s workshops as "pl" records, whatever format its own src would be in', async () => {
    const box = document.createElement('div');
    box.innerHTML = '<pl-provider src="/tests/fixtures/program.json"><pl-workshop-map format="geojson" tiles="none" today="2026-11-23"></pl-workshop-map></pl-provider>';
    const map = box.querySelector<PlWorkshopMap>('pl-workshop-map')!;
    const loaded = nextEvent<{ count: number; skipped: number }>(map, 'pl-data-load', 6000);
    document.body.append(box);
    try {
      const { detail } = await loaded;
      expect(detail.skipped).to.equal(0);
      expect(detail.count).to.be.above(0);
    } finally {
      box.remove();
    }
  });
});
