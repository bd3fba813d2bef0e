/**
 * DOM clobbering: elements whose name or id shadows `document.currentScript` and `window.plWidgets`
 * (an `<img name>` or a wrapper `<div id>` a partner's page may well have).
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/frame.js';
import { visibleText, waitFor } from '../support/helpers.js';

describe('the drop-in on a page whose elements shadow document and window properties', () => {
  it('loads the ZIP table from beside itself, not from a named <img>, and still installs window.plWidgets', async () => {
    const frame = await openPage('clobbered.html');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { plWidgets?: { version?: unknown; define?: unknown }; recorded: { errors: string[] } };
    const map = doc.getElementById('map')!;
    await waitFor(() => /within|not available/.test(visibleText(map.shadowRoot?.querySelector('[part="summary"]') ?? doc.createElement('p'))), 6000, 'the ZIP search');
    expect(visibleText(map.shadowRoot!.querySelector('[part="summary"]')!)).to.match(/within 50 mi of/);
    expect([typeof win.plWidgets?.version, typeof win.plWidgets?.define]).to.deep.equal(['string', 'function']);
    expect(win.recorded.errors).to.deep.equal([]);
    frame.remove();
  });
});
