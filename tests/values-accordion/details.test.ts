import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/values-accordion.js';
import type { PlValuesAccordion } from '../../src/values-accordion.js';
import { chromiumOnly, inFirefox } from '../support/chromium-only.js';
import { deepActiveElement, recordEvents, waitFor } from '../support/helpers.js';
import { expanded, headers } from './helpers.js';


async function accordion(markup: string): Promise<PlValuesAccordion> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = markup;
  const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

const THREE = `<pl-values-accordion %ATTRS%>
    <pl-value id="d-experts" heading="Educators are the experts"><p>Teachers know best.</p></pl-value>
    <pl-value id="d-equity" heading="Equity"><p>Every student.</p></pl-value>
    <pl-value id="d-community" heading="Community"><p>Learn together.</p></pl-value>
  </pl-values-accordion>`;
const three = (attrs = '') => accordion(THREE.replace('%ATTRS%', attrs));

describe('<pl-values-accordion> keys', () => {
  it('moves between headers with the arrow keys and keeps the page from scrolling', async () => {
    const el = await three();
    headers(el)[0].focus();
    const prevented: boolean[] = [];
    el.shadowRoot!.addEventListener('keydown', (event) => prevented.push(event.defaultPrevented));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect(prevented).to.deep.equal([true, true]);
    expect(deepActiveElement()).to.equal(headers(el)[0]);
  });

  it('leaves Meta+ArrowDown (the end of the page on a Mac) to the browser', async () => {
    const el = await three();
    headers(el)[1].focus();
    const prevented: boolean[] = [];
    el.shadowRoot!.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'ArrowDown') prevented.push(event.defaultPrevented);
    });
    await sendKeys({ down: 'Meta' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Meta' });
    expect([deepActiveElement() === headers(el)[1], prevented]).to.deep.equal([true, [false]]);
  });
});

describe('<pl-values-accordion> controls', () => {
  it('names its toolbar, for screen readers', async () => {
    const el = await three('controls multiple');
    const toolbar = el.shadowRoot!.querySelector('[part="controls"]')!;
    expect(toolbar.getAttribute('role')).to.equal('group');
    expect(toolbar.getAttribute('aria-label')).to.equal('Show or hide all values');
  });

  it('shows no toolbar while there are no values', async () => {
    const el = await accordion('<pl-values-accordion controls multiple></pl-values-accordion>');
    expect(el.shadowRoot!.querySelectorAll('[part="controls"], button').length).to.equal(0);
    el.items = [{ heading: 'Equity', body: 'Every student.' }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="controls"]').length).to.equal(1);
  });
});

describe('<pl-values-accordion> values that come and go', () => {
  it('fires nothing when an open value is removed from the page', async () => {
    const el = await three();
    headers(el)[1].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, true, false]);
    const toggles = recordEvents(el, 'pl-toggle');
    el.querySelector('#d-equity')!.remove();
    await waitFor(() => headers(el).length === 2, 2000, 'the value gone');
    await el.updateComplete;
    toggles.stop();
    // A value that is gone did not close: no one did anything to it.
    expect(toggles.events.map((e) => e.detail)).to.deep.equal([]);
    expect(expanded(el)).to.deep.equal([false, false]);
  });

  it('reads heading-level="2.6" as 3', async () => {
    const el = await three('heading-level="2.6"');
    expect(headers(el).map((h) => h.parentElement!.localName)).to.deep.equal(['h3', 'h3', 'h3']);
  });
});

describe('<pl-values-accordion> followed links', () => {
  const realScroll = Element.prototype.scrollIntoView;
  let behaviours: (string | undefined)[] = [];
  beforeEach(() => {
    behaviours = [];
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      if (this.classList.contains('item')) behaviours.push(typeof options === 'object' ? options.behavior : undefined);
    };
  });
  afterEach(async () => {
    Element.prototype.scrollIntoView = realScroll;
    history.replaceState(null, '', location.pathname + location.search);
    // Firefox has no media emulation (the test below is Chromium only): nothing to undo there.
    if (!inFirefox) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  // Chromium only: emulates prefers-reduced-motion (CDP), which Firefox's WebDriver BiDi cannot.
  chromiumOnly('glides to a value a link on the page names, and jumps there when the reader asks for less motion', async () => {
    const el = await three();
    location.hash = '#d-community';
    await waitFor(() => behaviours.length === 1, 2000, 'the scroll');
    expect(expanded(el)).to.deep.equal([false, false, true]);
    await emulateMedia({ reducedMotion: 'reduce' });
    location.hash = '#d-equity';
    await waitFor(() => behaviours.length === 2, 2000, 'the second scroll');
    expect(behaviours).to.deep.equal(['smooth', 'instant']);
  });
});

describe('<pl-values-accordion> with many values', () => {
  // Each header's level was found by searching the whole page for the heading before the accordion:
  // 100 values searched it 100 times on every open and close.
  it('searches the page for its heading level once per update, not once per value', async () => {
    const values = Array.from({ length: 30 }, (_, i) => ({ id: `v${i}`, heading: `Value ${i}`, body: 'Text.' }));
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion .items=${values}></pl-values-accordion>`);
    await el.updateComplete;
    let searches = 0;
    const search = document.querySelectorAll;
    document.querySelectorAll = function (this: Document, selectors: string) {
      if (selectors.includes('h1')) searches++;
      return search.call(this, selectors);
    } as typeof search;
    try {
      el.show('v3');
      await el.updateComplete;
    } finally {
      document.querySelectorAll = search;
    }
    expect(headers(el)[3].getAttribute('aria-expanded')).to.equal('true');
    expect(searches, 'searches of the page').to.be.within(1, 2);
  });
});
