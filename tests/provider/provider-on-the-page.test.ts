/** The provider as pages treat it: hidden, reset by the page's CSS, its data changed in place, its inline document taken away. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider.js';
import '../../src/values-accordion.js';
import '../../src/workshop-map.js';
import type { PlProvider } from '../../src/provider.js';
import type { PlValuesAccordion } from '../../src/values-accordion.js';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { captureWarnings, nextEvent, visibleText, waitFor } from '../support/helpers.js';
import { headings } from '../values-accordion/helpers.js';


const workshop = (id: string, title: string) => ({
  id,
  title,
  course: 'csd',
  type: 'summer',
  sessions: [{ start: '2030-06-01T09:00:00-04:00', end: '2030-06-01T16:00:00-04:00' }],
  timeZone: 'America/New_York',
  location: { name: 'Hall', city: 'Atlanta', state: 'GA', postalCode: '30303', lat: 33.75, lng: -84.39 },
  registrationUrl: 'https://example.org/register',
});

describe('<pl-provider> on the page', () => {
  it('hides everything inside it when it has the hidden attribute', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <pl-provider hidden><p id="inside">Shown only when the provider is.</p></pl-provider>
    </div>`);
    const provider = box.querySelector<PlProvider>('pl-provider')!;
    await provider.updateComplete;
    const inside = box.querySelector<HTMLElement>('#inside')!;
    expect(inside.getClientRects().length, 'boxes while hidden').to.equal(0);
    expect(box.innerText).to.not.contain('Shown only');
    provider.hidden = false;
    expect(inside.getClientRects().length, 'boxes once shown').to.be.greaterThan(0);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('keeps its inline JSON document out of sight under a page style of "* { all: unset }"', async () => {
    const reset = document.createElement('style');
    reset.textContent = '* { all: unset }';
    document.head.append(reset);
    try {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = nextEvent(box, 'pl-program-load');
      box.innerHTML = `<pl-provider><script type="application/json">{"program":{"values":[{"heading":"From the inline document"}]}}</script><pl-values-accordion></pl-values-accordion></pl-provider>`;
      await loaded;
      const script = box.querySelector('script')!;
      expect(script.getClientRects().length, 'boxes of the script').to.equal(0);
      expect(box.innerText).to.not.contain('"program"');
      const accordion = box.querySelector<PlValuesAccordion>('pl-values-accordion')!;
      await waitFor(() => headings(accordion).length === 1, 2000, 'the value');
    } finally {
      reset.remove();
    }
  });

  it('shares a list the page pushed to and set again, like the elements do with their own', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <pl-provider><pl-values-accordion></pl-values-accordion><pl-workshop-map tiles="none" view="list"></pl-workshop-map></pl-provider>
    </div>`);
    const provider = box.querySelector<PlProvider>('pl-provider')!;
    const accordion = box.querySelector<PlValuesAccordion>('pl-values-accordion')!;
    const map = box.querySelector<PlWorkshopMap>('pl-workshop-map')!;

    const values = [{ heading: 'First value' }];
    const program = { values };
    provider.program = program;
    await waitFor(() => headings(accordion).length === 1, 2000, 'the first value');
    values.push({ heading: 'Second value' });
    provider.program = program;
    await waitFor(() => headings(accordion).length === 2, 2000, 'the pushed value');
    expect(headings(accordion)).to.deep.equal(['First value', 'Second value']);

    const workshops = [workshop('a', 'First workshop')];
    let loaded = nextEvent<{ count: number }>(map, 'pl-data-load');
    provider.workshops = workshops;
    expect((await loaded).detail.count).to.equal(1);
    workshops.push(workshop('b', 'Second workshop'));
    loaded = nextEvent<{ count: number }>(map, 'pl-data-load');
    provider.workshops = workshops;
    expect((await loaded).detail.count).to.equal(2);
    await waitFor(() => visibleText(map).includes('Second workshop'), 2000, 'the pushed workshop in the list');
  });

  it('clears the failure of a broken inline document once the page removes it, and reads a good one put in its place', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = nextEvent(box, 'pl-error');
    await captureWarnings(async () => {
      box.innerHTML = `<pl-provider><script type="application/json">{ "program": </script><pl-values-accordion></pl-values-accordion></pl-provider>`;
      await failed;
    });
    const provider = box.querySelector<PlProvider>('pl-provider')!;
    const accordion = box.querySelector<PlValuesAccordion>('pl-values-accordion')!;
    const alert = () => accordion.shadowRoot!.querySelector('[role="alert"]');
    await waitFor(() => !!alert(), 2000, 'the alert');

    provider.querySelector('script')!.remove();
    await waitFor(() => !alert(), 2000, 'the alert to go');
    expect(provider.settings.load).to.equal(undefined);

    const loaded = nextEvent(provider, 'pl-program-load');
    const good = document.createElement('script');
    good.type = 'application/json';
    good.textContent = '{"program":{"values":[{"heading":"Put in its place"}]}}';
    provider.prepend(good);
    await loaded;
    await waitFor(() => headings(accordion).join() === 'Put in its place', 2000, 'the new document');
  });
});

describe('<pl-provider> moved in the page', () => {
  it('reads its inline document again after a move, and keeps following edits to it', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><div id="here"></div><div id="there"></div></div>`);
    const loaded = nextEvent(box, 'pl-program-load');
    box.querySelector('#here')!.innerHTML = `<pl-provider><script type="application/json">{"program":{"values":[{"heading":"Before the move"}]}}</script><pl-values-accordion></pl-values-accordion></pl-provider>`;
    await loaded;
    const provider = box.querySelector<PlProvider>('pl-provider')!;
    const accordion = box.querySelector<PlValuesAccordion>('pl-values-accordion')!;
    const script = provider.querySelector('script')!;
    await waitFor(() => headings(accordion).join() === 'Before the move', 2000, 'the first document');

    provider.remove();
    script.textContent = '{"program":{"values":[{"heading":"Edited while away"}]}}';
    box.querySelector('#there')!.append(provider);
    await waitFor(() => headings(accordion).join() === 'Edited while away', 2000, 'the document edited while detached');

    script.textContent = '{"program":{"values":[{"heading":"Edited after the move"}]}}';
    await waitFor(() => headings(accordion).join() === 'Edited after the move', 2000, 'an edit after the move');
  });
});
