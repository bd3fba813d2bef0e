/**
 * The drop-in on an old page without a doctype (quirks mode, where percentage heights, tables and
 * line boxes follow other rules), inside a layout table, as pages from the 2000s still are.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { waitFor } from '../support/helpers.js';

describe('the drop-in on a page in quirks mode', () => {
  it('lays out and works every element', async () => {
    const frame = await openPage('quirks-mode.html', '1000px 900px');
    const doc = frame.contentDocument!;
    expect(doc.compatMode, 'no doctype').to.equal('BackCompat');
    const shadow = (id: string) => doc.getElementById(id)!.shadowRoot!;
    const summary = () => shadow('map')?.querySelector('[part="summary"]')?.textContent ?? '';
    await waitFor(() => /within 50 mi/.test(summary()), 6000, 'the ZIP search');
    expect(summary()).to.contain('3 workshops within 50 mi of Atlanta, GA 30303');
    const map = shadow('map').querySelector('.leaflet-container')!.getBoundingClientRect();
    expect(map.height, 'the map has its height').to.be.greaterThan(250);
    expect(shadow('map').querySelectorAll('.leaflet-marker-icon').length, 'pins').to.be.greaterThan(0);
    const item = shadow('map').querySelector('[part="item"]')!.getBoundingClientRect();
    expect(item.height, 'a list item is laid out').to.be.greaterThan(80);

    expect(shadow('timeline').querySelector('[aria-current="step"]')!.textContent).to.contain('Online');
    expect(shadow('card').querySelector('[part="price"]')!.textContent).to.contain('Free');
    const header = shadow('accordion').querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    header.click();
    await waitFor(() => header.getAttribute('aria-expanded') === 'true', 2000, 'the value opened');
    const panel = shadow('accordion').querySelector('[role="region"]:not([hidden])')!;
    expect(panel.getBoundingClientRect().height, 'its panel shows').to.be.greaterThan(10);
    frame.remove();
  });
});
