/**
 * Names as the browser computes them for assistive technology (its accessibility tree), where a
 * hidden separator out of the line's flow gets a space before it ("Phase 1 : Online course").
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/index.js';
import { describeChromiumOnly } from '../support/chromium-only.js';
import { mountMap, root, searchFor } from '../workshop-map/helpers.js';

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}
const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];

// The accessibility tree is read through Chromium's DevTools protocol.
describeChromiumOnly('accessible names', () => {
  it('names a phase "Phase 1: Online course", with no space before the colon', async () => {
    await fixture(
      html`<pl-program-timeline heading="Program"><pl-phase name="Phase 1" title="Online course"></pl-phase><pl-phase name="Phase 2" title="Summer workshop"></pl-phase></pl-program-timeline>`,
    );
    const nodes = all((await a11ySnapshot({})) as unknown as AxNode);
    const names = nodes.filter((n) => n.role === 'heading' && n.name.startsWith('Phase')).map((n) => n.name);
    expect(names).to.deep.equal(['Phase 1: Online course', 'Phase 2: Summer workshop']);
  });

  it("names a partner's website link \"Website: partner (opens in a new tab)\", its text \"Website\"", async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json' }, (m) => {
      m.partners = [{ id: 'wy', name: 'Wyoming CS Partners', url: 'https://example.org/wy', states: ['WY'] }];
    });
    await searchFor(el, 'Wyoming');
    const link = root(el).querySelector<HTMLAnchorElement>('[part="fallback"] .contact a[target="_blank"]')!;
    const nodes = all((await a11ySnapshot({})) as unknown as AxNode);
    expect(nodes.find((n) => n.role === 'link' && n.name.startsWith('Website'))?.name).to.equal('Website: Wyoming CS Partners (opens in a new tab)');
    expect(link.textContent).to.equal('Website');
  });
});
