/**
 * The drop-in on a page that still carries MooTools, Prototype.js or datejs (Joomla and older
 * WordPress sites), in a browser without Intl's formatRange and the other built-ins of the last few
 * years (structuredClone, Object.hasOwn, Array.prototype.at and findLast, replaceAll, ResizeObserver,
 * manual slot assignment, ...): every element must still work. It also guards against code that starts to rely on one of them.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { visibleText, waitFor } from '../support/helpers.js';

describe('the drop-in on a page with legacy libraries', () => {
  it('shares a provider\'s document, marks the current phase, lists distinct search results and quotes a group', async () => {
    const frame = await openPage('legacy-libraries.html');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { recorded: { errors: string[]; composed: string[] } };
    const shadow = (id: string) => doc.getElementById(id)!.shadowRoot!;
    await waitFor(() => !!shadow('accordion')?.querySelector('button[aria-expanded]'), 4000, 'the provider\'s value');
    expect(visibleText(shadow('accordion').querySelector('button[aria-expanded]')!)).to.equal('From the provider');
    await waitFor(() => !!shadow('timeline')?.querySelector('[aria-current="step"]'), 4000, 'the current phase');
    expect(visibleText(shadow('timeline').querySelector('[aria-current="step"] .phase-title')!)).to.equal('Summer workshop');
    await waitFor(() => /within 50 mi/.test(visibleText(shadow('map').querySelector('[part="summary"]')!)), 6000, 'the ZIP search');
    const ids = [...shadow('map').querySelectorAll<HTMLElement>('[part="item"]')].map((item) => item.dataset.id);
    expect(new Set(ids).size).to.equal(ids.length);
    // Dates are written out (not the raw ISO text a failed parse leaves).
    expect(visibleText(shadow('map').querySelector('.when')!)).to.not.match(/\dT\d/);
    const card = doc.getElementById('card') as HTMLElement & { seats: number; updateComplete: Promise<unknown> };
    await waitFor(() => !!shadow('card')?.querySelector('input'), 4000, 'the calculator');
    card.seats = 10;
    await card.updateComplete;
    expect(visibleText(shadow('card').querySelector('.total')!)).to.contain('$2,550');
    expect(win.recorded.composed[win.recorded.composed.length - 1]).to.equal('pl-quote-change true');
    // The timeline's styles are whole: side by side, its phases share one row.
    const [first, second] = [...shadow('timeline').querySelectorAll<HTMLElement>('.phase')];
    expect(first.getBoundingClientRect().top).to.equal(second.getBoundingClientRect().top);
    expect(win.recorded.errors).to.deep.equal([]);
    frame.remove();
  });

  it('moves between accordion headers with the arrow keys, reads a spreadsheet with a written-out zone, and reports a filter change', async () => {
    const frame = await openPage('legacy-libraries.html');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { recorded: { errors: string[] } };
    const shadow = (id: string) => doc.getElementById(id)!.shadowRoot!;
    // Array.prototype.at is missing here: ArrowUp from the first header wraps to the last.
    await waitFor(() => shadow('values')?.querySelectorAll('button[aria-expanded]').length === 3, 4000, 'the three values');
    const first = shadow('values').querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    expect(visibleText(shadow('values').activeElement as HTMLElement)).to.equal('Third');
    // No manual slot assignment either: each value's body, and each phase's, shows in its own place.
    const slotted = (id: string) => [...shadow(id).querySelectorAll('slot')].map((slot) => slot.assignedElements().map((element) => element.textContent!.trim()).join('|'));
    expect(slotted('values')).to.deep.equal(['One.', 'Two.', 'Three.']);
    expect(slotted('timeline')).to.deep.equal(['Ten hours online.', 'Five days in person.']);
    (shadow('values').querySelectorAll<HTMLElement>('button[aria-expanded]')[1]).click();
    expect(visibleText(shadow('values').querySelector('#p1')!)).to.equal('Two.');
    // Object.hasOwn is missing: the CSV is read, its "Eastern Standard Time" as New York's clock.
    await waitFor(() => !!shadow('sheet')?.querySelector('[part~="item"] .when'), 4000, 'the spreadsheet\'s workshop');
    expect(visibleText(shadow('sheet').querySelector('[part~="item"] .when')!)).to.match(/9:00 AM.* 4:00 PM EST/);
    // structuredClone is missing: a course chosen by the visitor is still reported.
    await waitFor(() => /within 50 mi/.test(visibleText(shadow('map').querySelector('[part="summary"]')!)), 6000, 'the ZIP search');
    const changes: CustomEvent[] = [];
    doc.addEventListener('pl-filter-change', (event) => changes.push(event as CustomEvent));
    const course = shadow('map').querySelector<HTMLSelectElement>('[part="filters"] select')!;
    course.value = [...course.options].find((option) => option.value)!.value;
    course.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => changes.length > 0, 2000, 'pl-filter-change');
    expect(changes[0].detail.filters.courses).to.deep.equal([course.value]);
    expect(win.recorded.errors).to.deep.equal([]);
    frame.remove();
  });
});
