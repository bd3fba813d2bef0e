/** The timeline's heading: what a page or a document names it, whatever type it is given as. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/program-timeline.js';
import type { PlProgramTimeline } from '../../src/program-timeline.js';
import { captureWarnings, nextEvent, waitFor } from '../support/helpers.js';

const headingOf = (el: PlProgramTimeline) => el.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim() ?? '';

describe('<pl-program-timeline> heading', () => {
  it('shows a heading given as a number (timeline.heading = 2027), without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline><pl-phase name="Phase 1" title="Online course"></pl-phase></pl-program-timeline>`);
    (el as unknown as { heading: unknown }).heading = 2027;
    await el.updateComplete.catch(() => undefined);
    window.removeEventListener('error', onError);
    expect([headingOf(el), errors]).to.deep.equal(['2027', []]);
  });

  it('drops the name of a document it no longer shows while the next one loads or fails', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline src="/tests/fixtures/program.json"></pl-program-timeline>`);
    await waitFor(() => headingOf(el) === 'Test Program', 4000, 'the first document');
    await captureWarnings(async () => {
      const failed = nextEvent(el, 'pl-error');
      el.src = '/tests/fixtures/no-such-program.json';
      await failed;
      await el.updateComplete;
    });
    expect(headingOf(el)).to.equal('');
  });
});

describe('<pl-program-timeline> phases for assistive technology', () => {
  it('names each focusable phase by its heading', async () => {
    const el = await fixture<PlProgramTimeline>(
      html`<pl-program-timeline><pl-phase name="Phase 1" title="Online course"></pl-phase><pl-phase name="Phase 2" title="Summer workshop"></pl-phase></pl-program-timeline>`,
    );
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('ol > li[tabindex]')].map((li) => {
      const label = el.shadowRoot!.getElementById(li.getAttribute('aria-labelledby') ?? '');
      return label?.textContent?.replace(/\s+/g, ' ').trim();
    });
    expect(names).to.deep.equal(['Phase 1: Online course', 'Phase 2: Summer workshop']);
  });
});

describe('<pl-program-timeline heading-level>', () => {
  const levels = (el: PlProgramTimeline) => [...el.shadowRoot!.querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map((h) => Number(h.getAttribute('aria-level') ?? h.tagName[1]));

  it('is the level asked for, 1 to 6: the heading at it, the phases one below', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline heading="Our program" heading-level="1"><pl-phase name="Phase 1" title="Online course"></pl-phase></pl-program-timeline>`);
    expect(levels(el)).to.deep.equal([1, 2]);
    el.setAttribute('heading-level', '6');
    el.removeAttribute('heading');
    await el.updateComplete;
    expect(levels(el)).to.deep.equal([6]);
  });

  it('is the default, 2, when empty, removed or not a number (as on the card and the accordion)', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline heading="Our program" heading-level=""><pl-phase name="Phase 1" title="Online course"></pl-phase></pl-program-timeline>`);
    expect(levels(el)).to.deep.equal([2, 3]);
    for (const set of [() => el.setAttribute('heading-level', '4'), () => el.removeAttribute('heading-level'), () => el.setAttribute('heading-level', 'abc'), () => el.setAttribute('heading-level', '0')]) {
      set();
      await el.updateComplete;
      expect(levels(el)[0]).to.equal(el.getAttribute('heading-level') === '4' ? 4 : 2);
    }
  });
});
