import { expect } from '@open-wc/testing';
import { items, mountMap, workshop } from './helpers.js';

/** Left edge on screen of `text`, in the first text node of `el` that holds it. */
function leftOf(el: Element, text: string): number {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return Math.min(...[...range.getClientRects()].map((r) => r.left));
  }
  throw new Error(`no "${text}"`);
}

describe('<pl-workshop-map> text from data keeps its direction to itself', () => {
  it('keeps a right-to-left venue name from pulling the street number in front of it', async () => {
    const w = workshop(1, { location: { name: 'مركز المعرفة', address: '123 Main St', city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 } });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [w]));
    const where = items(el)[0].querySelector('.where')!;
    expect(leftOf(where, '123'), 'the house number after the name').to.be.greaterThan(leftOf(where, 'مركز'));
  });

  it("keeps a U+202E in a record from reversing the widget's own words", async () => {
    const w = workshop(1, { courseName: 'CS Fundamentals \u202E', type: 'deep-dive', location: { name: 'Library \u202E', city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 } });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [w]));
    const meta = items(el)[0].querySelector('.meta')!;
    expect(leftOf(meta, 'D'), '"Deep dive" reads left to right').to.be.lessThan(leftOf(meta, 'v'));
    const where = items(el)[0].querySelector('.where')!;
    expect(leftOf(where, 'At'), '"Atlanta" reads left to right').to.be.lessThan(leftOf(where, 'GA'));
  });
});
