/**
 * The list's pages and what each item says: "Show more" down to the last workshop, where focus goes
 * after it, and each item's own distance from the place searched.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { deepActiveElement, visibleText } from '../support/helpers.js';
import { items, mountMap, root, searchFor, titles, workshop } from './helpers.js';

const more = (el: PlWorkshopMap) => root(el).querySelector<HTMLButtonElement>('.more');
const online = (i: number) => workshop(i, { virtual: true, location: undefined, title: `Online ${i}` });

describe('<pl-workshop-map> pages of the list', () => {
  it('offers "Show more" for a single workshop past the first page, and lists it', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = Array.from({ length: 26 }, (_, i) => workshop(i))));
    expect(items(el)).to.have.length(25);
    expect(more(el) && visibleText(more(el)!)).to.equal('Show more (1 more)');
    more(el)!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(26);
    expect(more(el) === null, 'no "Show more" once all are listed').to.equal(true);
  });

  it('moves focus to the first new item after "Show more", past the virtual ones already listed', async () => {
    // 3 in-person and 22 virtual on the first page: the next page is virtual workshops only.
    const inPerson = [1, 2, 3].map((i) => workshop(i));
    const virtual = Array.from({ length: 40 }, (_, i) => online(100 + i));
    const { el } = await mountMap({}, (m) => (m.workshops = [...inPerson, ...virtual]));
    const before = titles(el);
    expect(before).to.have.length(25);
    more(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.have.length(43);
    const focused = deepActiveElement()?.closest('[part="item"]');
    const focusedTitle = focused ? visibleText(focused.querySelector('.title')!) : 'nothing in the list';
    expect(focusedTitle).to.equal(titles(el)[25]);
    expect(before).to.not.include(focusedTitle);
  });
});

describe('<pl-workshop-map> distances in the list', () => {
  it('shows each item its own distance from the place searched, nearest first', async () => {
    // Due north of the searched point: 0.1° of latitude is 6.9 mi.
    const north = (i: number, degrees: number) =>
      workshop(i, { title: `North ${degrees}`, location: { city: `Town ${i}`, state: 'KS', lat: 40 + degrees, lng: -100 } });
    const { el } = await mountMap({}, (m) => {
      m.workshops = [north(1, 0.4), north(2, 0.1), north(3, 0.6), north(4, 0.2)];
      m.geocoder = async () => ({ lat: 40, lng: -100, label: 'Prairie Point' });
    });
    await searchFor(el, 'Prairie Point');
    expect(titles(el)).to.deep.equal(['North 0.1', 'North 0.2', 'North 0.4', 'North 0.6']);
    const distances = items(el).map((item) => visibleText(item.querySelector('.distance') ?? item).replace(/^·\s*/, ''));
    expect(distances).to.deep.equal(['6.9 mi away', '14 mi away', '28 mi away', '41 mi away']);
  });
});
