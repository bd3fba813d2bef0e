#!/usr/bin/env node
/**
 * Writes docs/api-reference.md from custom-elements.json (npm run build:manifest): per public tag,
 * its attributes, properties, methods, events, slots, CSS parts and CSS custom properties, inherited
 * ones included. `--check` writes nothing and fails when the file is not what it would write.
 *
 *   node scripts/api-reference.mjs           # regenerate
 *   node scripts/api-reference.mjs --check   # CI: is docs/api-reference.md up to date?
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = 'custom-elements.json';
const OUTPUT = 'docs/api-reference.md';
// Wrappers before what they contain; the provider, which wraps them all, last. Unknown tags go just before it.
const ORDER = ['pl-workshop-map', 'pl-program-timeline', 'pl-phase', 'pl-pricing-card', 'pl-values-accordion', 'pl-value', 'pl-provider'];

/** Escapes `<` outside code spans, so `<pl-phase>` in prose shows instead of being read as an HTML tag. */
const escapeHtml = (text) => text.replace(/(`+)[\s\S]*?\1|</g, (match) => (match === '<' ? '&lt;' : match));

/** A Markdown table cell: one line, `|` escaped (GFM reads `\|` as a pipe even inside code spans). */
const cell = (text) =>
  String(text ?? '')
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => escapeHtml(paragraph.replace(/\s*\n\s*/g, ' ')))
    .join('<br>')
    .replace(/\|/g, '\\|');

const code = (text) => {
  if (text === undefined || text === '') return '';
  const fence = String(text).includes('`') ? '``' : '`';
  return `${fence}${text}${fence}`;
};

function table(headers, rows) {
  if (rows.length === 0) return '';
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** First entry of each name: the manifest lists a class's own members before inherited ones. */
const unique = (items = []) => items.filter((item, i) => items.findIndex((other) => other.name === item.name) === i);

const isPublic = (member) =>
  (!member.privacy || member.privacy === 'public') && !member.static && !/^[_#]/.test(member.name);

const withDefault = (description, value) => [description, value !== undefined && `Default: ${code(value)}.`].filter(Boolean).join(' ');

function signature(method) {
  const params = (method.parameters ?? []).map((p) => {
    const rest = p.rest ? '...' : '';
    if (p.default !== undefined) return `${rest}${p.name} = ${p.default}`;
    return `${rest}${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`;
  });
  return `${method.name}(${params.join(', ')})${method.return?.type?.text ? `: ${method.return.type.text}` : ''}`;
}

function methodDescription(method) {
  const params = (method.parameters ?? []).filter((p) => p.description).map((p) => `${code(p.name)}: ${p.description}`);
  return [method.description, ...params].filter(Boolean).join('\n\n'); // one line each in the cell
}

/** `CustomEvent<FilterChangeDetail>` → `FilterChangeDetail`; any other type as written. */
const detailType = (event) => event.type?.text?.match(/^CustomEvent<(.+)>$/)?.[1] ?? event.type?.text;

function section(tag, declaration, entryModule) {
  const members = unique((declaration.members ?? []).filter(isPublic));
  const properties = members.filter((m) => m.kind === 'field' && !m.attribute);
  const methods = members.filter((m) => m.kind === 'method');
  const tables = [
    ['Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      unique(declaration.attributes).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description])],
    ['Properties', ['Property', 'Type', 'Description'],
      properties.map((p) => [code(p.name), code(p.type?.text), [p.readonly && 'Read-only.', p.description].filter(Boolean).join(' ')])],
    ['Methods', ['Method', 'Description'], methods.map((m) => [code(signature(m)), methodDescription(m)])],
    ['Events', ['Event', 'Detail type', 'Description'], unique(declaration.events).map((e) => [code(e.name), code(detailType(e)), e.description])],
    ['Slots', ['Slot', 'Description'], unique(declaration.slots).map((s) => [s.name ? code(s.name) : '(default)', s.description])],
    ['CSS parts', ['Part', 'Description'], unique(declaration.cssParts).map((p) => [code(p.name), p.description])],
    ['CSS custom properties', ['Property', 'Description'],
      unique(declaration.cssProperties).map((p) => [code(p.name), withDefault(p.description, p.default)])],
  ];
  const entry = entryModule.replace(/^dist\/esm\//, 'pl-widgets/');
  return [
    `## \`<${tag}>\``, // GitHub's anchor for it is #${tag}, as the contents link
    `Class \`${declaration.name}\`, registered by \`import '${entry}'\` (or \`import 'pl-widgets'\`, or the drop-in \`pl-widgets.js\` script).`,
    escapeHtml(declaration.description || declaration.summary || '').trim(),
    ...tables.filter(([, , rows]) => rows.length).map(([title, headers, rows]) => `### ${title}\n\n${table(headers, rows)}`),
  ].filter(Boolean).join('\n\n');
}

function render(manifest) {
  const elements = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const definition of mod.exports ?? []) {
      if (definition.kind !== 'custom-element-definition' || elements.has(definition.name)) continue;
      const { name, module } = definition.declaration;
      const declaration = manifest.modules.find((m) => m.path === module)?.declarations?.find((d) => d.name === name);
      if (declaration) elements.set(definition.name, { declaration, entry: mod.path });
    }
  }
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length - 1.5);
  const tags = [...elements.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return [
    '# API reference',
    '<!-- Generated by scripts/api-reference.mjs from custom-elements.json. Do not edit by hand. -->',
    'Every attribute, property, method, event, slot, CSS part and CSS custom property of the pl-widgets ' +
      "elements, inherited ones included, as the sources' JSDoc describes them (through `custom-elements.json`, " +
      'written by `npm run build:manifest`). Do not edit this file by hand: regenerate it with ' +
      '`node scripts/api-reference.mjs`. Every event below is a `CustomEvent` that bubbles and is composed.',
    tags.map((tag) => `- [\`<${tag}>\`](#${tag})`).join('\n'),
    ...tags.map((tag) => section(tag, elements.get(tag).declaration, elements.get(tag).entry)),
  ].join('\n\n') + '\n';
}

const manifest = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8'));
const output = render(manifest);
const target = join(root, OUTPUT);

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current !== output) {
    console.error(`${OUTPUT} is ${current === undefined ? 'missing' : `out of date with ${MANIFEST}`}: regenerate it with \`node scripts/api-reference.mjs\`.`);
    process.exit(1);
  }
  console.log(`${OUTPUT} is up to date.`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, output);
  console.log(`Wrote ${OUTPUT} (${Buffer.byteLength(output)} bytes).`);
}
