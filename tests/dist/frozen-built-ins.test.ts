/**
 * The drop-in on a hardened page whose built-ins are frozen (as SES's lockdown leaves a page): code
 * that assigns a property its prototype chain holds read-only (`obj.toString = ...`) throws there.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { waitFor } from '../support/helpers.js';

type Recorded = { recorded: { errors: string[]; loads: string[]; toggles: string[] }; uncaught: string[] };

describe('the drop-in on a page whose built-ins are frozen', () => {
  it('renders and works every element, three of them from a provider: toggles, a seat count, a ZIP search and a pin', async () => {
    const frame = await openPage('frozen-built-ins.html');
    const win = frame.contentWindow as Window & typeof globalThis & Recorded;
    expect(Object.isFrozen(win.Array.prototype), 'the page froze its built-ins').to.equal(true);
    const shadow = (id: string) => frame.contentDocument!.getElementById(id)!.shadowRoot;
    await waitFor(() => !!shadow('accordion')?.querySelector('button') && !!shadow('timeline')?.querySelector('[part~="current"]') && !!shadow('card')?.querySelector('[part="price"]'), 4000, 'the three elements');
    expect(shadow('timeline')!.querySelector('[part~="current"]')!.textContent).to.contain('Online course');
    expect(shadow('card')!.querySelector('[part="price"]')!.textContent).to.contain('Free');

    shadow('accordion')!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await waitFor(() => shadow('accordion')!.querySelector('button[aria-expanded="true"]') !== null, 2000, 'the value opened');
    expect(shadow('accordion')!.querySelector('button[aria-expanded="true"]')!.textContent).to.contain('Document: teachers are the experts');
    expect(win.recorded.toggles).to.deep.equal(['accordion doc-experts:true']);

    const quotes: number[] = [];
    frame.contentDocument!.getElementById('card')!.addEventListener('pl-quote-change', (event) => quotes.push((event as CustomEvent).detail.seats));
    await waitFor(() => !!shadow('card')!.querySelector('input'), 4000, 'the seat calculator');
    shadow('card')!.querySelector<HTMLButtonElement>('input ~ button, button:last-of-type')!.click();
    await waitFor(() => quotes.length > 0, 2000, 'a quote');
    expect(quotes).to.deep.equal([2]);

    const summary = () => shadow('map')?.querySelector('[part="summary"]')?.textContent ?? '';
    await waitFor(() => /within 50 mi/.test(summary()), 6000, 'the ZIP search');
    expect(summary()).to.contain('3 workshops within 50 mi of Atlanta, GA 30303');
    const selected: string[] = [];
    frame.contentDocument!.getElementById('map')!.addEventListener('pl-workshop-select', (event) => selected.push((event as CustomEvent).detail.workshop.title));
    shadow('map')!.querySelector<HTMLButtonElement>('[part="item"] button')!.click();
    await waitFor(() => !!shadow('map')!.querySelector('.leaflet-popup'), 3000, 'the popup');
    expect(selected).to.deep.equal(['CS Fundamentals Deep Dive']);
    expect(shadow('map')!.querySelector('.leaflet-popup')!.textContent).to.contain('CS Fundamentals Deep Dive');

    expect(win.recorded.errors, 'pl-error').to.deep.equal([]);
    expect(win.uncaught, 'uncaught errors').to.deep.equal([]);
    frame.remove();
  });
});
