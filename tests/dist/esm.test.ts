/**
 * The npm ESM build (dist/esm, made by `npm run build`) as a developer's bundler sees it: each
 * entry imported on its own registers its tags and renders. Nothing here comes from src/.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { visibleText, waitFor } from '../support/helpers.js';

const ENTRIES: Record<string, string[]> = {
  'values-accordion': ['pl-values-accordion', 'pl-value'],
  'program-timeline': ['pl-program-timeline', 'pl-phase'],
  'pricing-card': ['pl-pricing-card'],
  provider: ['pl-provider'],
  'workshop-map': ['pl-workshop-map'],
  index: ['pl-values-accordion', 'pl-program-timeline', 'pl-pricing-card', 'pl-provider', 'pl-workshop-map'],
};

describe('dist/esm, the npm build', () => {
  for (const [entry, tags] of Object.entries(ENTRIES)) {
    it(`${entry}.js defines ${tags.join(', ')}`, async () => {
      await import(/* @vite-ignore */ `/dist/esm/${entry}.js`);
      for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
    });
  }

  it('renders an accordion whose templates were minified at build time', async () => {
    // @ts-expect-error: the built file, served from the site's root: neither tsc nor the sources know it.
    await import(/* @vite-ignore */ '/dist/esm/values-accordion.js');
    const el = await fixture(html`<pl-values-accordion>
      <pl-value heading="Equity first">Every teacher, every school.</pl-value>
      <pl-value heading="Teachers lead">Classroom teachers facilitate.</pl-value>
    </pl-values-accordion>`);
    await waitFor(() => !!el.shadowRoot?.querySelector('button'), 4000, 'the headers');
    const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => visibleText(b));
    expect(buttons.join(' | ')).to.contain('Equity first');
    expect(buttons.join(' | ')).to.contain('Teachers lead');
  });
});
