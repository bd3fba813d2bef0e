/** What the eye catches: alignment and line breaks that the rest of the suite does not measure. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/program-timeline.js';
import { items, mountMap, root, workshop } from '../workshop-map/helpers.js';

describe('how the widgets line up', () => {
  it('split view: the first list item starts level with the map', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = [workshop(1), workshop(2)]), { width: 1200 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const first = items(el)[0].getBoundingClientRect().top;
    const map = root(el).querySelector('.leaflet-container')!.getBoundingClientRect().top;
    expect(Math.round(first - map)).to.equal(0);
  });

  it('the timeline\'s "(3 of 4)" never breaks over two lines in a narrow column', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width:300px"><pl-program-timeline today="2026-11-23" heading="Your year of learning">
      <pl-phase name="Phase 1" title="Online course" start="2026-04-06" end="2026-06-12"></pl-phase>
      <pl-phase name="Phase 2" title="Summer workshop" start="2026-06-22" end="2026-06-26"></pl-phase>
      <pl-phase name="Phase 3" title="Quarterly workshops" start="2026-09-19" end="2027-04-24"></pl-phase>
      <pl-phase name="Phase 4" title="Closing workshop" start="2027-06-14" end="2027-06-16"></pl-phase>
    </pl-program-timeline></div>`);
    const timeline = box.querySelector('pl-program-timeline') as HTMLElement & { updateComplete: Promise<unknown> };
    await timeline.updateComplete;
    const split: number[] = [];
    for (let width = 200; width <= 340; width += 2) {
      box.style.width = `${width}px`;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const status = timeline.shadowRoot!.querySelector<HTMLElement>('[part~="progress"]')!;
      const text = [...status.childNodes].find((node): node is Text => node instanceof Text && node.data.includes('(3'))!;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('(3'));
      range.setEnd(text, text.data.indexOf(')', text.data.indexOf('(3')) + 1);
      if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) split.push(width);
    }
    expect(split, 'widths at which "(3 of 4)" breaks').to.deep.equal([]);
  });
});
