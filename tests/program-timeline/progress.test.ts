import { expect } from '@open-wc/testing';
import { parsePhaseDate as parseSpan, todaySpan } from '../../src/program-timeline/dates.js';
import { normalizePhases, programName } from '../../src/program-timeline/phase-items.js';
import { phaseSpans, progressFromAttribute, progressFromDates } from '../../src/program-timeline/progress.js';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('phase dates', () => {
  it('reads a date-only value as a whole local day', () => {
    expect(parseSpan('2026-06-22')).to.deep.equal({ from: local(2026, 6, 22), to: local(2026, 6, 23), dateOnly: true, day: local(2026, 6, 22) });
  });

  it('reads a date-time as an instant, and refuses days that do not exist or other dialects', () => {
    expect(parseSpan('2026-06-22T09:00:00Z')!.from).to.equal(Date.UTC(2026, 5, 22, 9));
    // Shown as the day it was written with, wherever the reader is.
    expect(parseSpan('2026-06-22T23:00:00-11:00')!.day).to.equal(local(2026, 6, 22));
    expect(parseSpan('2026-02-30')).to.equal(undefined);
    expect(parseSpan('June 22, 2026')).to.equal(undefined);
    expect(parseSpan('soon')).to.equal(undefined);
  });

  it('reads a date-time written as midnight as the day it names, as JSON writes a date', () => {
    const june22 = { from: local(2026, 6, 22), to: local(2026, 6, 23), dateOnly: true, day: local(2026, 6, 22) };
    for (const written of ['2026-06-22T00:00:00.000Z', '2026-06-22T00:00:00-04:00', '2026-06-22T00:00Z', '2026-06-22 00:00:00', ' 2026-06-22T00:00:00+0900 ']) {
      expect(parseSpan(written), written).to.deep.equal(june22);
    }
    expect(parseSpan('2026-06-22T00:00:01Z')!.dateOnly).to.equal(false);
    // Its status and the dates shown agree: Jun 22 - 26 is current on Jun 26, wherever the reader is.
    const spans = phaseSpans([{ start: '2026-06-22T00:00:00.000Z', end: '2026-06-26T00:00:00.000Z' }]);
    expect(spans[0]).to.deep.include({ from: local(2026, 6, 22), to: local(2026, 6, 27) });
    expect(progressFromDates([{ start: '2026-06-22T00:00:00.000Z', end: '2026-06-26T00:00:00.000Z' }], todaySpan('2026-06-26T18:00:00'))).to.deep.include({ current: 0, stage: 'during' });
  });

  it('takes today from the attribute or the clock', () => {
    expect(todaySpan('2026-09-15').from).to.equal(local(2026, 9, 15));
    const now = new Date(2026, 0, 2, 10);
    expect(todaySpan(undefined, now).from).to.equal(now.getTime());
    expect(todaySpan('not a date', now).from).to.equal(now.getTime());
    expect(todaySpan(new Date(2026, 5, 1, 12), now).from).to.equal(local(2026, 6, 1, 12));
    // A number is epoch milliseconds (Date.now()); one that is no time is not a date.
    expect(todaySpan(Date.UTC(2026, 0, 3), now).from).to.equal(Date.UTC(2026, 0, 3));
    expect(todaySpan(NaN, now).from).to.equal(now.getTime());
    // A year or a day written as a number is not 1970 by the clock.
    expect(todaySpan(20260915, now).from).to.equal(now.getTime());
  });
});

describe('phase spans', () => {
  it('lets a phase without end last until the next one starts, and the last one a day', () => {
    const spans = phaseSpans([{ start: '2026-01-10' }, {}, { start: '2026-02-01' }, { start: '2026-03-01' }]);
    expect(spans[0]).to.deep.include({ from: local(2026, 1, 10), to: local(2026, 2, 1) });
    expect(spans[1]).to.equal(undefined);
    expect(spans[3]).to.deep.include({ from: local(2026, 3, 1), to: local(2026, 3, 2) });
  });

  it('starts a phase without start when the previous one ends', () => {
    const spans = phaseSpans([{ start: '2026-01-10', end: '2026-01-20' }, { end: '2026-02-05' }]);
    expect(spans[1]).to.deep.include({ from: local(2026, 1, 21), to: local(2026, 2, 6) });
  });
});

describe('progress', () => {
  const phases = [
    { start: '2026-04-06', end: '2026-06-12' },
    { start: '2026-06-22', end: '2026-06-26' },
    { start: '2026-09-19', end: '2027-04-24' },
  ];
  const on = (day: string) => progressFromDates(phases, todaySpan(day));

  it('marks the phase that contains today, the earlier done and the later upcoming', () => {
    expect(on('2026-06-24')).to.deep.equal({ current: 1, stage: 'during', statuses: ['done', 'current', 'upcoming'] });
  });

  it('between phases, the next one is the one up next', () => {
    expect(on('2026-07-04')).to.deep.equal({ current: 2, stage: 'between', statuses: ['done', 'done', 'current'] });
  });

  it('has no current phase before the first or after the last', () => {
    expect(on('2026-04-05')).to.deep.equal({ current: -1, stage: 'before', statuses: ['upcoming', 'upcoming', 'upcoming'] });
    expect(on('2027-04-25')).to.deep.equal({ current: -1, stage: 'after', statuses: ['done', 'done', 'done'] });
  });

  it('does not call a phase still to be dated completed: after the last dated one it is up next, between two it has no status', () => {
    const closing = [{ start: '2026-07-01', end: '2026-07-31' }, {}];
    expect(progressFromDates(closing, todaySpan('2026-08-15'))).to.deep.equal({ current: 1, stage: 'between', statuses: ['done', 'current'] });
    const middle = [{ start: '2026-06-01', end: '2026-06-30' }, {}, { start: '2026-08-01', end: '2026-08-31' }];
    expect(progressFromDates(middle, todaySpan('2026-07-15'))).to.deep.equal({ current: 2, stage: 'between', statuses: ['done', 'none', 'current'] });
    // Listed before a phase that has begun, it is over.
    expect(progressFromDates(middle, todaySpan('2026-08-15'))).to.deep.equal({ current: 2, stage: 'during', statuses: ['done', 'done', 'current'] });
    expect(progressFromDates(middle, todaySpan('2026-09-15'))).to.deep.equal({ current: -1, stage: 'after', statuses: ['done', 'done', 'done'] });
  });

  it('picks the phase that started last when phases overlap', () => {
    const overlapping = [{ start: '2026-01-01', end: '2026-12-31' }, { start: '2026-06-01', end: '2026-06-05' }];
    expect(progressFromDates(overlapping, todaySpan('2026-06-03')).current).to.equal(1);
  });

  it('counts an author-given current from 1', () => {
    const today = todaySpan('2026-06-24');
    expect(progressFromAttribute(phases, '3', today).current).to.equal(2);
    expect(progressFromAttribute(phases, '0', today).stage).to.equal('before');
    expect(progressFromAttribute(phases, '7', today).stage).to.equal('after');
    expect(progressFromAttribute(phases, 'none', today).statuses).to.deep.equal(['none', 'none', 'none']);
    // Not a phase number: the default, auto (on June 24, phase 2 by its dates).
    for (const junk of ['two', '2.5', '0x2', '1e0', '']) expect(progressFromAttribute(phases, junk, today).current, junk).to.equal(1);
    expect(progressFromAttribute(phases, ' 3 ', today).current).to.equal(2);
    expect(progressFromAttribute(phases, 'AUTO', today).current).to.equal(1);
    expect(progressFromAttribute(phases, 2, today).current).to.equal(1);
  });
});

describe('normalizePhases', () => {
  it('accepts an array, { phases } and { program: { phases } }', () => {
    const list = [{ title: 'A' }];
    expect(normalizePhases(list).items).to.have.length(1);
    expect(normalizePhases({ phases: list }).items).to.have.length(1);
    expect(normalizePhases({ program: { name: 'P', phases: list } }).items).to.have.length(1);
    expect(programName({ program: { name: 'P', phases: list } })).to.equal('P');
    expect(() => normalizePhases('nope')).to.throw('expected an array of phases');
  });

  it('skips phases it cannot show and explains why', () => {
    const result = normalizePhases([
      { title: 'Fine', format: 'Hybrid', goals: ['One', 7, ''] },
      { duration: '3 days' },
      { title: 'Backwards', start: '2026-06-10', end: '2026-06-01' },
      { title: 'One goal', goals: 'Plan the first units' },
      { title: 'Dates', start: new Date(Date.UTC(2026, 5, 1)), end: new Date(Number.NaN) },
    ]);
    expect(result.items).to.have.length(2);
    expect(result.items[0]).to.deep.include({ format: 'blended', goals: ['One', '7'] });
    // One goal written without its list is that goal: the phase is not lost.
    expect(result.items[1]).to.deep.include({ title: 'One goal', goals: ['Plan the first units'] });
    expect(result.reasons).to.deep.equal([
      'record 2: missing "name" and "title"',
      'record 3: "end" is before "start"',
      'record 5: "end" is not a date ("Invalid Date")',
    ]);
    // A Date is read on the reader's calendar, as made: midnight is that whole day.
    expect(normalizePhases([{ title: 'Dates', start: new Date(2026, 5, 1) }]).items[0].start).to.equal('2026-06-01');
    const nine = new Date(2026, 5, 1, 9, 30);
    const offset = -nine.getTimezoneOffset();
    const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    expect(normalizePhases([{ title: 'Dates', start: nine }]).items[0].start).to.equal(`2026-06-01T09:30:00${zone}`);
  });
});

describe('phase dates as people write them', () => {
  it('reads "June 22, 2026", "Jun 22 2026" and the US "6/26/2026" as those days; day-first text stays unread', () => {
    const result = normalizePhases([
      { title: 'Words', start: 'June 22, 2026', end: 'Jun 26 2026' },
      { title: 'US', start: '6/22/2026', end: ' 6/26/2026 ' },
      { title: 'No space', start: 'June 22,2026' },
      { title: 'Day first', start: '22/06/2026' },
      { title: 'No such day', start: 'February 30, 2026' },
      // Engines read a year 1 as 2001.
      { title: 'Year 1', start: 'June 22, 0001' },
    ]);
    expect(result.items.map((phase) => [phase.title, phase.start, phase.end])).to.deep.equal([
      ['Words', '2026-06-22', '2026-06-26'],
      ['US', '2026-06-22', '2026-06-26'],
      ['No space', '2026-06-22', undefined],
    ]);
    expect(result.reasons).to.deep.equal([
      'record 4: "start" is not a date ("22/06/2026")',
      'record 5: "start" is not a date ("February 30, 2026")',
      'record 6: "start" is not a date ("June 22, 0001")',
    ]);
  });
});

describe('progress by each phase\'s own dates', () => {
  const statuses = (phases: { start?: string; end?: string }[], day: string) =>
    progressFromDates(phases, todaySpan(day)).statuses;

  it('marks phases that overlap by their dates, not by their place in the list', () => {
    const phases = [
      { start: '2026-01-01', end: '2026-12-31' },
      { start: '2026-06-22', end: '2026-06-26' },
      { start: '2027-01-15' },
    ];
    // During the workshop, the year-long course is still running: not "done".
    expect(statuses(phases, '2026-06-24')).to.deep.equal(['none', 'current', 'upcoming']);
    // After the workshop: the course is current again, the workshop done.
    expect(statuses(phases, '2026-07-01')).to.deep.equal(['current', 'done', 'upcoming']);
  });

  it('finds the next phase and what is over when phases are listed out of order', () => {
    const phases = [
      { start: '2026-06-22', end: '2026-06-26' },
      { start: '2026-03-01', end: '2026-05-31' },
    ];
    const between = progressFromDates(phases, todaySpan('2026-06-10'));
    expect([between.stage, between.statuses]).to.deep.equal(['between', ['current', 'done']]);
    expect(statuses(phases, '2026-04-10')).to.deep.equal(['upcoming', 'current']);
  });

  it('lets a phase without an end last until the next one by date, wherever that one is listed', () => {
    const phases = [
      { start: '2026-12-01', end: '2026-12-02' },
      { start: '2026-06-01', end: '2026-06-05' },
      { start: '2026-09-01' },
    ];
    const fall = progressFromDates(phases, todaySpan('2026-09-15'));
    expect([fall.stage, fall.current, fall.statuses]).to.deep.equal(['during', 2, ['upcoming', 'done', 'current']]);
  });
});
