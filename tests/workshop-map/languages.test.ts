import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/helpers.js';
import { mountMap, root, searchFor, summary } from './helpers.js';

describe('<pl-workshop-map> on a Spanish page', () => {
  it('finds a state by its Spanish name, and names a state searched in English in Spanish', async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json', lang: 'es' });
    for (const name of ['Dakota del Norte', 'Virginia Occidental', 'Distrito de Columbia', 'Nuevo Hampshire', 'Dakota del Sur']) {
      await searchFor(el, name);
      expect(summary(el), name).to.not.contain('No encontramos');
    }
    await searchFor(el, 'North Dakota');
    expect(summary(el)).to.equal('Todavía no hay talleres en Dakota del Norte.');
  });

  it('writes cluster counts as the language writes numbers', async () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({
      id: `c${i}`,
      title: `W ${i}`,
      course: 'csf',
      sessions: [{ start: '2027-03-01T09:00:00-05:00' }],
      location: { city: 'Dallas', state: 'TX', lat: 32.7 + (i % 40) * 0.001, lng: -96.8 + Math.floor(i / 40) * 0.001 },
    }));
    const { el } = await mountMap({ lang: 'es', center: '39,-95', zoom: '3' }, (m) => (m.workshops = many));
    const cluster = () => root(el).querySelector<HTMLElement>('.pl-cluster');
    await waitFor(() => !!cluster(), 4000, 'a cluster');
    expect(cluster()!.textContent).to.equal('1,5k');
    expect(cluster()!.title).to.match(/^1500 talleres/);
    el.lang = 'en';
    await waitFor(() => /workshops/.test(cluster()!.title), 4000, 'English');
    expect(cluster()!.textContent).to.equal('1.5k');
    expect(cluster()!.title).to.equal('1,500 workshops around Dallas, TX; select to zoom in');
  });

  it('names US time zones as US Spanish does on a page of Spanish from the Americas (es-MX, es-419), and leaves Spain\'s offsets', async () => {
    const workshop = {
      id: 'la',
      title: 'Los Angeles',
      course: 'csf',
      timeZone: 'America/Los_Angeles',
      sessions: [{ start: '2027-01-15T09:00:00-08:00', end: '2027-01-15T16:00:00-08:00' }],
      location: { city: 'Los Angeles', state: 'CA', lat: 34.05, lng: -118.24 },
    };
    const when = async (lang: string) => {
      const { el } = await mountMap({ lang, view: 'list', today: '2026-12-01' }, (m) => (m.workshops = [workshop]));
      await waitFor(() => !!root(el).querySelector('[part~="item"]'), 4000, 'an item');
      return root(el).querySelector('[part~="item"]')!.textContent!.replace(/\s+/g, ' ');
    };
    for (const lang of ['es', 'es-MX', 'es-419', 'es_US']) expect(await when(lang), lang).to.contain('4:00 p.m. PST');
    expect(await when('es-ES')).to.contain('16:00 GMT-8');
  });

  it("says that the fallback link and a partner's website open a new tab", async () => {
    const { el } = await mountMap({ src: '/tests/fixtures/workshops.json', 'partners-src': '/tests/fixtures/partners.json', lang: 'es', 'fallback-url': 'https://example.org/otros' });
    await searchFor(el, 'Texas');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="fallback"] a[target="_blank"]')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(link.textContent, link.href).to.contain('(se abre en una pestaña nueva)');
  });
});

describe('<pl-workshop-map> a search typed while the data loads', () => {
  it('says "Searching…" meanwhile, as it does once the data is there', async () => {
    const el = Object.assign(document.createElement('pl-workshop-map'), { tiles: 'none', src: '/__slow/1500/workshops.json' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('#near')!.value = 'Atlanta';
    root(el).querySelector<HTMLButtonElement>('[part="search"] button[type="submit"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(summary(el)).to.equal('Searching…');
    await waitFor(() => /workshops? within/.test(summary(el)), 6000, 'the result');
  });
});
