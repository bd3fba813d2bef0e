/**
 * Medians over rounds for each data size and page, and the ratios ours/baseline (and, when the run
 * had `--reference`, supercluster/baseline: `supercluster`, `ratiosSupercluster`, `pairedRatiosSupercluster`).
 */
import { median, ratio, round } from './stats.mjs';

const MB = 2 ** 20;

function summarizeImpl(runs) {
  const all = (pick) => runs.flatMap(pick);
  const med = (pick) => median(all(pick));
  return {
    source: runs[0].source,
    rounds: runs.length,
    pins: runs[0].pins,
    loadMs: round(med((r) => [r.loadMs])),
    refilterMs: round(med((r) => r.refilterMs)),
    refilterMaxMs: round(Math.max(...all((r) => r.refilterMs))),
    // Runs stored before these were measured have none.
    loadWholeMs: runs[0].loadWholeMs === undefined ? null : round(med((r) => [r.loadWholeMs])),
    refilterWholeMs: runs[0].refilterWholeMs === undefined ? null : round(med((r) => r.refilterWholeMs)),
    frameFloorMs: runs[0].frameFloorMs === undefined ? null : round(med((r) => r.frameFloorMs)),
    reloadMs: runs[0].reloadMs === undefined ? null : round(med((r) => [r.reloadMs])),
    firstZipMs: round(med((r) => [r.firstZipMs])),
    zipMs: round(med((r) => r.zipMs)),
    firstCitySearchMs: round(med((r) => [r.firstCitySearchMs])),
    firstDateFilterMs: round(med((r) => [r.firstDateFilterMs])),
    frameMedianMs: round(med((r) => [r.frames.medianMs])),
    frameP95Ms: round(med((r) => [r.frames.p95Ms])),
    frameMaxMs: round(med((r) => [r.frames.maxMs])),
    framesOver50Ms: med((r) => [r.frames.over50Ms]),
    domNodesAfterLoad: med((r) => [r.domNodesAfterLoad]),
    domNodesAfterTour: med((r) => [r.domNodesAfterTour]),
    mapNodesAfterLoad: med((r) => [r.mapNodesAfterLoad]),
    mapNodesAfterTour: med((r) => [r.mapNodesAfterTour]),
    heapAfterLoadMB: round(med((r) => [r.heapAfterLoad]) / MB),
    heapForMapMB: round(med((r) => [r.heapAfterLoad - r.heapBefore]) / MB),
    pageErrors: all((r) => r.errors).length,
  };
}

const RATIO_KEYS = ['loadMs', 'loadWholeMs', 'reloadMs', 'refilterMs', 'refilterWholeMs', 'zipMs', 'frameMedianMs', 'frameP95Ms', 'domNodesAfterLoad', 'mapNodesAfterLoad', 'heapAfterLoadMB', 'heapForMapMB'];

export function summarize(runs) {
  const sizes = [...new Set(runs.map((r) => r.size))];
  return sizes.map((size) => {
    const of = (impl) => summarizeImpl(runs.filter((r) => r.size === size && r.impl === impl));
    const [ours, oursMapOnly, baseline] = [of('ours'), of('oursMapOnly'), of('baseline')];
    const ratiosOf = (mine) => Object.fromEntries(RATIO_KEYS.map((key) => [key, ratio(mine[key], baseline[key])]));
    const pairedOf = (impl) => pairedRatios(runs.filter((r) => r.size === size), impl);
    // The naive supercluster page is measured only on request; without it the summary is as before.
    const reference = runs.some((r) => r.size === size && r.impl === 'supercluster') ? of('supercluster') : undefined;
    return {
      size,
      ours,
      oursMapOnly,
      baseline,
      ratios: ratiosOf(ours),
      ratiosMapOnly: ratiosOf(oursMapOnly),
      pairedRatios: pairedOf('ours'),
      pairedRatiosMapOnly: pairedOf('oursMapOnly'),
      ...(reference && { supercluster: reference, ratiosSupercluster: ratiosOf(reference), pairedRatiosSupercluster: pairedOf('supercluster') }),
    };
  });
}

/**
 * The ratio within each round (the two pages measured one after the other, on the same machine
 * state), then the median over rounds: steadier than the ratio of two medians when the machine's
 * speed drifts between rounds.
 */
function pairedRatios(runs, impl) {
  const runOf = (name, round) => runs.find((r) => r.impl === name && r.round === round);
  const rounds = [...new Set(runs.map((r) => r.round))];
  const paired = (value) =>
    round(
      median(
        rounds.map((n) => {
          const [mine, theirs] = [runOf(impl, n), runOf('baseline', n)];
          return mine && theirs ? value(mine) / value(theirs) : NaN;
        }),
      ),
      3,
    );
  return { loadMs: paired((r) => r.loadMs), refilterMs: paired((r) => median(r.refilterMs)) };
}

