/**
 * custom-elements.json (built by `npm run build`, from the sources' JSDoc) against what the elements
 * really do, as a page sees it: every `part` in the shadow root while loading, after a failed load
 * and with data; every public `--pl-*` property the adopted style sheets read (and no token listed
 * that none reads, since Storybook offers a control for each); the events a load and a failed load fire.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { PlValue } from '../../src/values-accordion.js';
import { waitFor } from '../support/helpers.js';

interface Named {
  name: string;
}
interface Member extends Named {
  privacy?: string;
  static?: boolean;
}
interface Attribute extends Named {
  type?: { text: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { name: string; declaration?: { name: string; module?: string } }[];
}
let modules: Module[] = [];
let declarations: Declaration[] = [];
before(async () => {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json (run npm run build:manifest)').to.equal(true);
  modules = ((await response.json()) as { modules: Module[] }).modules;
  declarations = modules.flatMap((m) => m.declarations ?? []);
});

const documented = (tag: string, key: 'events' | 'cssParts' | 'cssProperties'): string[] =>
  (declarations.find((d) => d.tagName === tag)?.[key] ?? []).map((item) => item.name).sort();

const boxes: HTMLElement[] = [];
afterEach(() => boxes.splice(0).forEach((box) => box.remove()));

function mount(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.style.width = '900px';
  box.innerHTML = markup;
  document.body.append(box);
  boxes.push(box);
  return box.firstElementChild as HTMLElement;
}

function partsOf(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)).filter(Boolean);
}

/**
 * The public custom properties (not the private `--_x` ones) that an element's style sheets read: the
 * sheets adopted now (the card adopts some only when it needs them), and the text of its static
 * styles (Chromium's cssText of a rule leaves out a shorthand with var() that a longhand overrides,
 * such as `font: 1em / var(--pl-line-height, 1.5) sans-serif` before `font-family`).
 */
function propertiesRead(el: Element): string[] {
  const sheets = el.shadowRoot ? el.shadowRoot.adoptedStyleSheets : [];
  const statics = (el.constructor as unknown as { elementStyles: { cssText?: string }[] }).elementStyles;
  const text = [...sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)), ...statics.map((s) => s.cssText ?? '')].join('\n');
  return [...text.matchAll(/var\(\s*(--pl-[\w-]+)/g)].map((m) => m[1]);
}

const unique = (names: string[]): string[] => [...new Set(names)].sort();

interface Case {
  tag: string;
  /** Attributes besides `src`. */
  attrs: string;
  fixture: string;
  /** Shown once the data is in (parts that only appear then). */
  ready: (el: HTMLElement) => boolean;
}

const CASES: Case[] = [
  { tag: 'pl-values-accordion', attrs: '', fixture: 'values.json', ready: (el) => partsOf(el).includes('header') },
  { tag: 'pl-program-timeline', attrs: '', fixture: 'phases.json', ready: (el) => partsOf(el).includes('marker') },
  {
    tag: 'pl-pricing-card',
    attrs: 'calculator scholarship-url="https://example.org/apply" cta-url="https://example.org/go"',
    fixture: 'pricing.json',
    ready: (el) => ['total', 'scholarship-link', 'cta'].every((p) => partsOf(el).includes(p)),
  },
  { tag: 'pl-workshop-map', attrs: 'tiles="none"', fixture: 'workshops.json', ready: (el) => partsOf(el).includes('item') },
];

describe('custom-elements.json describes what the elements do', () => {
  for (const { tag, attrs, fixture, ready } of CASES) {
    it(`<${tag}>: parts, custom properties and events`, async function () {
      this.timeout(20000);
      const seenParts: string[] = [];
      const seenProperties: string[] = [];
      const seenEvents = new Set<string>();
      const listen = (el: HTMLElement) => ['pl-data-load', 'pl-error'].forEach((name) => el.addEventListener(name, () => seenEvents.add(name)));

      // Slow enough that a busy machine still sees it loading (the first test also loads the modules).
      const loading = mount(`<${tag} ${attrs} src="/__slow/9000/${fixture}"></${tag}>`);
      await waitFor(() => partsOf(loading).includes('status'), 8000, 'the loading line');
      seenParts.push(...partsOf(loading));

      const failed = mount(`<${tag} ${attrs} src="/tests/fixtures/no-such-file.json"></${tag}>`);
      listen(failed);
      await waitFor(() => partsOf(failed).includes('error'), 4000, 'the error box');
      seenParts.push(...partsOf(failed));

      const loaded = mount(`<${tag} ${attrs} src="/tests/fixtures/${fixture}"></${tag}>`);
      listen(loaded);
      await waitFor(() => ready(loaded), 4000, 'the data');
      seenParts.push(...partsOf(loaded));
      for (const el of [loading, failed, loaded]) seenProperties.push(...propertiesRead(el));
      await waitFor(() => seenEvents.size === 2, 4000, 'pl-data-load and pl-error');

      // One list of every difference, so a failure shows them all.
      const [parts, properties, events] = [documented(tag, 'cssParts'), documented(tag, 'cssProperties'), documented(tag, 'events')];
      const read = unique(seenProperties);
      expect([
        ...unique(seenParts).filter((p) => !parts.includes(p)).map((p) => `part ${p} not listed`),
        ...read.filter((p) => !properties.includes(p)).map((p) => `${p} not listed`),
        ...properties.filter((p) => !read.includes(p)).map((p) => `${p} listed, never read`),
        ...[...seenEvents].filter((e) => !events.includes(e)).map((e) => `event ${e} not listed`),
      ]).to.deep.equal([]);
    });
  }

  it('<pl-value>: the custom property it reads', () => {
    expect(documented('pl-value', 'cssProperties')).to.deep.equal(unique(propertiesRead(new PlValue())));
  });
});

describe('custom-elements.json names only what a package user can reach', () => {
  it('every export points at the shipped module that declares it', () => {
    const wrong = modules.flatMap((mod) =>
      (mod.exports ?? [])
        .filter(({ declaration }) => declaration?.module && !modules.find((m) => m.path === declaration.module)?.declarations?.some((d) => d.name === declaration.name))
        .map((e) => `${mod.path}: ${e.name} → ${e.declaration!.module}`),
    );
    expect(wrong).to.deep.equal([]);
    const accordion = modules.find((m) => m.path === 'dist/esm/values-accordion.js')!;
    expect(accordion.exports!.find((e) => e.name === 'PlValue')!.declaration!.module).to.equal('dist/esm/values-accordion/value.js');
  });

  it('elements list public instance members only, and attribute types a tool can offer', () => {
    const elements = declarations.filter((d) => d.tagName);
    const hidden = elements.flatMap((d) => (d.members ?? []).filter((m) => (m.privacy && m.privacy !== 'public') || m.static || /^[#_]/.test(m.name)).map((m) => `${d.tagName}.${m.name}`));
    expect(hidden).to.deep.equal([]);
    const attribute = (tag: string, name: string) => elements.find((d) => d.tagName === tag)!.attributes!.find((a) => a.name === name)?.type?.text;
    expect(attribute('pl-workshop-map', 'units')).to.equal("'mi' | 'km'");
    expect(attribute('pl-workshop-map', 'format')).to.equal("'pl' | 'codeorg' | 'geojson' | 'csv'");
    expect(attribute('pl-pricing-card', 'discounts')).to.equal('string');
    expect(attribute('pl-value', 'id')).to.equal('string');
    expect(attribute('pl-phase', 'title')).to.equal('string');
  });
});
