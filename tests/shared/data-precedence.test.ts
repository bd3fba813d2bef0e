/**
 * The contract's order of data sources (property > src > inline JSON > children > provider) as it
 * changes over time, for the accordion and the timeline (they share the loading code): a late fetch,
 * a cleared property, a provider that changes, elements moved, children changed while detached.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { headings } from '../values-accordion/helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };
type Accordion = Updating & { items?: unknown };
type Timeline = Updating & { phases?: unknown };

const containers: HTMLElement[] = [];
function mount<T extends HTMLElement>(markup: string): T {
  const box = document.createElement('div');
  box.innerHTML = markup;
  document.body.append(box);
  containers.push(box);
  return box.firstElementChild as T;
}
afterEach(() => containers.splice(0).forEach((box) => box.remove()));

const phaseTitles = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('.phase-title')].map(visibleText);
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('data sources over time', () => {
  it('keeps a property set while src is still loading (the late fetch does not replace it)', async () => {
    // The answers come 1.5 s late: on a busy machine the property is still set well before them.
    const accordion = mount<Accordion>('<pl-values-accordion src="/__slow/1500/values.json"></pl-values-accordion>');
    const timeline = mount<Timeline>('<pl-program-timeline src="/__slow/1500/phases.json"></pl-program-timeline>');
    const loads = [recordEvents(accordion, 'pl-data-load'), recordEvents(timeline, 'pl-data-load')];
    await accordion.updateComplete;
    accordion.items = [{ heading: 'From the property', body: 'Set by the page.' }];
    timeline.phases = [{ name: 'Phase 1', title: 'From the property' }];
    await settle(1800);
    expect(headings(accordion)).to.deep.equal(['From the property']);
    expect(phaseTitles(timeline)).to.deep.equal(['From the property']);
    expect(loads.map((l) => l.events.length)).to.deep.equal([1, 1]);
  });

  it('goes back to src when the property is cleared', async () => {
    const accordion = mount<Accordion>('<pl-values-accordion src="/tests/fixtures/values.json"></pl-values-accordion>');
    await waitFor(() => headings(accordion).length === 3, 4000, 'the src values');
    accordion.items = [{ heading: 'From the property' }];
    await waitFor(() => headings(accordion).length === 1, 4000, 'the property');
    accordion.items = undefined;
    await waitFor(() => headings(accordion).length === 3, 4000, 'the src values again');
    expect(headings(accordion)[1]).to.equal('Equity');
  });

  it('reports its own data once, however often the provider around it changes', async () => {
    const provider = mount<Updating>(`<pl-provider lang="en">
        <pl-values-accordion><script type="application/json">[{"heading": "Equity"}, {"body": "no heading"}]</script></pl-values-accordion>
        <pl-program-timeline></pl-program-timeline>
      </pl-provider>`);
    const [accordion, timeline] = [...provider.children] as [Accordion, Timeline];
    timeline.phases = [{ name: 'Phase 1', title: 'Online' }, 'not a phase'];
    const loads = [recordEvents(accordion, 'pl-data-load'), recordEvents(timeline, 'pl-data-load')];
    const warnings = await captureWarnings(async () => {
      await settle();
      provider.setAttribute('lang', 'es');
      await settle();
      provider.setAttribute('tiles', 'none');
      await settle();
    });
    expect(loads.map((l) => l.events.length)).to.deep.equal([1, 1]);
    expect(warnings.filter((w) => w.includes('skipped'))).to.have.length(2);
    expect(headings(accordion)).to.deep.equal(['Equity']);
  });

  it('drops the provider\'s data and language when moved out of it', async () => {
    const page = mount<HTMLElement>(`<section lang="en">
        <pl-provider lang="es" src="/tests/fixtures/program.json"><pl-values-accordion></pl-values-accordion></pl-provider>
        <div class="outside"></div>
      </section>`);
    const accordion = page.querySelector<Accordion>('pl-values-accordion')!;
    await waitFor(() => headings(accordion).length > 0, 4000, 'the provider\'s values');
    page.querySelector('.outside')!.append(accordion);
    await waitFor(() => headings(accordion).length === 0, 4000, 'no values outside the provider');
    accordion.setAttribute('src', '/tests/fixtures/nowhere.json');
    await waitFor(() => !!accordion.shadowRoot!.querySelector('[role="alert"]'), 4000, 'the alert');
    expect(visibleText(accordion.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('Retry');
  });

  it('picks up phases added while the timeline was out of the page', async () => {
    const timeline = mount<Timeline>('<pl-program-timeline><pl-phase name="Phase 1" title="One"></pl-phase></pl-program-timeline>');
    await waitFor(() => phaseTitles(timeline).length === 1, 4000, 'one phase');
    const box = timeline.parentElement!;
    box.remove();
    timeline.insertAdjacentHTML('beforeend', '<pl-phase name="Phase 2" title="Two"></pl-phase>');
    await settle();
    document.body.append(box);
    await waitFor(() => phaseTitles(timeline).length === 2, 4000, 'two phases');
    expect(phaseTitles(timeline)).to.deep.equal(['One', 'Two']);
  });

  it('leaves a structured-data child (application/ld+json, for search engines) alone', async () => {
    const el = mount<Accordion>(`<pl-values-accordion><script type="application/ld+json">{"@context": "https://schema.org"}</script><pl-value heading="Equity">Every student.</pl-value></pl-values-accordion>`);
    await waitFor(() => !!el.shadowRoot?.querySelector('button[aria-expanded]'), 4000, 'the value from the child');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('reads an inline JSON script again when a framework replaces its text', async () => {
    const accordion = mount<Accordion>('<pl-values-accordion><script type="application/json">[{"heading": "Before"}]</script></pl-values-accordion>');
    await waitFor(() => headings(accordion).length === 1, 4000, 'one value');
    accordion.querySelector('script')!.textContent = '[{"heading": "After"}, {"heading": "Second"}]';
    await waitFor(() => headings(accordion).length === 2, 4000, 'the new values');
    expect(headings(accordion)).to.deep.equal(['After', 'Second']);
  });

  it('words a load error in the language in use now, not the one at the time of the failure', async () => {
    const accordion = mount<Accordion>('<pl-values-accordion lang="en" src="/tests/fixtures/nowhere.json"></pl-values-accordion>');
    await waitFor(() => !!accordion.shadowRoot!.querySelector('[role="alert"]'), 4000, 'the alert');
    const english = visibleText(accordion.shadowRoot!.querySelector('[role="alert"] p')!);
    accordion.setAttribute('lang', 'es');
    await accordion.updateComplete;
    const spanish = visibleText(accordion.shadowRoot!.querySelector('[role="alert"] p')!);
    expect(english).to.contain('404');
    expect(spanish).to.contain('404');
    expect(spanish).not.to.equal(english);
    expect(visibleText(accordion.shadowRoot!.querySelector('[role="alert"] button')!)).to.equal('Reintentar');
  });

  it('gives up on a server that does not answer (20 s, shortened here) and offers Retry, instead of "Loading" for ever', async () => {
    const wait = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number) => wait(handler, ms === 2e4 ? 200 : ms)) as typeof setTimeout;
    let accordion: Accordion;
    let timeline: Timeline;
    const errors: string[] = [];
    let warnings: string[] = [];
    try {
      accordion = mount<Accordion>('<pl-values-accordion src="/__slow/3000/values.json"></pl-values-accordion>');
      timeline = mount<Timeline>('<pl-program-timeline src="/__slow/3000/phases.json"></pl-program-timeline>');
      for (const el of [accordion, timeline]) el.addEventListener('pl-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
      warnings = await captureWarnings(() => waitFor(() => errors.length === 2, 2500, 'both to give up'));
    } finally {
      window.setTimeout = wait;
    }
    // The console says why, and where: not an AbortError.
    expect(warnings.filter((text) => /\/__slow\/3000\/(values|phases)\.json: no answer within 20 s/.test(text))).to.have.length(2);
    expect(warnings.join()).not.to.contain('AbortError');
    const alert = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]');
    expect([!!alert(accordion), !!alert(timeline)]).to.deep.equal([true, true]);
    expect(errors[0]).to.match(/network|connection/i);
    // Retry asks again; this time the server answers (in 3 s) and no timer is shortened.
    alert(accordion)!.querySelector('button')!.click();
    await waitFor(() => headings(accordion).length > 0, 6000, 'the values after Retry');
  });
});

describe('data changed in place', () => {
  type Finder = Updating & { workshops?: unknown; filteredWorkshops: readonly unknown[] };
  const workshop = (id: string) => ({
    id,
    title: `Workshop ${id}`,
    course: 'csf',
    sessions: [{ start: '2099-06-12T09:00:00-04:00' }],
    location: { lat: 33.75, lng: -84.39 },
  });

  it('shows a phase pushed onto the same array when the array is set again, or on requestUpdate("phases")', async () => {
    const el = mount<Timeline>('<pl-program-timeline></pl-program-timeline>');
    const list = [{ name: 'Phase 1', title: 'Online course' }];
    el.phases = list;
    await el.updateComplete;
    list.push({ name: 'Phase 2', title: 'Summer workshop' });
    el.phases = list;
    await el.updateComplete;
    const afterSet = phaseTitles(el);
    list.push({ name: 'Phase 3', title: 'Follow-ups' });
    (el as unknown as { requestUpdate: (name: string) => void }).requestUpdate('phases');
    await el.updateComplete;
    expect([afterSet, phaseTitles(el)]).to.deep.equal([
      ['Online course', 'Summer workshop'],
      ['Online course', 'Summer workshop', 'Follow-ups'],
    ]);
  });

  it('shows a value pushed onto the same array when the array is set again (accordion)', async () => {
    const el = mount<Accordion>('<pl-values-accordion></pl-values-accordion>');
    const list = [{ id: 'a', heading: 'Equity', body: 'For every student.' }];
    el.items = list;
    await el.updateComplete;
    list.push({ id: 'b', heading: 'Community', body: 'Nobody alone.' });
    el.items = list;
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Equity', 'Community']);
  });

  it('counts a workshop pushed onto the same array when the array is set again (finder)', async () => {
    const el = mount<Finder>('<pl-workshop-map tiles="none" view="list"></pl-workshop-map>');
    const list = [workshop('a')];
    el.workshops = list;
    await el.updateComplete;
    list.push(workshop('b'));
    const loads = recordEvents<{ count: number }>(el, 'pl-data-load');
    el.workshops = list;
    await el.updateComplete;
    loads.stop();
    expect([el.filteredWorkshops.length, loads.events.map((e) => e.detail.count)]).to.deep.equal([2, [2]]);
  });
});

describe('data given from a pl-data-load listener', () => {
  // A page that shows a first batch, then swaps in the rest when told the first is in.
  it('is shown and loaded in turn, also when the first data was set as a property (accordion, timeline, finder)', async () => {
    const accordion = mount<Accordion>('<pl-values-accordion></pl-values-accordion>');
    const timeline = mount<Timeline>('<pl-program-timeline></pl-program-timeline>');
    const finder = mount<Updating & { workshops?: unknown }>('<pl-workshop-map tiles="none" today="2026-11-23"></pl-workshop-map>');
    const workshop = (id: string, title: string) => ({
      id,
      title,
      course: 'csf',
      sessions: [{ start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' }],
      location: { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 },
    });
    const counts: number[][] = [[], [], []];
    const swap = <T extends HTMLElement>(el: T, i: number, next: (el: T) => void) =>
      el.addEventListener('pl-data-load', (event) => {
        counts[i].push((event as CustomEvent<{ count: number }>).detail.count);
        if (counts[i].length === 1) next(el);
      });
    swap(accordion, 0, (el) => (el.items = [{ heading: 'Second A', body: '.' }, { heading: 'Second B', body: '.' }]));
    swap(timeline, 1, (el) => (el.phases = [{ title: 'Second A' }, { title: 'Second B' }]));
    swap(finder, 2, (el) => (el.workshops = [workshop('b1', 'Second A'), workshop('b2', 'Second B')]));
    accordion.items = [{ heading: 'First', body: '.' }];
    timeline.phases = [{ title: 'First' }];
    finder.workshops = [workshop('a1', 'First')];
    await waitFor(() => counts.every((c) => c.length === 2), 3000, 'a second pl-data-load from each');
    await Promise.all([accordion, timeline, finder].map((el) => el.updateComplete));
    expect(counts).to.deep.equal([[1, 2], [1, 2], [1, 2]]);
    expect(headings(accordion)).to.deep.equal(['Second A', 'Second B']);
    expect(phaseTitles(timeline)).to.deep.equal(['Second A', 'Second B']);
    const titles = [...finder.shadowRoot!.querySelectorAll('[part="item"] .title')].map(visibleText);
    expect(titles).to.deep.equal(['Second A', 'Second B']);
  });
});
