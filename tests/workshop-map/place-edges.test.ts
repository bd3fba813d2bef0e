/**
 * Places and partners at their edges: a name that is a state and a city, a place a geocoder gives
 * far from any ZIP code's centre, a ZIP code with a partner's prefix in its middle, and a cost below zero.
 */
import { expect } from '@open-wc/testing';
import type { PlWorkshopMap, WorkshopSelectDetail } from '../../src/workshop-map.js';
import { nextEvent, visibleText, waitFor } from '../support/helpers.js';
import { items, mountMap, root, searchFor, summary, titles, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';
const fallbackText = (el: PlWorkshopMap) => visibleText(root(el).querySelector('[part="fallback"]') ?? root(el));

describe('<pl-workshop-map> places named like a state', () => {
  it('searches the whole state for "New York", and the city for "New York, NY"', async () => {
    const { el } = await mountMap({}, (map) => {
      map.workshops = [
        workshop(1, { location: { city: 'New York', state: 'NY', lat: 40.71, lng: -74.0 } }),
        workshop(2, { location: { city: 'Buffalo', state: 'NY', lat: 42.89, lng: -78.88 } }),
      ];
    });
    await searchFor(el, 'New York');
    expect(summary(el)).to.equal('2 workshops in New York');
    expect(titles(el)).to.include('Workshop 2');
    await searchFor(el, 'New York, NY');
    expect(summary(el)).to.equal('1 workshop within 50 mi of New York, NY');
    expect(titles(el)).to.deep.equal(['Workshop 1']);
  });
});

describe('<pl-workshop-map> partners of a place with no workshop near', () => {
  it('finds the partner by ZIP prefix for a place about 28 mi from the nearest ZIP code\'s centre', async () => {
    const { el } = await mountMap({ src: SRC }, (map) => {
      // 0.4° of latitude north of Anchorage's 99501 in the test ZIP table.
      map.geocoder = async () => ({ lat: 61.61, lng: -149.88, label: 'Knik Arm' });
      map.partners = [{ id: 'anc', name: 'Anchorage CS Partners', postalPrefixes: ['995'], email: 'anc@example.org' }];
    });
    await searchFor(el, 'Knik Arm');
    expect(summary(el)).to.equal('0 workshops within 50 mi of Knik Arm');
    await waitFor(() => fallbackText(el).includes('Anchorage CS Partners'), 4000, 'the prefix partner');
  });

  it('does not offer a partner whose ZIP prefix is only in the middle of the ZIP code searched', async () => {
    const { el } = await mountMap({ src: SRC }, (map) => {
      map.partners = [
        { id: 'ky', name: 'Bluegrass CS', postalPrefixes: ['410'], email: 'ky@example.org' },
        { id: 'ca', name: 'Golden State CS', states: ['CA'], email: 'ca@example.org' },
      ];
    });
    await searchFor(el, '94103');
    expect(summary(el)).to.equal('0 workshops within 50 mi of San Francisco, CA 94103');
    expect(fallbackText(el)).to.contain('Golden State CS');
    expect(fallbackText(el)).to.not.contain('Bluegrass CS');
  });
});

describe('<pl-workshop-map> a cost below zero', () => {
  it('is not shown as a price nor handed out with the workshop', async () => {
    const { el } = await mountMap({}, (map) => (map.workshops = [workshop(1, { cost: -50, value: 300, seatsRemaining: undefined })]));
    expect(visibleText(items(el)[0].querySelector('.facts')!)).to.equal('$300 value');
    const selected = nextEvent<WorkshopSelectDetail>(el, 'pl-workshop-select');
    items(el)[0].querySelector<HTMLButtonElement>('.show')!.click();
    const { workshop: chosen } = (await selected).detail;
    expect([chosen.cost, chosen.value]).to.deep.equal([undefined, 300]);
    expect(el.filteredWorkshops[0]).to.not.have.property('cost');
  });
});
