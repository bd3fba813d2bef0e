/**
 * The theming contract (SPEC, "Common to every element"), on the drop-in script as it ships: every
 * `--pl-` token the spec names changes how each element looks, and every part the spec names can be
 * styled from the page with `::part()`.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/helpers.js';

const BUNDLE = '/dist/pl-widgets.js';

/** Each element as a partner writes it, with enough content to show every part the spec names. */
const ELEMENTS: Record<string, { markup: string; parts: string[] }> = {
  'pl-values-accordion': {
    markup: `<pl-values-accordion controls multiple>
      <pl-value heading="Teachers are the experts" open><p>They know their classrooms.</p></pl-value>
      <pl-value heading="Equity"><p>Every student.</p></pl-value>
    </pl-values-accordion>`,
    parts: ['item', 'header', 'panel'],
  },
  'pl-program-timeline': {
    markup: `<pl-program-timeline heading="A year of learning" today="2026-07-01">
      <pl-phase name="Phase 1" title="Online course" format="online" start="2026-05-01" end="2026-06-10">About ten hours.</pl-phase>
      <pl-phase name="Phase 2" title="Summer workshop" format="in-person" start="2026-06-20" end="2026-07-20">Five days.</pl-phase>
      <pl-phase name="Phase 3" title="Follow-ups" format="blended" start="2026-09-01" end="2027-05-01">Quarterly.</pl-phase>
    </pl-program-timeline>`,
    parts: ['phase', 'marker', 'current'],
  },
  'pl-pricing-card': {
    markup: `<pl-pricing-card heading="Deep Dive" value="300" price="0" cta-url="https://example.org/apply" scholarship-url="https://example.org/aid">
      <p>A one-day workshop.</p>
      <ul slot="includes"><li>Lunch</li></ul>
      <p slot="scholarship">Ask us.</p>
    </pl-pricing-card>`,
    parts: ['price', 'value', 'includes', 'cta', 'scholarship'],
  },
  'pl-workshop-map': {
    markup: `<pl-workshop-map tiles="none" today="2026-06-01T00:00:00Z"><script type="application/json">[
      {"id": "a", "title": "CS Fundamentals Intro", "course": "csf", "sessions": [{"start": "2026-06-12T09:00:00-04:00", "end": "2026-06-12T16:00:00-04:00"}],
       "location": {"city": "Atlanta", "state": "GA", "lat": 33.75, "lng": -84.39}, "registrationUrl": "https://example.org/r/a"},
      {"id": "b", "title": "CS Discoveries", "course": "csd", "sessions": [{"start": "2026-07-01T09:00:00-04:00"}], "virtual": true}
    ]</script></pl-workshop-map>`,
    parts: ['search', 'filters', 'map', 'list', 'item', 'summary'],
  },
};

/** The spec's tokens, each with a value no element uses by default. */
const TOKENS: Record<string, string> = {
  '--pl-font-family': '"Theming Test Font", monospace',
  '--pl-color-text': 'rgb(4, 5, 6)',
  '--pl-color-accent': 'rgb(1, 2, 3)',
  '--pl-color-surface': 'rgb(7, 8, 9)',
  '--pl-color-border': 'rgb(10, 11, 12)',
  '--pl-radius': '13px',
  '--pl-space': '17px',
};

const LOOK = [
  'color',
  'backgroundColor',
  'borderTopColor',
  'borderLeftColor',
  'borderBottomColor',
  'borderTopLeftRadius',
  'fontFamily',
  'paddingTop',
  'paddingLeft',
  'rowGap',
  'marginTop',
  'marginBottom',
] as const;

/** How every element of the shadow tree looks, as one string. */
function look(el: Element): string {
  return [...el.shadowRoot!.querySelectorAll('*')]
    .map((node) => {
      const style = getComputedStyle(node);
      return LOOK.map((name) => style[name]).join('|');
    })
    .join('\n');
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.body.append(script);
  });
}

describe("theming contract, on the drop-in: the spec's tokens and parts", () => {
  const hosts: HTMLElement[] = [];
  before(async () => {
    if (!customElements.get('pl-workshop-map')) await addScript(BUNDLE);
  });
  afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

  async function mount(tag: string): Promise<HTMLElement> {
    const host = document.createElement('div');
    host.style.width = '900px';
    host.innerHTML = ELEMENTS[tag]!.markup;
    document.body.append(host);
    hosts.push(host);
    const el = host.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    await waitFor(() => ELEMENTS[tag]!.parts.every((part) => el.shadowRoot?.querySelector(`[part~="${part}"]`)), 5000, `${tag}'s parts`);
    await el.updateComplete;
    return el;
  }

  for (const tag of Object.keys(ELEMENTS)) {
    it(`${tag}: each of the spec's tokens changes how it looks`, async () => {
      const el = await mount(tag);
      const before = look(el);
      const unchanged: string[] = [];
      for (const [token, value] of Object.entries(TOKENS)) {
        el.style.setProperty(token, value);
        if (look(el) === before) unchanged.push(token);
        el.style.removeProperty(token);
      }
      expect(unchanged, 'tokens with no effect').to.deep.equal([]);
      expect(look(el)).to.equal(before);
    });

    it(`${tag}: each of the spec's parts can be styled from the page`, async () => {
      const el = await mount(tag);
      const style = document.createElement('style');
      style.textContent = ELEMENTS[tag]!.parts.map((part) => `${tag}::part(${part}) { outline: 3px dotted rgb(201, 0, 1); }`).join('\n');
      document.head.append(style);
      try {
        for (const part of ELEMENTS[tag]!.parts) {
          const node = el.shadowRoot!.querySelector(`[part~="${part}"]`)!;
          expect(getComputedStyle(node).outlineColor, part).to.equal('rgb(201, 0, 1)');
        }
      } finally {
        style.remove();
      }
    });
  }
});
