/** The timeline on real pages: printing, focus rings near an edge, phases that are not its children. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/program-timeline.js';
import type { PlProgramTimeline } from '../../src/program-timeline.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { describeChromiumOnly } from '../support/chromium-only.js';
import { captureWarnings, deepActiveElement, flakyUrl, nextEvent, visibleText, waitFor } from '../support/helpers.js';

const phases = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Phase ${i + 1}`, title: `Professional development workshop ${i + 1}` }));
const tops = (el: PlProgramTimeline) => [...el.shadowRoot!.querySelectorAll('[part~="phase"]')].map((li) => Math.round(li.getBoundingClientRect().top));

// Print media is emulated over Chromium's DevTools protocol: not in the Firefox pass.
describeChromiumOnly('<pl-program-timeline> printed', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('stacks a forced horizontal row of five or more phases on paper, where it cannot scroll', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline orientation="horizontal" .phases=${phases(8)}></pl-program-timeline>`);
    await emulateMedia({ media: 'print' });
    expect(new Set(tops(el)).size).to.equal(8);
  });

  it('keeps four phases side by side on paper, as the author asked', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline orientation="horizontal" .phases=${phases(4)}></pl-program-timeline>`);
    await emulateMedia({ media: 'print' });
    expect(new Set(tops(el)).size).to.equal(1);
  });
});

describe('<pl-program-timeline> focus ring', () => {
  it("draws a focused phase's ring inside its card, so a page edge or a clipping section cannot cut it off, nor it cross the marker", async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline orientation="vertical" .phases=${phases(2)}></pl-program-timeline>`);
    const phase = el.shadowRoot!.querySelector<HTMLElement>('[part~="phase"]')!;
    phase.focus();
    const card = getComputedStyle(phase.querySelector('.body')!);
    expect([card.outlineStyle, parseFloat(card.outlineOffset) + parseFloat(card.outlineWidth) <= 0]).to.deep.equal(['solid', true]);
    expect(getComputedStyle(phase).outlineStyle).to.equal('none');
  });
});

describe('<pl-phase> on its own', () => {
  it('sends no event to the page when it is not inside a timeline', async () => {
    const seen: string[] = [];
    const listen = (event: Event) => seen.push(event.type);
    document.addEventListener('pl-phase-change', listen);
    const phase = await fixture<HTMLElement & { duration: string }>(html`<pl-phase name="Alone"></pl-phase>`);
    phase.duration = '3 days';
    await (phase as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    document.removeEventListener('pl-phase-change', listen);
    expect(seen).to.deep.equal([]);
  });
});

describe('<pl-program-timeline> phases that are not its children', () => {
  it('shows phases wrapped in another element (a CMS block, a <p> per phase as CKEditor writes them), in their order', async () => {
    const el = await fixture<PlProgramTimeline>(
      html`<pl-program-timeline heading="Program"
        ><div class="wp-block-group"><pl-phase name="Phase 1" title="Online course"><p>Ten hours online.</p></pl-phase></div
        ><p><pl-phase name="Phase 2" title="Summer workshop"></pl-phase><pl-phase name="Phase 3" title="Follow-ups"></pl-phase></p
        ><p><pl-phase name="Phase 4" title="Closing"></pl-phase></p></pl-program-timeline
      >`,
    );
    await waitFor(() => el.shadowRoot!.querySelectorAll('.phase-title').length === 4, 2000, 'four phases');
    expect([...el.shadowRoot!.querySelectorAll('.phase-title')].map((title) => visibleText(title))).to.deep.equal(['Online course', 'Summer workshop', 'Follow-ups', 'Closing']);
    expect(visibleText(el), "the phase's own content shows").to.contain('Ten hours online.');
  });

  it('says nothing when its phases are its children', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline><pl-phase name="Phase 1" title="Online course"></pl-phase></pl-program-timeline>`);
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});

describe('<pl-program-timeline> today that is not a date', () => {
  const spring = [
    { name: 'Phase 1', title: 'Online course', start: '2026-03-01', end: '2026-03-03' },
    { name: 'Phase 2', title: 'Summer workshop', start: '2026-06-22', end: '2026-06-26' },
  ];

  for (const today of ['2026-02-30', 'garbage']) {
    it(`says so on the console and compares with the current date (today="${today}")`, async () => {
      let el!: PlProgramTimeline;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PlProgramTimeline>(html`<pl-program-timeline today=${today} .phases=${spring}></pl-program-timeline>`);
      });
      // Now (any day after June 2026) both phases are over; 2026-02-30 read as March 2 made phase 1 current.
      const current = el.shadowRoot!.querySelectorAll('[aria-current="step"]').length;
      expect([warnings.filter((w) => w.includes(`today="${today}"`)).length, current]).to.deep.equal([1, 0]);
    });
  }
});

describe('<pl-program-timeline> after Retry', () => {
  it('moves the focus from where Retry was to the first phase it loaded, and Tab goes on from there', async () => {
    const el = document.createElement('pl-program-timeline');
    el.setAttribute('src', flakyUrl('phases.json'));
    const after = Object.assign(document.createElement('a'), { href: '#after', textContent: 'After the timeline' });
    const failed = nextEvent(el, 'pl-error');
    await captureWarnings(async () => {
      document.body.append(el, after);
      await failed;
      await el.updateComplete;
    });
    const loaded = nextEvent(el, 'pl-data-load');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await loaded;
    await el.updateComplete;
    const phases = [...el.shadowRoot!.querySelectorAll('[part~="phase"]')];
    try {
      await waitFor(() => deepActiveElement() === phases[0], 2000, 'focus on the first phase');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === phases[1], 'Tab on to the second phase').to.equal(true);
    } finally {
      el.remove();
      after.remove();
    }
  });
});
