/**
 * Edges of the timeline's contract that a mutation audit found unpinned: controls inside a phase,
 * levels and names for assistive technology, what shows while data loads or fails, Spanish text,
 * what it hands out, and dates as data and scripts give them.
 */
import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/program-timeline.js';
import type { PhaseSelectDetail, PlProgramTimeline } from '../../src/program-timeline.js';
import { providerContext } from '../../src/shared/context.js';
import { captureWarnings, nextEvent, recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { currentItems, items, mount, progressText } from './helpers.js';

const statusTexts = (el: PlProgramTimeline) => items(el).map((li) => visibleText(li.querySelector('[part="status"]') ?? document.createElement('p')));
const levelOf = (node: Element | null | undefined) => Number(node?.getAttribute('aria-level') ?? NaN);
/** The name a list or region gets from aria-labelledby (ids in the timeline's shadow root) or aria-label. */
const nameOf = (el: PlProgramTimeline, node: Element) =>
  (node.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ') || (node.getAttribute('aria-label') ?? '');

/** "YYYY-MM-DD" of the local day `offset` days from now. */
const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('<pl-program-timeline> controls inside a phase (audit)', () => {
  it('does not select the phase for a click on a disclosure summary or a form field inside it', async () => {
    const el = await mount(
      {},
      undefined,
      `<pl-phase name="Phase 1" title="Online course">
        <details><summary>Schedule</summary><p>Mondays</p></details>
        <label><input type="checkbox"> I have done this</label>
        <select><option>Cohort A</option></select>
        <textarea aria-label="Notes"></textarea>
      </pl-phase>`,
    );
    const log = recordEvents<PhaseSelectDetail>(el, 'pl-phase-select');
    el.querySelector('summary')!.click();
    expect(el.querySelector('details')!.open, 'the summary opened its details').to.equal(true);
    el.querySelector<HTMLInputElement>('input')!.click();
    el.querySelector('select')!.click();
    el.querySelector('textarea')!.click();
    expect(log.events).to.have.length(0);
    // Elsewhere in the phase, a click still selects it.
    el.querySelector('p')!.click();
    expect(log.events.map((event) => event.detail.index)).to.deep.equal([0]);
  });
});

describe('<pl-program-timeline> levels and names for assistive technology (audit)', () => {
  it('keeps phase titles at level 6 under a level-6 heading (no heading has a level 7)', async () => {
    const el = await mount({ heading: 'Our program', 'heading-level': '6' }, [{ name: 'Phase 1', title: 'Online course' }]);
    expect(levelOf(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal(6);
    expect(levelOf(items(el)[0].querySelector('[role="heading"]'))).to.equal(6);
  });

  it('reads a heading-level above 6 as 6', async () => {
    const el = await mount({ heading: 'Our program', 'heading-level': '7' }, [{ name: 'Phase 1', title: 'Online course' }]);
    expect(levelOf(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal(6);
    expect(levelOf(items(el)[0].querySelector('[role="heading"]'))).to.equal(6);
  });

  it('names a phase\'s list of goals "Goals"', async () => {
    const el = await mount({}, [{ title: 'Online course', goals: ['Learn the units', 'Plan a lesson'] }]);
    const goals = [...items(el)[0].querySelectorAll('ul')].find((ul) => ul.textContent!.includes('Learn the units'))!;
    expect(nameOf(el, goals)).to.equal('Goals');
    el.lang = 'es';
    await el.updateComplete;
    expect(nameOf(el, goals)).to.equal('Objetivos');
  });

  it('hides its decorative icons (format, duration, dates, check mark) from assistive technology', async () => {
    const el = await mount({ current: '2' }, [
      { name: 'Phase 1', title: 'Online course', format: 'online', duration: '10 hours', start: '2026-04-06', end: '2026-06-12' },
      { name: 'Phase 2', title: 'Summer workshop', format: 'blended' },
    ]);
    const icons = [...el.shadowRoot!.querySelectorAll('svg')];
    // Format, clock and calendar on phase 1, its check mark (done), and phase 2's format.
    expect(icons.length).to.be.at.least(5);
    expect(icons.filter((svg) => !svg.closest('[aria-hidden="true"]'))).to.have.length(0);
  });
});

describe('<pl-program-timeline> while its data loads or fails (audit)', () => {
  it('does not say "No phases to show." while the document loads, nor beside the alert when it fails', async () => {
    const el = document.createElement('pl-program-timeline');
    el.src = '/__slow/400/phases.json';
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(items(el)).to.have.length(0);
      expect(visibleText(el.shadowRoot!)).not.to.contain('No phases to show');
      await waitFor(() => items(el).length === 4, 4000, 'the phases');
      const failed = nextEvent(el, 'pl-error');
      await captureWarnings(async () => {
        el.src = '/tests/fixtures/does-not-exist.json';
        await failed;
        await el.updateComplete;
      });
      expect(visibleText(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('HTTP 404');
      expect(visibleText(el.shadowRoot!)).not.to.contain('No phases to show');
    } finally {
      el.remove();
    }
  });
});

describe('<pl-program-timeline> the provider\'s program name (audit)', () => {
  it('heads its phases with the name trimmed, and with no heading at all for a blank name', async () => {
    const provider = await fixture<HTMLDivElement>(html`<div></div>`);
    const phases = [{ title: 'Provided one' }];
    const context = new ContextProvider(provider, {
      context: providerContext,
      initialValue: { program: { name: '  Provided program \n', phases } },
    });
    const el = document.createElement('pl-program-timeline');
    provider.append(el);
    await waitFor(() => items(el).length === 1, 2000, 'provided phases');
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Provided program');
    context.setValue({ program: { name: '   ', phases } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="heading"]')).to.have.length(0);
    expect(nameOf(el, el.shadowRoot!.querySelector('[part="list"]')!)).to.equal('Program phases');
  });
});

describe('<pl-program-timeline> formats (audit)', () => {
  it('shows no format for a <pl-phase> without one', async () => {
    const el = await mount({}, undefined, '<pl-phase name="Phase 1" title="Summer workshop"></pl-phase><pl-phase name="Phase 2" title="Follow-ups" format="in-person"></pl-phase>');
    expect(visibleText(items(el)[0])).to.contain('Summer workshop').and.not.match(/Online|In person|Blended/);
    expect(visibleText(items(el)[1])).to.contain('In person');
  });

  it('reads format "virtual" as online', async () => {
    const el = await mount({}, [{ title: 'Course', format: 'virtual' as never }], '');
    expect(visibleText(items(el)[0])).to.contain('Online');
    const phase = await mount({}, undefined, '<pl-phase title="Course" format="Virtual"></pl-phase>');
    expect(visibleText(items(phase)[0])).to.contain('Online');
  });
});

describe('<pl-program-timeline> what it hands out (audit)', () => {
  it('hands out copies of links too: a listener that changes them changes nothing shown', async () => {
    const el = await mount({ today: '2026-10-01' }, [{ name: 'Phase 1', title: 'Online course', links: [{ label: 'Syllabus', url: '/syllabus' }] }]);
    el.addEventListener('pl-phase-select', (event) => {
      const { phase } = (event as CustomEvent<PhaseSelectDetail>).detail;
      phase.links[0].label = 'CHANGED';
      phase.links[0].url = 'https://evil.example/';
    });
    items(el)[0].click();
    el.phaseItems[0].links[0].label = 'CHANGED TOO';
    el.today = '2026-10-02';
    await el.updateComplete;
    const syllabus = new URL('/syllabus', location.href).href;
    const link = el.shadowRoot!.querySelector('a')!;
    expect([link.textContent!.trim(), link.href]).to.deep.equal(['Syllabus', syllabus]);
    expect(el.phaseItems[0].links).to.deep.equal([{ label: 'Syllabus', url: syllabus }]);
  });
});

describe('<pl-program-timeline current> past the last phase (audit)', () => {
  it('shows every phase completed, with check marks, when current is past the last phase', async () => {
    const phases = [{ name: 'Phase 1', title: 'Online course' }, { name: 'Phase 2', title: 'Summer workshop' }, { name: 'Phase 3', title: 'Follow-ups' }];
    const el = await mount({ current: '4' }, phases);
    expect(progressText(el)).to.equal('Completed');
    expect(statusTexts(el)).to.deep.equal(['Completed', 'Completed', 'Completed']);
    expect(currentItems(el)).to.have.length(0);
    expect(items(el).map((li) => !!li.querySelector('[part="marker"] svg'))).to.deep.equal([true, true, true]);
    el.current = '0';
    await el.updateComplete;
    expect(statusTexts(el)).to.deep.equal(['Upcoming', 'Upcoming', 'Upcoming']);
  });
});

describe('<pl-program-timeline> in Spanish (audit)', () => {
  it('says "Hasta el" for a phase with only an end, and "Próxima fase" between two phases', async () => {
    const el = await mount({ lang: 'es', today: '2026-07-15' }, [
      { name: 'Fase 1', title: 'Curso en línea', end: '2026-06-12' },
      { name: 'Fase 2', title: 'Talleres', start: '2026-09-19', end: '2027-04-24' },
    ]);
    const dates = visibleText(items(el)[0]);
    expect(dates).to.match(/Hasta el 12 jun\.? 2026/);
    expect(progressText(el)).to.equal('Próxima fase: Fase 2: Talleres, a partir del 19 de septiembre de 2026');
    expect(statusTexts(el)).to.deep.equal(['Completada', 'Próxima fase']);
  });
});

describe('<pl-program-timeline> dates as written (audit)', () => {
  it('says the next phase starts on the day it was written with, as its dates show it', async () => {
    // 11 PM at UTC-11 is the next day in most of the world: the author meant September 19.
    const el = await mount({ today: '2026-07-15' }, [
      { name: 'Phase 1', title: 'Online course', start: '2026-06-01', end: '2026-06-30' },
      { name: 'Phase 2', title: 'Kick-off', start: '2026-09-19T23:00:00-11:00' },
    ]);
    expect(visibleText(items(el)[1])).to.contain('Sep 19, 2026');
    expect(progressText(el)).to.equal('Up next: Phase 2: Kick-off, starting September 19, 2026');
  });

  it('reads a date-time written with a space instead of "T" (as spreadsheets write it)', async () => {
    const el = document.createElement('pl-program-timeline');
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    el.today = '2026-06-22T10:00:00';
    el.phases = [{ name: 'Phase 1', title: 'Kick-off call', start: '2026-06-22 09:00:00', end: '2026-06-22 12:00' }];
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const warnings = await captureWarnings(async () => {
      container.append(el);
      expect((await loaded).detail).to.deep.equal({ count: 1, skipped: 0 });
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(visibleText(items(el)[0])).to.contain('Jun 22, 2026');
    expect(currentItems(el)).to.have.length(1);
  });
});

describe('<pl-program-timeline today> (audit)', () => {
  it('marks a phase current from the first moment of its first day (today = a Date at that midnight)', async () => {
    const el = await mount({}, [
      { name: 'Phase 1', title: 'Online course', start: '2026-04-06', end: '2026-06-12' },
      { name: 'Phase 2', title: 'Summer workshop', start: '2026-06-22', end: '2026-06-26' },
    ]);
    el.today = new Date(2026, 5, 22);
    await el.updateComplete;
    expect(currentItems(el).map((li) => items(el).indexOf(li))).to.deep.equal([1]);
    expect(progressText(el)).to.equal('Now: Phase 2: Summer workshop (2 of 2)');
  });

  it('reads an invalid Date as today as the current date, and says so', async () => {
    const el = await mount({}, [
      { title: 'Past', start: day(-30), end: day(-10) },
      { title: 'Now', start: day(-1), end: day(1) },
      { title: 'Later', start: day(10) },
    ]);
    expect(currentItems(el)).to.have.length(1);
    const warnings = await captureWarnings(async () => {
      el.today = new Date('not a date');
      await el.updateComplete;
    });
    expect(warnings.filter((warning) => warning.includes('is not a date'))).to.have.length(1);
    expect(currentItems(el).map((li) => items(el).indexOf(li))).to.deep.equal([1]);
  });

  it('says nothing when today is removed or left blank (the current date, as when it is missing)', async () => {
    const el = await mount({ today: '2026-10-01' }, [{ title: 'Online course', start: '2026-04-06', end: '2026-06-12' }]);
    const warnings = await captureWarnings(async () => {
      el.removeAttribute('today');
      await el.updateComplete;
      el.setAttribute('today', '');
      await el.updateComplete;
      el.setAttribute('today', '  ');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});

describe('<pl-program-timeline> out of the page (audit)', () => {
  it('cancels its pending look at the clock when it leaves the page (no timer keeps it alive)', async () => {
    const realSetTimeout = window.setTimeout;
    const realClearTimeout = window.clearTimeout;
    const pending = new Set<number>();
    // Its own re-check timers (anything longer than a second), caught instead of waited for.
    let nextId = -1;
    window.setTimeout = ((handler: () => void, ms = 0, ...rest: unknown[]) => {
      if (ms <= 1000) return realSetTimeout(handler, ms, ...rest);
      pending.add(nextId);
      return nextId--;
    }) as typeof setTimeout;
    window.clearTimeout = ((id?: number) => (pending.has(id!) ? pending.delete(id!) : realClearTimeout(id))) as typeof clearTimeout;
    try {
      const el = await mount({}, [{ title: 'Online course', start: day(-1), end: day(1) }]);
      expect(pending.size, 'a look set while it is in the page').to.equal(1);
      el.remove();
      expect(pending.size, 'none left once it is out').to.equal(0);
    } finally {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    }
  });
});
