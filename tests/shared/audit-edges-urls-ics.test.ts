/**
 * Mutation audit of the shared .ics, safe-URL, phone and define modules: behaviour no other test pinned.
 * Through the elements where a page can reach it ("Add to calendar", links); a shared function
 * imported from src only where nothing else reaches the behaviour.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/program-timeline.js';
import type { PlProgramTimeline } from '../../src/program-timeline.js';
import { define } from '../../src/shared/define.js';
import { telUrl } from '../../src/shared/phone.js';
import type { PlWorkshopMap } from '../../src/workshop-map.js';
import { captureWarnings, visibleText } from '../support/helpers.js';
import { icsProperty, unfoldIcs } from '../support/ics.js';
import { calendarDownload, items, mountMap, workshop } from '../workshop-map/helpers.js';

const item = (el: PlWorkshopMap, id: string) => items(el).find((li) => li.dataset.id === id)!;

/** The unfolded .ics file that "Add to calendar" of a workshop would download. */
async function calendarFile(el: PlWorkshopMap, id: string): Promise<string> {
  const { blob } = await calendarDownload(el, item(el, id).querySelector<HTMLButtonElement>('.calendar')!);
  return unfoldIcs(await blob.text());
}


describe('"Add to calendar" file, as written', () => {
  it('escapes a UID like any text, numbers a one-session workshop not at all, and makes one line break of a CRLF', async () => {
    const record = workshop(1, {
      id: 'atl;2027,june',
      title: 'Deep Dive',
      notes: 'Bring a laptop.\r\nLunch provided.',
      location: { name: 'Central Library', city: 'Atlanta', lat: 33.75, lng: -84.39 },
    });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [record]));
    const ics = await calendarFile(el, 'atl;2027,june');
    // UID is TEXT (RFC 5545 3.8.4.7): its ; and , are escaped like a SUMMARY's.
    expect(icsProperty(ics, 'UID')).to.equal(`UID:atl\\;2027\\,june-1@${location.hostname}`);
    // "(1/1)" only says something when there are several sessions.
    expect(icsProperty(ics, 'SUMMARY')).to.equal('SUMMARY:Deep Dive');
    // A CRLF written in the data is one line break, not an empty line between two.
    expect(icsProperty(ics, 'DESCRIPTION')).to.equal('DESCRIPTION:Bring a laptop.\\nLunch provided.');
    // No state and no ZIP: no dangling ", " or space after the city.
    expect(icsProperty(ics, 'LOCATION')).to.equal('LOCATION:Central Library\\, Atlanta');
  });

  it('says "Virtual" before the place of a hybrid workshop (virtual with a location)', async () => {
    const hybrid = workshop(1, { virtual: true, location: { name: 'Central Library', city: 'Atlanta', state: 'GA', lat: 33.75, lng: -84.39 } });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [hybrid]));
    expect(icsProperty(await calendarFile(el, 'w-1'), 'LOCATION')).to.equal('LOCATION:Virtual\\, Central Library\\, Atlanta\\, GA');
  });

  it('keeps the city of "100 Washington St" in Washington: a part of the address must be the city, not contain it', async () => {
    const record = workshop(1, { location: { name: 'Hall', address: '100 Washington St', city: 'Washington', state: 'DC', lat: 38.9, lng: -77.03 } });
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [record]));
    expect(icsProperty(await calendarFile(el, 'w-1'), 'LOCATION')).to.equal('LOCATION:Hall\\, 100 Washington St\\, Washington\\, DC');
    expect(visibleText(item(el, 'w-1'))).to.contain('Washington, DC');
  });

  it('keeps a title of exactly 2,000 characters whole and a registration link of exactly 2,000 characters', async () => {
    const title = `T${'x'.repeat(1999)}`;
    const url = `https://example.org/r?q=${'a'.repeat(2000 - 'https://example.org/r?q='.length)}`;
    expect([title.length, url.length]).to.deep.equal([2000, 2000]);
    const { el } = await mountMap({ view: 'list' }, (map) => (map.workshops = [workshop(1, { title, registrationUrl: url })]));
    const ics = await calendarFile(el, 'w-1');
    expect(icsProperty(ics, 'SUMMARY')).to.equal(`SUMMARY:${title}`);
    expect(icsProperty(ics, 'URL')).to.equal(`URL:${url}`);
  });
});

describe('links from data', () => {
  it('makes no link of a phase link whose URL is only spaces (not a link to the page itself)', async () => {
    const el = await fixture<PlProgramTimeline>(html`<pl-program-timeline></pl-program-timeline>`);
    el.phases = [
      {
        title: 'Workshop',
        links: [
          { label: 'Apply', url: '   ' },
          { label: 'Partner', url: 'https://example.org/partner' },
        ],
      },
    ];
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/partner']);
  });

  // telUrl imported from src: no element shows a 3-digit number without more around it to test through.
  it('dials a 3-digit service number (211, 311): fewer than 3 digits is the limit, not 3', () => {
    expect(telUrl('211')).to.equal('tel:211');
    expect(telUrl('Call 311 for help')).to.equal('tel:311');
    expect(telUrl('21')).to.equal(undefined);
  });
});

// define imported from src: a second registration of a tag is only reachable through it (or two built scripts).
describe('define: a tag registered twice', () => {
  it('says nothing when the same version registers it again, and warns only once for another script', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const same = await captureWarnings(() => {
      define('audit-same-version', First);
      define('audit-same-version', Second);
    });
    expect(same, 'the same version twice (two script tags of one release)').to.deep.equal([]);

    customElements.define('audit-other-script', class extends HTMLElement {});
    const other = await captureWarnings(() => {
      define('audit-other-script', First);
      define('audit-other-script', Second);
      define('audit-other-script', First);
    });
    expect(other).to.have.length(1);
    expect(other[0]).to.contain('<audit-other-script> is already defined; load pl-widgets once.');
  });
});
