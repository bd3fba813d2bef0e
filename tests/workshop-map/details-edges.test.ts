/**
 * A workshop's details at their edges: a series of exactly seven sessions, one seat left in Spanish,
 * a virtual workshop's calendar file in Spanish, and a state searched whose workshops the filters hide.
 */
import { expect } from '@open-wc/testing';
import { visibleText } from '../support/helpers.js';
import { calendarDownload, items, mountMap, searchFor, summary, workshop } from './helpers.js';

const SRC = '/tests/fixtures/workshops.json';

const item = (el: HTMLElement, id: string) => items(el as never).find((li) => li.dataset.id === id)!;

describe('<pl-workshop-map> details at their edges', () => {
  it('names all six later days of a seven-session workshop, with no ellipsis', async () => {
    const date = (d: number) => `2027-06-${String(d).padStart(2, '0')}`;
    const day = (d: number) => ({ start: `${date(d)}T09:00:00-04:00`, end: `${date(d)}T16:00:00-04:00` });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [workshop(1, { sessions: [1, 2, 3, 4, 5, 6, 7].map(day) })]));
    const when = visibleText(item(el, 'w-1').querySelector('.when')!);
    expect(when).to.contain('(and 6 more sessions: Wed, Jun 2;');
    expect(when).to.match(/Mon, Jun 7\)$/);
    expect(when).not.to.contain('…');
  });

  it('says "Queda 1 plaza" for one seat left on a Spanish page, and "Quedan 2 plazas" for two', async () => {
    const data = [workshop(1, { seatsRemaining: 1 }), workshop(2, { seatsRemaining: 2 })];
    const { el } = await mountMap({ view: 'list', lang: 'es' }, (map) => (map.workshops = data));
    expect(visibleText(item(el, 'w-1').querySelector('.facts')!)).to.contain('Queda 1 plaza');
    expect(visibleText(item(el, 'w-1').querySelector('.facts')!)).not.to.contain('plazas');
    expect(visibleText(item(el, 'w-2').querySelector('.facts')!)).to.contain('Quedan 2 plazas');
  });

  it('puts the Spanish word for a virtual workshop in the location of its calendar file on a Spanish page', async () => {
    const online = workshop(1, { virtual: true, location: undefined });
    const { el } = await mountMap({ view: 'list', lang: 'es' }, (map) => (map.workshops = [online]));
    const { blob } = await calendarDownload(el, item(el, 'w-1').querySelector<HTMLButtonElement>('.calendar')!);
    const text = await blob.text();
    expect(text).to.contain('LOCATION:En línea\r\n');
    expect(text).not.to.contain('Virtual');
  });

  it('says the filters hide every workshop of a state searched, not that it has none yet', async () => {
    // The fixture has no CS A workshop, in Georgia or online.
    const { el } = await mountMap({ src: SRC, course: 'csa' });
    await searchFor(el, 'Georgia');
    expect(summary(el)).to.equal('No workshops match these filters.');
  });
});
