/**
 * Edges of <pl-provider> found by a mutation audit: nested providers that set only some settings,
 * inline documents edited in place, documents written as a program alone, the schema's limits, and
 * how problems are listed on the console.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider.js';
import '../../src/values-accordion.js';
import type { PlProvider, ProgramLoadDetail } from '../../src/provider.js';
import type { PlValuesAccordion } from '../../src/values-accordion.js';
import { captureWarnings, nextEvent, recordEvents, waitFor } from '../support/helpers.js';
import { headings } from '../values-accordion/helpers.js';


/** A provider whose only content is an inline document (and an accordion), and the issues of its first load. */
async function inlineDocument(json: string): Promise<{ provider: PlProvider; accordion: PlValuesAccordion; issues: string[] }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const loaded = nextEvent<ProgramLoadDetail>(container, 'pl-program-load');
  container.innerHTML = `<pl-provider><script type="application/json">${json}</script><pl-values-accordion></pl-values-accordion></pl-provider>`;
  const { issues } = (await loaded).detail;
  const accordion = container.querySelector<PlValuesAccordion>('pl-values-accordion')!;
  await accordion.updateComplete;
  return { provider: container.querySelector<PlProvider>('pl-provider')!, accordion, issues };
}

describe('<pl-provider> nested in another', () => {
  it("shares its own tiles over the outer provider's", async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <pl-provider id="outer" tiles="https://tiles.example/{z}/{x}/{y}.png"><pl-provider id="inner" tiles="none"></pl-provider></pl-provider>
    </div>`);
    const inner = box.querySelector<PlProvider>('#inner')!;
    await inner.updateComplete;
    expect(inner.settings.tiles).to.equal('none');
    inner.removeAttribute('tiles');
    await inner.updateComplete;
    expect(inner.settings.tiles).to.equal('https://tiles.example/{z}/{x}/{y}.png');
  });

  it("passes on the outer provider's workshops and partners when it sets only its program", async () => {
    const box = await fixture<HTMLDivElement>(html`<div><pl-provider id="outer"><pl-provider id="inner"></pl-provider></pl-provider></div>`);
    const outer = box.querySelector<PlProvider>('#outer')!;
    const inner = box.querySelector<PlProvider>('#inner')!;
    const partners = [{ id: 'p1', name: 'Outer partner', states: ['GA'] }];
    const workshops = [{ id: 'w1', title: 'Outer workshop', course: 'csp', virtual: true, sessions: [{ start: '2026-11-17T18:00:00-05:00' }] }];
    outer.partners = partners;
    outer.workshops = workshops;
    inner.program = { values: [{ heading: 'Inner value' }] };
    await outer.updateComplete;
    await inner.updateComplete;
    expect(inner.settings.partners).to.deep.equal(partners);
    expect(inner.settings.workshops).to.deep.equal(workshops);
    expect(inner.settings.program!.values).to.deep.equal([{ heading: 'Inner value' }]);
  });
});

describe('<pl-provider> inline documents', () => {
  it("reads its inline document again when the script's text is edited in place", async () => {
    const { accordion, provider } = await inlineDocument('{"program":{"values":[{"heading":"Before"}]}}');
    expect(headings(accordion)).to.deep.equal(['Before']);
    const loaded = nextEvent<ProgramLoadDetail>(provider, 'pl-program-load');
    (provider.querySelector('script')!.firstChild as Text).data = '{"program":{"values":[{"heading":"After"}]}}';
    expect((await loaded).detail.document.program!.values![0].heading).to.equal('After');
    await waitFor(() => headings(accordion).join() === 'After', 2000, 'the edited document');
  });

  it('reads a document of values alone ({ "values": [...] }, as an accordion\'s own src takes it) as its program', async () => {
    const { accordion, issues } = await inlineDocument('{"values":[{"id":"alone","heading":"Alone"}]}');
    expect(issues).to.deep.equal([]);
    expect(headings(accordion)).to.deep.equal(['Alone']);
  });

  it('announces only the document it shares when src is set just after a reload() of its inline document', async () => {
    const { provider, accordion } = await inlineDocument('{"program":{"values":[{"heading":"Inline value"}]}}');
    const loads = recordEvents<ProgramLoadDetail>(provider, 'pl-program-load');
    provider.reload();
    provider.src = '/tests/fixtures/program-other.json';
    await waitFor(() => headings(accordion).join() === 'Other document value', 4000, 'the src document');
    await new Promise((resolve) => setTimeout(resolve, 100));
    loads.stop();
    expect(loads.events.map((event) => event.detail.document.program!.values![0].heading)).to.deep.equal(['Other document value']);
  });
});

describe('<pl-provider> the schema\'s limits', () => {
  it('takes a discount of 100 percent (everything off) as valid', async () => {
    const { issues } = await inlineDocument('{"program":{"pricing":{"value":300,"discounts":[{"min":1,"percent":100},{"min":1000000,"percent":50}]}}}');
    expect(issues).to.deep.equal([]);
  });

  it('flags a phase date whose time does not exist (25:00) as not a date', async () => {
    let issues: string[] = [];
    // The provider says so on the console too.
    await captureWarnings(async () => {
      ({ issues } = await inlineDocument('{"program":{"phases":[{"name":"Phase 1","start":"2026-06-12T25:00","end":"2026-06-12T16:00"}]}}'));
    });
    expect(issues).to.deep.equal(['program.phases[0].start: not a date (YYYY-MM-DD)']);
  });
});

describe('<pl-provider> problems on the console', () => {
  async function warningFor(count: number): Promise<string> {
    const box = await fixture<HTMLDivElement>(html`<div><pl-provider></pl-provider></div>`);
    const provider = box.querySelector<PlProvider>('pl-provider')!;
    const warnings = await captureWarnings(async () => {
      provider.program = { values: Array.from({ length: count }, () => ({ body: 'No heading.' })) as never };
      await provider.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(warnings).to.have.length(1);
    return warnings[0];
  }

  it('lists 20 problems in full with no "… and 0 more", and counts those past 20', async () => {
    const twenty = await warningFor(20);
    expect(twenty).to.contain('20 problems:');
    expect(twenty).to.contain('program.values[19].heading: required');
    expect(twenty).not.to.contain('more');
    const more = await warningFor(22);
    expect(more).to.contain('program.values[19].heading: required');
    expect(more).not.to.contain('program.values[20]');
    expect(more).to.contain('… and 2 more');
  });
});
