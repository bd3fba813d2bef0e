/**
 * Edges of the accordion and of the data loading it shares with the other elements, found by a
 * mutation audit: ids made from headings, bodies as data gives them, what is said while loading,
 * failures a server or a page can cause, and the page's address once the accordion has left.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/values-accordion.js';
import type { PlValuesAccordion, ValueInput } from '../../src/values-accordion.js';
import { captureWarnings, nextEvent, recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { expanded, headers, panelOf } from './helpers.js';

const alertOf = (el: PlValuesAccordion) => el.shadowRoot!.querySelector('[role="alert"]');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An accordion given `items`, in the page, once its values are drawn. */
async function withItems(items: unknown[]): Promise<PlValuesAccordion> {
  const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion></pl-values-accordion>`);
  el.items = items as ValueInput[];
  await el.updateComplete;
  return el;
}

/** Accordions appended to the page by hand (not by fixture), removed after each test. */
const mounted: Element[] = [];
function mount(el: Element): void {
  mounted.push(el);
  document.body.append(el);
}
afterEach(() => {
  mounted.splice(0).forEach((el) => el.remove());
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<pl-values-accordion> ids made from headings', () => {
  it('makes the id of a value from its heading without its accents ("Educación" is #educacion)', async () => {
    const el = await withItems([{ heading: 'Educación', body: 'Uno.' }, { heading: 'Équipe & communauté', body: 'Deux.' }]);
    const toggles = recordEvents<{ id: string }>(el, 'pl-toggle');
    headers(el)[0].click();
    toggles.stop();
    expect(el.values.map((value) => value.id)).to.deep.equal(['educacion', 'equipe-communaute']);
    expect(toggles.events.map((event) => event.detail.id)).to.deep.equal(['educacion']);
  });

  it('gives values whose headings have no Latin letter ids of their own ("value", "value-2"), which a link can name', async () => {
    const el = await withItems([{ heading: '価値', body: 'One.' }, { heading: '共同体', body: 'Two.' }]);
    expect(el.values.map((value) => value.id)).to.deep.equal(['value', 'value-2']);
    location.hash = '#value-2';
    await waitFor(() => expanded(el).join() === 'false,true', 2000, 'the second value open from the link');
  });
});

describe('<pl-values-accordion> values as data gives them', () => {
  it('opens a value only for "open": true, not for the text "false" a CMS may write', async () => {
    const el = await withItems([
      { heading: 'Equity', body: 'One.', open: 'false' },
      { heading: 'Community', body: 'Two.', open: 'true' },
    ]);
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false]);
  });

  it('skips a value whose body is not text (a list of paragraphs) and shows the others', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion></pl-values-accordion>`);
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    const warnings = await captureWarnings(async () => {
      el.items = [
        { heading: 'Equity', body: ['First.', 'Second.'] },
        { heading: 'Community', body: 'Together.' },
      ] as never;
      await el.updateComplete;
    });
    expect((await loaded).detail).to.deep.equal({ count: 1, skipped: 1 });
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['Community']);
    expect(warnings.join('\n')).to.contain('record 1: "body" is not text');
  });

  it('shows a value whose body is null (an empty cell of a JSON export), with an empty panel', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion></pl-values-accordion>`);
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    el.items = [
      { heading: 'Equity', body: null },
      { heading: 'Community', body: 'Together.' },
    ] as never;
    expect((await loaded).detail).to.deep.equal({ count: 2, skipped: 0 });
    await el.updateComplete;
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['Equity', 'Community']);
    headers(el)[0].click();
    await el.updateComplete;
    expect(visibleText(el.shadowRoot!.querySelector('[part="panel"]')!)).to.equal('');
  });

  it('reads a blank line written with Windows line ends, or holding spaces, as a new paragraph', async () => {
    const el = await withItems([{ heading: 'Equity', body: 'First.\r\n\r\nSecond.\n   \nThird.' }]);
    headers(el)[0].click();
    await el.updateComplete;
    expect([...panelOf(el, headers(el)[0]).querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['First.', 'Second.', 'Third.']);
  });

  it('skips a value that throws when it is read (a revoked proxy, a getter) and shows the others, with no alert', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion></pl-values-accordion>`);
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    const unreadable = {
      get heading(): string {
        throw new Error('revoked');
      },
    };
    const warnings = await captureWarnings(async () => {
      el.items = [{ heading: 'Equity' }, unreadable, { heading: 'Community' }] as never;
      await el.updateComplete;
    });
    expect((await loaded).detail).to.deep.equal({ count: 2, skipped: 1 });
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['Equity', 'Community']);
    expect(alertOf(el)).to.equal(null);
    expect(warnings.join('\n')).to.contain('record 2: unreadable');
  });

  it('lists the first 20 reasons on the console and counts the rest', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion></pl-values-accordion>`);
    const warnings = await captureWarnings(async () => {
      el.items = [{ heading: 'Good' }, ...Array.from({ length: 25 }, () => ({ heading: '' }))];
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('skipped 25 invalid records');
    expect(warnings[0]).to.contain('record 2: missing "heading"');
    expect(warnings[0]).to.contain('record 21: missing "heading"');
    expect(warnings[0]).not.to.contain('record 22:');
    expect(warnings[0]).to.contain('… and 5 more');
  });

  it('reads a document saved as Windows-1252 (Notepad\'s "ANSI"): its accents show as written', async () => {
    const el = document.createElement('pl-values-accordion');
    const loaded = nextEvent(el, 'pl-data-load');
    // The bytes of "Educación" and "Café" in Windows-1252: %F3 and %E9 alone are no UTF-8.
    el.src = 'data:application/json,[{"heading":"Educaci%F3n","body":"Caf%E9 con leche."}]';
    mount(el);
    await loaded;
    await el.updateComplete;
    headers(el)[0].click();
    await el.updateComplete;
    expect(visibleText(headers(el)[0])).to.equal('Educación');
    expect(visibleText(panelOf(el, headers(el)[0]))).to.equal('Café con leche.');
  });
});

describe('<pl-values-accordion> while its data loads or fails', () => {
  it('says only that it is loading while src loads, and only the failure when it fails (not that there are no values)', async () => {
    const el = document.createElement('pl-values-accordion');
    el.src = '/__slow/500/values.json';
    mount(el);
    await waitFor(() => visibleText(el).includes('Loading'), 2000, 'the loading line');
    expect(visibleText(el)).to.equal('Loading…');
    await waitFor(() => headers(el).length === 3, 4000, 'the values');

    const failing = document.createElement('pl-values-accordion');
    const failed = nextEvent(failing, 'pl-error');
    failing.src = '/tests/fixtures/no-such-values.json';
    await captureWarnings(async () => {
      mount(failing);
      await failed;
      await failing.updateComplete;
    });
    expect(visibleText(failing)).to.equal('This content could not be loaded (HTTP 404). Retry');
  });

  it('describes its Retry button with what failed (several widgets of a page may fail at once)', async () => {
    const el = document.createElement('pl-values-accordion');
    const failed = nextEvent<{ message: string }>(el, 'pl-error');
    el.src = '/tests/fixtures/no-such-values.json';
    await captureWarnings(async () => {
      mount(el);
      await failed;
      await el.updateComplete;
    });
    const retry = alertOf(el)!.querySelector('button')!;
    const description = retry.getAttribute('aria-describedby');
    expect(description, 'aria-describedby').to.be.a('string');
    expect(visibleText(el.shadowRoot!.getElementById(description!)!)).to.equal((await failed).detail.message);
  });

  it('loads src when it is put back in the page after it was taken out while loading', async () => {
    const el = document.createElement('pl-values-accordion');
    // An answer 1.5 s late: on a busy machine it is still on its way when the accordion leaves.
    el.src = '/__slow/1500/values.json';
    mount(el);
    await waitFor(() => visibleText(el).includes('Loading'), 1000, 'the load under way');
    el.remove();
    // Out for longer than a move: the load is given up.
    await pause(50);
    const loaded = nextEvent<{ count: number }>(el, 'pl-data-load');
    document.body.append(el);
    expect((await loaded).detail.count).to.equal(3);
    await el.updateComplete;
    expect(headers(el)).to.have.length(3);
  });

  it('gives up on an answer whose body stalls (two minutes, shortened here) and offers Retry, instead of "Loading" for ever', async () => {
    const wait = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number) => wait(handler, ms === 12e4 ? 200 : ms)) as typeof setTimeout;
    const el = document.createElement('pl-values-accordion');
    const failed = nextEvent<{ message: string }>(el, 'pl-error', 3000);
    try {
      // The server answers at once, and the rest of the body would come 8 s later.
      el.src = '/__trickle/8000/values.json';
      await captureWarnings(async () => {
        mount(el);
        await failed;
      });
    } finally {
      window.setTimeout = wait;
    }
    await el.updateComplete;
    expect((await failed).detail.message).to.match(/network/);
    expect(alertOf(el)!.querySelector('button')!.textContent!.trim()).to.equal('Retry');
  });

  it('loads src on a page whose old library gave every object a "body" (no failing request with a body)', async () => {
    const el = document.createElement('pl-values-accordion');
    const loaded = nextEvent<{ count: number }>(el, 'pl-data-load');
    const failed = nextEvent<{ message: string }>(el, 'pl-error');
    failed.catch(() => undefined);
    Object.defineProperty(Object.prototype, 'body', { value: 'from an old library', configurable: true, writable: true });
    let outcome: string;
    try {
      el.src = '/tests/fixtures/values.json';
      outcome = await captureWarnings(async () => {
        mount(el);
        await Promise.race([loaded, failed]);
      }).then(() => (alertOf(el) ? 'failed' : 'loaded'));
    } finally {
      delete (Object.prototype as { body?: unknown }).body;
    }
    await el.updateComplete;
    expect(outcome).to.equal('loaded');
    expect((await loaded).detail.count).to.equal(3);
  });
});

describe('<pl-values-accordion> out of the page', () => {
  it('no longer answers a click on a link to the address the page already has once removed', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<pl-values-accordion>
        <pl-value id="gone-equity" heading="Equity"><p>Every student.</p></pl-value>
        <pl-value id="gone-community" heading="Community"><p>Together.</p></pl-value>
      </pl-values-accordion>`;
    const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
    await el.updateComplete;
    history.replaceState(null, '', '#gone-community');
    const link = Object.assign(document.createElement('a'), { href: '#gone-community', textContent: 'Community' });
    mount(link);
    el.remove();
    const toggles = recordEvents(el, 'pl-toggle');
    link.click();
    await pause(100);
    toggles.stop();
    expect(toggles.events).to.have.length(0);
    expect(el.querySelector('#gone-community')!.hasAttribute('open')).to.equal(false);
  });

  it('leaves focus where the page put it when it opens the value the address names on arrival (only a followed link moves it)', async () => {
    const input = document.createElement('input');
    mount(input);
    input.focus();
    history.replaceState(null, '', '#arrival-b');
    const el = document.createElement('pl-values-accordion');
    el.items = [
      { id: 'arrival-a', heading: 'A', body: 'One.' },
      { id: 'arrival-b', heading: 'B', body: 'Two.' },
    ];
    mount(el);
    await waitFor(() => expanded(el).join() === 'false,true', 2000, 'the named value open');
    await el.updateComplete;
    await pause(50);
    expect(document.activeElement).to.equal(input);
  });
});
