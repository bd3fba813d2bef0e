import { expect } from '@open-wc/testing';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { frame } from '../support/helpers.js';
import { items, mountMap, titles, workshop } from './helpers.js';

// 90 workshops, 30 of each course (csf, csd, csp by i % 3): any course fills the list's 25 items.
const DATA = Array.from({ length: 90 }, (_, i) => workshop(i));
const courseOf = (title: string) => ['csf', 'csd', 'csp'][Number(title.replace('Workshop ', '')) % 3];

/** Sets the course at the start of a frame, as a click handled before it would. */
async function setCourseInFrame(el: PlWorkshopMap, course: string): Promise<void> {
  await frame();
  el.setAttribute('course', course);
}

describe('<pl-workshop-map> list after a new result', () => {
  it('shows the new result in every item in sight in the first frame that paints it', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = DATA));
    expect(titles(el).map(courseOf)).to.include('csf').and.include('csd');
    await setCourseInFrame(el, 'csp');
    // The next frame starts after the one that painted the change.
    await frame();
    const inSight = items(el).filter((item) => item.getBoundingClientRect().top < innerHeight);
    expect(inSight.length).to.be.greaterThan(1);
    for (const item of inSight) expect(courseOf(item.querySelector('.title')!.textContent!.trim())).to.equal('csp');
  });

  it('has the whole list in place when updateComplete resolves, the items out of sight included', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = DATA));
    await setCourseInFrame(el, 'csd');
    await el.updateComplete;
    expect(titles(el)).to.have.length(25);
    expect(new Set(titles(el).map(courseOf))).to.deep.equal(new Set(['csd']));
  });

  it('completes the list in a page whose frames are paused (a tab in the background)', async () => {
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = DATA));
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      el.setAttribute('course', 'csf');
      const done = await Promise.race([el.updateComplete.then(() => 'done'), new Promise((resolve) => setTimeout(resolve, 2000, 'late'))]);
      expect(done).to.equal('done');
      expect(new Set(titles(el).map(courseOf))).to.deep.equal(new Set(['csf']));
      expect(titles(el)).to.have.length(25);
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
  });
});
