/**
 * The drop-in on a page that set `Object.prototype[0]`: Lit walked a template's parts until
 * `parts[i]` was undefined, and for a template without parts `parts[0]` came from Object.prototype,
 * so the walk never ended and the page froze (this test then fails by the runner's timeout). The
 * map read such a `[0]` too, of its empty marker list and of its workshop cache.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { waitFor } from '../support/helpers.js';

describe('the drop-in on a page that set Object.prototype[0]', () => {
  it('renders the accordion, the timeline, the card and the map with its search', async () => {
    const frame = await openPage('zero-on-object-prototype.html');
    const shadow = (id: string) => frame.contentDocument!.getElementById(id)!.shadowRoot;
    await waitFor(() => !!shadow('accordion')?.querySelector('button') && !!shadow('timeline')?.querySelector('[part~="current"]') && !!shadow('card')?.querySelector('[part="price"]'), 4000, 'the three elements');
    expect(shadow('accordion')!.querySelectorAll('button[aria-expanded]')).to.have.length(2);
    expect(shadow('timeline')!.querySelector('[part~="current"]')!.textContent).to.contain('Online');
    expect(shadow('card')!.querySelector('[part="price"]')!.textContent).to.contain('Free');
    const summary = () => shadow('map')?.querySelector('[part="summary"]')?.textContent ?? '';
    await waitFor(() => /within 50 mi/.test(summary()), 6000, 'the ZIP search');
    expect(summary()).to.contain('3 workshops within 50 mi of Atlanta, GA 30303');
    expect(shadow('map')!.querySelector('[part="item"] .title')!.textContent).to.not.equal('');
    const win = frame.contentWindow as Window & { recorded: { errors: string[] }; uncaught: string[] };
    expect(win.recorded.errors, 'pl-error').to.deep.equal([]);
    expect(win.uncaught, 'uncaught errors').to.deep.equal([]);
    frame.remove();
  });
});
