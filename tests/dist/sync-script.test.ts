/**
 * The drop-in loaded by a plain, non-deferred <script> in <head>: the elements exist before the
 * parser reaches their children, which arrive one by one. What the page sees must still be one load
 * and one warning per element, as with `defer`.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { waitFor } from '../support/helpers.js';

describe('the drop-in from a script that is not deferred', () => {
  it('reports each element with children once, after the page is parsed', async () => {
    const frame = await openPage('sync-script.html');
    const win = frame.contentWindow as Window & { recorded: { loads: string[]; warnings: string[] } };
    const doc = frame.contentDocument!;
    await waitFor(() => win.recorded.loads.length >= 4, 4000, 'the four loads');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...win.recorded.loads].sort()).to.deep.equal([
      'pl-program-timeline 3/1',
      'pl-values-accordion 1/0',
      'pl-values-accordion 1/0',
      'pl-values-accordion 2/1',
    ]);
    expect(win.recorded.warnings.filter((w) => w.includes('skipped'))).to.have.length(2);
    expect(doc.querySelector('pl-values-accordion')!.shadowRoot!.querySelectorAll('button[aria-expanded]')).to.have.length(2);
    expect(doc.querySelector('pl-program-timeline')!.shadowRoot!.querySelectorAll('li.phase')).to.have.length(3);
    frame.remove();
  });

  it('reads inline JSON documents, the provider\'s and an element\'s own, once the parser has them', async () => {
    const frame = await openPage('sync-script.html');
    const doc = frame.contentDocument!;
    const headings = (id: string) =>
      [...doc.getElementById(id)!.shadowRoot!.querySelectorAll('button[aria-expanded]')].map((b) => b.textContent!.trim());
    await waitFor(() => headings('from-provider').length > 0 && headings('own-inline').length > 0, 4000, 'both accordions');
    expect([headings('from-provider'), headings('own-inline')]).to.deep.equal([['From the provider'], ['From its own JSON']]);
    const win = frame.contentWindow as Window & { recorded: { errors: string[] } };
    expect(win.recorded.errors).to.deep.equal([]);
    frame.remove();
  });

  it('opens the value the page\'s hash names, though it arrives after the first render', async () => {
    const frame = await openPage('sync-script.html#community');
    const accordion = frame.contentDocument!.querySelector('pl-values-accordion')!;
    const expanded = () =>
      [...accordion.shadowRoot!.querySelectorAll('button[aria-expanded]')].map((b) => `${b.textContent!.trim()} ${b.getAttribute('aria-expanded')}`);
    await waitFor(() => expanded().includes('Community true'), 4000, 'Community to open');
    expect(expanded()).to.deep.equal(['Equity false', 'Community true']);
    frame.remove();
  });
});
