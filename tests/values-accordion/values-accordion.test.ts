import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/values-accordion.js';
import type { PlValuesAccordion, ValueItem } from '../../src/values-accordion.js';
import { chromiumOnly } from '../support/chromium-only.js';
import {
  captureWarnings,
  deepActiveElement,
  flakyUrl,
  nextEvent,
  recordEvents,
  visibleText,
  waitFor,
} from '../support/helpers.js';
import { expanded, headers, panelOf } from './helpers.js';


async function childrenAccordion(attrs = '') {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<pl-values-accordion ${attrs}>
      <pl-value id="experts" heading="Educators are the experts"><p>Teachers know best. <a href="#x">A link</a></p></pl-value>
      <pl-value id="equity" heading="Equity"><p>Every student.</p></pl-value>
      <pl-value id="community" heading="Community"><p>Learn together.</p></pl-value>
    </pl-values-accordion>`;
  const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

describe('<pl-values-accordion> ARIA structure', () => {
  it('renders each header as a button inside a heading, wired to its region', async () => {
    const el = await childrenAccordion();
    const buttons = headers(el);
    expect(buttons).to.have.length(3);
    for (const button of buttons) {
      // A real heading element of the level (the APG's <h3>), alone around its button.
      const heading = button.parentElement!;
      expect(heading.localName).to.equal('h3');
      expect(heading.children.length).to.equal(1);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = panelOf(el, button);
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(panel.hidden).to.equal(true);
    }
    expect(buttons.map((b) => visibleText(b))).to.deep.equal(['Educators are the experts', 'Equity', 'Community']);
  });

  it('uses heading-level for the headings, clamped to 1..6', async () => {
    const el = await childrenAccordion('heading-level="1"');
    expect(headers(el)[0].parentElement!.localName).to.equal('h1');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(headers(el)[0].parentElement!.localName).to.equal('h6');
    // An empty attribute is the default (3), not the lowest level.
    el.setAttribute('heading-level', '');
    await el.updateComplete;
    expect(headers(el)[0].parentElement!.localName).to.equal('h3');
    // So is a level below 1, as 0 is: not the page's top heading.
    for (const level of ['-1', 'abc', 'Infinity']) {
      el.setAttribute('heading-level', level);
      await el.updateComplete;
      expect(headers(el)[0].parentElement!.localName, level).to.equal(level === 'Infinity' ? 'h6' : 'h3');
    }
  });

  it('has no axe violations, closed and open', async () => {
    const el = await childrenAccordion('controls multiple');
    await expect(el).to.be.accessible();
    headers(el)[1].click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<pl-values-accordion> pl-toggle and what the page reads', () => {
  /** Each event's value as the accordion shows it when the event arrives: [id, open, aria-expanded, panel shown]. */
  function shownAtEvents(el: PlValuesAccordion): [string, boolean, boolean, boolean][] {
    const seen: [string, boolean, boolean, boolean][] = [];
    el.addEventListener('pl-toggle', (event) => {
      const { id, index, open } = (event as CustomEvent<{ id: string; index: number; open: boolean }>).detail;
      const header = headers(el)[index];
      seen.push([id, open, header.getAttribute('aria-expanded') === 'true', !panelOf(el, header).hidden]);
    });
    return seen;
  }

  it('fires after the headers and panels show the change, for a click, a key, show(), hide() and Expand all', async () => {
    const el = await childrenAccordion('controls');
    const seen = shownAtEvents(el);
    headers(el)[0].click();
    // Heard at once, in the click's own task.
    expect(seen).to.deep.equal([['experts', true, true, true]]);
    headers(el)[2].focus();
    await sendKeys({ press: 'Enter' });
    el.hide('community');
    el.show('equity');
    expect(seen).to.deep.equal([
      ['experts', true, true, true],
      ['experts', false, false, false],
      ['community', true, true, true],
      ['community', false, false, false],
      ['equity', true, true, true],
    ]);
    el.multiple = true;
    await el.updateComplete;
    seen.length = 0;
    el.expandAll();
    expect(seen).to.deep.equal([
      ['experts', true, true, true],
      ['community', true, true, true],
    ]);
  });

  it('shows the value opened when a script that awaits the event goes on', async () => {
    const el = await childrenAccordion();
    setTimeout(() => headers(el)[1].click());
    const event = await nextEvent<{ id: string; open: boolean }>(el, 'pl-toggle');
    expect(event.detail).to.include({ id: 'equity', open: true });
    expect(expanded(el)).to.deep.equal([false, true, false]);
    expect(visibleText(el)).to.contain('Every student.');
  });
});

describe('<pl-values-accordion> opening and closing', () => {
  it('opens one value at a time by default and reports each change', async () => {
    const el = await childrenAccordion();
    const log = recordEvents<{ id: string; index: number; open: boolean }>(el, 'pl-toggle');
    headers(el)[0].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, false, false]);
    expect(panelOf(el, headers(el)[0]).hidden).to.equal(false);
    expect(visibleText(el)).to.contain('Teachers know best.');

    headers(el)[2].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, true]);
    expect(log.events.map((e) => e.detail)).to.deep.equal([
      { id: 'experts', index: 0, open: true },
      { id: 'experts', index: 0, open: false },
      { id: 'community', index: 2, open: true },
    ]);
    expect(el.querySelector('#community')!.hasAttribute('open')).to.equal(true);
    expect(el.querySelector('#experts')!.hasAttribute('open')).to.equal(false);

    headers(el)[2].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false]);
  });

  it('keeps several open with multiple', async () => {
    const el = await childrenAccordion('multiple');
    headers(el)[0].click();
    headers(el)[1].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, true, false]);
  });

  it('Expand all / Collapse all with controls and multiple', async () => {
    const el = await childrenAccordion('controls multiple');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Expand all', 'Collapse all']);
    buttons[0].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, true, true]);
    buttons[1].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false]);
  });

  it('Expand all / Collapse all say what they did (focus stays on the button), until a value opens or closes otherwise', async () => {
    const el = await childrenAccordion('controls multiple');
    const [expand, collapse] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
    const region = el.shadowRoot!.querySelector('[part="controls"] [role="status"]')!;
    const toolbar = el.shadowRoot!.querySelector('[part="controls"]')!;
    const toolbarHeight = toolbar.getBoundingClientRect().height;
    const said = () => region.textContent!.trim();
    expect(said()).to.equal('');
    expand.click();
    await el.updateComplete;
    expect(said()).to.equal('All values open.');
    // For screen readers only: the toolbar looks as it did, and nothing sticks out of the accordion.
    expect([getComputedStyle(region).position, getComputedStyle(region).clipPath]).to.deep.equal(['absolute', 'inset(50%)']);
    expect(toolbar.getBoundingClientRect().height).to.equal(toolbarHeight);
    expect(region.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    collapse.click();
    await el.updateComplete;
    expect(said()).to.equal('All values closed.');
    // A value opened by its header: "All values closed" no longer holds.
    headers(el)[1].click();
    await el.updateComplete;
    expect(said()).to.equal('');
    expand.click();
    await el.updateComplete;
    expect(said()).to.equal('All values open.');
    // A script's collapseAll() is no press, and the sentence no longer holds either.
    el.collapseAll();
    await el.updateComplete;
    expect(said()).to.equal('');
    // In the page's language, also after a switch.
    collapse.click();
    await el.updateComplete;
    el.lang = 'es';
    await el.updateComplete;
    expect(said()).to.equal('Todos los valores cerrados.');
    expand.click();
    await el.updateComplete;
    expect(said()).to.equal('Todos los valores abiertos.');
  });

  it('Expand all / Collapse all: what was said is not shown while values the page adds make it untrue', async () => {
    const el = await childrenAccordion('controls multiple');
    const [expand, collapse] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
    const said = () => el.shadowRoot!.querySelector('[part="controls"] [role="status"]')!.textContent!.trim();
    collapse.click();
    await el.updateComplete;
    expect(said()).to.equal('All values closed.');
    el.insertAdjacentHTML('beforeend', '<pl-value heading="New, open" open>Body</pl-value>');
    await waitFor(() => headers(el).length === 4, 2000, 'the new value');
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, true]);
    expect(said()).to.equal('');
    expand.click();
    await el.updateComplete;
    expect(said()).to.equal('All values open.');
    el.insertAdjacentHTML('beforeend', '<pl-value heading="New, closed">Body</pl-value>');
    await waitFor(() => headers(el).length === 5, 2000, 'the second new value');
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, true, true, true, false]);
    expect(said()).to.equal('');
  });

  it('fires pl-toggle once for a value that starts open, whichever source it comes from', async () => {
    const sources = {
      children: '<pl-value heading="One">1</pl-value><pl-value heading="Two" open>2</pl-value>',
      json: '<script type="application/json">[{"heading":"One","body":"1"},{"heading":"Two","body":"2","open":true}]</script>',
    };
    for (const [source, markup] of Object.entries(sources)) {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const toggles: unknown[] = [];
      container.addEventListener('pl-toggle', (event) => toggles.push((event as CustomEvent).detail));
      container.innerHTML = `<pl-values-accordion>${markup}</pl-values-accordion>`;
      const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
      await waitFor(() => expanded(el).join() === 'false,true', 2000, source);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(toggles, source).to.deep.equal([{ id: 'two', index: 1, open: true }]);
    }
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const toggles: unknown[] = [];
    container.addEventListener('pl-toggle', (event) => toggles.push((event as CustomEvent).detail));
    const el = document.createElement('pl-values-accordion') as PlValuesAccordion;
    container.append(el);
    el.items = [{ id: 'a', heading: 'A', body: 'a' }, { id: 'b', heading: 'B', body: 'b', open: true }, { id: 'c', heading: 'C', body: 'c', open: true }] as never;
    // One open at a time: the first that asks to start open, as in a group of <details name>.
    await waitFor(() => expanded(el).join() === 'false,true,false', 2000, 'items: one open');
    expect(toggles, 'items').to.deep.equal([{ id: 'b', index: 1, open: true }]);
  });

  it('honours the open attribute and opening a <pl-value> from script', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<pl-values-accordion>
      <pl-value heading="One">1</pl-value><pl-value heading="Two" open>2</pl-value></pl-values-accordion>`;
    const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
    await waitFor(() => expanded(el).join() === 'false,true');
    (el.querySelector('pl-value') as HTMLElement & { open: boolean }).open = true;
    await waitFor(() => expanded(el).join() === 'true,false', 2000, 'first open, second closed');
  });
});

describe('<pl-values-accordion> keyboard', () => {
  it('Enter and Space toggle; arrows move and wrap; Home and End jump', async () => {
    const el = await childrenAccordion();
    headers(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, false, false]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false]);

    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(headers(el)[1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(headers(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()).to.equal(headers(el)[2]);
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()).to.equal(headers(el)[0]);
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(headers(el)[2]);
  });

  it('keeps the pressed header in sight when a long value above it closes', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<pl-values-accordion>
        <pl-value id="tall" heading="Tall" open><div style="height: 2000px">A long body</div></pl-value>
        <pl-value id="next" heading="Next"><p>Short.</p></pl-value>
      </pl-values-accordion><div style="height: 3000px"></div>`;
    const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
    await el.updateComplete;
    await el.updateComplete;
    const next = headers(el)[1];
    scrollBy(0, next.getBoundingClientRect().top - 300);
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(expanded(el)).to.deep.equal([false, true]);
    expect(Math.round(next.getBoundingClientRect().top)).to.be.within(0, 302);
    scrollTo(0, 0);
  });

  it('leaves Ctrl+Home and Alt+ArrowDown to the browser', async () => {
    const el = await childrenAccordion();
    headers(el)[1].focus();
    const defaults: boolean[] = [];
    el.shadowRoot!.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key.length > 3 && !['Control', 'Alt'].includes((event as KeyboardEvent).key)) defaults.push(event.defaultPrevented);
    });
    for (const [modifier, key] of [['Control', 'Home'], ['Alt', 'ArrowDown']]) {
      await sendKeys({ down: modifier });
      await sendKeys({ press: key });
      await sendKeys({ up: modifier });
    }
    expect([deepActiveElement() === headers(el)[1], defaults]).to.deep.equal([true, [false, false]]);
  });

  it('keeps collapsed panels out of the tab order', async () => {
    const el = await childrenAccordion();
    headers(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(headers(el)[1]);
    headers(el)[0].click();
    await el.updateComplete;
    headers(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.equal('A link');
  });
});

describe('<pl-values-accordion> data sources', () => {
  it('renders .items as text, blank lines as paragraphs, never as HTML', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion></pl-values-accordion>`);
    el.items = [
      { id: 'a', heading: '<img src=x onerror=alert(1)>Bold', body: 'First.\n\nSecond <b>not bold</b>.' },
      { heading: 'Community' },
    ];
    await el.updateComplete;
    headers(el)[0].click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(visibleText(headers(el)[0])).to.equal('<img src=x onerror=alert(1)>Bold');
    expect([...panelOf(el, headers(el)[0]).querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'First.',
      'Second <b>not bold</b>.',
    ]);
  });

  it('loads src and fires pl-data-load', async () => {
    const el = document.createElement('pl-values-accordion');
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    el.src = '/tests/fixtures/values.json';
    document.body.append(el);
    expect((await loaded).detail).to.deep.equal({ count: 3, skipped: 0 });
    await el.updateComplete;
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['Educators are the experts', 'Equity', 'Community']);
    el.remove();
  });

  it('reads inline JSON', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<pl-values-accordion><script type="application/json">[{"heading":"Inline one"},{"heading":"Inline two"}]</script></pl-values-accordion>`;
    const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
    await el.updateComplete;
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['Inline one', 'Inline two']);
  });

  it('prefers the property over children', async () => {
    const el = await childrenAccordion();
    el.items = [{ heading: 'From property' }];
    await el.updateComplete;
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['From property']);
    el.items = undefined;
    await el.updateComplete;
    expect(headers(el)).to.have.length(3);
  });

  it('skips invalid records, counts them and warns once', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion></pl-values-accordion>`);
    let detail: unknown;
    el.addEventListener('pl-data-load', (e) => (detail = (e as CustomEvent).detail));
    const warnings = await captureWarnings(async () => {
      el.items = [{ heading: 'Good' }, { heading: '' }, 42, { id: 'x' }, { heading: 'Also good', body: 7 }] as never;
      await el.updateComplete;
    });
    expect(detail).to.deep.equal({ count: 1, skipped: 4 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('skipped 4 invalid records');
    expect(headers(el)).to.have.length(1);
  });

  it('says when a document has no value to show (a file of workshops given by mistake), and shows nothing before any data', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion lang="es"></pl-values-accordion>`);
    expect(visibleText(el)).to.equal('');
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    const warnings = await captureWarnings(async () => {
      el.items = [{ id: 'w1', title: 'CS Fundamentals Intro', course: 'csf' }, { id: 'w2', title: 'CS Discoveries', course: 'csd' }] as never;
      await el.updateComplete;
    });
    expect((await loaded).detail).to.deep.equal({ count: 0, skipped: 2 });
    expect(warnings.join(' ')).to.contain('skipped 2 invalid records');
    expect(visibleText(el)).to.equal('No hay valores para mostrar.');
    el.lang = 'en';
    await waitFor(() => visibleText(el) === 'No values to show.', 2000, 'the English message');
    el.items = [{ heading: 'Equity' }];
    await el.updateComplete;
    expect(visibleText(el)).to.equal('Equity');
  });

  it('keeps at most 100 values of a huge document, and says so once', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion></pl-values-accordion>`);
    let detail: unknown;
    el.addEventListener('pl-data-load', (e) => (detail = (e as CustomEvent).detail));
    const warnings = await captureWarnings(async () => {
      el.items = Array.from({ length: 100000 }, (_, i) => ({ heading: i === 1 ? '' : 'Same heading' }));
      await el.updateComplete;
    });
    expect(headers(el)).to.have.length(100);
    expect(detail).to.deep.equal({ count: 100, skipped: 99900 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('record 2: missing "heading"');
    expect(warnings[0]).to.contain('records 102 to 100000: left out (at most 100 are shown)');
  });

  it('reports invalid <pl-value> children once, however often the children settle', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: unknown[] = [];
    container.addEventListener('pl-data-load', (e) => events.push((e as CustomEvent).detail));
    const warnings = await captureWarnings(async () => {
      container.innerHTML = `<pl-values-accordion>
          <pl-value heading="One" id="dup"><p>First.</p></pl-value>
          <pl-value heading="Two" id="dup"><p>Same id.</p></pl-value>
          <pl-value><p>No heading.</p></pl-value>
          <pl-value heading="Three"><p>Third.</p></pl-value>
        </pl-values-accordion>`;
      const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
      for (let i = 0; i < 5; i++) {
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      // The second "dup" keeps its value (an id only serves deep links); the one without a heading cannot be shown.
      expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['One', 'Two', 'Three']);
      // A real change is a new load, reported again.
      el.querySelectorAll('pl-value')[2].setAttribute('heading', 'Now named');
      await waitFor(() => headers(el).length === 4, 2000, 'the renamed value');
    });
    expect(warnings.filter((w) => w.includes('skipped 1 invalid record:'))).to.have.length(1);
    expect(warnings).to.have.length(1);
    expect(events).to.deep.equal([
      { count: 3, skipped: 1 },
      { count: 4, skipped: 0 },
    ]);
  });

  it('sends the page no event of its own when a <pl-value> changes (the page gets CustomEvents only)', async () => {
    const el = await childrenAccordion();
    const heard: Event[] = [];
    const hear = (event: Event) => heard.push(event);
    document.addEventListener('pl-value-change', hear);
    el.querySelector('pl-value')!.setAttribute('heading', 'Renamed');
    (el.querySelectorAll('pl-value')[1] as HTMLElement & { open: boolean }).open = true;
    await waitFor(() => visibleText(headers(el)[0]) === 'Renamed' && expanded(el)[1], 2000, 'the changes');
    document.removeEventListener('pl-value-change', hear);
    expect(heard.length).to.equal(0);
  });

  it('shows an alert with Retry when src is missing, and recovers on Retry', async () => {
    const el = document.createElement('pl-values-accordion');
    const failed = nextEvent<{ message: string }>(el, 'pl-error');
    el.src = flakyUrl('values.json');
    // The page goes on after the widget: Tab must not wrap round to reach the values.
    const after = Object.assign(document.createElement('a'), { href: '#after', textContent: 'After the values' });
    await captureWarnings(async () => {
      document.body.append(el, after);
      await failed;
      await el.updateComplete;
    });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(visibleText(alert)).to.contain('HTTP 500');
    await expect(el).to.be.accessible();
    try {
      const loaded = nextEvent(el, 'pl-data-load');
      alert.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]') === null, 'the alert gone').to.equal(true);
      expect(headers(el)).to.have.length(3);
      // The button went away with the alert: focus stayed in the widget, not on the page, and
      // moves on to the first value once the values are in.
      await waitFor(() => deepActiveElement() === headers(el)[0], 2000, 'focus on the first value');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === headers(el)[1], 'Tab goes on to the next value').to.equal(true);
    } finally {
      // Left on the page, it would own the ids the deep-link tests look for.
      el.remove();
      after.remove();
    }
  });

  it('takes a second click on a Retry button that is gone (page code that kept it) without throwing', async () => {
    const el = document.createElement('pl-values-accordion');
    const failed = nextEvent(el, 'pl-error');
    el.src = '/tests/fixtures/no-such-values.json';
    await captureWarnings(async () => {
      document.body.append(el);
      await failed;
      await el.updateComplete;
    });
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.error);
    window.addEventListener('error', onError);
    try {
      await captureWarnings(async () => {
        const again = nextEvent(el, 'pl-error');
        retry.click();
        await again;
        await el.updateComplete;
        // The alert was drawn again: the kept button is no longer in it.
        expect(retry.isConnected, 'the kept button is gone').to.equal(false);
        retry.dispatchEvent(new MouseEvent('click'));
        await el.updateComplete;
      });
    } finally {
      window.removeEventListener('error', onError);
      el.remove();
    }
    expect(thrown).to.deep.equal([]);
  });

  it('reads inline JSON written as {values} or as a program document', async () => {
    for (const json of ['{"values":[{"heading":"Equity"}]}', '{"program":{"name":"P","values":[{"heading":"Equity"}]}}']) {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<pl-values-accordion><script type="application/json">${json}</script></pl-values-accordion>`;
      const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
      await waitFor(() => headers(el).length > 0, 2000, json);
      expect(headers(el).map((h) => h.textContent!.trim()), json).to.deep.equal(['Equity']);
    }
  });

  it('explains a 404 and broken JSON differently, and a document of another kind as not valid', async () => {
    for (const [src, expected] of [
      ['/tests/fixtures/does-not-exist.json', 'HTTP 404'],
      ['/tests/fixtures/broken.json', 'not valid'],
      ['/tests/fixtures/workshops.json', 'not valid'],
    ]) {
      const el = document.createElement('pl-values-accordion');
      el.src = src;
      const failed = nextEvent<{ message: string }>(el, 'pl-error');
      await captureWarnings(async () => {
        document.body.append(el);
        expect((await failed).detail.message).to.contain(expected);
      });
      await el.updateComplete;
      expect(visibleText(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain(expected);
      el.remove();
    }
  });
});

describe('<pl-values-accordion> deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens and scrolls to the value named by location.hash, also on hashchange', async () => {
    history.replaceState(null, '', '#equity');
    const el = await childrenAccordion();
    await waitFor(() => expanded(el)[1], 2000, 'equity open from hash');
    location.hash = '#community';
    await waitFor(() => expanded(el).join() === 'false,false,true', 2000, 'community open on hashchange');
  });

  it('says each value once when the hash opens one while another starts open: the one that opened', async () => {
    history.replaceState(null, '', '#vb');
    const el = document.createElement('pl-values-accordion') as PlValuesAccordion;
    el.items = [{ id: 'va', heading: 'A', open: true }, { id: 'vb', heading: 'B' }];
    const toggles = recordEvents(el, 'pl-toggle');
    document.body.append(el);
    try {
      await waitFor(() => expanded(el).join() === 'false,true', 2000, 'vb open from the hash');
      await new Promise((resolve) => setTimeout(resolve, 50));
      toggles.stop();
      const said = toggles.events.map((event) => `${(event as CustomEvent).detail.id}:${(event as CustomEvent).detail.open}`);
      expect(said).to.deep.equal(['va:false', 'vb:true']);
    } finally {
      el.remove();
    }
  });

  it('opens a value whose id has accents (the address bar percent-encodes them)', async () => {
    history.replaceState(null, '', '#educación');
    const el = document.createElement('pl-values-accordion') as PlValuesAccordion;
    el.items = [{ id: 'first', heading: 'First' }, { id: 'educación', heading: 'Educación' }];
    document.body.append(el);
    try {
      await waitFor(() => expanded(el).join() === 'false,true', 2000, 'educación open');
    } finally {
      el.remove();
    }
  });

  it('no longer follows the address once removed', async () => {
    const el = await childrenAccordion();
    const toggles = recordEvents(el, 'pl-toggle');
    el.remove();
    location.hash = '#community';
    await new Promise((resolve) => setTimeout(resolve, 100));
    toggles.stop();
    expect(toggles.events).to.have.length(0);
  });

  it('takes focus to the header of a value from JSON that a followed link names, so Tab goes on from there', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <a id="go" href="#community">Our community value</a> <a href="#other">other</a>
      <div style="height: 2000px"></div>
      <pl-values-accordion></pl-values-accordion>
    </div>`);
    const el = box.querySelector<PlValuesAccordion>('pl-values-accordion')!;
    el.items = [{ heading: 'Experts' }, { heading: 'Equity' }, { heading: 'Community' }];
    await el.updateComplete;
    const link = box.querySelector<HTMLAnchorElement>('#go')!;
    link.focus();
    link.click();
    await waitFor(() => expanded(el)[2], 2000, 'community open');
    await waitFor(() => deepActiveElement() === headers(el)[2], 2000, 'focus on its header');
    // The smooth scroll ends here, not in the next test.
    let last = NaN;
    await waitFor(() => last === (last = scrollY) && scrollY > 0, 3000, 'the scroll to the value to end');
  });

  it('opens the value in the first accordion of the page when two have a value of that id, as a browser takes the first element', async () => {
    history.replaceState(null, '', '#equity');
    const box = await fixture<HTMLDivElement>(html`<div>
      <pl-values-accordion id="a"></pl-values-accordion>
      <div style="height: 3000px"></div>
      <pl-values-accordion id="b"></pl-values-accordion>
    </div>`);
    const toggles: string[] = [];
    box.addEventListener('pl-toggle', (e) => toggles.push(`${(e.target as Element).id} ${(e as CustomEvent).detail.id}`));
    const [a, b] = [...box.querySelectorAll<PlValuesAccordion>('pl-values-accordion')];
    // Ids made from the headings: "equity" in both.
    a.items = [{ heading: 'Experts' }, { heading: 'Equity' }];
    b.items = [{ heading: 'Equity' }, { heading: 'Community' }];
    await waitFor(() => expanded(a)[1], 2000, 'equity open in the first accordion');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(expanded(b)).to.deep.equal([false, false]);
    expect(toggles).to.deep.equal(['a equity']);
    const top = a.shadowRoot!.querySelectorAll('.item')[1].getBoundingClientRect().top;
    expect(top >= 0 && top < innerHeight, 'scrolled to the first accordion').to.equal(true);
  });

  it('reports invalid children once when the hash opens a value (the open value is not new data)', async () => {
    history.replaceState(null, '', '#equity');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: unknown[] = [];
    container.addEventListener('pl-data-load', (e) => events.push((e as CustomEvent).detail));
    const warnings = await captureWarnings(async () => {
      container.innerHTML = `<pl-values-accordion>
          <pl-value id="experts" heading="Experts">a</pl-value><pl-value id="bad">No heading.</pl-value><pl-value id="equity" heading="Equity">b</pl-value>
        </pl-values-accordion>`;
      const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
      await waitFor(() => expanded(el)[1], 2000, 'equity open from hash');
      for (let i = 0; i < 5; i++) {
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    expect(events).to.deep.equal([{ count: 2, skipped: 1 }]);
    expect(warnings.filter((w) => w.includes('skipped'))).to.have.length(1);
  });

  it('opens the value of an outer accordion that holds the linked value, and scrolls to it', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px"></div>
      <pl-values-accordion id="outer">
        <pl-value heading="Our approach" id="approach">
          <pl-values-accordion id="inner">
            <pl-value heading="First idea" id="first-idea">One.</pl-value>
            <pl-value heading="Second idea" id="second-idea">Two.</pl-value>
          </pl-values-accordion>
        </pl-value>
        <pl-value heading="Community" id="community-outer">Three.</pl-value>
      </pl-values-accordion>
    </div>`);
    const outer = box.querySelector<PlValuesAccordion>('#outer')!;
    const inner = box.querySelector<PlValuesAccordion>('#inner')!;
    await outer.updateComplete;
    await inner.updateComplete;
    scrollTo(0, 0);
    location.hash = '#second-idea';
    await waitFor(() => expanded(inner).join() === 'false,true', 2000, 'the inner value open');
    await waitFor(() => expanded(outer).join() === 'true,false', 2000, 'the outer value that holds it open');
    await waitFor(() => {
      const top = headers(inner)[1].getBoundingClientRect().top;
      return top >= 0 && top < innerHeight;
    }, 2000, 'the linked value in view');
    expect(headers(inner)[1].getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it("leaves the page's own anchor to the page when a value's id made from its heading is the same", async () => {
    const anchor = document.createElement('h2');
    anchor.id = 'page-heading';
    document.body.append(anchor);
    try {
      const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion
        ><pl-value heading="Page heading">1</pl-value><pl-value heading="Mine" id="mine">2</pl-value></pl-values-accordion
      >`);
      location.hash = '#page-heading';
      await new Promise((resolve) => setTimeout(resolve, 100));
      const afterPageAnchor = expanded(el).join();
      location.hash = '#mine';
      await waitFor(() => expanded(el).join() === 'false,true', 2000, 'its own id still opens it');
      expect(afterPageAnchor).to.equal('false,false');
    } finally {
      anchor.remove();
    }
  });

  it('finds a fragment as written before it decodes it ("50%" cannot be decoded, "a%20b" is an id)', async () => {
    for (const id of ['50%', 'a%20b']) {
      history.replaceState(null, '', `#${id}`);
      const el = document.createElement('pl-values-accordion');
      el.items = [
        { id: 'first', heading: 'First', body: 'One.' },
        { id, heading: `Value ${id}`, body: 'Two.' },
        { id: 'a b', heading: 'Spaced', body: 'Three.' },
      ];
      document.body.append(el);
      await waitFor(() => expanded(el).length === 3, 2000, 'the values');
      await el.updateComplete;
      expect(expanded(el).join(), id).to.equal('false,true,false');
      el.remove();
    }
  });

  it('jumps to a deep-linked value at once on arrival, though the page scrolls smoothly, and clear of a sticky header', async () => {
    const root = document.documentElement;
    root.style.scrollBehavior = 'smooth';
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 3000px' });
    const below = Object.assign(document.createElement('div'), { style: 'height: 3000px' });
    document.body.prepend(spacer);
    history.replaceState(null, '', '#last');
    const el = document.createElement('pl-values-accordion');
    el.items = Array.from({ length: 10 }, (_, i) => ({ id: i === 9 ? 'last' : `v${i}`, heading: `Value ${i}`, body: 'Text.' }));
    try {
      document.body.append(el, below);
      await waitFor(() => expanded(el)[9] === true, 2000, 'the last value open');
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const top = el.shadowRoot!.querySelectorAll('.item')[9].getBoundingClientRect().top;
      // Instantly there (a smooth scroll would still be on its way), with room above for a header.
      expect(top).to.be.within(parseFloat(getComputedStyle(el).fontSize) * 3, 200);
    } finally {
      root.style.scrollBehavior = '';
      spacer.remove();
      below.remove();
      el.remove();
      scrollTo(0, 0);
    }
  });

  it('opens the value again when a link to the hash the address already has is clicked', async () => {
    const el = await childrenAccordion();
    const link = Object.assign(document.createElement('a'), { href: '#community', textContent: 'Community' });
    document.body.append(link);
    try {
      link.click();
      await waitFor(() => expanded(el)[2], 2000, 'community open from the link');
      headers(el)[2].click();
      await el.updateComplete;
      expect(expanded(el)[2]).to.equal(false);
      // A click the page handled itself (a router) is left alone.
      const handled = (event: Event) => event.preventDefault();
      link.addEventListener('click', handled);
      link.click();
      await el.updateComplete;
      expect(expanded(el)[2]).to.equal(false);
      link.removeEventListener('click', handled);
      // The address is #community already: no hashchange.
      link.click();
      await waitFor(() => expanded(el)[2], 2000, 'community open again from the same link');
    } finally {
      link.remove();
      scrollTo(0, 0);
    }
  });

  it('deep-links data items by id', async () => {
    history.replaceState(null, '', '#equity');
    const el = document.createElement('pl-values-accordion');
    el.src = '/tests/fixtures/values.json';
    document.body.append(el);
    await waitFor(() => headers(el).length === 3 && expanded(el)[1], 3000, 'equity open after load');
    el.remove();
  });
});

describe('<pl-values-accordion> ids and multiple', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('gives an id the page wrote to its own value, not to an earlier value whose heading slugs to it', async () => {
    history.replaceState(null, '', '#equity');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<pl-values-accordion>
        <pl-value heading="Equity"><p>First.</p></pl-value>
        <pl-value id="equity" heading="Fairness for all"><p>Second.</p></pl-value>
      </pl-values-accordion>`;
    const el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
    await waitFor(() => headers(el).length === 2, 2000, 'two values');
    expect(el.values.map((v) => v.id)).to.deep.equal(['equity-2', 'equity']);
    await waitFor(() => expanded(el).join() === 'false,true', 2000, 'the page\'s #equity open');
  });

  it('hands out copies in values: a page that changes what it read changes nothing shown', async () => {
    const el = await childrenAccordion();
    const read = el.values as ValueItem[];
    read.pop();
    read[0]!.heading = 'Changed by the page';
    el.requestUpdate();
    await el.updateComplete;
    expect(headers(el).map((h) => h.textContent!.trim())).to.deep.equal(['Educators are the experts', 'Equity', 'Community']);
    expect(el.values.map((v) => v.heading)).to.deep.equal(['Educators are the experts', 'Equity', 'Community']);
  });

  it('keeps a value whose id an earlier value already has, under an id of its own', async () => {
    const el = document.createElement('pl-values-accordion') as PlValuesAccordion;
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    el.items = [
      { id: 'equity', heading: 'Equity', body: 'One.' },
      { id: 'equity', heading: 'Access', body: 'Two.' },
      { heading: 'Community', body: 'Three.' },
    ];
    document.body.append(el);
    try {
      expect((await loaded).detail).to.deep.equal({ count: 3, skipped: 0 });
      expect(el.values.map((v) => v.id)).to.deep.equal(['equity', 'access', 'community']);
      expect(headers(el).map((h) => h.textContent!.trim())).to.deep.equal(['Equity', 'Access', 'Community']);
    } finally {
      el.remove();
    }
  });

  it('toggles at each of two clicks on a header in the same task (a script, or a fast double tap)', async () => {
    const el = await childrenAccordion();
    const toggles = recordEvents<{ id: string; open: boolean }>(el, 'pl-toggle');
    const header = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')[0];
    header.click();
    header.click();
    await el.updateComplete;
    toggles.stop();
    expect(toggles.events.map((e) => e.detail.open)).to.deep.equal([true, false]);
    expect(header.getAttribute('aria-expanded')).to.equal('false');
  });

  it('show() of an unknown or open value and hide() of a closed one change nothing and say nothing', async () => {
    const el = await childrenAccordion();
    el.show('equity');
    await el.updateComplete;
    const toggles = recordEvents(el, 'pl-toggle');
    el.show('equity');
    el.show('no-such-value');
    el.hide('community');
    await el.updateComplete;
    toggles.stop();
    expect([toggles.events.length, expanded(el)]).to.deep.equal([0, [false, true, false]]);
  });

  it('expandAll() without multiple opens only the first value, and says so once', async () => {
    const el = await childrenAccordion();
    const toggles = recordEvents<{ id: string; index: number; open: boolean }>(el, 'pl-toggle');
    el.expandAll();
    await el.updateComplete;
    toggles.stop();
    expect(expanded(el)).to.deep.equal([true, false, false]);
    expect(toggles.events.map((e) => e.detail)).to.deep.equal([{ id: 'experts', index: 0, open: true }]);
  });

  it('says which values closed when multiple is turned off', async () => {
    const el = await childrenAccordion('multiple');
    el.expandAll();
    await el.updateComplete;
    const toggles = recordEvents<{ id: string; open: boolean }>(el, 'pl-toggle');
    el.multiple = false;
    await waitFor(() => expanded(el).join() === 'true,false,false', 2000, 'one value open');
    toggles.stop();
    expect(toggles.events.map((e) => `${e.detail.id} ${e.detail.open}`)).to.deep.equal(['equity false', 'community false']);
  });

  it('keeps a value open when the page renames it (a new id, or a new heading its id comes from)', async () => {
    const el = await childrenAccordion();
    headers(el)[1].click();
    await el.updateComplete;
    const toggles = recordEvents<{ id: string; open: boolean }>(el, 'pl-toggle');
    const value = el.querySelector('#equity') as HTMLElement & { open: boolean };
    let reloaded = nextEvent(el, 'pl-data-load');
    value.id = 'fairness';
    await reloaded;
    await el.updateComplete;
    expect([expanded(el).join(), value.open]).to.deep.equal(['false,true,false', true]);
    // Without an id, its id comes from its heading.
    value.removeAttribute('id');
    await el.updateComplete;
    reloaded = nextEvent(el, 'pl-data-load');
    value.setAttribute('heading', 'Fairness for all');
    await reloaded;
    await el.updateComplete;
    expect([expanded(el).join(), value.open]).to.deep.equal(['false,true,false', true]);
    toggles.stop();
    expect(toggles.events.map((e) => `${e.detail.id} ${e.detail.open}`)).to.deep.equal([]);
  });
});

describe('<pl-values-accordion> language, print and motion', () => {
  it('speaks Spanish from its own lang or an ancestor', async () => {
    const el = await childrenAccordion('controls multiple lang="es"');
    expect(visibleText(el.shadowRoot!.querySelector('[part="controls"]')!)).to.contain('Expandir todo');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"></div>`);
    wrapper.innerHTML = '<pl-values-accordion controls><pl-value heading="Uno">1</pl-value></pl-values-accordion>';
    const nested = wrapper.firstElementChild as PlValuesAccordion;
    await nested.updateComplete;
    expect(visibleText(nested.shadowRoot!.querySelector('[part="controls"]')!)).to.contain('Contraer todo');
    wrapper.lang = 'en';
    await waitFor(() => visibleText(nested.shadowRoot!.querySelector('[part="controls"]')!).includes('Collapse all'));
  });

  // Media is emulated over Chromium's DevTools protocol: these two are not in the Firefox pass.
  chromiumOnly('prints every panel expanded', async () => {
    const el = await childrenAccordion();
    await emulateMedia({ media: 'print' });
    try {
      const panel = panelOf(el, headers(el)[1]);
      expect(getComputedStyle(panel).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  chromiumOnly('drops transitions under prefers-reduced-motion', async () => {
    const el = await childrenAccordion();
    const icon = el.shadowRoot!.querySelector('.icon')!;
    expect(getComputedStyle(icon).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('<pl-values-accordion> values that are not its children', () => {
  it('sends no event to the page from a value that is not inside an accordion', async () => {
    const seen: string[] = [];
    const listen = (event: Event) => seen.push(event.type);
    document.addEventListener('pl-value-change', listen);
    const value = await fixture<HTMLElement & { heading: string; updateComplete: Promise<unknown> }>(html`<pl-value heading="Alone"></pl-value>`);
    value.heading = 'Still alone';
    await value.updateComplete;
    document.removeEventListener('pl-value-change', listen);
    expect(seen).to.deep.equal([]);
  });

  it('shows values wrapped in a <div> (a block of a page builder) as its own, and says nothing', async () => {
    let el!: PlValuesAccordion;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PlValuesAccordion>(html`<pl-values-accordion><div><pl-value id="equity" heading="Equity"><p>For every student.</p></pl-value></div></pl-values-accordion>`);
      el.setAttribute('multiple', '');
      await el.updateComplete;
    });
    await waitFor(() => headers(el).length === 1, 2000, 'the value');
    headers(el)[0].click();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('For every student.');
    expect(warnings).to.deep.equal([]);
  });
});

describe('<pl-values-accordion> values that start open', () => {
  const expanded = (el: PlValuesAccordion) => headers(el).map((b) => (b.getAttribute('aria-expanded') === 'true' ? 'O' : '-')).join('');

  it('lets a visitor close a value that data opened, and keeps it closed', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion
      .items=${[{ heading: 'Equity', body: 'a', open: true }, { heading: 'Community', body: 'b' }]}
    ></pl-values-accordion>`);
    await el.updateComplete;
    headers(el)[0].click();
    await el.updateComplete;
    await el.updateComplete;
    expect(expanded(el)).to.equal('--');
  });

  it('opens every <pl-value open> with `multiple`, keeps their open attribute, and says so once each', async () => {
    const toggles = recordEvents<{ id: string; open: boolean }>(document, 'pl-toggle');
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion multiple>
      <pl-value heading="Equity" open>1</pl-value><pl-value heading="Community" open>2</pl-value><pl-value heading="Curiosity" open>3</pl-value>
      <pl-value heading="Courage" open>4</pl-value><pl-value heading="Joy" open>5</pl-value>
    </pl-values-accordion>`);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    toggles.stop();
    const kept = [...el.querySelectorAll('pl-value')].filter((v) => v.hasAttribute('open')).length;
    expect([expanded(el), kept, toggles.events.map((e) => `${e.detail.id}:${e.detail.open}`)]).to.deep.equal([
      'OOOOO',
      5,
      ['equity:true', 'community:true', 'curiosity:true', 'courage:true', 'joy:true'],
    ]);
  });

  it('opens only the first of several <pl-value open> without `multiple`, as a group of <details name> does', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion>
      <pl-value heading="One">1</pl-value><pl-value heading="Two" open>2</pl-value><pl-value heading="Three" open>3</pl-value><pl-value heading="Four" open>4</pl-value>
    </pl-values-accordion>`);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(expanded(el)).to.equal('-O--');
  });

  it('draws values given open in the update that shows them', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion></pl-values-accordion>`);
    const toggles = recordEvents<{ id: string; open: boolean }>(el, 'pl-toggle');
    el.items = [
      { id: 'one', heading: 'One', body: '1', open: true },
      { id: 'two', heading: 'Two', body: '2' },
      { id: 'three', heading: 'Three', body: '3' },
    ];
    await el.updateComplete;
    const first = expanded(el);
    el.show('three');
    await el.updateComplete;
    toggles.stop();
    expect([first, expanded(el), toggles.events.map((e) => `${e.detail.id}:${e.detail.open}`)]).to.deep.equal([
      'O--',
      '--O',
      ['one:true', 'one:false', 'three:true'],
    ]);
  });

  it('opens only the first of several values with "open": true in data without `multiple`', async () => {
    const el = await fixture<PlValuesAccordion>(html`<pl-values-accordion
      .items=${[
        { heading: 'One', body: '1', open: true },
        { heading: 'Two', body: '2', open: true },
        { heading: 'Three', body: '3' },
      ]}
    ></pl-values-accordion>`);
    await el.updateComplete;
    expect(expanded(el)).to.equal('O--');
  });
});

describe('<pl-values-accordion> values the page adds or puts back', () => {
  const settle = async (el: PlValuesAccordion) => {
    for (let i = 0; i < 4; i++) {
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
    }
  };
  const newValue = (heading: string, id?: string) => {
    const value = document.createElement('pl-value');
    value.setAttribute('heading', heading);
    if (id) value.id = id;
    value.textContent = `${heading} body`;
    return value;
  };

  it('opens a value appended and opened from script in the same task, and says so', async () => {
    const el = await childrenAccordion();
    const { events } = recordEvents(el, "pl-toggle");
    const value = newValue('Joy', 'joy');
    el.append(value);
    value.open = true;
    await settle(el);
    expect(expanded(el)).to.deep.equal([false, false, false, true]);
    expect(value.open).to.equal(true);
    expect(events.map((e) => e.detail)).to.deep.equal([{ id: 'joy', index: 3, open: true }]);
  });

  it('closes a value appended open while another is open (single-open), as a <details name> group does; opening it then works', async () => {
    const el = await childrenAccordion();
    const first = el.querySelector<HTMLElement & { open: boolean }>('pl-value')!;
    first.open = true;
    await settle(el);
    const value = newValue('Joy', 'joy');
    value.open = true;
    el.append(value);
    await settle(el);
    expect([expanded(el), value.open]).to.deep.equal([[true, false, false, false], false]);
    value.open = true;
    await settle(el);
    expect([expanded(el), first.open]).to.deep.equal([[false, false, false, true], false]);
  });

  it('opens a value opened before it was appended', async () => {
    const el = await childrenAccordion();
    const value = newValue('Joy');
    value.open = true;
    el.append(value);
    await settle(el);
    expect(expanded(el)).to.deep.equal([false, false, false, true]);
  });

  it('shows an open value that was taken out and put back open, and a new open value under an old id', async () => {
    const el = await childrenAccordion();
    const equity = el.querySelector<HTMLElement & { open: boolean }>('#equity')!;
    equity.open = true;
    await settle(el);
    expect(expanded(el)).to.deep.equal([false, true, false]);
    equity.remove();
    await settle(el);
    el.append(equity);
    await settle(el);
    expect(equity.open).to.equal(true);
    expect(expanded(el)).to.deep.equal([false, false, true]);
    // A re-render that swaps the element for a new one with the same id, written open.
    const fresh = newValue('Equity', 'equity');
    fresh.setAttribute('open', '');
    equity.replaceWith(fresh);
    await settle(el);
    expect(expanded(el)).to.deep.equal([false, false, true]);
  });

  it('leaves out a <pl-value hidden>, and shows it again when it is no longer hidden', async () => {
    const el = await childrenAccordion();
    const equity = el.querySelector<HTMLElement>('#equity')!;
    equity.hidden = true;
    await settle(el);
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['Educators are the experts', 'Community']);
    equity.hidden = false;
    await settle(el);
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['Educators are the experts', 'Equity', 'Community']);
  });

  it('does not call hidden values wrapped ones when every value is hidden', async () => {
    const el = await childrenAccordion();
    const warnings = await captureWarnings(async () => {
      for (const value of el.querySelectorAll<HTMLElement>('pl-value')) value.hidden = true;
      await settle(el);
    });
    expect(headers(el)).to.have.length(0);
    expect(warnings.join(' ')).not.to.contain('direct child');
  });
});

describe('<pl-values-accordion> children swallowed by a paragraph left open', () => {
  /** What WordPress's wpautop makes of plain-text paragraphs in a value: its last <p> is never closed. */
  const AUTOP = `<pl-values-accordion>
<pl-value heading="Equity">Every student deserves computer science.</p>
<p>Every school should offer it.
</pl-value>
<pl-value heading="Community">No one should teach alone.</pl-value>
</pl-values-accordion>`;

  async function parsed(markup: string) {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    let el!: PlValuesAccordion;
    const warnings = await captureWarnings(async () => {
      container.innerHTML = markup;
      el = container.querySelector('pl-values-accordion') as PlValuesAccordion;
      await el.updateComplete;
      await el.updateComplete;
    });
    return { el, warnings };
  }

  it('shows a value that sits inside another one after it, each with its own body', async () => {
    const { el, warnings } = await parsed(AUTOP);
    await waitFor(() => headers(el).length === 2, 2000, 'two values');
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['Equity', 'Community']);
    headers(el)[0].click();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Every school should offer it.').and.not.contain('No one should teach alone.');
    headers(el)[1].click();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('No one should teach alone.');
    expect(warnings.join(' ')).not.to.contain('direct child');
  });

  it('keeps the order of values each swallowed by the one before, and of values side by side in one', async () => {
    const { el } = await parsed(`<pl-values-accordion>
<pl-value heading="One">First.</p>
<p>Open.
</pl-value>
<pl-value heading="Two">Second.</p>
<p>Open too.
</pl-value>
<pl-value heading="Three">Third.</pl-value>
<pl-value heading="Four">Fourth.</pl-value>
</pl-values-accordion>`);
    await waitFor(() => headers(el).length === 4, 2000, 'four values');
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['One', 'Two', 'Three', 'Four']);
  });

  it('says nothing of an accordion inside a value', async () => {
    const { el, warnings } = await parsed(`<pl-values-accordion>
      <pl-value heading="Outer"><p>Intro.</p><pl-values-accordion><pl-value heading="Inner"><p>Body.</p></pl-value></pl-values-accordion></pl-value>
    </pl-values-accordion>`);
    expect(headers(el).map((h) => visibleText(h))).to.deep.equal(['Outer']);
    expect(warnings).to.deep.equal([]);
  });
});
