import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { chromiumOnly } from '../support/chromium-only.js';
import '../../src/program-timeline.js';
import { todaySpan } from '../../src/program-timeline/dates.js';
import { normalizePhases, paragraphs } from '../../src/program-timeline/phase-items.js';
import { progressFromAttribute, progressFromDates } from '../../src/program-timeline/progress.js';
import { captureWarnings, nextEvent, visibleText } from '../support/helpers.js';
import { items, mount, progressText } from './helpers.js';

/** The timeline's own re-check timers (anything longer than a second), caught instead of waited for. */
function catchLongTimers() {
  const realSetTimeout = window.setTimeout;
  const caught: { run: () => void; ms: number }[] = [];
  window.setTimeout = ((handler: () => void, ms = 0, ...rest: unknown[]) =>
    ms > 1000 ? -caught.push({ run: handler, ms }) : realSetTimeout(handler, ms, ...rest)) as typeof setTimeout;
  return { caught, restore: () => (window.setTimeout = realSetTimeout) };
}

describe('<pl-program-timeline> on a page left open', () => {
  const RealDate = Date;
  afterEach(() => (globalThis.Date = RealDate));

  /** The visitor's clock, read through Date.now() and new Date(). */
  function clockAt(start: number) {
    const clock = { now: start };
    class Clock extends RealDate {
      constructor(...args: []) {
        super(...((args.length ? args : [clock.now]) as []));
      }
      static override now() {
        return clock.now;
      }
    }
    globalThis.Date = Clock as DateConstructor;
    return clock;
  }

  it('looks again within the hour, so a phase that starts at a time of day is marked when it starts', async () => {
    const clock = clockAt(new RealDate(2026, 5, 22, 9, 0).getTime());
    const timers = catchLongTimers();
    try {
      const at = (h: number) => new RealDate(2026, 5, 22, h).toISOString();
      const el = await mount({}, [
        { name: 'Phase 1', title: 'Kick-off call', start: at(10), end: at(11) },
        { name: 'Phase 2', title: 'Summer workshop', start: '2026-07-01' },
      ]);
      expect(el.currentIndex).to.equal(-1);
      const check = timers.caught.at(-1)!;
      // Midnight is 15 hours away: the look at the hour must come first.
      expect(check.ms).to.be.at.most(36e5);
      clock.now = new RealDate(2026, 5, 22, 10, 0, 30).getTime();
      check.run();
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      expect(progressText(el)).to.equal('Now: Phase 1: Kick-off call (1 of 2)');
    } finally {
      timers.restore();
    }
  });

  it('looks again when a phase starts or ends, not an hour later', async () => {
    const clock = clockAt(new RealDate(2026, 5, 22, 9, 0).getTime());
    const timers = catchLongTimers();
    try {
      const at = (h: number, m: number) => new RealDate(2026, 5, 22, h, m).toISOString();
      const el = await mount({}, [
        { name: 'Phase 1', title: 'Kick-off call', start: at(9, 20), end: at(9, 50) },
        { name: 'Phase 2', title: 'Summer workshop', start: '2026-07-01' },
      ]);
      // The call starts in 20 minutes: the look comes then, within a second.
      expect(timers.caught.at(-1)!.ms).to.be.within(20 * 6e4, 20 * 6e4 + 1000);
      clock.now = new RealDate(2026, 5, 22, 9, 20, 1).getTime();
      timers.caught.at(-1)!.run();
      await el.updateComplete;
      expect(progressText(el)).to.equal('Now: Phase 1: Kick-off call (1 of 2)');
      // And again when it ends.
      expect(timers.caught.at(-1)!.ms).to.be.within(30 * 6e4 - 1000, 30 * 6e4 + 1000);
      clock.now = new RealDate(2026, 5, 22, 9, 50, 1).getTime();
      timers.caught.at(-1)!.run();
      await el.updateComplete;
      expect(progressText(el)).to.equal('Up next: Phase 2: Summer workshop, starting July 1, 2026');
    } finally {
      timers.restore();
    }
  });

  it('sets no timer while it is out of the page, even when it renders there', async () => {
    const el = await mount({}, [{ title: 'Online course', start: '2026-04-06', end: '2026-06-12' }]);
    el.remove();
    const timers = catchLongTimers();
    try {
      el.heading = 'Renamed while away';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Renamed while away');
      // A timer would keep the removed element (and its phases) alive until it fired.
      expect(timers.caught).to.have.length(0);
    } finally {
      timers.restore();
    }
  });
});

describe('<pl-program-timeline> current and dates, as authors write them', () => {
  const phases: { title: string; start?: string; end?: string }[] = [{ title: 'A' }, { title: 'B' }, { title: 'C' }];
  const today = todaySpan('2026-06-01');

  it('reads a signed phase number: "+2" is phase 2, "-1" is not started', async () => {
    expect(progressFromAttribute(phases, '+2', today)).to.deep.include({ current: 1, stage: 'during' });
    expect(progressFromAttribute(phases, '-1', today)).to.deep.include({ current: -1, stage: 'before' });
    const el = await mount({ current: '+2' }, phases);
    expect(el.currentIndex).to.equal(1);
    expect(progressText(el)).to.equal('Now: B (2 of 3)');
    el.current = '-1';
    await el.updateComplete;
    expect(progressText(el)).to.equal('Not started yet');
  });

  it('of two phases that start the same day, marks the one listed last', async () => {
    const sameDay = [
      { title: 'Course', start: '2026-06-01', end: '2026-06-30' },
      { title: 'Kick-off', start: '2026-06-01', end: '2026-06-02' },
    ];
    expect(progressFromDates(sameDay, today).current).to.equal(1);
    const el = await mount({ today: '2026-06-01' }, sameDay);
    expect(items(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step']);
  });
});

describe('<pl-program-timeline> phases written as data', () => {
  it('reads a format with spaces and capitals', async () => {
    const el = await mount({}, [{ title: 'Course', format: ' Online ' }, { title: 'Workshop', format: 'IN PERSON' }]);
    expect(items(el).map((li) => visibleText(li.querySelector('.format')!))).to.deep.equal(['Online', 'In person']);
  });

  it('skips a phase whose summary is not text, and says why', async () => {
    const result = normalizePhases([{ title: 'Fine', summary: 'Text' }, { title: 'Odd', summary: 5 }, { title: 'Odd too', summary: ['a'] }]);
    expect(result.items.map((p) => p.title)).to.deep.equal(['Fine']);
    expect(result.reasons).to.deep.equal(['record 2: "summary" is not text', 'record 3: "summary" is not text']);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pl-program-timeline');
    let loaded: Promise<CustomEvent<{ count: number; skipped: number }>> | undefined;
    const warnings = await captureWarnings(async () => {
      loaded = nextEvent(el, 'pl-data-load');
      el.phases = [{ title: 'Fine' }, { title: 'Odd', summary: 5 } as never];
      container.append(el);
      await loaded;
    });
    expect((await loaded!).detail).to.deep.equal({ count: 1, skipped: 1 });
    expect(warnings.join('\n')).to.contain('"summary" is not text');
  });

  it('shows a phase whose summary is null (an empty cell of a JSON export) without a summary', async () => {
    const el = document.createElement('pl-program-timeline');
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    el.phases = [{ title: 'Course', summary: null }, { title: 'Workshop', summary: 'Four days.' }] as never;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await loaded).detail).to.deep.equal({ count: 2, skipped: 0 });
    await el.updateComplete;
    expect(items(el).map((li) => visibleText(li.querySelector('.title')!))).to.deep.equal(['Course', 'Workshop']);
  });

  it('labels a link that has no label with its address, and drops links it cannot follow', async () => {
    const el = await mount({}, [
      {
        title: 'Course',
        links: [
          { url: '/syllabus' },
          { label: 'No address' },
          { label: 'Script', url: 'javascript:alert(1)' },
          { label: '   ', url: '/blank-label' },
        ],
      },
    ]);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent!.trim(), a.href])).to.deep.equal([
      ['/syllabus', new URL('/syllabus', location.href).href],
      ['/blank-label', new URL('/blank-label', location.href).href],
    ]);
  });

  it('tells that a link to another site opens in a new tab, and not for one on the same site', async () => {
    const el = await mount({}, [{ title: 'Course', links: [{ label: 'Partner', url: 'https://partner.example/join' }, { label: 'Here', url: '/here' }] }]);
    const [away, here] = [...el.shadowRoot!.querySelectorAll('a')];
    expect(away.target).to.equal('_blank');
    expect(away.rel).to.equal('noopener');
    expect(away.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Partner (opens in a new tab)');
    expect(away.querySelector('.visually-hidden')).to.exist;
    expect(here.target).to.equal('');
    expect(here.textContent!.trim()).to.equal('Here');
  });

  // Chromium only: emulates print media (CDP), and reads the address from ::after's computed content.
  chromiumOnly('prints where a link to another site leads (paper cannot follow it)', async () => {
    const el = await mount({}, [{ title: 'Course', links: [{ label: 'Partner', url: 'https://partner.example/join' }, { label: 'Here', url: '/here' }] }]);
    const [away, here] = [...el.shadowRoot!.querySelectorAll('a')];
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(away, '::after').content).to.contain('https://partner.example/join');
      expect(getComputedStyle(here, '::after').content).to.be.oneOf(['none', 'normal']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('splits a summary into paragraphs at blank lines, whatever the line ends', async () => {
    expect(paragraphs('One\r\n\r\nTwo\r\nstill two\n \t \nThree\n\n\n')).to.deep.equal(['One', 'Two\r\nstill two', 'Three']);
    const el = await mount({}, [{ title: 'Course', summary: 'First.\r\n\r\nSecond.\n   \nThird.' }]);
    expect([...el.shadowRoot!.querySelectorAll('.content p')].map((p) => p.textContent)).to.deep.equal(['First.', 'Second.', 'Third.']);
  });

  it('shows no heading for a blank one, and names the list for itself', async () => {
    const el = await mount({ heading: '   ' }, [{ title: 'Course' }]);
    expect(el.shadowRoot!.querySelectorAll('[part="heading"]').length).to.equal(0);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Program phases');
    expect(list.hasAttribute('aria-labelledby')).to.equal(false);
  });
});
