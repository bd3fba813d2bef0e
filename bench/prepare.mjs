/**
 * Puts what the bench pages load into bench/vendor/ (gitignored), under the repo root so the
 * project's own server (scripts/serve.mjs, strict CSP, no /node_modules) serves it:
 * Leaflet + Leaflet.markercluster dist files for the baseline (and supercluster's for the naive
 * reference page, `run.mjs --reference`), the workshop data sets, the ZIP positions the baseline
 * pages search, and, when the drop-in script lacks <pl-workshop-map>, a stand-alone bundle of the
 * map element.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
export const ROOT = new URL('..', import.meta.url).pathname;
export const VENDOR = join(ROOT, 'bench/vendor');
const DROP_IN = join(ROOT, 'dist/pl-widgets.js');
const ZIP_TABLE = join(ROOT, 'dist/pl-zip-table.json');

/** The ZIP codes every ZIP search round uses, in order (the first one loads our ZIP table). */
export const SEARCH_ZIPS = ['30303', '60601', '75201', '94103', '10001'];

const LIBRARY_FILES = [
  'leaflet/dist/leaflet.js',
  'leaflet/dist/leaflet.css',
  'leaflet.markercluster/dist/leaflet.markercluster.js',
  'leaflet.markercluster/dist/MarkerCluster.css',
  'leaflet.markercluster/dist/MarkerCluster.Default.css',
  // UMD build with kdbush inlined: global Supercluster.
  'supercluster/dist/supercluster.min.js',
];

function copyLibraries() {
  for (const file of LIBRARY_FILES) copyFileSync(join(ROOT, 'node_modules', file), join(VENDOR, file.split('/').pop()));
  // Leaflet's default marker icon finds its PNGs in images/ beside leaflet.css.
  cpSync(join(ROOT, 'node_modules/leaflet/dist/images'), join(VENDOR, 'images'), { recursive: true });
}

/** Data sets are deterministic (seeded), so one written earlier is reused. */
function writeDataSets(sizes) {
  mkdirSync(join(VENDOR, 'data'), { recursive: true });
  for (const size of sizes) {
    const file = join(VENDOR, 'data', `workshops-${size}.json`);
    if (existsSync(file)) continue;
    execFileSync(process.execPath, [join(ROOT, 'scripts/generate-sample-workshops.mjs'), '--count', String(size), '--out', file], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}

/** The baseline page gets the searched ZIPs' positions for free (what a developer's own lookup returns). */
function writeZipPositions() {
  const { codes } = require('zipcodes/lib/codes.js');
  const positions = Object.fromEntries(SEARCH_ZIPS.map((zip) => [zip, [codes[zip].latitude, codes[zip].longitude]]));
  writeFileSync(join(VENDOR, 'zips.json'), JSON.stringify(positions));
}

/** The elements the bench measures, with their ESM entry. */
export const ELEMENT_ENTRIES = {
  'pl-workshop-map': 'src/workshop-map.ts',
  'pl-values-accordion': 'src/values-accordion.ts',
  'pl-program-timeline': 'src/program-timeline.ts',
  'pl-pricing-card': 'src/pricing-card.ts',
};

/** Tags the built drop-in script does not register yet (the lead integrates each element). */
export function missingFromDropIn() {
  const code = readFileSync(DROP_IN, 'utf8');
  return Object.keys(ELEMENT_ENTRIES).filter((tag) => !code.includes(`"${tag}"`) && !code.includes(`'${tag}'`));
}

/** A minified stand-alone bundle of one element, for when the drop-in does not hold it yet. */
async function bundleElement(tag) {
  await build({
    entryPoints: [join(ROOT, ELEMENT_ENTRIES[tag])],
    outfile: join(VENDOR, `${tag}.js`),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: join(ROOT, 'tsconfig.json'),
    define: { __PL_VERSION__: '"bench"' },
    sourcemap: true,
    logLevel: 'error',
  });
}

/** Returns the tags that come from stand-alone bundles in bench/vendor/ instead of the drop-in. */
export async function prepare(sizes) {
  if (!existsSync(DROP_IN)) throw new Error('dist/pl-widgets.js is missing: run `npm run build:bundle` first');
  if (!existsSync(ZIP_TABLE)) throw new Error('dist/pl-zip-table.json is missing: run `node scripts/build-zip-table.mjs` first');
  mkdirSync(VENDOR, { recursive: true });
  copyLibraries();
  writeDataSets(sizes);
  writeZipPositions();
  const missing = missingFromDropIn();
  for (const tag of missing) await bundleElement(tag);
  return missing;
}
