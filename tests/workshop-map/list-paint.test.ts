import { expect } from '@open-wc/testing';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { frame, waitFor } from '../support/helpers.js';
import { items, mountMap, root, titles, workshop } from './helpers.js';

// Over 2,000 workshops the items out of sight are laid out after a new result's first paint.
// 2,100 workshops, 700 of each course (csf, csd, csp by i % 3): any course fills the list's 25 items.
const DATA = Array.from({ length: 2100 }, (_, i) => workshop(i));
const FEW = DATA.slice(0, 90);
const courseOf = (title: string) => ['csf', 'csd', 'csp'][Number(title.replace('Workshop ', '')) % 3];
/** Whether an item's text is laid out and drawn (not waiting for the frame after the first paint). */
const drawn = (item: Element) => item.querySelector('.title')!.checkVisibility();

/** Sets the course at the start of a frame, as a click handled before it would. */
async function setCourseInFrame(el: PlWorkshopMap, course: string): Promise<void> {
  await frame();
  el.setAttribute('course', course);
}

describe('<pl-workshop-map> list after a new result', () => {
  // Laying out later leaves the items' innerText empty until then: with a few workshops, no need.
  it('with a few workshops, lays out every item in the frame that shows the new result', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = FEW));
    const summary = () => root(el).querySelector('[part="summary"]')!.textContent;
    const before = summary();
    el.setAttribute('course', 'csp');
    // The update runs in a microtask: read as soon as the summary says the new result, in that task.
    for (let i = 0; i < 50 && summary() === before; i++) await Promise.resolve();
    expect(summary()).not.to.equal(before);
    const texts = items(el).map((item) => (item as HTMLElement).innerText);
    expect(texts).to.have.length(25);
    for (const text of texts) {
      expect(text).to.match(/^Workshop \d+/);
      expect(courseOf(text.split('\n')[0]!.trim())).to.equal('csp');
    }
    expect(items(el).every(drawn), 'every item drawn').to.equal(true);
  });

  it('draws every item in sight in the first frame that paints the new result', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = DATA));
    expect(titles(el).map(courseOf)).to.include('csf').and.include('csd');
    await setCourseInFrame(el, 'csp');
    // The next frame starts after the one that painted the change.
    await frame();
    const inSight = items(el).filter((item) => item.getBoundingClientRect().top < innerHeight);
    expect(inSight.length).to.be.greaterThan(1);
    for (const item of inSight) {
      expect(drawn(item), 'drawn').to.equal(true);
      expect(courseOf(item.querySelector('.title')!.textContent!.trim())).to.equal('csp');
    }
  });

  // Items out of sight are written after that frame: until then none of them may show the old result.
  it('shows no item of the old result in the first frame, in sight or not', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = DATA));
    await setCourseInFrame(el, 'csd');
    await frame();
    const shown = items(el).filter(drawn);
    expect(shown.length).to.be.greaterThan(1).and.below(25);
    for (const item of shown) expect(courseOf(item.querySelector('.title')!.textContent!.trim())).to.equal('csd');
    await el.updateComplete;
    expect(items(el).map((item) => courseOf(item.querySelector('.title')!.textContent!.trim()))).to.deep.equal(Array(25).fill('csd'));
  });

  // Beside the map, the list scrolls in a box as tall as the map: what is in sight is that box.
  for (const height of ['200px', '560px']) {
    it(`draws every item in the list's box beside a map ${height} tall in the first frame`, async () => {
      const { el } = await mountMap({ view: 'split' }, (map) => {
        map.workshops = DATA;
        map.style.setProperty('--pl-workshop-map-height', height);
      });
      await frame();
      await setCourseInFrame(el, 'csp');
      await frame();
      const box = root(el).querySelector('.list')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo(parseInt(height), 20);
      const inSight = items(el).filter((item) => item.getBoundingClientRect().top < Math.min(box.bottom, innerHeight));
      expect(inSight.length).to.be.greaterThan(0);
      for (const item of inSight) expect(drawn(item), 'drawn').to.equal(true);
      await el.updateComplete;
      expect(items(el).every(drawn), 'every item drawn').to.equal(true);
    });
  }

  // The items out of sight keep their last details, hidden, until they are laid out: their titles are new at once.
  it('titles every item out of sight with the new result in its first frame, and gives each its own details once laid out', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = DATA));
    const number = (item: Element) => item.querySelector('.title')!.textContent!.trim().replace('Workshop ', '');
    for (const course of ['csd', 'csp', 'csf']) {
      await setCourseInFrame(el, course);
      await frame();
      expect(items(el).some((item) => !drawn(item)), 'some items wait for their layout').to.equal(true);
      expect(items(el).map((item) => courseOf(number(item)))).to.deep.equal(Array(25).fill(course));
      await el.updateComplete;
      for (const item of items(el)) {
        expect(item.querySelector('.where')!.textContent).to.contain(`Town ${number(item)},`);
        expect(item.querySelector('.when')!.textContent).to.match(new RegExp(`\\bMar ${1 + (Number(number(item)) % 28)}\\b`));
      }
    }
  });

  // A first result has no details to keep: those out of sight are written with their layout.
  it('gives every item of a first load its own details: those in sight in its first frame, the rest by updateComplete', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = []));
    await frame();
    el.workshops = DATA;
    await frame();
    const number = (item: Element) => item.querySelector('.title')!.textContent!.trim().replace('Workshop ', '');
    const inSight = items(el).filter(drawn);
    expect(inSight.length).to.be.greaterThan(1).and.below(25);
    for (const item of inSight) expect(item.querySelector('.where')!.textContent).to.contain(`Town ${number(item)},`);
    await el.updateComplete;
    expect(items(el)).to.have.length(25);
    for (const item of items(el)) {
      expect(item.querySelector('.where')!.textContent).to.contain(`Town ${number(item)},`);
      expect(item.querySelector('.when')!.textContent).to.match(new RegExp(`\\bMar ${1 + (Number(number(item)) % 28)}\\b`));
      expect(item.querySelector('.actions'), 'its buttons').to.exist;
    }
    expect(items(el).every(drawn), 'every item drawn').to.equal(true);
  });

  it('has the whole new result in the DOM when updateComplete resolves, and draws the rest right after', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = DATA));
    await setCourseInFrame(el, 'csd');
    await el.updateComplete;
    expect(titles(el)).to.have.length(25);
    expect(new Set(items(el).map((item) => courseOf(item.querySelector('.title')!.textContent!.trim())))).to.deep.equal(new Set(['csd']));
    await waitFor(() => items(el).every(drawn), 2000, 'every item drawn');
  });

  it('draws the items out of sight in a page whose frames are paused (a tab in the background)', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = DATA));
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      el.setAttribute('course', 'csf');
      await el.updateComplete;
      await waitFor(() => items(el).every(drawn), 2000, 'every item drawn');
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
  });

  it('leaves every item drawn, and focus where it is, when a new minute finds the same workshops', async () => {
    const { el } = await mountMap({ view: 'list', today: '2026-11-23T10:00' }, (map) => (map.workshops = DATA));
    const button = items(el)[20].querySelector<HTMLElement>('.calendar')!;
    button.focus();
    await frame();
    el.setAttribute('today', '2026-11-23T10:01');
    // The frame that renders the update: nothing out of sight is taken out of the page for it.
    await frame();
    expect(items(el).every(drawn), 'every item drawn').to.equal(true);
    // A boolean: chai describing a DOM element in a failure message can hang the browser.
    expect(root(el).activeElement === button, 'focus kept').to.equal(true);
  });
});
