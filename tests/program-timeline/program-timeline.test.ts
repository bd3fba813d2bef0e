import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/program-timeline.js';
import type { PhaseSelectDetail, PlProgramTimeline } from '../../src/program-timeline.js';
import { providerContext } from '../../src/shared/context.js';
import { chromiumOnly } from '../support/chromium-only.js';
import { captureWarnings, deepActiveElement, flakyUrl, nextEvent, recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { currentItems, items, progressText } from './helpers.js';

const PHASES = `
  <pl-phase name="Phase 1" title="Online course" duration="About 10 hours" format="online" start="2026-04-06" end="2026-06-12">
    <p>Self-paced course. <a href="#more">Read more</a></p>
  </pl-phase>
  <pl-phase name="Phase 2" title="Summer workshop" duration="5 days" format="in-person" start="2026-06-22" end="2026-06-26">
    <ul><li>Teach through inquiry</li><li>Teacher / Learner / Observer</li></ul>
  </pl-phase>
  <pl-phase name="Phase 3" title="Quarterly workshops" format="blended" start="2026-09-19" end="2027-04-24">
    <p>One day each quarter.</p>
  </pl-phase>
  <pl-phase name="Phase 4" title="Closing workshop" format="in-person" start="2027-06-14" end="2027-06-16">
    <p>Look back and plan ahead.</p>
  </pl-phase>`;

/** The heading's text as assistive technology reads it (the ": " after the name is visually hidden). */
const headingText = (li: Element) => li.querySelector('[role="heading"]')!.textContent!.replace(/\s+/g, ' ').trim();
const statusTexts = (el: PlProgramTimeline) => items(el).map((li) => visibleText(li.querySelector('.status') ?? document.createElement('p')));

async function timeline(attrs = '', content = PHASES, width?: string): Promise<PlProgramTimeline> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) container.style.width = width;
  container.innerHTML = `<pl-program-timeline ${attrs}>${content}</pl-program-timeline>`;
  const el = container.querySelector('pl-program-timeline')!;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

function rects(el: PlProgramTimeline) {
  return items(el).map((li) => li.getBoundingClientRect());
}
/** Phases in one row, left to right (in a left-to-right page). */
function sideBySide(el: PlProgramTimeline): boolean {
  const r = rects(el);
  return r.every((rect, i) => i === 0 || (Math.abs(rect.top - r[0].top) < 2 && rect.left >= r[i - 1].right - 1));
}
/** Phases in one column, top to bottom. */
function stacked(el: PlProgramTimeline): boolean {
  const r = rects(el);
  return r.every((rect, i) => i === 0 || (Math.abs(rect.left - r[0].left) < 2 && rect.top >= r[i - 1].bottom - 1));
}

describe('<pl-program-timeline> layout by its own width', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('puts the phases side by side when the element is wide', async () => {
    const el = await timeline('', PHASES, '1100px');
    expect(items(el)).to.have.length(4);
    expect(sideBySide(el), 'side by side').to.equal(true);
  });

  it('stacks them when the element is narrow, even in a wide window (a sidebar)', async () => {
    const el = await timeline('', PHASES, '300px');
    expect(stacked(el), 'stacked').to.equal(true);
  });

  it('follows resizes of the element', async () => {
    const el = await timeline('', PHASES, '1100px');
    expect(sideBySide(el)).to.equal(true);
    el.parentElement!.style.width = '320px';
    await waitFor(() => stacked(el), 2000, 'stacked after shrinking');
  });

  it('needs more room to put five phases or more side by side', async () => {
    const five = `${PHASES}<pl-phase name="Phase 5" title="Alumni"></pl-phase>`;
    const el = await timeline('', five, '700px');
    expect(stacked(el)).to.equal(true);
    el.parentElement!.style.width = '1100px';
    await waitFor(() => sideBySide(el), 2000, 'side by side when wider');
  });

  it('keeps each phase readable: seven need 80rem side by side, nine or more stay stacked', async () => {
    const phases = (n: number) => Array.from({ length: n }, (_, i) => `<pl-phase name="Phase ${i + 1}" title="Monthly workshop"></pl-phase>`).join('');
    const seven = await timeline('', phases(7), '1100px');
    expect(stacked(seven), 'seven at 1100px').to.equal(true);
    seven.parentElement!.style.width = '1300px';
    await waitFor(() => sideBySide(seven), 2000, 'seven side by side at 1300px');
    expect(Math.min(...rects(seven).map((r) => r.width))).to.be.at.least(140);
    const nine = await timeline('', phases(9), '1300px');
    expect(stacked(nine), 'nine at 1300px').to.equal(true);
    const twelve = await timeline('', phases(12), '1300px');
    expect(stacked(twelve), 'twelve').to.equal(true);
  });

  it('measures its room in its own text, not the page root (a theme with html { font-size: 10px })', async () => {
    document.documentElement.style.fontSize = '10px';
    try {
      const el = await timeline('style="font-size: 16px"', PHASES, '560px');
      expect(stacked(el), '560px holds four phases of 16px text only stacked').to.equal(true);
      el.parentElement!.style.width = '700px';
      await waitFor(() => sideBySide(el), 2000, 'side by side from 40em of its text');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps a readable width inside a flex row', async () => {
    const el = await timeline('', PHASES, '900px');
    el.parentElement!.style.display = 'flex';
    await waitFor(() => el.getBoundingClientRect().width > 0, 1000, 'layout');
    const width = el.getBoundingClientRect().width;
    expect(width).to.be.within(250, 900);
    // Its layout follows the width it got: side by side from 40em.
    expect(width >= 640 ? sideBySide(el) : stacked(el)).to.equal(true);
  });

  it('orientation forces one layout whatever the width', async () => {
    const wide = await timeline('orientation="vertical"', PHASES, '1100px');
    expect(stacked(wide)).to.equal(true);
    const narrow = await timeline('orientation="horizontal"', PHASES, '500px');
    expect(sideBySide(narrow)).to.equal(true);
    narrow.orientation = 'auto';
    await narrow.updateComplete;
    expect(stacked(narrow)).to.equal(true);
    // In any case, as HTML reads its own keywords.
    narrow.setAttribute('orientation', ' Horizontal ');
    await narrow.updateComplete;
    expect(sideBySide(narrow)).to.equal(true);
  });

  it('keeps forced horizontal phases readable in a phone-wide column: the row scrolls sideways', async () => {
    const el = await timeline('orientation="horizontal"', PHASES, '340px');
    expect(sideBySide(el)).to.equal(true);
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    const fontSize = parseFloat(getComputedStyle(list).fontSize);
    expect(rects(el)[0].width).to.be.at.least(12 * fontSize - 1);
    expect(list.scrollWidth).to.be.above(list.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(341);
    // The scrolling row would clip a focus ring drawn around a phase: it is drawn inside its card.
    items(el)[0].focus();
    const ring = getComputedStyle(items(el)[0].querySelector('.body')!);
    expect(parseFloat(ring.outlineOffset) + parseFloat(ring.outlineWidth)).to.be.at.most(0);
  });

  it('keeps each forced horizontal phase within the row when enlarged text makes 12 em wider than the column (WCAG 1.4.4)', async () => {
    const el = await timeline('orientation="horizontal"', PHASES, '260px');
    el.parentElement!.style.fontSize = '32px';
    await waitFor(() => sideBySide(el), 2000, 'one row');
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    // The row still scrolls from one phase to the next, but no line of a phase runs past its edge.
    expect(Math.max(...rects(el).map((r) => Math.round(r.width)))).to.be.at.most(list.clientWidth);
    expect(list.scrollWidth).to.be.above(list.clientWidth);
  });

  it('shows the current phase in a row scrolled sideways, and leaves the row where the reader scrolls it', async () => {
    const el = await timeline('orientation="horizontal" today="2026-10-01"', PHASES, '340px');
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    const row = list.getBoundingClientRect();
    const current = currentItems(el)[0].getBoundingClientRect();
    expect(current.left).to.be.at.least(row.left - 1);
    expect(current.right).to.be.at.most(row.right + 1);
    // No sliver of the phase before it, and the current marker's 4 px ring is not cut by the row's edges.
    const index = items(el).indexOf(currentItems(el)[0]);
    expect(items(el)[index - 1].getBoundingClientRect().right).to.be.at.most(row.left + 1);
    const marker = currentItems(el)[0].querySelector('[part~="marker"]')!.getBoundingClientRect();
    expect([marker.top - 4 >= row.top, marker.left - 4 >= row.left]).to.deep.equal([true, true]);
    list.scrollLeft = 0;
    el.heading = 'Program';
    await el.updateComplete;
    expect(list.scrollLeft).to.equal(0);
  });

  it('keeps the words of a schedule table in a phase whole, and a video in its column', async () => {
    const el = await timeline(
      'orientation="horizontal"',
      `<pl-phase name="Phase 1" title="Summer workshop" start="2026-06-22">
        <h3>Schedule</h3>
        <table><tr><th>Day</th><th>Hours</th><th>With</th><th>Room</th></tr><tr><td><b>Wednesday</b></td><td><b>9:00</b></td><td><b>Facilitators</b></td><td><b>Auditorium</b></td></tr></table>
        <iframe width="560" height="315" title="Welcome video"></iframe>
      </pl-phase>${PHASES}`,
      '800px',
    );
    const phase = items(el)[0].getBoundingClientRect();
    const phaseEl = el.querySelector('pl-phase')!;
    // A word broken in two lines is two boxes.
    for (const word of phaseEl.querySelectorAll('td b')) expect(word.getClientRects().length, word.textContent!).to.equal(1);
    // Too wide for the phase, it scrolls sideways inside it.
    const table = phaseEl.querySelector('table')!;
    expect(table.getBoundingClientRect().right).to.be.at.most(phase.right + 1);
    expect(table.scrollWidth).to.be.above(table.clientWidth);
    expect(phaseEl.querySelector('iframe')!.getBoundingClientRect().right).to.be.at.most(phase.right + 1);
  });

  it('opens a row shown from a hidden tab, or put back in the page, on its current phase', async () => {
    const container = await fixture<HTMLDivElement>(html`<div hidden style="width: 340px"></div>`);
    container.innerHTML = `<pl-program-timeline orientation="horizontal" today="2026-10-01">${PHASES}</pl-program-timeline>`;
    const el = container.querySelector('pl-program-timeline')!;
    await el.updateComplete;
    const currentInRow = () => {
      const row = el.shadowRoot!.querySelector('[part="list"]')!.getBoundingClientRect();
      const current = currentItems(el)[0].getBoundingClientRect();
      return current.left >= row.left - 1 && current.right <= row.right + 1;
    };
    container.hidden = false;
    await waitFor(currentInRow, 2000, 'the current phase in the row once shown');
    // A router or carousel takes it out and puts it back: the browser forgets the row's offset.
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    container.append(el);
    await waitFor(currentInRow, 2000, 'the current phase in the row once back');
  });

  it('scrolls the row to show the phase Tab moves to whole, in a phone-wide column', async () => {
    const el = await timeline('orientation="horizontal" today="2026-07-14"', PHASES, '340px');
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    items(el)[items(el).length - 2].focus();
    await sendKeys({ press: 'Tab' });
    const last = items(el)[items(el).length - 1];
    expect(deepActiveElement()).to.equal(last);
    await waitFor(() => last.getBoundingClientRect().right <= list.getBoundingClientRect().right + 1, 1000, 'the last phase whole in the row');
  });

  it('does not scroll the page when a phase partly below the window is clicked', async () => {
    const el = await timeline('orientation="vertical"', PHASES, '600px');
    const phase = items(el)[1];
    // The phase's top 40 px in sight at the bottom of the window.
    const room = Object.assign(document.createElement('div'), { style: 'height: 1500px' });
    el.before(room);
    document.body.append(Object.assign(room.cloneNode(), { id: 'room-after' }));
    try {
      window.scrollTo(0, 0);
      window.scrollBy(0, phase.getBoundingClientRect().top - innerHeight + 40);
      const before = scrollY;
      expect(phase.getBoundingClientRect().bottom).to.be.above(innerHeight);
      // On its marker (no link there).
      const marker = phase.querySelector('[part~="marker"]')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(marker.left + marker.width / 2), Math.round(marker.top + 5)] });
      expect(el.shadowRoot!.activeElement).to.equal(phase);
      expect(scrollY).to.equal(before);
    } finally {
      room.remove();
      document.getElementById('room-after')?.remove();
      window.scrollTo(0, 0);
    }
  });

  // Chromium only: emulates print media (CDP), which Firefox's WebDriver BiDi cannot.
  chromiumOnly('stacks an auto timeline when printed', async () => {
    const el = await timeline('', PHASES, '1100px');
    await emulateMedia({ media: 'print' });
    try {
      expect(stacked(el)).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<pl-program-timeline> current phase', () => {
  it('marks the phase whose dates contain today, with aria-current="step" and the current part', async () => {
    const el = await timeline('today="2026-10-01"');
    expect(currentItems(el)).to.deep.equal([items(el)[2]]);
    expect(el.currentIndex).to.equal(2);
    expect(items(el)[2].getAttribute('part')).to.equal('phase current');
    expect(items(el)[0].getAttribute('part')).to.equal('phase');
    expect(statusTexts(el)).to.deep.equal(['Completed', 'Completed', 'Current phase', 'Upcoming']);
    expect(progressText(el)).to.equal('Now: Phase 3: Quarterly workshops (3 of 4)');
  });

  for (const moved of [false, true])
  it(`moves on at midnight on a page left open, when today is the clock${moved ? ', after the page moved it' : ''}`, async () => {
    const RealDate = Date;
    let now = new RealDate(2026, 5, 21, 23, 59, 59, 200).getTime();
    // The clock a visitor's computer keeps: read through Date.now() and new Date().
    class Clock extends RealDate {
      constructor(...args: []) {
        super(...((args.length ? args : [now]) as []));
      }
      static override now() {
        return now;
      }
    }
    globalThis.Date = Clock as DateConstructor;
    try {
      const el = await timeline('', `<pl-phase name="Phase 1" title="Online course" start="2026-06-01" end="2026-06-21"></pl-phase>
        <pl-phase name="Phase 2" title="Summer workshop" start="2026-06-22" end="2026-06-26"></pl-phase>`);
      expect(currentItems(el).map(headingText)).to.deep.equal(['Phase 1: Online course']);
      // A tab, a carousel or a framework moves it: out of the page and back in, elsewhere.
      if (moved) {
        const elsewhere = document.createElement('div');
        el.parentElement!.append(elsewhere);
        elsewhere.append(el);
      }
      now = new RealDate(2026, 5, 22, 0, 0, 1).getTime();
      // Not waitFor(): its timeout reads the clock, which stands still here.
      for (let i = 0; i < 30 && currentItems(el).length && headingText(currentItems(el)[0]).startsWith('Phase 1'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(currentItems(el).map(headingText), 'after midnight').to.deep.equal(['Phase 2: Summer workshop']);
      expect(el.currentIndex).to.equal(1);
    } finally {
      globalThis.Date = RealDate;
    }
  });

  it('treats date-only ends as whole local days', async () => {
    const el = await timeline('today="2026-06-26"');
    expect(el.currentIndex).to.equal(1);
    el.today = '2026-06-26T23:30:00';
    await el.updateComplete;
    expect(el.currentIndex).to.equal(1);
    el.today = '2026-06-22T00:00:00';
    await el.updateComplete;
    expect(el.currentIndex).to.equal(1);
    el.today = '2026-06-21T23:59:00';
    await el.updateComplete;
    expect(statusTexts(el)[1]).to.equal('Up next');
    el.today = new Date(2026, 9, 1, 12);
    await el.updateComplete;
    expect(el.currentIndex, 'a Date property').to.equal(2);
    const warnings = await captureWarnings(async () => {
      el.today = new Date(2026, 5, 23, 12).getTime();
      await el.updateComplete;
    });
    expect(el.currentIndex, 'epoch milliseconds (Date.now())').to.equal(1);
    expect(warnings).to.deep.equal([]);
  });

  it('between two phases marks none as the current step, and shows the next one as "Up next"', async () => {
    const el = await timeline('today="2026-07-15"');
    // No phase's dates contain today.
    expect(currentItems(el)).to.have.length(0);
    expect(el.currentIndex).to.equal(-1);
    expect(el.shadowRoot!.querySelectorAll('[part~="current"]')).to.have.length(0);
    expect(statusTexts(el)).to.deep.equal(['Completed', 'Completed', 'Up next', 'Upcoming']);
    expect(progressText(el)).to.equal('Up next: Phase 3: Quarterly workshops, starting September 19, 2026');
  });

  it('marks none before the first phase ("Starts DATE") or after the last ("Completed")', async () => {
    const el = await timeline('today="2026-01-10"');
    expect(currentItems(el)).to.have.length(0);
    expect(el.currentIndex).to.equal(-1);
    expect(progressText(el)).to.equal('Starts April 6, 2026');
    expect(statusTexts(el)).to.deep.equal(['Upcoming', 'Upcoming', 'Upcoming', 'Upcoming']);
    el.today = '2027-06-17';
    await el.updateComplete;
    expect(currentItems(el)).to.have.length(0);
    expect(progressText(el)).to.equal('Completed');
    expect(statusTexts(el)).to.deep.equal(['Completed', 'Completed', 'Completed', 'Completed']);
    expect(items(el)[3].querySelector('[part="marker"] svg'), 'done marker shows a check').to.exist;
  });

  it('marks no phase done before the program starts, an undated one listed first included', async () => {
    const el = await timeline(
      'today="2026-06-01"',
      `<pl-phase title="Orientation"></pl-phase><pl-phase title="Summer workshop" start="2026-06-22" end="2026-06-26"></pl-phase>`,
    );
    expect(progressText(el)).to.equal('Starts June 22, 2026');
    expect(statusTexts(el)).to.deep.equal(['Upcoming', 'Upcoming']);
  });

  it('names a next phase still to be dated as up next, without a day', async () => {
    const phases = `<pl-phase name="Phase 1" title="Summer workshop" start="2026-06-22" end="2026-06-26"></pl-phase><pl-phase name="Phase 2" title="Closing workshop"></pl-phase>`;
    const el = await timeline('today="2026-08-01"', phases);
    expect(progressText(el)).to.equal('Up next: Phase 2: Closing workshop');
    expect(statusTexts(el)).to.deep.equal(['Completed', 'Up next']);
    el.lang = 'es';
    await el.updateComplete;
    expect(progressText(el)).to.equal('Próxima fase: Phase 2: Closing workshop');
  });

  it('marks the first and the last phase', async () => {
    const first = await timeline('today="2026-04-06"');
    expect(currentItems(first)).to.deep.equal([items(first)[0]]);
    const last = await timeline('today="2027-06-16"');
    expect(currentItems(last)).to.deep.equal([items(last)[3]]);
  });

  it('defaults today to now', async () => {
    const day = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const el = await timeline(
      '',
      `<pl-phase title="Past" start="${day(-30)}" end="${day(-10)}"></pl-phase>
       <pl-phase title="Now" start="${day(-1)}" end="${day(1)}"></pl-phase>
       <pl-phase title="Later" start="${day(10)}"></pl-phase>`,
    );
    expect(el.currentIndex).to.equal(1);
  });

  it('current="N" counts from 1; 0 is not started, past the end is completed, none shows no progress', async () => {
    const el = await timeline('current="1" today="2026-10-01"');
    expect(currentItems(el)).to.deep.equal([items(el)[0]]);
    el.current = '4';
    await el.updateComplete;
    expect(currentItems(el)).to.deep.equal([items(el)[3]]);
    expect(statusTexts(el)).to.deep.equal(['Completed', 'Completed', 'Completed', 'Current phase']);
    el.current = '0';
    await el.updateComplete;
    expect(currentItems(el)).to.have.length(0);
    expect(progressText(el)).to.equal('Starts April 6, 2026');
    el.current = '5';
    await el.updateComplete;
    expect(progressText(el)).to.equal('Completed');
    el.current = 'none';
    await el.updateComplete;
    expect(currentItems(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
    expect(statusTexts(el)).to.deep.equal(['', '', '', '']);
  });

  it('shows no progress for undated phases in auto mode', async () => {
    const el = await timeline('', '<pl-phase title="A"></pl-phase><pl-phase title="B"></pl-phase>');
    expect(currentItems(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
  });
});

describe('<pl-program-timeline> a focused phase', () => {
  it('is read with the status it shows (Completed, Upcoming), not its name alone', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline current="2">
      <pl-phase name="Phase 1" title="Online course"></pl-phase><pl-phase name="Phase 2" title="Summer"></pl-phase><pl-phase name="Phase 3" title="Follow-ups"></pl-phase>
    </pl-program-timeline>`);
    const phases = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.phase')];
    const description = (phase: HTMLElement) => (phase.getAttribute('aria-describedby') ?? '').split(' ').map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '').join(' ');
    expect(phases.map(description)).to.deep.equal(['Completed', 'Current phase', 'Upcoming']);
  });
});

describe('<pl-program-timeline> dates as written', () => {
  const datesText = (el: PlProgramTimeline) => items(el).map((li) => visibleText(li.querySelector('.dates') ?? document.createElement('p')));

  it('shows a date-time on the calendar day it was written with, whatever the reader\'s zone', async () => {
    // 11 PM at UTC-11 is the next day in most of the world: the author meant June 22 to 26.
    const el = await timeline(
      'today="2026-01-01"',
      '<pl-phase name="Phase 1" title="Summer workshop" start="2026-06-22T23:00:00-11:00" end="2026-06-26T23:30:00-11:00"></pl-phase>',
    );
    expect(datesText(el)).to.deep.equal(['Jun 22 – 26, 2026']);
    expect(progressText(el)).to.equal('Starts June 22, 2026');
  });

  it('reads dates written in words or month first, and marks the phase they contain', async () => {
    const el = await timeline(
      'today="2026-06-24"',
      '<pl-phase title="Online course" start="April 6, 2026" end="Jun 12 2026"></pl-phase><pl-phase title="Summer workshop" start="6/22/2026" end="6/26/2026"></pl-phase>',
    );
    expect(datesText(el)).to.deep.equal(['Apr 6 – Jun 12, 2026', 'Jun 22 – 26, 2026']);
    expect(el.currentIndex).to.equal(1);
    expect(statusTexts(el)).to.deep.equal(['Completed', 'Current phase']);
  });

  it('shows a phase with only an end as "Until" that day', async () => {
    const el = await timeline('today="2026-01-01"', '<pl-phase title="Self-paced course" end="2026-06-12"></pl-phase>');
    expect(datesText(el)).to.deep.equal(['Until Jun 12, 2026']);
  });

  it('keeps a phase whose date-time start and whole-day end fall on the same written day', async () => {
    const el = await timeline('', '<pl-phase name="Kickoff" start="2026-09-19T23:00:00-11:00" end="2026-09-19"></pl-phase>');
    expect(items(el)).to.have.length(1);
    expect(datesText(el)).to.deep.equal(['Sep 19, 2026']);
  });

  it('says the program starts at its earliest phase, however the phases are listed', async () => {
    const el = await timeline(
      'today="2026-05-15"',
      `<pl-phase name="Phase 2" title="Summer" start="2026-07-01" end="2026-07-10"></pl-phase>
       <pl-phase name="Phase 1" title="Online" start="2026-06-01" end="2026-06-30"></pl-phase>`,
    );
    expect(progressText(el)).to.equal('Starts June 1, 2026');
  });
});

describe('<pl-program-timeline> content and ARIA', () => {
  it('is an ordered list of phases with name, title, format, duration and dates', async () => {
    const el = await timeline('heading="High school program" today="2026-10-01"');
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('heading');
    // WebKit stops calling a list without bullets a list unless it says so.
    expect(list.getAttribute('role')).to.equal('list');
    expect(visibleText(el.shadowRoot!.getElementById('heading')!)).to.equal('High school program');
    const first = items(el)[0];
    const title = first.querySelector('[role="heading"]')!;
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(headingText(first)).to.equal('Phase 1: Online course');
    const text = visibleText(first);
    expect(text).to.contain('Online');
    expect(text).to.contain('About 10 hours');
    expect(text).to.contain('Apr 6 – Jun 12, 2026');
    expect(visibleText(items(el)[1])).to.contain('In person');
    expect(visibleText(items(el)[2])).to.contain('Blended: online and in person');
    expect(items(el)[2].querySelector('.format svg'), 'format has an icon too').to.exist;
  });

  it('shows each <pl-phase> light-DOM content inside its list item, leaving the markup alone', async () => {
    const el = await timeline('today="2026-10-01"');
    const phase = el.querySelector('pl-phase')!;
    expect(phase.parentElement).to.equal(el);
    const slot = items(el)[0].querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal([phase]);
    expect(visibleText(el)).to.contain('Self-paced course.');
    expect(phase.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('has no axe violations, wide and narrow, in English and Spanish', async () => {
    const el = await timeline('heading="Program" today="2026-07-15"', PHASES, '1100px');
    await expect(el).to.be.accessible();
    el.parentElement!.style.width = '320px';
    el.lang = 'es';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const data = await fixture<PlProgramTimeline>(html`<pl-program-timeline today="2026-10-01"></pl-program-timeline>`);
    data.phases = [
      { name: 'Phase 1', title: 'Online', format: 'online', summary: 'Text.', goals: ['A', 'B'], links: [{ label: 'More', url: 'https://example.org/' }] },
      { name: 'Phase 2', title: 'Workshop', start: '2026-06-22', end: '2026-06-26' },
    ];
    await data.updateComplete;
    await expect(data).to.be.accessible();
    // Goals and links are solid bullets, like a list written in a <pl-phase> (not the circles of a list in a list).
    const bullets = [...data.shadowRoot!.querySelectorAll('.content li')].map((li) => getComputedStyle(li).listStyleType);
    expect(bullets).to.deep.equal(['disc', 'disc', 'disc']);
  });

  it('labels the list when there is no heading, and uses heading-level', async () => {
    const el = await timeline('heading-level="3"');
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Program phases');
    expect(items(el)[0].querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    el.heading = 'Program';
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('heading')!.getAttribute('aria-level')).to.equal('3');
    expect(items(el)[0].querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('reads a phase\'s status after its heading (a reader that jumps to the heading hears it), and shows it above', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    wrapper.innerHTML = `<pl-program-timeline today="2026-06-24">${PHASES}</pl-program-timeline>`;
    const el = wrapper.firstElementChild as PlProgramTimeline;
    await el.updateComplete;
    const current = items(el)[1];
    const heading = current.querySelector('[role="heading"]')!;
    const status = current.querySelector('.status')!;
    expect(visibleText(status)).to.equal('Current phase');
    expect(heading.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING, 'the status after the heading in reading order').to.not.equal(0);
    expect(status.getBoundingClientRect().bottom, 'the status shown above the heading').to.be.at.most(heading.getBoundingClientRect().top + 1);
  });

  it('writes a day and a range of days the same way in every region (es-PR: not 05/04 beside 4/5)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-PR"></div>`);
    wrapper.innerHTML = `<pl-program-timeline today="2026-01-10">
      <pl-phase name="Fase 1" title="Curso" start="2026-05-04"></pl-phase>
      <pl-phase name="Fase 2" title="Taller" start="2026-05-04" end="2026-06-19"></pl-phase>
    </pl-program-timeline>`;
    const el = wrapper.firstElementChild as PlProgramTimeline;
    await el.updateComplete;
    expect(visibleText(items(el)[0])).to.contain('4 may 2026').and.not.match(/\d\/\d/);
    expect(visibleText(items(el)[1])).to.match(/4 (de )?may.*19 (de )?jun.*2026/).and.not.match(/\d\/\d/);
    wrapper.lang = 'en';
    await waitFor(() => visibleText(items(el)[0]).includes('May 4, 2026'), 2000, 'English');
    expect(visibleText(items(el)[1])).to.contain('May 4 – Jun 19, 2026');
  });

  it('speaks Spanish, with dates formatted in the page locale', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"></div>`);
    wrapper.innerHTML = `<pl-program-timeline today="2026-10-01">${PHASES}</pl-program-timeline>`;
    const el = wrapper.firstElementChild as PlProgramTimeline;
    await el.updateComplete;
    expect(statusTexts(el)).to.deep.equal(['Completada', 'Completada', 'Fase actual', 'Más adelante']);
    expect(progressText(el)).to.equal('Ahora: Phase 3: Quarterly workshops (3 de 4)');
    const text = visibleText(items(el)[1]);
    expect(text).to.contain('Presencial');
    expect(text).to.match(/22.*26.*jun.*2026/);
    el.today = '2026-01-01';
    await el.updateComplete;
    expect(progressText(el)).to.equal('Comienza el 6 de abril de 2026');
    wrapper.lang = 'en';
    await waitFor(() => progressText(el).startsWith('Starts'), 2000, 'back to English');
  });

  it('renders data as text, never as HTML, and keeps only safe links', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline></pl-program-timeline>`);
    el.phases = [
      {
        title: '<img src=x onerror=alert(1)>Workshop',
        summary: 'First <b>not bold</b>.\n\nSecond.',
        goals: ['<i>goal</i>'],
        links: [
          { label: 'Bad', url: 'javascript:alert(1)' },
          { label: 'Partner', url: 'https://example.org/partner' },
        ],
      },
    ];
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('img, b, i')).to.equal(null);
    expect(headingText(items(el)[0])).to.equal('<img src=x onerror=alert(1)>Workshop');
    expect([...items(el)[0].querySelectorAll('.content p')].map((p) => p.textContent)).to.deep.equal([
      'First <b>not bold</b>.',
      'Second.',
      'Goals',
    ]);
    const links = [...root.querySelectorAll('a')];
    expect(links).to.have.length(1);
    expect(links[0].href).to.equal('https://example.org/partner');
    expect(links[0].rel).to.equal('noopener');
  });

  it('takes its colours from --pl-* tokens', async () => {
    const el = await timeline('today="2026-10-01"');
    el.style.setProperty('--pl-color-accent', 'rgb(122, 31, 92)');
    const marker = items(el)[2].querySelector<HTMLElement>('[part="marker"]')!;
    expect(getComputedStyle(marker).backgroundColor).to.equal('rgb(122, 31, 92)');
    expect(items(el).map((li) => li.querySelector('[part="marker"]'))).to.have.length(4);
  });
});

describe('<pl-program-timeline> pl-phase-select', () => {
  it('fires on click with the 0-based index and the phase, but not for links inside', async () => {
    const el = await timeline('today="2026-10-01"');
    const log = recordEvents<PhaseSelectDetail>(el, 'pl-phase-select');
    items(el)[1].querySelector<HTMLElement>('[role="heading"]')!.click();
    expect(log.events).to.have.length(1);
    expect(log.events[0].detail.index).to.equal(1);
    expect(log.events[0].detail.phase.title).to.equal('Summer workshop');
    // Plain data, as the spec lists it: a page that logs or sends it as JSON can (no element inside).
    expect(JSON.parse(JSON.stringify(log.events[0].detail))).to.deep.include({ index: 1 });
    expect(Object.keys(log.events[0].detail.phase)).not.to.include('element');
    expect(log.events[0].bubbles && log.events[0].composed).to.equal(true);
    el.querySelector<HTMLAnchorElement>('a[href="#more"]')!.click();
    expect(log.events).to.have.length(1);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('fires on Enter and Space on a focused phase; phases are in the tab order', async () => {
    const el = await timeline('today="2026-10-01"');
    const log = recordEvents<PhaseSelectDetail>(el, 'pl-phase-select');
    items(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.equal('Read more');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(items(el)[1]);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(log.events.map((e) => e.detail.index)).to.deep.equal([1, 2]);
  });

  it('leaves Enter on a link inside a phase to the link: no event, and the link is followed', async () => {
    const el = await timeline('today="2026-10-01"');
    const log = recordEvents<PhaseSelectDetail>(el, 'pl-phase-select');
    el.querySelector<HTMLAnchorElement>('a[href="#more"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(log.events).to.have.length(0);
    expect(location.hash).to.equal('#more');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('keeps Space on a focused phase from scrolling the page', async () => {
    const el = await timeline('today="2026-10-01"');
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 3000px' });
    document.body.append(spacer);
    try {
      window.scrollTo(0, 0);
      items(el)[0].focus();
      const scrolled = window.scrollY;
      await sendKeys({ press: 'Space' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(window.scrollY).to.equal(scrolled);
    } finally {
      spacer.remove();
    }
  });

  it('does not fire when the visitor selects text in a phase (a drag, a double click)', async () => {
    const el = await timeline('today="2026-10-01"', '<pl-phase name="P1" title="One"><p>Words to copy from this phase, for a newsletter.</p></pl-phase>');
    const log = recordEvents<PhaseSelectDetail>(el, 'pl-phase-select');
    const box = el.querySelector('p')!.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 120), y] });
    await sendMouse({ type: 'up' });
    expect(String(getSelection())).not.to.equal('');
    expect(log.events, 'a drag').to.have.length(0);
    getSelection()!.removeAllRanges();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 30), y] });
    expect(log.events, 'a click still selects the phase').to.have.length(1);
    // The second click of a double click (the browser counts it in `detail`).
    el.querySelector('p')!.dispatchEvent(new MouseEvent('click', { detail: 2, bubbles: true, composed: true }));
    expect(log.events, 'a double click: one event').to.have.length(1);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});

describe('<pl-program-timeline> what it hands out, and phases the page hides', () => {
  it('hands out copies: a listener or a script that changes a phase changes nothing shown', async () => {
    const el = await timeline('today="2026-10-01"', '');
    el.phases = [
      { name: 'Phase 1', title: 'Online course', goals: ['Learn'] },
      { name: 'Phase 2', title: 'Summer workshop', goals: ['Teach'] },
    ];
    await el.updateComplete;
    el.addEventListener('pl-phase-select', (event) => {
      const { phase } = (event as CustomEvent<PhaseSelectDetail>).detail;
      phase.title = 'CHANGED';
      phase.goals.length = 0;
    });
    items(el)[0].click();
    const read = el.phaseItems as PhaseSelectDetail['phase'][];
    read[1].title = 'CHANGED TOO';
    (read as unknown[]).push({ title: 'Extra', goals: [], links: [] });
    el.today = '2026-10-02';
    await el.updateComplete;
    expect(items(el).map(headingText)).to.deep.equal(['Phase 1: Online course', 'Phase 2: Summer workshop']);
    expect(visibleText(items(el)[0])).to.contain('Learn');
    expect(el.phaseItems.map((phase) => phase.title)).to.deep.equal(['Online course', 'Summer workshop']);
  });

  it('leaves out a <pl-phase hidden>, and shows it again when it is no longer hidden', async () => {
    const el = await timeline('today="2026-10-01"');
    const second = el.querySelectorAll('pl-phase')[1] as HTMLElement;
    second.hidden = true;
    await waitFor(() => items(el).length === 3, 2000, 'three phases');
    expect(items(el).map(headingText)).to.deep.equal(['Phase 1: Online course', 'Phase 3: Quarterly workshops', 'Phase 4: Closing workshop']);
    second.hidden = false;
    await waitFor(() => items(el).length === 4, 2000, 'four phases');
  });
});

describe('<pl-program-timeline> controls inside a phase', () => {
  it('does not select the phase for a click on a video or an element playing a button', async () => {
    const el = await timeline('', `<pl-phase name="Phase 1" title="Online course"><video controls></video><span role="button" tabindex="0">Play</span></pl-phase>`);
    const log = recordEvents<PhaseSelectDetail>(el, 'pl-phase-select');
    el.querySelector('video')!.click();
    el.querySelector<HTMLElement>('[role="button"]')!.click();
    expect(log.events).to.have.length(0);
    items(el)[0].click();
    expect(log.events).to.have.length(1);
  });
});

describe('<pl-program-timeline> data sources', () => {
  it('loads src, fires pl-data-load and takes the heading from the program name', async () => {
    const el = document.createElement('pl-program-timeline');
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    el.src = '/tests/fixtures/phases.json';
    el.today = '2026-10-01';
    document.body.append(el);
    expect((await loaded).detail).to.deep.equal({ count: 4, skipped: 0 });
    await el.updateComplete;
    expect(items(el)).to.have.length(4);
    expect(visibleText(el.shadowRoot!.getElementById('heading')!)).to.contain('High school computer science');
    expect(currentItems(el)).to.deep.equal([items(el)[2]]);
    expect(visibleText(items(el)[1])).to.contain('Practise lessons with the Teacher / Learner / Observer model');
    el.remove();
  });

  it('reads inline JSON', async () => {
    const el = await timeline(
      '',
      `<script type="application/json">[{"name":"Phase 1","title":"Inline online"},{"name":"Phase 2","title":"Inline workshop"}]</script>`,
    );
    expect(items(el).map(headingText)).to.deep.equal([
      'Phase 1: Inline online',
      'Phase 2: Inline workshop',
    ]);
  });

  it('drops a format named after a built-in object key, and shows the phase', async () => {
    const el = await timeline();
    el.phases = [{ title: 'Odd format', format: 'constructor' as never }, { title: 'Also odd', format: '__proto__' as never }];
    await el.updateComplete;
    expect(items(el)).to.have.length(2);
    expect(items(el)[0].querySelector('.format')).to.equal(null);
    expect(visibleText(items(el)[0])).to.contain('Odd format');
    const log = recordEvents<PhaseSelectDetail>(el, 'pl-phase-select');
    items(el)[0].querySelector<HTMLElement>('[role="heading"]')!.click();
    expect(log.events[0].detail.phase.format).to.equal(undefined);
  });

  it('prefers .phases over children, and falls back to them', async () => {
    const el = await timeline();
    el.phases = [{ title: 'From property' }];
    await el.updateComplete;
    expect(items(el)).to.have.length(1);
    el.phases = undefined;
    await el.updateComplete;
    expect(items(el)).to.have.length(4);
  });

  it('spaces a phase\'s own paragraphs and lists as it spaces those of phases from JSON', async () => {
    const el = await timeline();
    const [p, ul] = [el.querySelector('pl-phase p')!, el.querySelectorAll('pl-phase')[1].querySelector('ul')!];
    const fontSize = parseFloat(getComputedStyle(ul).fontSize);
    expect([getComputedStyle(p).marginTop, getComputedStyle(ul).marginTop, parseFloat(getComputedStyle(ul).paddingInlineStart) / fontSize]).to.deep.equal(['0px', '0px', 1.25]);
  });

  it('follows changes to <pl-phase> children (attributes, properties, added phases)', async () => {
    const el = await timeline('today="2026-10-01"');
    el.querySelector('pl-phase')!.setAttribute('title', 'Renamed course');
    await waitFor(() => visibleText(items(el)[0]).includes('Renamed course'), 2000, 'renamed');
    (el.querySelectorAll('pl-phase')[1] as HTMLElement & { duration: string }).duration = 'Six days';
    await waitFor(() => visibleText(items(el)[1]).includes('Six days'), 2000, 'duration from a property');
    el.insertAdjacentHTML('beforeend', '<pl-phase name="Phase 5" title="Alumni"></pl-phase>');
    await waitFor(() => items(el).length === 5, 2000, 'five phases');
  });

  it('sends the page no event of its own when a <pl-phase> changes (the page gets CustomEvents only)', async () => {
    const el = await timeline();
    const heard: Event[] = [];
    const hear = (event: Event) => heard.push(event);
    document.addEventListener('pl-phase-change', hear);
    el.querySelector('pl-phase')!.setAttribute('duration', 'Twelve hours');
    (el.querySelectorAll('pl-phase')[1] as HTMLElement & { duration: string }).duration = 'Six days';
    await waitFor(() => visibleText(items(el)[0]).includes('Twelve hours') && visibleText(items(el)[1]).includes('Six days'), 2000, 'the changes');
    document.removeEventListener('pl-phase-change', hear);
    expect(heard.length).to.equal(0);
  });

  it('uses the phases of an ancestor provider, and its own data over them', async () => {
    const provider = await fixture<HTMLDivElement>(html`<div></div>`);
    const context = new ContextProvider(provider, {
      context: providerContext,
      initialValue: { program: { name: 'Provided program', phases: [{ title: 'Provided one' }, { title: 'Provided two' }] } },
    });
    const el = document.createElement('pl-program-timeline');
    provider.append(el);
    await waitFor(() => items(el).length === 2, 2000, 'provided phases');
    expect(visibleText(el.shadowRoot!.getElementById('heading')!)).to.equal('Provided program');
    context.setValue({ program: { phases: [{ title: 'Updated' }] } });
    await waitFor(() => items(el).length === 1, 2000, 'updated provided phases');
    el.phases = [{ title: 'Own A' }, { title: 'Own B' }, { title: 'Own C' }];
    await el.updateComplete;
    expect(items(el)).to.have.length(3);
  });

  it('follows a new program name from the provider for the same phases', async () => {
    const provider = await fixture<HTMLDivElement>(html`<div></div>`);
    const phases = [{ title: 'Provided one' }];
    const context = new ContextProvider(provider, {
      context: providerContext,
      initialValue: { program: { name: 'Provided program', phases } },
    });
    const el = document.createElement('pl-program-timeline');
    provider.append(el);
    await waitFor(() => items(el).length === 1, 2000, 'provided phases');
    context.setValue({ program: { name: 'Renamed program', phases } });
    await el.updateComplete;
    expect(visibleText(el.shadowRoot!.getElementById('heading')!)).to.equal('Renamed program');
  });

  it('is not headed by the provider\'s program name when it shows phases of its own', async () => {
    const provider = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(provider, {
      context: providerContext,
      initialValue: { program: { name: 'Provided program', phases: [{ title: 'Provided one' }] } },
    });
    provider.innerHTML = '<pl-program-timeline><pl-phase title="Own phase"></pl-phase></pl-program-timeline>';
    const el = provider.querySelector('pl-program-timeline')!;
    await waitFor(() => items(el).length === 1, 2000, 'its own phase');
    await el.updateComplete;
    expect([visibleText(items(el)[0]).includes('Own phase'), !!el.shadowRoot!.getElementById('heading')]).to.deep.equal([true, false]);
  });

  it('skips invalid records, counts them and warns once', async () => {
    const el = document.createElement('pl-program-timeline');
    el.src = '/tests/fixtures/phases-mixed.json';
    const loaded = nextEvent<{ count: number; skipped: number }>(el, 'pl-data-load');
    const warnings = await captureWarnings(async () => {
      document.body.append(el);
      expect((await loaded).detail).to.deep.equal({ count: 2, skipped: 3 });
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('skipped 3 invalid records');
    expect(warnings[0]).to.contain('"start" is not a date');
    await el.updateComplete;
    expect(visibleText(items(el)[1])).to.not.contain('on the moon');
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim().split(' (')[0])).to.deep.equal(['Good']);
    el.remove();
  });

  it('keeps at most 100 phases of a huge document, and says so once', async () => {
    const el = document.createElement('pl-program-timeline');
    document.body.append(el);
    let detail: unknown;
    el.addEventListener('pl-data-load', (e) => (detail = (e as CustomEvent).detail));
    const warnings = await captureWarnings(async () => {
      // Every phase starts the same day: finding where each one ends must not compare every pair.
      el.phases = Array.from({ length: 100000 }, (_, i) => ({ name: `Phase ${i + 1}`, start: '2026-06-01' }));
      await el.updateComplete;
    });
    expect(items(el)).to.have.length(100);
    expect(detail).to.deep.equal({ count: 100, skipped: 99900 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('records 101 to 100000: left out (at most 100 are shown)');
    el.remove();
  });

  it('reports invalid <pl-phase> children once, however often the children settle', async () => {
    const container = document.createElement('div');
    const events: unknown[] = [];
    container.addEventListener('pl-data-load', (e) => events.push((e as CustomEvent).detail));
    const warnings = await captureWarnings(async () => {
      container.innerHTML = `<pl-program-timeline>
          <pl-phase name="Phase 1" title="Online course"></pl-phase>
          <pl-phase name="Phase 2" start="2027-02-30"></pl-phase>
          <pl-phase></pl-phase>
          <pl-phase name="Phase 3" title="Summer workshop" format="in-person"></pl-phase>
        </pl-program-timeline>`;
      document.body.append(container);
      const el = container.querySelector('pl-program-timeline')!;
      for (let i = 0; i < 5; i++) {
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      expect(items(el)).to.have.length(2);
      el.querySelector('pl-phase[start]')!.setAttribute('start', '2027-02-27');
      await waitFor(() => items(el).length === 3, 2000, 'the corrected phase');
    });
    container.remove();
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('skipped 2 invalid records');
    expect(warnings[1]).to.contain('skipped 1 invalid record:');
    expect(events).to.deep.equal([
      { count: 2, skipped: 2 },
      { count: 3, skipped: 1 },
    ]);
  });

  it('shows an alert with Retry when src fails, and recovers on Retry', async () => {
    const el = document.createElement('pl-program-timeline');
    const failed = nextEvent<{ message: string }>(el, 'pl-error');
    el.src = flakyUrl('phases.json');
    await captureWarnings(async () => {
      document.body.append(el);
      await failed;
      await el.updateComplete;
    });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(visibleText(alert)).to.contain('HTTP 500');
    await expect(el).to.be.accessible();
    const loaded = nextEvent(el, 'pl-data-load');
    alert.querySelector('button')!.click();
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(items(el)).to.have.length(4);
    el.remove();
  });

  it('explains a 404 and broken JSON differently, and a document of another kind as not valid', async () => {
    for (const [src, expected] of [
      ['/tests/fixtures/does-not-exist.json', 'HTTP 404'],
      ['/tests/fixtures/broken.json', 'not valid'],
      ['/tests/fixtures/workshops.json', 'not valid'],
    ]) {
      const el = document.createElement('pl-program-timeline');
      el.src = src;
      const failed = nextEvent<{ message: string }>(el, 'pl-error');
      await captureWarnings(async () => {
        document.body.append(el);
        expect((await failed).detail.message).to.contain(expected);
      });
      await el.updateComplete;
      expect(visibleText(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain(expected);
      expect(items(el)).to.have.length(0);
      el.remove();
    }
  });

  it('reports a document without phases as an empty program', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline></pl-program-timeline>`);
    el.phases = [];
    await el.updateComplete;
    expect(visibleText(el)).to.equal('No phases to show.');
  });
});
