import { parsePhaseDate, type TimeSpan } from './dates.js';
import { keyword } from '../shared/own.js';
import { best } from '../shared/best.js';

export type PhaseStatus = 'done' | 'current' | 'upcoming' | 'none';

/**
 * Where a program stands.
 * - `during`: `current` has started and not ended.
 * - `between`: the previous phase has ended and `current` (the next one) has not started yet.
 * - `before` / `after`: before the first phase or after the last; no phase is current.
 * - `unknown`: no progress is shown (`current="none"`, or `auto` without any dates).
 */
export interface Progress {
  /** 0-based index of the current phase, or -1. */
  current: number;
  stage: 'before' | 'during' | 'between' | 'after' | 'unknown';
  statuses: PhaseStatus[];
}

interface Dated {
  start?: string;
  end?: string;
}

function withCurrent(phases: Dated[], current: number, stage: Progress['stage']): Progress {
  // A loop, not Array.from({ length }, fn): Prototype.js and MooTools replace Array.from with one that ignores fn.
  const statuses: PhaseStatus[] = [];
  for (let i = 0; i < phases.length; i++) {
    statuses.push(stage === 'unknown' ? 'none' : stage === 'after' || i < current ? 'done' : i === current ? 'current' : 'upcoming');
  }
  return { current, stage, statuses };
}

/**
 * Progress from an author's `current` attribute: "auto" (by dates), "none", or a 1-based phase
 * number. 0 means "not started yet"; a number past the last phase means "completed".
 */
export function progressFromAttribute(phases: Dated[], current: unknown, today: TimeSpan): Progress {
  const value = keyword(current ?? 'auto');
  if (value === 'none') return withCurrent(phases, -1, 'unknown');
  // A phase number as authors write it ("2"); anything else ("", "auto", "2.5", "0x2") means auto.
  const n = /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
  if (!(n === n)) return progressFromDates(phases, today);
  if (!phases.length) return withCurrent(phases, -1, 'unknown');
  if (n < 1) return withCurrent(phases, -1, 'before');
  if (n > phases.length) return withCurrent(phases, -1, 'after');
  return withCurrent(phases, n - 1, 'during');
}

/**
 * The spans phases cover. A phase without `end` lasts until the next phase starts, by date (the
 * last one: until the end of its start day); a phase without `start` begins when the previous one ends.
 * Undated phases get no span and simply take their place in the order.
 */
export function phaseSpans(phases: Dated[]): (TimeSpan | undefined)[] {
  const starts = phases.map((p) => parsePhaseDate(p.start));
  const ends = phases.map((p) => parsePhaseDate(p.end));
  const spans: (TimeSpan | undefined)[] = [];
  let previousEnd = -Infinity;
  phases.forEach((_, i) => {
    const start = starts[i];
    const end = ends[i];
    if (!start && !end) return spans.push(undefined);
    const from = start?.from ?? previousEnd;
    let to = end?.to;
    if (to === undefined) {
      // The next phase to start, wherever it is listed.
      to = Math.min(...starts.map((s) => (s && s.from > from ? s.from : Infinity)));
      if (to === Infinity) to = new Date(from).setHours(24, 0, 0, 0);
    }
    previousEnd = to;
    spans.push({ from, to, dateOnly: (start ?? end)!.dateOnly, day: start?.day ?? from });
  });
  return spans;
}

/**
 * Progress by dates: the phase whose span overlaps `today` is current (the one that started last
 * when several overlap). Between two phases the next one is current (it is what comes up); before
 * the first and after the last no phase is.
 */
export function progressFromDates(phases: Dated[], today: TimeSpan): Progress {
  const spans = phaseSpans(phases);
  const dated = spans.map((span, index) => ({ span, index })).filter((d): d is { span: TimeSpan; index: number } => !!d.span);
  if (!dated.length) return withCurrent(phases, -1, 'unknown');

  const started = (span: TimeSpan) => span.from < today.to;
  const active = dated.filter(({ span }) => started(span) && span.to > today.from);
  const waiting = dated.filter(({ span }) => !started(span));
  // The phases may overlap or be listed out of order: the next is the one that starts first.
  const next = best(waiting, (phase, first) => phase.span.from < first.span.from);
  // Undated phases listed before one that has started are over; those after it are not known to be
  // (a closing workshop still to be dated is what comes next, not a completed phase).
  const lastStarted = Math.max(-1, ...dated.filter(({ span }) => started(span)).map(({ index }) => index));
  const undatedNext = spans.findIndex((span, i) => !span && i > lastStarted);
  const progress = active.length
    ? withCurrent(phases, best(active, (phase, last) => phase.span.from >= last.span.from)!.index, 'during')
    : !next
      ? withCurrent(phases, undatedNext, undatedNext < 0 ? 'after' : 'between')
      : waiting.length < dated.length
        ? withCurrent(phases, next.index, 'between')
        : // Before the first dated phase, an undated one listed ahead of it is not done yet either.
          withCurrent(phases, -1, 'before');
  // Each dated phase by its own dates, each undated one by its place in the order. A dated one that
  // runs alongside the current one, or an undated one between the last begun and the next, is
  // neither known done nor to come: it shows no status.
  spans.forEach((span, i) => {
    if (i !== progress.current) {
      progress.statuses[i] = span
        ? span.to <= today.from ? 'done' : started(span) ? 'none' : 'upcoming'
        : i < lastStarted ? 'done' : i < progress.current ? 'none' : 'upcoming';
    }
  });
  return progress;
}
