#!/usr/bin/env node
/**
 * Fails when `npm pack` would ship tests, stories or sources of the demo, or miss the entry points,
 * or when an element entry without Leaflet throws on import in Node: server-rendering frameworks
 * (Astro, Next.js, SvelteKit) import a page's modules on the server, where there is no document.
 * The map's entries are left out: they import Leaflet's source modules, which only a bundler resolves.
 *
 * Also what a developer who installs the package meets: a file built from a module since removed, a
 * shipped file that points at a source map the package does not ship, a declaration that imports a
 * package that is not a dependency (found only by npm's hoisting: pnpm and Yarn PnP fail), a
 * custom-elements.json that names unshipped files, no tag definitions or a type with `undefined`
 * twice, and a strict TypeScript consumer (tests/types/) that does not compile.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = report.files.map((f) => f.path);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const path of files) {
  if (/^(tests|stories|demo|scripts|src|\.storybook|\.ci|bench)\//.test(path)) problems.push(`ships ${path}`);
  if (/\.map$/.test(path)) problems.push(`ships source map ${path}`);
}
// With the files README.md links to (not bench/README.md and bench/RESULTS.md: the benchmark is the repository's).
const required = [
  'dist/pl-widgets.js',
  'custom-elements.json',
  'package.json',
  'README.md',
  'LICENSE',
  'THIRD_PARTY_NOTICES.md',
  'docs/api-reference.md',
  'docs/data-formats.md',
  'docs/frameworks.md',
  'docs/gallery.md',
  'docs/known-gaps.md',
  'docs/performance.md',
  'docs/theming.md',
  'docs/examples/react-example.tsx',
  'screenshots/gallery/workshop-map.png',
];
for (const target of Object.values(pkg.exports)) {
  const path = typeof target === 'string' ? target : target.default;
  required.push(path.replace(/^\.\//, ''));
  if (typeof target !== 'string' && target.types) required.push(target.types.replace(/^\.\//, ''));
}
for (const path of new Set(required)) if (!files.includes(path)) problems.push(`missing ${path}`);
// A file left from a module since removed (neither tsc nor rollup empties dist/esm; `npm run build` does).
for (const path of files) {
  const source = /^dist\/esm\/(.+?)(\.d\.ts|\.js)$/.exec(path)?.[1];
  if (source && !existsSync(`src/${source}.ts`)) problems.push(`ships ${path}, built from src/${source}.ts, which is gone`);
}
for (const entry of ['values-accordion', 'program-timeline', 'pricing-card', 'provider']) {
  try {
    await import(new URL(`../dist/esm/${entry}.js`, import.meta.url).href);
  } catch (error) {
    problems.push(`importing pl-widgets/${entry}.js without a browser throws: ${error}`);
  }
}

const shipped = new Set(files);
const deps = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {}), ...builtinModules]);
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
for (const path of files) {
  if (!/\.(js|d\.ts)$/.test(path)) continue;
  const text = readFileSync(path, 'utf8');
  const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
  if (map && !map.startsWith('data:') && !shipped.has(new URL(map, `file:///${path}`).pathname.slice(1))) {
    problems.push(`${path} points at ${map}, which is not shipped`);
  }
  if (!path.endsWith('.d.ts')) continue;
  for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) {
    if (!/^[./]/.test(specifier) && !deps.has(packageOf(specifier.replace(/^node:/, '')))) {
      problems.push(`${path} imports ${specifier}, which is not a dependency`);
    }
  }
}

// The manifest, as tools read it: every path a shipped file, every tag defined by a shipped module.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = new Set();
const defined = new Set();
for (const mod of manifest.modules) {
  if (!shipped.has(mod.path)) problems.push(`custom-elements.json: module ${mod.path} is not shipped`);
  for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) tags.add(d.tagName);
  for (const e of mod.exports ?? []) {
    if (e.kind !== 'custom-element-definition') continue;
    defined.add(e.name);
    if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(e.name)) problems.push(`custom-elements.json: a definition of "${e.name}", which is no tag`);
    if (e.declaration.module && !shipped.has(e.declaration.module.replace(/^\//, ''))) {
      problems.push(`custom-elements.json: <${e.name}> is declared in ${e.declaration.module}, which is not shipped`);
    }
  }
}
for (const tag of tags) if (!defined.has(tag)) problems.push(`custom-elements.json: no custom-element-definition for <${tag}>`);
for (const [, text] of JSON.stringify(manifest).matchAll(/"text":"([^"]*\bundefined \| undefined\b[^"]*)"/g)) problems.push(`custom-elements.json: a type names undefined twice: ${text}`);

// A strict consumer (tests/types/*.ts) against the built declarations, through the package's own name.
for (const project of ['tests/types/tsconfig.json', 'tests/types/tsconfig.accordion.json', 'tests/types/tsconfig.drop-in.json']) {
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { encoding: 'utf8' });
  } catch (error) {
    problems.push(`a TypeScript consumer (${project}) does not compile:\n${error.stdout}`);
  }
}

console.log(`pack: ${files.length} files, ${report.size} B packed, ${report.unpackedSize} B unpacked`);
for (const p of problems) console.log(`  - ${p}`);
process.exit(problems.length ? 1 : 0);
