/**
 * bench/RESULTS.md: the results as tables, with the targets from the benchmark issue.
 *
 *   node bench/report.mjs [bench/results.json]   re-summarises the stored rounds and rewrites both
 *                                                files (after a change to the summary or the tables)
 */

const fmt = (value, unit = '') => (value === null || value === undefined ? 'n/a' : `${value.toLocaleString('en-US')}${unit}`);
const x = (value) => (value === null || value === undefined ? 'n/a' : `${value}x`);
const row = (cells) => `| ${cells.join(' | ')} |`;

function mapTable(map) {
  const lines = [
    row(['workshops', 'pins', 'metric', 'ours', 'markercluster', 'ours/baseline', 'ours, view=map', 'view=map/baseline']),
    row(['---:', '---:', '---', '---:', '---:', '---:', '---:', '---:']),
  ];
  const metrics = [
    ['data-in to first paint with pins', 'loadMs', ' ms'],
    ['data-in to the whole list laid out (ours: the items out of sight follow the first paint)', 'loadWholeMs', ' ms'],
    ['second data set in the same page to paint (code warm)', 'reloadMs', ' ms'],
    ['re-filter (course) to paint', 'refilterMs', ' ms'],
    ['re-filter to the whole list laid out', 'refilterWholeMs', ' ms'],
    ['a frame that changes one text node outside the map (the harness\'s floor)', 'frameFloorMs', ' ms'],
    ['first ZIP search to paint (ours loads the ZIP table)', 'firstZipMs', ' ms'],
    ['ZIP search to paint', 'zipMs', ' ms'],
    ['first city-name search to paint (ours builds its place table)', 'firstCitySearchMs', ' ms'],
    ['first date filter to paint (ours builds its day columns)', 'firstDateFilterMs', ' ms'],
    ['pan/zoom frame, median', 'frameMedianMs', ' ms'],
    ['pan/zoom frame, p95', 'frameP95Ms', ' ms'],
    ['pan/zoom frames over 50 ms', 'framesOver50Ms', ''],
    ['DOM nodes, whole page, after load', 'domNodesAfterLoad', ''],
    ['DOM nodes, whole page, after pan/zoom', 'domNodesAfterTour', ''],
    ['DOM nodes inside the map, after load', 'mapNodesAfterLoad', ''],
    ['DOM nodes inside the map, after pan/zoom', 'mapNodesAfterTour', ''],
    ['JS heap after load (data included)', 'heapAfterLoadMB', ' MB'],
    ['JS heap added by the map', 'heapForMapMB', ' MB'],
  ];
  for (const { size, ours, oursMapOnly, baseline, ratios, ratiosMapOnly } of map) {
    metrics.forEach(([label, key, unit], i) => {
      const pins = i === 0 ? `${fmt(ours.pins)} / ${fmt(baseline.pins)}` : '';
      lines.push(
        row([i === 0 ? fmt(size) : '', pins, label, fmt(ours[key], unit), fmt(baseline[key], unit), x(ratios[key]), fmt(oursMapOnly[key], unit), x(ratiosMapOnly[key])]),
      );
    });
  }
  return lines.join('\n');
}

/** Only for runs with `--reference`: the naive supercluster page beside the baseline and ours. */
function referenceTable(map) {
  const lines = [
    row(['workshops', 'pins', 'metric', 'supercluster (naive)', 'markercluster', 'supercluster/baseline', 'ours', 'ours/baseline']),
    row(['---:', '---:', '---', '---:', '---:', '---:', '---:', '---:']),
  ];
  const metrics = [
    ['data-in to first paint with pins', 'loadMs', ' ms'],
    ['second data set in the same page to paint (code warm)', 'reloadMs', ' ms'],
    ['re-filter (course) to paint', 'refilterMs', ' ms'],
    ['ZIP search to paint', 'zipMs', ' ms'],
    ['pan/zoom frame, median', 'frameMedianMs', ' ms'],
    ['pan/zoom frame, p95', 'frameP95Ms', ' ms'],
    ['DOM nodes inside the map, after load', 'mapNodesAfterLoad', ''],
    ['JS heap added by the map', 'heapForMapMB', ' MB'],
  ];
  for (const { size, ours, baseline, ratios, supercluster, ratiosSupercluster } of map.filter((s) => s.supercluster)) {
    metrics.forEach(([label, key, unit], i) => {
      const pins = i === 0 ? `${fmt(supercluster.pins)} / ${fmt(baseline.pins)}` : '';
      lines.push(
        row([i === 0 ? fmt(size) : '', pins, label, fmt(supercluster[key], unit), fmt(baseline[key], unit), x(ratiosSupercluster[key]), fmt(ours[key], unit), x(ratios[key])]),
      );
    });
  }
  const s20 = map.find((s) => s.size === 20000 && s.supercluster);
  if (!s20) return lines.join('\n');
  const { loadMs, refilterMs } = s20.pairedRatiosSupercluster;
  return `${lines.join('\n')}\n\nAt 20,000 the per-round ratios supercluster/baseline have the medians ${x(loadMs)} (load) and ${x(refilterMs)} (re-filter).`;
}

function referenceSection(map) {
  if (!map.some((s) => s.supercluster)) return '';
  return `
## Reference: a naive Leaflet + supercluster page, same data

Measured only with \`--reference\`. \`bench/pages/supercluster.js\` is what a developer writes with
Leaflet + supercluster: every change (load, re-filter, ZIP search) filters the workshops, rebuilds
GeoJSON points and a new \`Supercluster({ radius: 60, maxZoom: 16 })\` index and draws the clusters in
view as \`L.marker\`s; a pan or zoom redraws from that index. The benchmark issue puts such a page at
about 0.16x (load) and 0.11x (re-filter) of markercluster at 20,000.

${referenceTable(map)}
`;
}

function targets(map) {
  const at = (n) => map.find((s) => s.size === n);
  const lines = [];
  const check = (label, ok, detail) => lines.push(row([label, ok === null ? 'not measured' : ok ? 'met' : '**missed**', detail]));
  lines.push(row(['target', 'status', 'measured']), row(['---', '---', '---']));
  const s20 = at(20000);
  const paired = (key) => (s20?.pairedRatios ? `; per-round ratios: median ${x(s20.pairedRatios[key])}, map only ${x(s20.pairedRatiosMapOnly[key])}` : '');
  check('20,000: load to paint <= 0.15x markercluster', s20 ? s20.ratios.loadMs <= 0.15 : null, s20 ? `${x(s20.ratios.loadMs)} (${fmt(s20.ours.loadMs, ' ms')} vs ${fmt(s20.baseline.loadMs, ' ms')}${paired('loadMs')})` : '');
  // What 0.05x leaves above a frame that changes nothing but one text node.
  const floor = s20?.ours.frameFloorMs == null ? '' : `; 0.05x is ${fmt(Math.round(s20.baseline.refilterMs * 5) / 100, ' ms')}, a frame that changes one text node ${fmt(s20.ours.frameFloorMs, ' ms')}`;
  check('20,000: re-filter <= 0.05x markercluster', s20 ? s20.ratios.refilterMs <= 0.05 : null, s20 ? `${x(s20.ratios.refilterMs)} (${fmt(s20.ours.refilterMs, ' ms')} vs ${fmt(s20.baseline.refilterMs, ' ms')}${paired('refilterMs')}${floor})` : '');
  const s10 = at(10000);
  check('10,000: re-filter paints within one frame (16 ms)', s10 ? s10.ours.refilterMs <= 16 : null, s10 ? `median ${fmt(s10.ours.refilterMs, ' ms')}, worst ${fmt(s10.ours.refilterMaxMs, ' ms')}` : '');
  const nodes = map.map((s) => s.ours.domNodesAfterTour);
  check('DOM nodes bounded whatever N', map.length > 1 ? Math.max(...nodes) <= 2 * Math.min(...nodes) + 500 : null, map.map((s) => `${fmt(s.size)}: ${fmt(s.ours.domNodesAfterLoad)}/${fmt(s.ours.domNodesAfterTour)}`).join(', '));
  const s100 = at(100000);
  check('100,000 loads and stays usable', s100 ? s100.ours.pageErrors === 0 && s100.ours.pins > 0 : null, s100 ? `load ${fmt(s100.ours.loadMs, ' ms')}, re-filter ${fmt(s100.ours.refilterMs, ' ms')}, frames p95 ${fmt(s100.ours.frameP95Ms, ' ms')}` : '');
  return lines.join('\n');
}

function sizeTable(sizes) {
  const lines = [row(['what', 'bytes', 'gzip -9', 'budget', 'status']), row(['---', '---:', '---:', '---:', '---'])];
  const add = (label, m) => m && lines.push(row([label, fmt(m.bytes), `${m.gzipKB} KB`, m.budgetKB ? `${m.budgetKB} KB` : '', m.budgetKB ? (m.withinBudget ? 'met' : '**missed**') : '']));
  add('dist/pl-widgets.js as built', sizes.dropIn);
  for (const [name, m] of Object.entries(sizes.esm)) {
    const lazy = Object.entries(m.lazy ?? {});
    if (!lazy.length) {
      add(`ESM import of ${name} only`, m);
      continue;
    }
    add(`ESM import of ${name} only, loaded at once`, { ...m.initial, budgetKB: m.budgetKB, withinBudget: m.withinBudget });
    for (const [chunk, c] of lazy) add(`  + ${chunk}, loaded on first need`, c);
    add(`  (${name} with its lazy chunks inlined)`, { bytes: m.bytes, gzipKB: m.gzipKB });
  }
  add('ZIP table, lazily loaded (dist/pl-zip-table.json)', sizes.zipTable);
  return lines.join('\n');
}

function firstRenderTable(firstRender) {
  const lines = [row(['element', 'first render (ms since navigation start)', 'from']), row(['---', '---:', '---'])];
  for (const [tag, m] of Object.entries(firstRender.elements)) lines.push(row([`\`<${tag}>\``, fmt(m.firstRenderMs, ' ms'), m.source]));
  lines.push(row(['(drop-in script downloaded)', fmt(firstRender.dropInLoadedMs, ' ms'), '']));
  lines.push(row(['(first contentful paint)', fmt(firstRender.firstContentfulPaintMs, ' ms'), '']));
  return lines.join('\n');
}

export function renderMarkdown(results) {
  const { machine, options } = results;
  return `# Benchmark results

${results.options.smoke ? '**Smoke run** (1,000 workshops, one round): numbers are indicative only.\n\n' : ''}Run: ${results.date}, \`node bench/run.mjs${options.smoke ? ' --smoke' : ''}${options.reference ? ' --reference' : ''}\` (${results.durationSeconds} s).
Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.browser} headless.
Code: commit ${results.build.commit}${results.build.srcHasLocalChanges ? ' (with uncommitted changes in src/)' : ''}, \`dist/pl-widgets.js\` built ${results.build.dropInBuiltAt}.
Rounds: ${options.rounds} per size (${options.roundsLarge} at 100,000), alternating which page goes first; medians shown.
${results.standAloneBundles.length ? `\nNot yet in \`dist/pl-widgets.js\`, so measured from a stand-alone esbuild bundle of its entry: ${results.standAloneBundles.map((t) => `\`<${t}>\``).join(', ')}.\n` : ''}
## Targets

${targets(results.map)}

## Workshop map: \`<pl-workshop-map>\` against Leaflet + Leaflet.markercluster, same data

"ours" is the element as a partner embeds it (\`view="split"\`: the map plus the result list, 25 items
with dates, seats, cost and links, re-rendered on every change); "view=map" is the same element
without the list, like for like with the baseline, which draws only a map (its Format filter set to
"In person": \`view="map"\` lists virtual workshops below the map). Targets are judged on "ours".

${mapTable(results.map)}

"To paint" is measured from the change (made at the start of a frame) to the end of the first
frame whose rendering (style, layout, paint) shows it; see bench/README.md.
${referenceSection(results.map)}
## Sizes

${sizeTable(results.bundleSizes)}

## Time to first render, non-map elements, page with the drop-in script

${firstRenderTable(results.firstRender)}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { summarize } = await import('./summarize.mjs');
  const file = process.argv[2] ?? new URL('./results.json', import.meta.url).pathname;
  const results = JSON.parse(readFileSync(file, 'utf8'));
  results.map = summarize(results.runs);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  // As run.mjs names it: /tmp/x.json gets /tmp/x.md (not the markdown written over the JSON).
  writeFileSync(file.replace(/\.json$/, '.md').replace(/results(-smoke)?\.md$/, 'RESULTS$1.md'), renderMarkdown(results));
  console.log(`rewrote ${file} and its RESULTS.md from ${results.runs.length} stored runs`);
}

