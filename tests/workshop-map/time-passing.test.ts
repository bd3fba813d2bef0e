import { expect } from '@open-wc/testing';
import { captureWarnings, visibleText, waitFor } from '../support/helpers.js';
import { items, mountMap, popup, root, titles } from './helpers.js';

const HOUR = 36e5;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const at = { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 };

/**
 * A page left open, without `today`: the finder looks again each minute. The minute's timer is
 * caught (not waited for) and the clock moved on by hand.
 */
describe('<pl-workshop-map> on a page left open', () => {
  const realNow = Date.now;
  const realSetTimeout = window.setTimeout;
  let minuteTimers: (() => void)[] = [];
  beforeEach(() => {
    minuteTimers = [];
    window.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) =>
      // A negative id: clearing it clears no real timer.
      ms === 60_000 ? -minuteTimers.push(handler) : realSetTimeout(handler, ms, ...rest)) as typeof setTimeout;
  });
  afterEach(() => {
    window.setTimeout = realSetTimeout;
    Date.now = realNow;
  });
  /** The clock moves on by `ms` and the last minute's timer fires. */
  function later(ms: number): void {
    const moved = realNow() + ms;
    Date.now = () => moved;
    minuteTimers.at(-1)!();
  }

  it('hides a workshop once it ends and moves a series on to its next session', async () => {
    const start = realNow();
    const data = [
      { id: 'today', title: 'Ends in two hours', course: 'csf', location: at, sessions: [{ start: iso(start - HOUR), end: iso(start + 2 * HOUR) }] },
      {
        id: 'series',
        title: 'Series',
        course: 'csf',
        location: at,
        sessions: [
          { start: iso(start - HOUR), end: iso(start + HOUR) },
          { start: iso(start + 7 * 24 * HOUR), end: iso(start + 7 * 24 * HOUR + HOUR) },
        ],
      },
      { id: 'tomorrow', title: 'Tomorrow', course: 'csf', location: at, sessions: [{ start: iso(start + 24 * HOUR) }] },
    ];
    const { el } = await mountMap({ today: null, view: 'list' }, (m) => (m.workshops = data));
    expect(titles(el)).to.deep.equal(['Ends in two hours', 'Series', 'Tomorrow']);
    expect(visibleText(items(el)[1])).to.contain('1 more session');

    later(1.5 * HOUR);
    await waitFor(() => titles(el).join() === 'Ends in two hours,Tomorrow,Series', 4000, 'the series to move after tomorrow');
    expect(visibleText(items(el)[2])).to.contain('session 2 of 2');

    later(3 * HOUR);
    await waitFor(() => titles(el).join() === 'Tomorrow,Series', 4000, 'the ended workshop to leave');
    expect(visibleText(root(el).querySelector('[part="summary"]')!)).to.contain('2 workshops');
  });

  it('keeps an open popup and the focus when a minute changes nothing', async () => {
    const start = realNow();
    const data = [{ id: 'a', title: 'Next week', course: 'csf', location: at, sessions: [{ start: iso(start + 7 * 24 * HOUR) }] }];
    const { el } = await mountMap({ today: null }, (m) => (m.workshops = data));
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    const focused = root(el).activeElement;
    later(60_000);
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(!!popup(el)).to.equal(true);
    expect(root(el).activeElement).to.equal(focused);
  });

  it('says in an open popup what its list item says once time has changed it: the next session, or ended', async () => {
    const start = realNow();
    const data = [
      {
        id: 'series',
        title: 'Series',
        course: 'csf',
        location: at,
        registrationUrl: 'https://example.org/register',
        sessions: [
          { start: iso(start - HOUR), end: iso(start + HOUR) },
          { start: iso(start + 7 * 24 * HOUR), end: iso(start + 7 * 24 * HOUR + HOUR) },
        ],
      },
    ];
    const { el } = await mountMap({ today: null, 'include-past': '' }, (m) => (m.workshops = data));
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    expect(visibleText(popup(el)!)).to.contain('1 more session');
    later(1.5 * HOUR);
    await waitFor(() => visibleText(popup(el)!).includes('session 2 of 2'), 4000, 'the popup to name the next session');
    expect(visibleText(items(el)[0])).to.contain('session 2 of 2');
    later(8 * 24 * HOUR);
    await waitFor(() => /ended/i.test(visibleText(popup(el)!)), 4000, 'the popup to say the workshop ended');
    expect(popup(el)!.querySelector('a[href^="https://example.org"]'), 'no Register link').to.equal(null);
  });

  it('sets no timer with a fixed today, and none once removed', async () => {
    const { el } = await mountMap({ view: 'list' }, (m) => (m.workshops = []));
    expect(minuteTimers.length).to.equal(0);
    el.removeAttribute('today');
    await el.updateComplete;
    expect(minuteTimers.length).to.equal(1);
    const cleared: unknown[] = [];
    const realClear = window.clearTimeout;
    window.clearTimeout = ((id: unknown) => (cleared.push(id), realClear(id as number))) as typeof clearTimeout;
    try {
      el.remove();
      expect(cleared).to.include(-1);
    } finally {
      window.clearTimeout = realClear;
    }
  });

  it('warns about a today that is not a date (a day that does not exist included) and uses the clock', async () => {
    const start = realNow();
    const data = [{ id: 'a', title: 'Tomorrow', course: 'csf', location: at, sessions: [{ start: iso(start + 24 * HOUR) }] }];
    for (const today of ['2027-02-30', 'next tuesday']) {
      let el!: Awaited<ReturnType<typeof mountMap>>['el'];
      const warnings = await captureWarnings(async () => {
        ({ el } = await mountMap({ today, view: 'list' }, (m) => (m.workshops = data)));
      });
      expect(warnings.join('\n'), today).to.contain(`today="${today}" is not a date`);
      // Not March 2: tomorrow's workshop is upcoming, and the clock is followed.
      expect(titles(el)).to.deep.equal(['Tomorrow']);
      expect(minuteTimers.length, 'the clock is looked at again').to.be.greaterThan(0);
    }
  });
});
