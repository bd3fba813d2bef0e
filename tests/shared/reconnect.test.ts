/**
 * Elements moved in the page (a tab widget, a page builder or a single-page app re-parents them:
 * disconnected, then connected again) keep working.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { nextEvent, waitFor } from '../support/helpers.js';

const SLOW = '/__slow/300';

function mount(markup: string): { el: HTMLElement; moveTo: HTMLElement; cleanup: () => void } {
  const from = document.createElement('div');
  const moveTo = document.createElement('div');
  from.innerHTML = markup;
  document.body.append(from, moveTo);
  return { el: from.firstElementChild as HTMLElement, moveTo, cleanup: () => (from.remove(), moveTo.remove()) };
}

describe('elements moved to another place in the page', () => {
  it('the map draws its map again, with its pins', async () => {
    const { el, moveTo, cleanup } = mount('<pl-workshop-map tiles="none" today="2026-11-01" style="width: 900px"></pl-workshop-map>');
    const loaded = nextEvent(el, 'pl-data-load');
    el.setAttribute('src', '/tests/fixtures/workshops.json');
    await loaded;
    const root = el.shadowRoot!;
    await waitFor(() => root.querySelectorAll('.leaflet-marker-icon').length > 0, 4000, 'pins');
    moveTo.append(el);
    await waitFor(() => root.querySelectorAll('.leaflet-marker-icon').length > 0 && !!root.querySelector('.leaflet-control-zoom'), 4000, 'pins after the move');
    cleanup();
  });

  for (const [tag, fixture, ready] of [
    ['pl-workshop-map', 'workshops.json', '[part="item"]'],
    ['pl-program-timeline', 'phases.json', '[part~="phase"]'],
    ['pl-values-accordion', 'values.json', 'button'],
  ] as const) {
    it(`${tag} still loads its src when moved while loading`, async () => {
      const { el, moveTo, cleanup } = mount(`<${tag} src="${SLOW}/${fixture}" tiles="none" today="2026-11-01"></${tag}>`);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const loaded = nextEvent(el, 'pl-data-load', 4000);
      moveTo.append(el);
      await loaded;
      await waitFor(() => !!el.shadowRoot!.querySelector(ready), 4000, 'content');
      expect(el.shadowRoot!.textContent).to.not.contain('Loading');
      cleanup();
    });
  }
});

describe('elements moved through another document and back', () => {
  // Turbo's and htmx's kept elements, or a DOMParser document: the browser drops a shadow root's
  // constructed style sheets when its element moves to another document.
  for (const markup of [
    '<pl-values-accordion><pl-value heading="One">Body</pl-value></pl-values-accordion>',
    '<pl-pricing-card value="300" price="100" heading="Deep Dive"></pl-pricing-card>',
    '<pl-program-timeline><pl-phase name="Phase 1" title="Online course"></pl-phase></pl-program-timeline>',
  ]) {
    it(`${markup.slice(1).split(/[ >]/)[0]} keeps its styles`, async () => {
      const { el, moveTo, cleanup } = mount(markup);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const height = el.getBoundingClientRect().height;
      const sheets = el.shadowRoot!.adoptedStyleSheets.length;
      const elsewhere = document.implementation.createHTMLDocument('');
      elsewhere.body.append(el);
      moveTo.append(el);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets);
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
      expect(el.getBoundingClientRect().height).to.equal(height);
      cleanup();
    });
  }

  it('an element not rendered yet moves through a template\'s content and back without an error, and renders with its styles', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const card = document.createElement('pl-pricing-card') as HTMLElement & { updateComplete: Promise<unknown> };
    card.setAttribute('value', '300');
    document.createElement('template').content.append(card);
    document.body.append(card);
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(card.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
    card.remove();
  });
});

describe('elements out of the page', () => {
  /** The URLs the page fetched while `run` ran (and a little after it). */
  async function fetchedDuring(run: () => Promise<void>): Promise<string[]> {
    const urls: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input instanceof Request ? input.url : input));
      return original.call(window, input, init);
    };
    try {
      await run();
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      window.fetch = original;
    }
    return urls;
  }

  for (const [tag, fixture, ready] of [
    ['pl-workshop-map', 'workshops.json', '[part="item"]'],
    ['pl-program-timeline', 'phases.json', '[part~="phase"]'],
    ['pl-values-accordion', 'values.json', 'button'],
    ['pl-pricing-card', 'pricing.json', '[part~="price"]'],
  ] as const) {
    it(`${tag} added and removed in one task (a router swapping views) fetches nothing; added again, it loads`, async () => {
      const box = document.createElement('div');
      box.innerHTML = `<${tag} src="/tests/fixtures/${fixture}" tiles="none" today="2026-11-01"></${tag}>`;
      const el = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      const urls = await fetchedDuring(async () => {
        document.body.append(box);
        box.remove();
        await el.updateComplete;
      });
      expect(urls.filter((url) => url.includes(fixture))).to.deep.equal([]);
      const loaded = nextEvent(document, 'pl-data-load', 4000);
      document.body.append(box);
      expect((await loaded).target).to.equal(el);
      await waitFor(() => !!el.shadowRoot!.querySelector(ready), 4000, 'content');
      box.remove();
    });
  }

  it('a provider added and removed in one task fetches nothing; added again, it loads and tells the page', async () => {
    const box = document.createElement('div');
    box.innerHTML = '<pl-provider src="/tests/fixtures/program.json"><pl-values-accordion></pl-values-accordion></pl-provider>';
    const urls = await fetchedDuring(async () => {
      document.body.append(box);
      box.remove();
      await (box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    expect(urls.filter((url) => url.includes('program.json'))).to.deep.equal([]);
    const loaded = nextEvent(document, 'pl-program-load', 4000);
    document.body.append(box);
    await loaded;
    const accordion = box.querySelector('pl-values-accordion')!;
    await waitFor(() => !!accordion.shadowRoot!.querySelector('button[aria-expanded]'), 4000, 'the shared values');
    box.remove();
  });

  it('a finder added and removed in one task fetches no partners; added again, it loads them', async () => {
    const box = document.createElement('div');
    box.innerHTML = '<pl-workshop-map tiles="none" today="2026-11-01" partners-src="/tests/fixtures/partners.json"></pl-workshop-map>';
    const el = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    const urls = await fetchedDuring(async () => {
      document.body.append(box);
      box.remove();
      await el.updateComplete;
    });
    expect(urls.filter((url) => url.includes('partners.json'))).to.deep.equal([]);
    const again = await fetchedDuring(async () => {
      document.body.append(box);
      await el.updateComplete;
    });
    expect(again.filter((url) => url.includes('partners.json'))).to.have.length(1);
    box.remove();
  });

  it('moved again and again while its src loads (each move in one task), it fetches once and loads', async () => {
    const [from, moveTo] = [document.createElement('div'), document.createElement('div')];
    document.body.append(from, moveTo);
    from.innerHTML = '<pl-values-accordion></pl-values-accordion>';
    const el = from.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const cleanup = () => (from.remove(), moveTo.remove());
    const loaded = nextEvent(el, 'pl-data-load', 4000);
    const urls = await fetchedDuring(async () => {
      // A URL of its own: one another test fetched could come from the HTTP cache before the first move.
      el.setAttribute('src', `${SLOW}/values.json?moves`);
      for (let move = 0; move < 6; move++) {
        await new Promise((resolve) => setTimeout(resolve, 80));
        (move % 2 ? from : moveTo).append(el);
      }
      await loaded;
    });
    expect(urls.filter((url) => url.includes('values.json')), urls.join(' ')).to.have.length(1);
    cleanup();
  });

  it('data given while out of the page is reported to the page when the element is back', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    const el = document.createElement('pl-values-accordion');
    box.append(el);
    await el.updateComplete;
    box.remove();
    el.items = [{ heading: 'Equity' }];
    await el.updateComplete;
    const loaded = nextEvent<{ count: number }>(document, 'pl-data-load', 4000);
    document.body.append(box);
    expect((await loaded).detail.count).to.equal(1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.contain('Equity');
    box.remove();
  });
});
