import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider.js';
import '../../src/values-accordion.js';
import '../../src/program-timeline.js';
import '../../src/pricing-card.js';
import { PlProvider, type ProgramLoadDetail } from '../../src/provider.js';
import type { PlValuesAccordion } from '../../src/values-accordion.js';
import { captureWarnings, flakyUrl, nextEvent, recordEvents, visibleText, waitFor } from '../support/helpers.js';
import './probe.js';
import { headings } from '../values-accordion/helpers.js';

const toolbarText = (el: PlValuesAccordion) => visibleText(el.shadowRoot!.querySelector('[part="controls"]')!);

const DOC_HEADINGS = ['Document: teachers are the experts', 'Document: equity'];

/** Mounts markup the way a partner's page has it, and waits for every element to render. */
async function mount(markup: string): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = markup;
  await settle(container);
  return container;
}

async function settle(root: ParentNode): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const elements = [...root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

/** Mounts markup holding a provider with `src` and waits until its document is shared. */
async function mountLoaded(markup: string): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const loaded = nextEvent<ProgramLoadDetail>(container, 'pl-program-load');
  container.innerHTML = markup;
  await loaded;
  await settle(container);
  return container;
}

const q = <K extends keyof HTMLElementTagNameMap>(root: ParentNode, selector: K | string) =>
  root.querySelector(selector) as HTMLElementTagNameMap[K & keyof HTMLElementTagNameMap];

describe('<pl-provider> shares a program document', () => {
  it('renders nothing of its own and gives its program values to an accordion inside', async () => {
    const root = await mountLoaded(`<pl-provider src="/tests/fixtures/program.json">
        <section><pl-values-accordion></pl-values-accordion></section>
      </pl-provider>`);
    const provider = q<'pl-provider'>(root, 'pl-provider');
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect([...provider.shadowRoot!.children].map((child) => child.localName)).to.deep.equal(['slot']);
    const accordion = q<'pl-values-accordion'>(root, 'pl-values-accordion');
    expect(headings(accordion)).to.deep.equal(DOC_HEADINGS);
    await expect(accordion).to.be.accessible();
  });

  it('shares every part of the document, and its own settings, with any consumer (even another copy of the library)', async () => {
    const root = await mountLoaded(`<pl-provider src="/tests/fixtures/program.json" tiles="none" lang="es">
        <test-provider-probe></test-provider-probe>
      </pl-provider>`);
    const provided = q<'test-provider-probe'>(root, 'test-provider-probe').provided!;
    expect(provided.lang).to.equal('es');
    expect(provided.tiles).to.equal('none');
    expect(provided.program!.name).to.equal('Test Program');
    expect(provided.program!.phases).to.have.length(2);
    expect(provided.program!.pricing).to.deep.include({ value: 300, price: 0 });
    expect(provided.workshops!.map((w) => (w as { id: string }).id)).to.deep.equal(['w1', 'w2']);
    expect(provided.partners).to.have.length(1);
  });

  it('fires pl-program-load with the document and no issues for a good document', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = nextEvent<ProgramLoadDetail>(container, 'pl-program-load');
    container.innerHTML = '<pl-provider src="/tests/fixtures/program.json"></pl-provider>';
    const event = await loaded;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.issues).to.deep.equal([]);
    expect(event.detail.document.program!.name).to.equal('Test Program');
    expect(q<'pl-provider'>(container, 'pl-provider').issues).to.deep.equal([]);
  });
});

describe('<pl-provider> precedence', () => {
  it('a provider wins over nothing: without one the accordion is empty', async () => {
    const root = await mount('<pl-values-accordion></pl-values-accordion>');
    expect(headings(q<'pl-values-accordion'>(root, 'pl-values-accordion'))).to.deep.equal([]);
  });

  it("an element's own children, items and src win over the provider", async () => {
    const root = await mountLoaded(`<pl-provider src="/tests/fixtures/program.json">
        <pl-values-accordion id="children"><pl-value heading="Own child"><p>Mine.</p></pl-value></pl-values-accordion>
        <pl-values-accordion id="src" src="/tests/fixtures/values.json"></pl-values-accordion>
        <pl-values-accordion id="items"></pl-values-accordion>
        <pl-values-accordion id="provided"></pl-values-accordion>
      </pl-provider>`);
    const items = q<'pl-values-accordion'>(root, '#items');
    items.items = [{ heading: 'Own item' }];
    await waitFor(() => headings(q<'pl-values-accordion'>(root, '#src')).length === 3, 4000, 'own src');
    await items.updateComplete;
    expect(headings(q<'pl-values-accordion'>(root, '#children'))).to.deep.equal(['Own child']);
    expect(headings(q<'pl-values-accordion'>(root, '#src'))).to.deep.equal(['Educators are the experts', 'Equity', 'Community']);
    expect(headings(items)).to.deep.equal(['Own item']);
    expect(headings(q<'pl-values-accordion'>(root, '#provided'))).to.deep.equal(DOC_HEADINGS);
  });

  it("an element's own lang wins over the provider's", async () => {
    const root = await mount(`<pl-provider lang="es">
        <pl-values-accordion id="own" lang="en" controls multiple></pl-values-accordion>
        <pl-values-accordion id="inherited" controls multiple></pl-values-accordion>
      </pl-provider>`);
    const provider = q<'pl-provider'>(root, 'pl-provider');
    provider.program = { values: [{ heading: 'A' }] };
    await settle(root);
    expect(toolbarText(q<'pl-values-accordion'>(root, '#own'))).to.contain('Expand all');
    expect(toolbarText(q<'pl-values-accordion'>(root, '#inherited'))).to.contain('Expandir todo');
  });

  it("the provider's properties win over its src document, part by part", async () => {
    const root = await mountLoaded(`<pl-provider src="/tests/fixtures/program.json">
        <pl-values-accordion></pl-values-accordion><test-provider-probe></test-provider-probe>
      </pl-provider>`);
    const provider = q<'pl-provider'>(root, 'pl-provider');
    provider.program = { values: [{ id: 'prop', heading: 'From the property' }] };
    provider.workshops = [];
    await settle(root);
    expect(headings(q<'pl-values-accordion'>(root, 'pl-values-accordion'))).to.deep.equal(['From the property']);
    const provided = q<'test-provider-probe'>(root, 'test-provider-probe').provided!;
    expect(provided.program!.phases, 'phases still come from the document').to.have.length(2);
    expect(provided.program!.name).to.equal('Test Program');
    expect(provided.workshops).to.deep.equal([]);
    expect(provided.partners).to.have.length(1);
  });
});

describe('<pl-provider> nesting', () => {
  it('the nearest provider wins; what it does not set comes from the outer one', async () => {
    const root = await mount(`<pl-provider id="outer" tiles="https://tiles.example/{z}/{x}/{y}.png">
        <pl-values-accordion id="outside"></pl-values-accordion>
        <pl-provider id="inner">
          <div><pl-values-accordion id="inside"></pl-values-accordion><test-provider-probe></test-provider-probe></div>
        </pl-provider>
      </pl-provider>`);
    const outer = q<'pl-provider'>(root, '#outer');
    const inner = q<'pl-provider'>(root, '#inner');
    outer.program = { name: 'Outer program', values: [{ heading: 'Outer value' }] };
    inner.program = { values: [{ heading: 'Inner value' }] };
    await settle(root);
    expect(headings(q<'pl-values-accordion'>(root, '#outside'))).to.deep.equal(['Outer value']);
    expect(headings(q<'pl-values-accordion'>(root, '#inside'))).to.deep.equal(['Inner value']);
    const provided = q<'test-provider-probe'>(root, 'test-provider-probe').provided!;
    expect(provided.program!.name).to.equal('Outer program');
    expect(provided.tiles).to.equal('https://tiles.example/{z}/{x}/{y}.png');

    inner.program = undefined;
    await settle(root);
    expect(headings(q<'pl-values-accordion'>(root, '#inside')), 'falls back to the outer values').to.deep.equal(['Outer value']);
  });

  it("an inner provider's own phases are not headed by the outer program's name", async () => {
    const root = await mount(`<pl-provider id="outer">
        <pl-provider id="inner"><pl-program-timeline></pl-program-timeline></pl-provider>
      </pl-provider>`);
    const timeline = q<'pl-program-timeline'>(root, 'pl-program-timeline');
    q<'pl-provider'>(root, '#outer').program = { name: 'Outer program', phases: [{ name: 'Outer phase' }] };
    const inner = q<'pl-provider'>(root, '#inner');
    inner.program = { phases: [{ name: 'Inner phase' }] };
    await settle(root);
    const heading = () => timeline.shadowRoot!.querySelector('[part="heading"]');
    expect(visibleText(timeline.shadowRoot!.querySelector('[part="phase"]')!)).to.contain('Inner phase');
    expect(heading()?.textContent ?? null).to.equal(null);
    // Its own name heads them; a name alone (no phases of its own) renames the outer program's.
    inner.program = { name: 'Inner program', phases: [{ name: 'Inner phase' }] };
    await settle(root);
    expect(visibleText(heading()!)).to.equal('Inner program');
    inner.program = { name: 'Renamed' };
    await settle(root);
    expect([visibleText(heading()!), visibleText(timeline.shadowRoot!.querySelector('[part="phase"]')!).includes('Outer phase')]).to.deep.equal([
      'Renamed',
      true,
    ]);
  });

  it('an inner provider whose document loads or fails makes its elements wait, not show the outer program', async () => {
    const root = await mount(`<pl-provider id="outer">
        <pl-provider id="inner" src="/__slow/450/program.json"><pl-values-accordion></pl-values-accordion></pl-provider>
      </pl-provider>`);
    q<'pl-provider'>(root, '#outer').program = { values: [{ heading: 'Outer value' }] };
    await settle(root);
    const accordion = q<'pl-values-accordion'>(root, 'pl-values-accordion');
    const loads = recordEvents(accordion, 'pl-data-load');
    expect(headings(accordion)).to.deep.equal([]);
    expect(visibleText(accordion.shadowRoot!.querySelector('[role="status"]')!)).to.contain('Loading');
    await waitFor(() => headings(accordion).length === 2, 4000, 'the inner document');
    expect(headings(accordion)).to.deep.equal(DOC_HEADINGS);
    expect(loads.events).to.have.length(1);

    const failing = await mount(`<pl-provider id="outer2">
        <pl-provider src="/tests/fixtures/no-such-program.json"><pl-values-accordion></pl-values-accordion></pl-provider>
      </pl-provider>`);
    q<'pl-provider'>(failing, '#outer2').program = { values: [{ heading: 'Outer value' }] };
    const waiting = q<'pl-values-accordion'>(failing, 'pl-values-accordion');
    await waitFor(() => !!waiting.shadowRoot!.querySelector('[role="alert"]'), 4000, 'the alert');
    expect(headings(waiting)).to.deep.equal([]);
  });

  it('reads a document from an inline JSON script when it has no src', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = nextEvent<ProgramLoadDetail>(root, 'pl-program-load');
    root.innerHTML = `<pl-provider>
        <script type="application/json">{ "program": { "name": "Inline program", "values": [{ "heading": "Inline value" }] } }</script>
        <pl-values-accordion></pl-values-accordion>
      </pl-provider>`;
    expect((await loaded).detail.document.program!.name).to.equal('Inline program');
    await settle(root);
    expect(headings(q<'pl-values-accordion'>(root, 'pl-values-accordion'))).to.deep.equal(['Inline value']);

    const broken = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = nextEvent<{ message: string; src?: string }>(broken, 'pl-error');
    const warnings = await captureWarnings(async () => {
      broken.innerHTML = `<pl-provider><script type="application/json">{ "program": </script><pl-values-accordion></pl-values-accordion></pl-provider>`;
      const { detail } = await failed;
      expect(detail.src).to.equal(undefined);
      expect(detail.message).to.contain('could not be read');
    });
    expect(warnings.join()).to.contain('inline JSON document');
    await settle(broken);
    expect(!!q<'pl-values-accordion'>(broken, 'pl-values-accordion').shadowRoot!.querySelector('[role="alert"]'), 'the alert').to.equal(true);
  });

  it("an inner provider without lang keeps the outer one's language; with lang it wins", async () => {
    const root = await mount(`<pl-provider lang="es">
        <pl-provider id="plain"><pl-values-accordion id="a" controls multiple></pl-values-accordion></pl-provider>
        <pl-provider id="english" lang="en"><pl-values-accordion id="b" controls multiple></pl-values-accordion></pl-provider>
      </pl-provider>`);
    for (const provider of root.querySelectorAll('pl-provider')) provider.program = { values: [{ heading: 'A' }] };
    await settle(root);
    expect(toolbarText(q<'pl-values-accordion'>(root, '#a'))).to.contain('Expandir todo');
    expect(toolbarText(q<'pl-values-accordion'>(root, '#b'))).to.contain('Expand all');
  });

  it('an outer change reaches elements inside an inner provider', async () => {
    const root = await mount(`<pl-provider id="outer"><pl-provider id="inner">
        <pl-values-accordion></pl-values-accordion>
      </pl-provider></pl-provider>`);
    const outer = q<'pl-provider'>(root, '#outer');
    outer.program = { values: [{ heading: 'First' }] };
    await settle(root);
    outer.program = { values: [{ heading: 'Second' }] };
    await settle(root);
    expect(headings(q<'pl-values-accordion'>(root, 'pl-values-accordion'))).to.deep.equal(['Second']);
  });

  it('a provider added around existing content takes over from the outer one', async () => {
    const root = await mount(`<pl-provider id="outer"><div id="box"><pl-values-accordion></pl-values-accordion></div></pl-provider>`);
    q<'pl-provider'>(root, '#outer').program = { values: [{ heading: 'Outer' }] };
    await settle(root);
    const accordion = q<'pl-values-accordion'>(root, 'pl-values-accordion');
    const inner = document.createElement('pl-provider');
    inner.program = { values: [{ heading: 'Inner' }] };
    q(root, '#box').append(inner);
    inner.append(accordion);
    await settle(root);
    expect(headings(accordion)).to.deep.equal(['Inner']);
  });

  it('a provider defined after the elements inside it (provider.js imported last) still reaches them', async () => {
    const root = await mount(`<late-test-provider><pl-values-accordion></pl-values-accordion></late-test-provider>
      <pl-values-accordion id="outside"></pl-values-accordion>`);
    const accordion = q<'pl-values-accordion'>(root, 'late-test-provider pl-values-accordion');
    expect(headings(accordion), 'no provider yet').to.deep.equal([]);
    customElements.define('late-test-provider', class extends PlProvider {});
    const provider = q(root, 'late-test-provider') as PlProvider;
    provider.program = { values: [{ heading: 'Late' }] };
    await settle(root);
    expect(headings(accordion)).to.deep.equal(['Late']);
    expect(headings(q<'pl-values-accordion'>(root, '#outside')), 'an element outside it gets nothing').to.deep.equal([]);
    provider.program = { values: [{ heading: 'Later' }] };
    await settle(root);
    expect(headings(accordion), 'and later changes arrive').to.deep.equal(['Later']);
  });

  it('a provider inside one defined after it passes on what the outer one shares', async () => {
    const root = await mount(`<later-outer-provider><pl-provider><pl-values-accordion></pl-values-accordion></pl-provider></later-outer-provider>`);
    const accordion = q<'pl-values-accordion'>(root, 'pl-values-accordion');
    customElements.define('later-outer-provider', class extends PlProvider {});
    (q(root, 'later-outer-provider') as PlProvider).program = { values: [{ heading: 'From the outer one' }] };
    await settle(root);
    expect(headings(accordion)).to.deep.equal(['From the outer one']);
  });
});

describe('<pl-provider> live updates', () => {
  it('changing .program re-renders the accordion, with a new shared object each time', async () => {
    const root = await mount(`<pl-provider><pl-values-accordion></pl-values-accordion><test-provider-probe></test-provider-probe></pl-provider>`);
    const provider = q<'pl-provider'>(root, 'pl-provider');
    const probe = q<'test-provider-probe'>(root, 'test-provider-probe');
    const accordion = q<'pl-values-accordion'>(root, 'pl-values-accordion');
    provider.program = { values: [{ heading: 'One' }] };
    await settle(root);
    expect(headings(accordion)).to.deep.equal(['One']);
    const before = probe.received.length;
    const previous = probe.provided;

    provider.program = { values: [{ heading: 'One' }, { heading: 'Two' }] };
    await settle(root);
    expect(headings(accordion)).to.deep.equal(['One', 'Two']);
    expect(probe.received.length).to.be.greaterThan(before);
    expect(probe.provided).to.not.equal(previous);

    provider.tiles = 'none';
    await settle(root);
    expect(probe.provided!.tiles).to.equal('none');
  });

  it('changing src loads the new document; removing it stops sharing the old one', async () => {
    const root = await mountLoaded(`<pl-provider src="/tests/fixtures/program.json"><pl-values-accordion></pl-values-accordion></pl-provider>`);
    const provider = q<'pl-provider'>(root, 'pl-provider');
    const accordion = q<'pl-values-accordion'>(root, 'pl-values-accordion');
    const loaded = nextEvent(provider, 'pl-program-load');
    provider.setAttribute('src', '/tests/fixtures/program-other.json');
    await loaded;
    await settle(root);
    expect(headings(accordion)).to.deep.equal(['Other document value']);

    provider.removeAttribute('src');
    await settle(root);
    expect(headings(accordion)).to.deep.equal([]);
  });

  it('a src changed while loading shares only the latest document', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = recordEvents<ProgramLoadDetail>(container, 'pl-program-load');
    container.innerHTML = `<pl-provider src="/tests/fixtures/program.json"><pl-values-accordion></pl-values-accordion></pl-provider>`;
    const provider = q<'pl-provider'>(container, 'pl-provider');
    await provider.updateComplete;
    provider.src = '/tests/fixtures/program-other.json';
    await waitFor(() => events.events.length > 0, 4000, 'pl-program-load');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle(container);
    expect(events.events.map((e) => e.detail.document.program!.values![0].heading)).to.deep.equal(['Other document value']);
    expect(headings(q<'pl-values-accordion'>(container, 'pl-values-accordion'))).to.deep.equal(['Other document value']);
  });

  it('shares lang and reflects it, so a language switch reaches every element', async () => {
    const root = await mount(`<pl-provider lang="es"><pl-values-accordion controls multiple></pl-values-accordion></pl-provider>`);
    const provider = q<'pl-provider'>(root, 'pl-provider');
    const accordion = q<'pl-values-accordion'>(root, 'pl-values-accordion');
    provider.program = { values: [{ heading: 'A' }, { heading: 'B' }] };
    await settle(root);
    expect(toolbarText(accordion)).to.contain('Expandir todo');

    provider.lang = 'en';
    await settle(root);
    expect(provider.getAttribute('lang')).to.equal('en');
    expect(toolbarText(accordion)).to.contain('Expand all');

    provider.setAttribute('lang', 'es-MX');
    await settle(root);
    expect(toolbarText(accordion)).to.contain('Expandir todo');
  });

  it('shares a geocoder function and ignores anything else', async () => {
    const root = await mount(`<pl-provider><test-provider-probe></test-provider-probe></pl-provider>`);
    const provider = q<'pl-provider'>(root, 'pl-provider');
    const geocoder = async () => ({ lat: 1, lng: 2, label: 'Somewhere' });
    provider.geocoder = geocoder;
    await settle(root);
    expect(q<'test-provider-probe'>(root, 'test-provider-probe').provided!.geocoder).to.equal(geocoder);
    const warnings = await captureWarnings(async () => {
      provider.geocoder = 'not a function' as never;
      await settle(root);
    });
    expect(q<'test-provider-probe'>(root, 'test-provider-probe').provided!.geocoder).to.equal(undefined);
    expect(warnings.join('\n')).to.contain('.geocoder is not a function');
  });
});

describe('<pl-provider> bad documents', () => {
  async function mountFailing(src: string) {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = nextEvent<{ message: string; src: string }>(container, 'pl-error');
    let event!: CustomEvent<{ message: string; src: string }>;
    const warnings = await captureWarnings(async () => {
      container.innerHTML = `<pl-provider src="${src}">
          <pl-values-accordion><pl-value heading="Still mine"><p>Own content.</p></pl-value></pl-values-accordion>
          <pl-values-accordion id="empty"></pl-values-accordion>
        </pl-provider>`;
      event = await failed;
      await settle(container);
    });
    return { container, event, warnings };
  }

  it('a missing document (404) fires pl-error; the elements keep their own content', async () => {
    const { container, event, warnings } = await mountFailing('/tests/fixtures/no-such-program.json');
    expect(event.detail.message).to.contain('404');
    expect(event.detail.src).to.equal('/tests/fixtures/no-such-program.json');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(warnings.join('\n')).to.contain('pl-provider');
    expect(headings(q<'pl-values-accordion'>(container, 'pl-values-accordion'))).to.deep.equal(['Still mine']);
    expect(headings(q<'pl-values-accordion'>(container, '#empty'))).to.deep.equal([]);
  });

  it('a document that is not JSON fires pl-error with a readable message', async () => {
    const { container, event } = await mountFailing('/tests/fixtures/program-broken.json');
    expect(event.detail.message).to.equal('This content could not be read: the data is not valid.');
    expect(headings(q<'pl-values-accordion'>(container, 'pl-values-accordion'))).to.deep.equal(['Still mine']);
  });

  it('a JSON document that is not an object fires pl-error and says why on the console', async () => {
    const { event, warnings } = await mountFailing('/tests/fixtures/program-not-object.json');
    expect(event.detail.message).to.match(/could not be read/);
    expect(warnings.join('\n')).to.contain('document: not an object');
  });

  it('says on the console and in its issues when a document has none of its parts (not a silent, blank page), and still shares it', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loads = recordEvents<ProgramLoadDetail>(container, 'pl-program-load');
    const errors = recordEvents(container, 'pl-error');
    const warnings = await captureWarnings(async () => {
      container.innerHTML = `<pl-provider id="other" src="/tests/fixtures/program-other-kind.json"></pl-provider>
        <pl-provider id="empty"><script type="application/json">{}</script></pl-provider>`;
      await waitFor(() => loads.events.length == 2, 4000, 'both documents');
    });
    loads.stop();
    errors.stop();
    const issuesOf = (id: string) => loads.events.find((event) => (event.target as Element).id == id)!.detail.issues;
    const none = 'document: none of "program", "workshops", "partners"';
    expect([issuesOf('other'), issuesOf('empty'), errors.events.length]).to.deep.equal([[none], [none], 0]);
    expect(warnings.join('\n')).to.contain('document: none of "program", "workshops", "partners"');
  });

  it('reads a program written alone ({ "phases", "values" }, as a timeline\'s own src takes it) as the document\'s program', async () => {
    const errors: Event[] = [];
    const root = await mountLoaded(`<pl-provider src="/tests/fixtures/program-bare-phases.json">
        <pl-program-timeline></pl-program-timeline><pl-values-accordion></pl-values-accordion>
      </pl-provider>`);
    root.addEventListener('pl-error', (event) => errors.push(event));
    const timeline = q<'pl-program-timeline'>(root, 'pl-program-timeline');
    const phases = [...timeline.shadowRoot!.querySelectorAll('[part~="phase"]')].map((phase) => visibleText(phase));
    expect([phases.length, phases[0], headings(q<'pl-values-accordion'>(root, 'pl-values-accordion')), errors.length]).to.deep.equal([
      2,
      phases[0],
      ['Teachers are the experts'],
      0,
    ]);
    expect(phases[0]).to.contain('Online course');
  });

  it('the pl-error message follows the provider language', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = nextEvent<{ message: string }>(container, 'pl-error');
    await captureWarnings(async () => {
      container.innerHTML = '<pl-provider lang="es" src="/tests/fixtures/program-broken.json"></pl-provider>';
      await failed;
    });
    expect((await failed).detail.message).to.equal('No se pudo leer este contenido: los datos no son válidos.');
  });

  it('wrong types are reported by path once; the valid parts are still shared', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = recordEvents(container, 'pl-error');
    const loaded = nextEvent<ProgramLoadDetail>(container, 'pl-program-load');
    const warnings = await captureWarnings(async () => {
      container.innerHTML = `<pl-provider src="/tests/fixtures/program-bad-types.json">
          <test-provider-probe></test-provider-probe>
        </pl-provider>`;
      await loaded;
      await settle(container);
    });
    const providerWarnings = warnings.filter((w) => w.startsWith('pl-provider'));
    expect(providerWarnings).to.have.length(1);
    // No element inside reads the phases, values or pricing: the provider reports them all.
    expect(providerWarnings[0]).to.contain('program.name: not text');
    expect(providerWarnings[0]).to.contain('program.phases[2].start: not a date');
    expect(providerWarnings[0]).to.contain('program.pricing.value: not a number');
    expect(errors.events).to.have.length(0);
    const { issues } = (await loaded).detail;
    expect(issues.length).to.be.greaterThan(10);
    expect(issues).to.include('program.phases[2].start: not a date (YYYY-MM-DD)');
    expect(issues).to.include('program.pricing.value: not a number');

    const provided = q<'test-provider-probe'>(container, 'test-provider-probe').provided!;
    expect(provided.program!.values![0]).to.deep.include({ heading: 'Kept despite the bad pricing' });
    expect(provided.workshops, 'workshops of the wrong shape are left out').to.equal(undefined);
  });

  it('reports each bad record of its document once on the console, by the element that skips it', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = nextEvent(container, 'pl-program-load');
    const warnings = await captureWarnings(async () => {
      container.innerHTML = `<pl-provider src="/tests/fixtures/program-bad-types.json">
          <pl-program-timeline></pl-program-timeline>
          <pl-values-accordion></pl-values-accordion>
          <pl-pricing-card></pl-pricing-card>
        </pl-provider>`;
      await loaded;
      await settle(container);
    });
    const about = (pattern: RegExp) => warnings.filter((w) => pattern.test(w));
    // Phase 3 (its start not a date) and value 3 (not an object) are skipped: their elements report them.
    expect(about(/"next autumn"|phases\[2\]/), 'the phase whose start is not a date').to.have.length(1);
    expect(about(/"next autumn"/)[0]).to.match(/^pl-program-timeline/);
    expect(about(/record 3: not an object|values\[2\]/), 'the value that is not an object').to.have.length(1);
    expect(about(/record 3: not an object/)[0]).to.match(/^pl-values-accordion/);
    // A fault of a phase the timeline keeps (an unknown format, ignored) is still reported, by the provider.
    const provider = about(/^pl-provider/);
    expect(provider).to.have.length(1);
    expect(provider[0]).to.contain('program.phases[1].format: not one of');
    expect(provider[0]).to.contain('program.name: not text');
  });

  it('bad pricing does not drop the values: the accordion shows the valid ones and skips the rest', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = nextEvent(container, 'pl-program-load');
    const warnings = await captureWarnings(async () => {
      container.innerHTML = `<pl-provider src="/tests/fixtures/program-bad-types.json"><pl-values-accordion></pl-values-accordion></pl-provider>`;
      await loaded;
      await settle(container);
    });
    expect(headings(q<'pl-values-accordion'>(container, 'pl-values-accordion'))).to.deep.equal(['Kept despite the bad pricing']);
    expect(warnings.some((w) => w.startsWith('pl-values-accordion: skipped 2'))).to.equal(true);
  });

  it('a bad .program property is reported and its good parts still used', async () => {
    const root = await mount(`<pl-provider><pl-values-accordion></pl-values-accordion></pl-provider>`);
    const provider = q<'pl-provider'>(root, 'pl-provider');
    const warnings = await captureWarnings(async () => {
      provider.program = { phases: 'soon', values: [{ heading: 'Good' }] } as never;
      await settle(root);
    });
    expect(warnings.join('\n')).to.contain('.program does not match');
    expect(warnings.join('\n')).to.contain('program.phases: not a list');
    expect(headings(q<'pl-values-accordion'>(root, 'pl-values-accordion'))).to.deep.equal(['Good']);
    expect(provider.settings.program!.phases).to.equal(undefined);
  });

  it('elements waiting for the document show its loading and its failure; their Retry asks the provider again', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = recordEvents(container, 'pl-error');
    const loaded = nextEvent(container, 'pl-program-load');
    const accordion = () => q<'pl-values-accordion'>(container, '#waiting');
    // Each shows the failure as an alert (role="alert") with its Retry, as any element whose data failed.
    const alert = () => accordion().shadowRoot!.querySelector('[role="alert"]');
    await captureWarnings(async () => {
      container.innerHTML = `<pl-provider src="${flakyUrl('program.json')}">
          <pl-values-accordion id="waiting"></pl-values-accordion>
          <div lang="es"><pl-program-timeline id="timeline"></pl-program-timeline></div>
          <pl-values-accordion id="own"><pl-value heading="Mine">Own content.</pl-value></pl-values-accordion>
          <pl-pricing-card id="card"></pl-pricing-card>
          <pl-pricing-card id="priced" value="120"></pl-pricing-card>
        </pl-provider>`;
      await waitFor(() => !!alert(), 4000, 'the alert in the element waiting for the document');
      await settle(container);
    });
    expect(visibleText(alert()!)).to.contain('This content could not be loaded (HTTP 500).');
    const timeline = q<'pl-program-timeline'>(container, '#timeline');
    expect(visibleText(timeline.shadowRoot!.querySelector('[part="error"]')!)).to.contain('No se pudo cargar este contenido (HTTP 500).');
    expect(headings(q<'pl-values-accordion'>(container, '#own'))).to.deep.equal(['Mine']);
    const card = q<'pl-pricing-card'>(container, '#card');
    await waitFor(() => !!card.shadowRoot!.querySelector('[part="error"]'), 4000, 'the failure in the card waiting for its prices');
    expect(visibleText(card.shadowRoot!.querySelector('[part="error"]')!)).to.contain('could not be loaded');
    expect(q<'pl-pricing-card'>(container, '#priced').shadowRoot!.querySelector('[part="error"]'), 'a card with its own price').to.equal(null);
    const alerts = () => [...container.querySelectorAll('*')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])]);
    expect(alerts().map((box) => (box.getRootNode() as ShadowRoot).host.id), 'an alert in each element waiting').to.deep.equal(['waiting', 'timeline', 'card']);
    expect([accordion(), timeline, card].map((el) => el.shadowRoot!.querySelectorAll('[part="error"] button').length), 'a Retry in each').to.deep.equal([1, 1, 1]);
    expect(errors.events, 'one pl-error, from the provider').to.have.length(1);

    alert()!.querySelector('button')!.click();
    await loaded;
    await settle(container);
    expect(headings(accordion())).to.deep.equal(DOC_HEADINGS);
    expect(alert()).to.equal(null);
    expect(timeline.shadowRoot!.querySelectorAll('ol > li')).to.have.length(2);
    expect(card.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(visibleText(card.shadowRoot!.querySelector('[part="price"]')!)).to.contain('Free');
  });

  it('elements waiting for the document say it is loading', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = nextEvent(container, 'pl-program-load');
    container.innerHTML = `<pl-provider src="/__slow/400/program.json"><pl-values-accordion></pl-values-accordion></pl-provider>`;
    const accordion = q<'pl-values-accordion'>(container, 'pl-values-accordion');
    await waitFor(() => visibleText(accordion).includes('Loading'), 2000, 'the loading state');
    await loaded;
    await settle(container);
    expect(headings(accordion)).to.deep.equal(DOC_HEADINGS);
  });

  it('reload() fetches again after a failure', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = nextEvent(container, 'pl-error');
    await captureWarnings(async () => {
      container.innerHTML = `<pl-provider src="${flakyUrl('program.json')}"><pl-values-accordion></pl-values-accordion></pl-provider>`;
      await failed;
    });
    const provider = q<'pl-provider'>(container, 'pl-provider');
    const loaded = nextEvent(provider, 'pl-program-load');
    provider.reload();
    await loaded;
    await settle(container);
    expect(headings(q<'pl-values-accordion'>(container, 'pl-values-accordion'))).to.deep.equal(DOC_HEADINGS);
  });

  it('a provider removed while loading neither shares nor fires anything, and loads when put back', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = recordEvents(container, 'pl-program-load');
    container.innerHTML = `<pl-provider src="/tests/fixtures/program.json"><pl-values-accordion></pl-values-accordion></pl-provider>`;
    const provider = q<'pl-provider'>(container, 'pl-provider');
    await provider.updateComplete;
    provider.remove();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.events).to.have.length(0);
    const loaded = nextEvent(container, 'pl-program-load');
    container.append(provider);
    await loaded;
    await settle(container);
    expect(headings(q<'pl-values-accordion'>(container, 'pl-values-accordion'))).to.deep.equal(DOC_HEADINGS);
  });
});
