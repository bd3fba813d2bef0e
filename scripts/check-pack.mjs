#!/usr/bin/env node
/**
 * Fails when `npm pack` would ship tests, stories or sources of the demo, or miss the entry points,
 * or when an element entry without Leaflet throws on import in Node: server-rendering frameworks
 * (Astro, Next.js, SvelteKit) import a page's modules on the server, where there is no document.
 * The map's entries are left out: Leaflet itself needs a browser to load.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = report.files.map((f) => f.path);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const path of files) {
  if (/^(tests|stories|demo|scripts|src|\.storybook|\.ci|bench)\//.test(path)) problems.push(`ships ${path}`);
  if (/\.map$/.test(path)) problems.push(`ships source map ${path}`);
}
const required = ['dist/pl-widgets.js', 'custom-elements.json', 'package.json', 'README.md'];
for (const target of Object.values(pkg.exports)) {
  const path = typeof target === 'string' ? target : target.default;
  required.push(path.replace(/^\.\//, ''));
  if (typeof target !== 'string' && target.types) required.push(target.types.replace(/^\.\//, ''));
}
for (const path of new Set(required)) if (!files.includes(path)) problems.push(`missing ${path}`);
for (const entry of ['values-accordion', 'program-timeline', 'pricing-card', 'provider']) {
  try {
    await import(new URL(`../dist/esm/${entry}.js`, import.meta.url).href);
  } catch (error) {
    problems.push(`importing pl-widgets/${entry}.js without a browser throws: ${error}`);
  }
}
console.log(`pack: ${files.length} files, ${report.size} B packed, ${report.unpackedSize} B unpacked`);
for (const p of problems) console.log(`  - ${p}`);
process.exit(problems.length ? 1 : 0);
