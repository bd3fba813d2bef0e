/**
 * Choosing a workshop at its edges: a pin chosen after a filter reordered the list, how many events
 * a choice fires, what a new search or filter does to the choice and its popup, and view="list".
 */
import { expect } from '@open-wc/testing';
import type { PlWorkshopMap, WorkshopSelectDetail } from '../../src/workshop-map.js';
import { recordEvents, visibleText, waitFor } from '../support/helpers.js';
import { items, leafletMap, mountMap, popup, root, searchFor, setField, titles, workshop } from './helpers.js';

/** Four cities far apart (a pin each), listed by start date in the reverse of this order. */
const CITIES = [
  { title: 'Seattle workshop', course: 'csf', day: '20', location: { city: 'Seattle', state: 'WA', lat: 47.61, lng: -122.33 } },
  { title: 'Miami workshop', course: 'csd', day: '15', location: { city: 'Miami', state: 'FL', lat: 25.76, lng: -80.19 } },
  { title: 'Boston workshop', course: 'csf', day: '10', location: { city: 'Boston', state: 'MA', lat: 42.36, lng: -71.06 } },
  { title: 'Los Angeles workshop', course: 'csd', day: '05', location: { city: 'Los Angeles', state: 'CA', lat: 34.05, lng: -118.24 } },
];
const cities = () =>
  CITIES.map(({ day, ...rest }, i) =>
    workshop(i + 1, { ...rest, sessions: [{ start: `2027-03-${day}T09:00:00-05:00`, end: `2027-03-${day}T15:00:00-05:00` }] }),
  );

const pin = (el: PlWorkshopMap, title: string) => root(el).querySelector<HTMLElement>(`.pl-pin[title="${title}"]`);
// Assertions compare text and counts, not elements: a failing one on a map element stalls the test runner.
const titleOf = (item: Element) => visibleText(item.querySelector('.title')!);
/** The titles of the items marked as chosen (aria-current). */
const chosenTitles = (el: PlWorkshopMap) => items(el).filter((item) => item.getAttribute('aria-current') === 'true').map(titleOf);
const showOnMap = (el: PlWorkshopMap, title: string) => items(el).find((item) => titleOf(item) === title)!.querySelector<HTMLButtonElement>('.show')!;

describe('<pl-workshop-map> choosing a workshop', () => {
  it('a pin click chooses that pin\'s workshop after a filter reordered and narrowed the list', async () => {
    for (const title of ['Miami workshop', 'Los Angeles workshop']) {
      // A new finder for each pin: its view fits all four, which a filter leaves as it is.
      const { el } = await mountMap({}, (m) => (m.workshops = cities()));
      await setField(el, 'f-course', 'csd');
      expect(titles(el)).to.deep.equal(['Los Angeles workshop', 'Miami workshop']);
      await waitFor(() => !!pin(el, title), 4000, `the pin of ${title}`);
      const events = recordEvents<WorkshopSelectDetail>(el, 'pl-workshop-select');
      pin(el, title)!.click();
      await el.updateComplete;
      events.stop();
      expect(events.events.map((event) => event.detail.workshop.title)).to.deep.equal([title]);
      expect(chosenTitles(el), 'the item marked as chosen').to.deep.equal([title]);
    }
  });

  it('fires one pl-workshop-select for one pin click, and one for one "Show on map" press', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = cities()));
    const events = recordEvents<WorkshopSelectDetail>(el, 'pl-workshop-select');
    await waitFor(() => !!pin(el, 'Seattle workshop'), 4000, 'the Seattle pin');
    pin(el, 'Seattle workshop')!.click();
    await el.updateComplete;
    expect(events.events.map((event) => event.detail.workshop.title)).to.deep.equal(['Seattle workshop']);
    showOnMap(el, 'Boston workshop').click();
    await waitFor(() => !!popup(el) && visibleText(popup(el)!).includes('Boston'), 4000, 'the Boston popup');
    await el.updateComplete;
    events.stop();
    expect(events.events.map((event) => event.detail.workshop.title)).to.deep.equal(['Seattle workshop', 'Boston workshop']);
  });

  it('forgets the choice after a new filter, though the chosen workshop is still listed', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = cities()));
    showOnMap(el, 'Seattle workshop').click();
    await el.updateComplete;
    expect(chosenTitles(el)).to.deep.equal(['Seattle workshop']);
    await setField(el, 'f-course', 'csf');
    expect(titles(el)).to.include('Seattle workshop');
    expect(chosenTitles(el), 'items marked as chosen').to.deep.equal([]);
  });

  it('forgets the choice after a new search, though the chosen workshop is still listed', async () => {
    const { el } = await mountMap({ radius: '5000' }, (m) => {
      m.workshops = cities();
      m.geocoder = async () => ({ lat: 45.5, lng: -122.7, label: 'Near Portland' });
    });
    showOnMap(el, 'Seattle workshop').click();
    await el.updateComplete;
    expect(chosenTitles(el)).to.deep.equal(['Seattle workshop']);
    await searchFor(el, 'Near Portland');
    expect(titles(el)[0]).to.equal('Seattle workshop');
    expect(chosenTitles(el), 'items marked as chosen').to.deep.equal([]);
  });

  it('with view="list", offers no "Show on map" (there is no map)', async () => {
    const { el } = await mountMap({ view: 'list' }, (m) => (m.workshops = cities()));
    expect(items(el)).to.have.length(4);
    expect(root(el).querySelectorAll('[part="item"] .show').length).to.equal(0);
  });
});

describe('<pl-workshop-map> the chosen workshop\'s popup after a new filter', () => {
  it('closes when the filter takes other pins away and the chosen workshop keeps its own pin', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = cities()));
    showOnMap(el, 'Seattle workshop').click();
    await waitFor(() => !!popup(el) && visibleText(popup(el)!).includes('Seattle'), 4000, 'the Seattle popup');
    await setField(el, 'f-course', 'csf');
    expect(titles(el)).to.deep.equal(['Boston workshop', 'Seattle workshop']);
    await waitFor(() => !popup(el), 4000, 'the popup to close');
  });

  it('closes when the filter takes away only virtual workshops (the same pins)', async () => {
    // The virtual workshop 5 is full: "With seats available" leaves the in-person ones, all with seats.
    const full = workshop(5, { virtual: true, location: undefined, title: 'Online workshop', seatsRemaining: 0 });
    const { el } = await mountMap({}, (m) => (m.workshops = [...cities().map((w) => ({ ...w, seatsRemaining: 3 })), full]));
    showOnMap(el, 'Boston workshop').click();
    await waitFor(() => !!popup(el) && visibleText(popup(el)!).includes('Boston'), 4000, 'the Boston popup');
    root(el).querySelector<HTMLInputElement>('.seats input')!.click();
    await el.updateComplete;
    expect(titles(el)).to.not.include('Online workshop');
    await waitFor(() => !popup(el), 4000, 'the popup to close');
  });
});

describe('<pl-workshop-map> "Show on map" pressed as soon as the workshops are in', () => {
  it('zooms to the workshop even when the map moves for another reason first', async () => {
    const { el } = await mountMap({}, (m) => (m.workshops = cities()));
    const map = leafletMap(el);
    const fitted = map.getZoom();
    showOnMap(el, 'Boston workshop').click();
    // A move of the map's own before the one to Boston (a resize, a drag) must not open the popup where the map is.
    map.panBy([5, 0], { animate: false });
    await waitFor(() => !!popup(el) && visibleText(popup(el)!).includes('Boston'), 4000, 'the Boston popup');
    expect(map.getZoom(), 'zoomed in to Boston').to.be.above(fitted);
  });
});
