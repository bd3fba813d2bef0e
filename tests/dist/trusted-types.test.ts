/**
 * The drop-in on pages that enforce Trusted Types, in iframes (the policy comes with each page):
 * alone, after the page's own Lit made the `lit-html` policy, and as a second copy of itself.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/helpers.js';

const WIDGETS = `<pl-values-accordion><pl-value heading="Equity">Every student.</pl-value></pl-values-accordion>
  <pl-workshop-map tiles="none" today="2027-01-01" view="map" style="width: 600px"></pl-workshop-map>`;

async function openPage(csp: string, head: string): Promise<{ win: Window; errors: string[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frame.style.height = '500px';
  const errors: string[] = [];
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">${head}${WIDGETS}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  // Before the page's scripts run: srcdoc frames start on about:blank, whose window is replaced.
  const listen = (win: Window) => {
    win.addEventListener('error', (e) => errors.push(e.message));
    // A Lit update runs in a promise: what it throws is an unhandled rejection.
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  };
  listen(frame.contentWindow!);
  await loaded;
  listen(frame.contentWindow!);
  return { win: frame.contentWindow!, errors, frame };
}

async function expectWidgetsWork(win: Window): Promise<void> {
  const doc = win.document;
  await waitFor(() => !!doc.querySelector('pl-values-accordion')?.shadowRoot?.querySelector('button'), 6000, 'the accordion');
  expect(doc.querySelector('pl-values-accordion')!.shadowRoot!.querySelector('button')!.textContent).to.contain('Equity');
  // Leaflet's own markup (its zoom buttons) goes through the same policy.
  const map = doc.querySelector('pl-workshop-map')!;
  await waitFor(() => !!map.shadowRoot?.querySelector('.leaflet-control-zoom-in'), 6000, 'the map controls');
  expect(map.shadowRoot!.querySelector('.leaflet-control-zoom-in')!.textContent).to.not.equal('');
}

describe('the drop-in on a Trusted Types page', () => {
  const named = "require-trusted-types-for 'script'; trusted-types lit-html pl-widgets";

  it('works with the policies the README names', async () => {
    const { win, errors, frame } = await openPage(named, '<script src="/dist/pl-widgets.js"></script>');
    await expectWidgetsWork(win);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it("works when the page's own Lit made the lit-html policy first", async () => {
    const hostLit = "<script>trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });</script>";
    const { win, errors, frame } = await openPage(named, `${hostLit}<script src="/dist/pl-widgets.js"></script>`);
    await expectWidgetsWork(win);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it("throws nothing on a page whose policy allows no policy at all (the widgets cannot render there)", async () => {
    const none = "require-trusted-types-for 'script'; trusted-types 'none'";
    const phases = '<pl-program-timeline><pl-phase name="Phase 1" title="Online course">Ten hours.</pl-phase></pl-program-timeline>';
    const { win, errors, frame } = await openPage(none, `<script src="/dist/pl-widgets.js"></script>${phases}`);
    await waitFor(() => !!win.customElements.get('pl-phase'), 4000, 'the elements defined');
    // Every element has tried to render (a task for the updates, a frame for the map).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('does not throw when the page loads the script twice', async () => {
    const twice = '<script src="/dist/pl-widgets.js"></script><script src="/dist/pl-widgets.js?again"></script>';
    const { win, errors, frame } = await openPage(named, twice);
    await expectWidgetsWork(win);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
