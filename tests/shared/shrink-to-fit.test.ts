/**
 * Pages that size boxes to their content: a table cell, a float, an inline block, a centred flex
 * column, a flex row. The widgets that adapt to their own width must still get a usable one there.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const ELEMENTS: Record<string, string> = {
  'pl-workshop-map': '<pl-workshop-map tiles="none" view="list"></pl-workshop-map>',
  'pl-program-timeline': '<pl-program-timeline><pl-phase name="Phase 1" title="Online course"></pl-phase></pl-program-timeline>',
  'pl-pricing-card': '<pl-pricing-card heading="Summer workshop" value="300" price="250"></pl-pricing-card>',
};
const CONTEXTS: Record<string, (inner: string) => string> = {
  'a table cell': (inner) => `<table><tr><td>${inner}</td><td>Beside</td></tr></table>`,
  'a float': (inner) => `<div style="float: left">${inner}</div>`,
  'an inline block': (inner) => `<div style="display: inline-block">${inner}</div>`,
  'a centred flex column': (inner) => `<div style="display: flex; flex-direction: column; align-items: center">${inner}</div>`,
  'a flex row': (inner) => `<div style="display: flex">${inner}</div>`,
};

describe('in boxes sized to their content', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [width, least, most] of [
    [1000, 380, 1000],
    [360, 260, 360],
  ] as const) {
    it(`the map, the timeline and the card get a usable width that fits a ${width} px page`, async () => {
      await setViewport({ width, height: 700 });
      const widths: string[] = [];
      for (const [context, wrap] of Object.entries(CONTEXTS)) {
        for (const [tag, markup] of Object.entries(ELEMENTS)) {
          const box = document.createElement('section');
          box.innerHTML = wrap(markup);
          document.body.append(box);
          const el = box.querySelector<Updating>(tag)!;
          await el.updateComplete;
          const w = el.getBoundingClientRect().width;
          if (w < least || w > most) widths.push(`${tag} in ${context}: ${Math.round(w)} px`);
          box.remove();
        }
      }
      expect(widths).to.deep.equal([]);
    });
  }

  it('takes the width its own text needs on a theme whose root font is 10 px and body text 16 px (html { font-size: 62.5% })', async () => {
    await setViewport({ width: 1280, height: 800 });
    document.documentElement.style.fontSize = '62.5%';
    const narrow: string[] = [];
    try {
      for (const [tag, markup] of Object.entries(ELEMENTS)) {
        const box = document.createElement('section');
        box.style.fontSize = '16px';
        box.innerHTML = CONTEXTS['a flex row'](markup);
        document.body.append(box);
        const el = box.querySelector<Updating>(tag)!;
        await el.updateComplete;
        // As wide as with a 16 px root: the map 48em (768 px), the timeline 48em, the card 24em (384 px).
        const w = el.getBoundingClientRect().width;
        if (w < (tag == 'pl-pricing-card' ? 380 : 760)) narrow.push(`${tag}: ${Math.round(w)} px`);
        box.remove();
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
    expect(narrow).to.deep.equal([]);
  });

  it('never makes a page wider than the screen from inside a wrapper in a grid or flex column', async () => {
    // WordPress themes and page builders: the widget sits in a div that is a grid or flex item,
    // whose least width is its content's least width.
    await setViewport({ width: 360, height: 700 });
    const layouts = {
      'a one-column grid': 'display: grid; grid-template-columns: 1fr; padding: 24px',
      'a grid with a sidebar': 'display: grid; grid-template-columns: 1fr 120px; padding: 24px',
      'a flex row': 'display: flex; padding: 24px',
    };
    const overflows: string[] = [];
    for (const [layout, style] of Object.entries(layouts)) {
      for (const [tag, markup] of Object.entries(ELEMENTS)) {
        const box = document.createElement('section');
        box.style.cssText = style;
        box.innerHTML = `<div class="wrapper">${markup}</div><aside>Sidebar</aside>`;
        document.body.append(box);
        await box.querySelector<Updating>(tag)!.updateComplete;
        const right = box.querySelector(tag)!.getBoundingClientRect().right;
        if (right > 360 - 24 + 0.5 || document.documentElement.scrollWidth > 360) overflows.push(`${tag} in ${layout}: right edge ${Math.round(right)} px`);
        box.remove();
      }
    }
    expect(overflows).to.deep.equal([]);
  });

  it('each takes its own column of a grid, no wider', async () => {
    await setViewport({ width: 1000, height: 700 });
    const box = document.createElement('section');
    box.style.cssText = 'display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; width: 960px';
    box.innerHTML = Object.values(ELEMENTS).join('');
    document.body.append(box);
    for (const el of box.children) await (el as Updating).updateComplete;
    const widths = [...box.children].map((el) => Math.round(el.getBoundingClientRect().width));
    expect(widths).to.deep.equal([309, 309, 309]);
    box.remove();
  });
});
