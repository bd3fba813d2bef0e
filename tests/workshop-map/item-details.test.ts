import { expect } from '@open-wc/testing';
import { buildIcs } from '../../src/shared/ics.js';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { captureWarnings, visibleText, waitFor } from '../support/helpers.js';
import { items, mountMap, popup, root, workshop } from './helpers.js';

const item = (el: HTMLElement, id: string) => items(el as never).find((li) => li.dataset.id === id)!;

describe('<pl-workshop-map> item details', () => {
  it('offers no registration and no calendar for a workshop that has ended (include-past), and says it ended', async () => {
    const past = workshop(1, { sessions: [{ start: '2026-10-02T09:00:00-05:00', end: '2026-10-02T15:00:00-05:00' }], registrationUrl: 'https://example.org/r/1' });
    const coming = workshop(2, { registrationUrl: 'https://example.org/r/2' });
    const { el } = await mountMap({ 'include-past': '', view: 'list' }, (map) => (map.workshops = [past, coming]));
    expect(!!item(el, 'w-1').querySelector('a.register')).to.equal(false);
    expect(!!item(el, 'w-1').querySelector('.calendar'), 'no Add to calendar either').to.equal(false);
    expect(!!item(el, 'w-2').querySelector('.calendar')).to.equal(true);
    expect(visibleText(item(el, 'w-1').querySelector('.facts')!)).to.contain('Ended');
    expect(item(el, 'w-2').querySelector('a.register')?.getAttribute('href')).to.equal('https://example.org/r/2');
    expect(visibleText(item(el, 'w-2'))).to.not.contain('Ended');

    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(visibleText(item(el, 'w-1').querySelector('.facts')!)).to.contain('Finalizado');
  });

  it('shows a session given as days without a time of day', async () => {
    const oneDay = workshop(1, { sessions: [{ start: '2027-03-05' }] });
    const days = workshop(2, { sessions: [{ start: '2027-03-05', end: '2027-03-07' }] });
    const timed = workshop(3, { sessions: [{ start: '2027-03-05T00:00:00Z', end: '2027-03-05T02:00:00Z' }], timeZone: 'UTC' });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [oneDay, days, timed]));
    const when = (id: string) => visibleText(item(el, id).querySelector('.when')!);
    expect(when('w-1')).to.equal('Fri, Mar 5, 2027');
    expect(when('w-2')).to.match(/^Fri, Mar 5\s*–\s*Sun, Mar 7, 2027$/);
    // A time that happens to be midnight is still a time.
    expect(when('w-3')).to.match(/12:00\s*(AM|a\.m\.)?\s*–\s*2:00\s*AM UTC/);
    expect(root(el).textContent).to.not.contain('12:00 AM CST');
  });

  it("shows times given in UTC, without a zone, on the clock of the workshop's state", async () => {
    const exported = workshop(1, { timeZone: undefined, location: { city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 }, sessions: [{ start: '2027-06-12T13:00:00Z', end: '2027-06-12T20:00:00Z' }] });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [exported]));
    // The test machine runs in UTC: the viewer's clock would say 1:00 PM – 8:00 PM.
    expect(visibleText(item(el, 'w-1').querySelector('.when')!)).to.equal('Sat, Jun 12, 2027, 9:00 AM – 4:00 PM EDT');
  });

  it('keeps an "Add to calendar" file small whatever the id (2,000 characters per text)', async () => {
    const sessions = Array.from({ length: 100 }, (_, i) => ({ start: `2027-03-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00-05:00` }));
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [workshop(1, { id: 'x'.repeat(100_000), sessions })]));
    const ics = buildIcs(el.filteredWorkshops[0], 0);
    expect(ics.length).to.be.below(500_000);
    expect(ics.split('BEGIN:VEVENT').length - 1, 'every session').to.equal(100);
  });

  it('puts a session given as days in the calendar as whole days', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [workshop(1, { sessions: [{ start: '2027-03-05', end: '2027-03-07' }] })]));
    const ics = buildIcs(el.filteredWorkshops[0], Date.UTC(2026, 10, 1));
    expect(ics).to.contain('DTSTART;VALUE=DATE:20270305\r\n');
    expect(ics).to.contain('DTEND;VALUE=DATE:20270308\r\n');
    const single = buildIcs({ ...el.filteredWorkshops[0], sessions: [{ start: el.filteredWorkshops[0].sessions[0].start }] }, 0);
    expect(single).to.contain('DTEND;VALUE=DATE:20270306\r\n');
    expect(single).to.not.contain('DTSTART:');
  });
});

describe('<pl-workshop-map> workshops given as days', () => {
  it('lists a workshop given as days until its last day is over', async () => {
    const today = workshop(1, { sessions: [{ start: '2026-11-23' }] });
    const lastDay = workshop(2, { sessions: [{ start: '2026-11-21', end: '2026-11-23' }] });
    const yesterday = workshop(3, { sessions: [{ start: '2026-11-22' }] });
    const { el } = await mountMap({ today: '2026-11-23T15:00:00-06:00', view: 'list' }, (map) => (map.workshops = [today, lastDay, yesterday]));
    expect(el.filteredWorkshops.map((w) => w.id).sort()).to.deep.equal(['w-1', 'w-2']);
  });

  it('says a workshop has ended only when every session has, whichever started last', async () => {
    // A week-long session from Jun 12 and a short one on Jun 13: on Jun 14 it is still running.
    const running = workshop(1, {
      sessions: [
        { start: '2027-06-12T09:00:00-04:00', end: '2027-06-18T16:00:00-04:00' },
        { start: '2027-06-13T09:00:00-04:00', end: '2027-06-13T12:00:00-04:00' },
      ],
      registrationUrl: 'https://example.org/r/1',
    });
    const { el } = await mountMap({ today: '2027-06-14T10:00:00-04:00', view: 'list' }, (map) => (map.workshops = [running]));
    expect(visibleText(item(el, 'w-1'))).to.not.contain('Ended');
    expect(!!item(el, 'w-1').querySelector('a.register')).to.equal(true);
  });

  it('keeps whole days from any source listed until their last day is over (code.org, a written midnight)', async () => {
    const { el } = await mountMap({ today: '2027-06-12T12:00:00-04:00', view: 'list' }, (map) => {
      map.workshops = [
        workshop(1, { sessions: [{ start: '2027-06-12T00:00:00-04:00' }] }),
        workshop(2, { sessions: [{ start: '2027-06-11T00:00:00-04:00', end: '2027-06-12T00:00:00-04:00' }] }),
        workshop(3, { sessions: [{ start: '2027-06-11T00:00:00-04:00' }] }),
      ];
    });
    expect(el.filteredWorkshops.map((w) => w.id).sort()).to.deep.equal(['w-1', 'w-2']);
    const feed = [{ id: 7, subject: 'Intro', location_name: 'Library', sessions: ['2027-06-12'], processed_location: { latitude: 33.75, longitude: -84.39, city: 'Atlanta', state: 'GA' } }];
    const { el: codeorg } = await mountMap({ today: '2027-06-12T12:00:00-04:00', view: 'list', format: 'codeorg' }, (map) => (map.workshops = feed));
    expect(codeorg.filteredWorkshops).to.have.length(1);
  });
});

describe('<pl-workshop-map> a workshop of several sessions', () => {
  it('lists the days of its later sessions in the list and in its map popup', async () => {
    const series = workshop(1, {
      sessions: [
        { start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' },
        { start: '2027-06-13T09:00:00-04:00', end: '2027-06-13T16:00:00-04:00' },
        { start: '2027-06-14T09:00:00-04:00', end: '2027-06-14T16:00:00-04:00' },
      ],
    });
    const { el } = await mountMap({ view: 'split' }, (map) => (map.workshops = [series]));
    expect(visibleText(item(el, 'w-1').querySelector('.when')!)).to.equal(
      'Sat, Jun 12, 2027, 8:00 AM – 3:00 PM CDT (and 2 more sessions: Sun, Jun 13; Mon, Jun 14)',
    );
    item(el, 'w-1').querySelector<HTMLButtonElement>('button.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    expect(visibleText(popup(el)!)).to.contain('(and 2 more sessions: Sun, Jun 13; Mon, Jun 14)');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(visibleText(item(el, 'w-1').querySelector('.when')!)).to.match(/\(y 2 sesiones más: dom, 13 (de )?jun; lun, 14 (de )?jun\)$/);
  });

  it('names at most six later days, then an ellipsis', async () => {
    const day = (d: number) => ({ start: `2027-06-${String(d).padStart(2, '0')}T09:00:00-04:00`, end: `2027-06-${String(d).padStart(2, '0')}T16:00:00-04:00` });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [workshop(1, { sessions: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(day) })]));
    const when = visibleText(item(el, 'w-1').querySelector('.when')!);
    expect(when).to.contain('(and 8 more sessions: Wed, Jun 2;');
    expect(when).to.contain('Mon, Jun 7; …)');
    expect(when).not.to.contain('Jun 8');
  });

  it('shows the next session of a series under way, not its first one that is past', async () => {
    const series = workshop(1, {
      sessions: [
        { start: '2027-06-12T09:00:00-04:00', end: '2027-06-12T16:00:00-04:00' },
        { start: '2027-09-18T09:00:00-04:00', end: '2027-09-18T16:00:00-04:00' },
        { start: '2027-12-04T09:00:00-05:00', end: '2027-12-04T16:00:00-05:00' },
      ],
    });
    const { el } = await mountMap({ today: '2027-07-01T12:00:00-04:00', view: 'split' }, (map) => (map.workshops = [series]));
    const when = () => visibleText(item(el, 'w-1').querySelector('.when')!);
    expect(when()).to.equal('Sat, Sep 18, 2027, 8:00 AM – 3:00 PM CDT (session 2 of 3; and 1 more session: Sat, Dec 4)');
    item(el, 'w-1').querySelector<HTMLButtonElement>('button.show')!.click();
    await waitFor(() => !!popup(el), 4000, 'the popup');
    expect(visibleText(popup(el)!)).to.contain('Sep 18, 2027');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(when()).to.match(/\(sesión 2 de 3; y 1 sesión más: sáb, 4 (de )?dic\)$/);
    // Once the whole series is over (include-past), its first session is shown again.
    el.setAttribute('today', '2028-01-10');
    el.setAttribute('include-past', '');
    el.removeAttribute('lang');
    await waitFor(() => when().startsWith('Sat, Jun 12, 2027'), 4000, 'the first session again');
    expect(when()).to.contain('(and 2 more sessions: Sat, Sep 18; Sat, Dec 4)');
  });
});

describe('<pl-workshop-map> a time zone written as a US abbreviation', () => {
  it('reads "EST" or "MST" as the zone the partner means, with its summer time (Arizona keeps MST)', async () => {
    const at = (i: number, timeZone: string, state: string) =>
      workshop(i, { timeZone, location: { city: 'X', state, lat: 35, lng: -100 }, sessions: [{ start: '2027-07-10 09:00', end: '2027-07-10 16:00' }] });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [at(1, 'EST', 'GA'), at(2, 'MST', 'CO'), at(3, 'MST', 'AZ'), at(4, 'pdt', '')]));
    const when = (id: string) => visibleText(item(el, id).querySelector('.when')!);
    expect(when('w-1')).to.equal('Sat, Jul 10, 2027, 9:00 AM – 4:00 PM EDT');
    expect(when('w-2')).to.equal('Sat, Jul 10, 2027, 9:00 AM – 4:00 PM MDT');
    expect(when('w-3')).to.equal('Sat, Jul 10, 2027, 9:00 AM – 4:00 PM MST');
    expect(when('w-4')).to.equal('Sat, Jul 10, 2027, 9:00 AM – 4:00 PM PDT');
    expect(buildIcs(el.filteredWorkshops.find((w) => w.id === 'w-1')!, 0)).to.contain('DTSTART:20270710T130000Z');
  });

  it('reads a zone written out, as Windows and Rails apps export it ("Eastern Standard Time", "(GMT-05:00) Eastern Time (US & Canada)")', async () => {
    const at = (i: number, timeZone: string, state: string) =>
      workshop(i, { timeZone, location: { city: 'X', state, lat: 35, lng: -100 }, sessions: [{ start: '2027-07-10 09:00', end: '2027-07-10 16:00' }] });
    const records = [
      at(1, 'Eastern Standard Time', 'TX'),
      at(2, 'Pacific Time (US & Canada)', ''),
      at(3, 'US Mountain Standard Time', 'AZ'),
      at(4, 'Alaskan Standard Time', ''),
      at(5, 'central daylight time', ''),
      at(6, 'Hawaiian Standard Time', ''),
      at(7, '(GMT-05:00) Eastern Time (US & Canada)', 'TX'),
      at(8, '(UTC-08:00) Pacific Time (US and Canada)', ''),
      at(9, 'Central Standard Time (CST)', ''),
    ];
    let el!: PlWorkshopMap;
    const warnings = await captureWarnings(async () => {
      ({ el } = await mountMap({ view: 'list' }, (map) => (map.workshops = records)));
    });
    // Each at 9:00 on its own zone's clock, summer time included (Arizona and Hawaii keep none).
    const zones = records.map((record) => visibleText(item(el, record.id as string).querySelector('.when')!).replace('Sat, Jul 10, 2027, 9:00 AM – 4:00 PM ', ''));
    expect(zones).to.deep.equal(['EDT', 'PDT', 'MST', 'AKDT', 'CDT', 'HST', 'EDT', 'PDT', 'CDT']);
    expect(warnings.filter((w) => w.includes('timeZone'))).to.deep.equal([]);
  });
});
