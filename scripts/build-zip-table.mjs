#!/usr/bin/env node
/**
 * Builds dist/pl-zip-table.json, the built-in US ZIP -> place table that <pl-workshop-map> loads
 * lazily from beside the script on the first ZIP search. Source: the `zipcodes` dev dependency.
 *
 * Coordinates are rounded to 2 decimals (about 1 km: "accurate to a few miles"). To stay small the
 * columns are delta-encoded in ZIP order (neighbouring ZIPs are near each other, so the numbers are
 * short and gzip well). The format, read by src/shared/geo/zip-table.ts:
 *
 *   { "format": "pl-zip-table", "version": 1, "scale": 100,
 *     "cities": ["Holtsville", ...],          city names, in order of first use
 *     "states": ["NY", 12, "MA", 300, ...],   run-length: state of the next N cities
 *     "zip":  [...], "lat": [...], "lng": [...], "city": [...] }   deltas from the previous ZIP's value
 *
 * `--no-cities` leaves the city names out (less than half the size; places are then labelled by
 * ZIP and state only).
 *
 * Usage: node scripts/build-zip-table.mjs [--out dist/pl-zip-table.json] [--no-cities]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const { codes } = require('zipcodes/lib/codes.js');

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : 'dist/pl-zip-table.json');
const SCALE = 100;
const withCities = !args.includes('--no-cities');

export function buildTable(source, { cities: keepCities = true } = {}) {
  const zips = Object.keys(source)
    .filter((zip) => /^\d{5}$/.test(zip))
    // A few military and territory ZIPs have no position (0, 0): better unknown than wrong.
    .filter((zip) => source[zip].latitude !== 0 || source[zip].longitude !== 0)
    .sort();

  const cities = [];
  const states = [];
  const cityIndex = new Map();
  const columns = { zip: [], lat: [], lng: [], city: [] };
  const previous = { zip: 0, lat: 0, lng: 0, city: 0 };

  for (const zip of zips) {
    const { latitude, longitude, city, state } = source[zip];
    const key = keepCities ? `${city}|${state}` : state;
    let index = cityIndex.get(key);
    if (index === undefined) {
      index = cities.length;
      cityIndex.set(key, index);
      cities.push(keepCities ? city : '');
      if (states[states.length - 2] === state) states[states.length - 1] += 1;
      else states.push(state, 1);
    }
    const values = {
      zip: Number(zip),
      lat: Math.round(latitude * SCALE),
      lng: Math.round(longitude * SCALE),
      city: index,
    };
    for (const column of Object.keys(columns)) {
      columns[column].push(values[column] - previous[column]);
      previous[column] = values[column];
    }
  }
  return { format: 'pl-zip-table', version: 1, scale: SCALE, cities, states, ...columns };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = buildTable(codes, { cities: withCities });
  const json = JSON.stringify(table);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const gzip = gzipSync(json, { level: 9 }).length;
  console.log(
    `${out}: ${table.zip.length} ZIPs, ${table.cities.length} places, ` +
      `${(json.length / 1024).toFixed(0)} KB raw, ${(gzip / 1024).toFixed(0)} KB gzip`,
  );
}
