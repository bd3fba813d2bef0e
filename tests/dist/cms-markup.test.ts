/**
 * The drop-in on a page whose markup a CMS editor has changed: what it cannot put right,
 * it says on the console, once per kind.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { waitFor } from '../support/helpers.js';

describe('the drop-in on a page a CMS editor has changed', () => {
  it('says which values and phases a paragraph left open above their element put outside it', async () => {
    const frame = await openPage('wordpress-line-above.html');
    const win = frame.contentWindow as Window & { recorded: { warnings: string[]; errors: string[] } };
    await waitFor(() => win.recorded.warnings.length >= 2, 4000, 'the warnings');
    const outside = win.recorded.warnings.filter((w) => w.includes('outside'));
    expect(outside).to.have.length(2);
    expect(outside[0]).to.contain('<pl-value>').and.contain('<pl-values-accordion>').and.contain('blank line');
    expect(outside[1]).to.contain('<pl-phase>').and.contain('<pl-program-timeline>');
    expect(win.recorded.errors).to.deep.equal([]);
    frame.remove();
  });

  it('says nothing on a page whose values and phases are inside their elements', async () => {
    const frame = await openPage('open-values-defer.html');
    const win = frame.contentWindow as Window & { recorded: { warnings: string[] } };
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.recorded.warnings.filter((w) => w.includes('outside'))).to.deep.equal([]);
    frame.remove();
  });
});
