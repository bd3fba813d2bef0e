/**
 * The drop-in script on a page that added enumerable properties to the built-in prototypes, as old
 * sites and libraries still do (Object.prototype, and Prototype.js-style Array methods). Its own
 * file: the pollution stays in this test page.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings, waitFor } from '../support/helpers.js';

const WORKSHOPS = [
  { id: 'a', title: 'Atlanta summer', course: 'csd', sessions: [{ start: '2027-06-01T09:00:00-04:00' }], location: { lat: 33.75, lng: -84.39, city: 'Atlanta', state: 'GA' } },
  { id: 'b', title: 'Chicago summer', course: 'csp', sessions: [{ start: '2027-07-01T09:00:00-05:00' }], location: { lat: 41.88, lng: -87.63, city: 'Chicago', state: 'IL' } },
];

type Polluted = Record<string, unknown>;

describe('dist/pl-widgets.js on a page with polluted prototypes', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  before(async () => {
    window.addEventListener('error', onError);
    (Object.prototype as Polluted).pagePlugin = 'from the host page';
    // Names a geometry helper may add, and Leaflet's Bounds reads as its corners.
    (Object.prototype as Polluted).min = 5;
    (Object.prototype as Polluted).max = 9;
    (Array.prototype as unknown as Polluted).pageHelper = () => 'from the host page';
    // Prototype.js 1.6 gives arrays their own toJSON, which serializes items without a replacer.
    (Array.prototype as unknown as Polluted).toJSON = function (this: unknown[]) {
      return `[${this.map((item) => JSON.stringify(item)).join(', ')}]`;
    };
    await new Promise<void>((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '/dist/pl-widgets.js' });
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load the drop-in script'));
      document.head.append(script);
    });
  });

  after(() => {
    delete (Object.prototype as Polluted).pagePlugin;
    delete (Object.prototype as Polluted).min;
    delete (Object.prototype as Polluted).max;
    delete (Array.prototype as unknown as Polluted).pageHelper;
    delete (Array.prototype as unknown as Polluted).toJSON;
    window.removeEventListener('error', onError);
  });

  it('draws the map, opens a pin and zooms', async () => {
    const el = document.createElement('pl-workshop-map');
    el.setAttribute('tiles', 'none');
    el.setAttribute('today', '2026-11-01');
    el.setAttribute('view', 'map');
    el.style.width = '600px';
    const warnings = await captureWarnings(async () => {
      document.body.append(el);
      (el as unknown as { workshops: unknown }).workshops = WORKSHOPS;
      const root = el.shadowRoot!;
      await waitFor(() => root.querySelectorAll('.leaflet-marker-icon').length === 2, 4000, 'two pins');
      const pin = [...root.querySelectorAll<HTMLElement>('.leaflet-marker-icon')].find((m) => m.title === 'Atlanta summer')!;
      pin.click();
      await waitFor(() => !!root.querySelector('.leaflet-popup'), 4000, 'a popup');
      expect(root.querySelector('.leaflet-popup')!.textContent).to.contain('Atlanta summer');
      const zoomIn = root.querySelector<HTMLElement>('.leaflet-control-zoom-in')!;
      const map = root.querySelector<HTMLElement>('.leaflet-map-pane')!;
      const before = map.innerHTML;
      zoomIn.click();
      await waitFor(() => map.innerHTML !== before, 4000, 'the map to zoom');
    });
    expect(warnings).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    el.remove();
  });

  it('loads, formats and searches when the page gave every object a `body`, `method`, `timeZone` and `currency`', async () => {
    // fetch() and Intl read their options' inherited names too: a GET with a body throws, and so does
    // a formatter given an unknown zone or currency. Set only in here: the runner's own requests are
    // made while no test runs.
    const polluted = { body: 'from the host page', method: 'POST', timeZone: 'Host/Page', currency: 'from the host page' };
    const host = document.createElement('div');
    const loadErrors: string[] = [];
    const finderRoot = () => host.querySelector('pl-workshop-map')!.shadowRoot!;
    const summary = () => finderRoot().querySelector('[part="summary"]')?.textContent ?? '';
    Object.assign(Object.prototype, polluted);
    try {
      host.innerHTML = `<pl-values-accordion src="/tests/fixtures/values.json"></pl-values-accordion>
        <pl-program-timeline today="2026-06-10"><pl-phase name="Phase 1" title="Online" start="2026-06-01" end="2026-06-30"></pl-phase></pl-program-timeline>
        <pl-pricing-card heading="Deep Dive" value="300" price="200" currency="USD" discounts='[{"min": 5, "percent": 10}]' calculator seats="5"></pl-pricing-card>
        <pl-workshop-map tiles="none" today="2026-11-01" view="list"></pl-workshop-map>`;
      host.addEventListener('pl-error', (event) => loadErrors.push((event as CustomEvent<{ message: string }>).detail.message));
      document.body.append(host);
      const [accordion, timeline, card] = [...host.children].map((child) => child.shadowRoot!);
      await waitFor(() => (accordion?.querySelectorAll('button[aria-expanded]').length ?? 0) > 0, 4000, 'the values from src');
      await waitFor(() => /Jun 1/.test(timeline?.querySelector('[part~="phase"]')?.textContent ?? ''), 4000, "the phase's dates");
      await waitFor(() => /\$900/.test(card?.textContent ?? ''), 4000, "the card's total");
      expect(card.querySelector('[part="price"]')!.textContent).to.contain('$200');
      const finder = host.querySelector('pl-workshop-map') as HTMLElement & { workshops: unknown };
      finder.workshops = WORKSHOPS;
      await waitFor(() => /2 workshops/.test(summary()), 4000, 'the workshops');
      expect(finderRoot().querySelector('[part~="item"]')!.textContent).to.match(/Jun 1, 2027, 9:00\s?AM EDT/);
      finder.setAttribute('near', '30303');
      await waitFor(() => /within/.test(summary()), 4000, 'the ZIP search');
      expect(summary()).to.contain('1 workshop within 50 mi of Atlanta, GA 30303');
    } finally {
      for (const name of Object.keys(polluted)) delete (Object.prototype as Polluted)[name];
      host.remove();
    }
    expect(loadErrors).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('renders the other elements', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<pl-values-accordion><pl-value heading="One">First</pl-value><pl-value heading="Two">Second</pl-value></pl-values-accordion>
      <pl-program-timeline today="2026-06-10"><pl-phase name="Phase 1" title="Online" start="2026-06-01" end="2026-06-30"></pl-phase></pl-program-timeline>
      <pl-pricing-card heading="Summer workshop" value="2000" price="0" cta-url="/apply" cta-label="Apply" calculator></pl-pricing-card>`;
    document.body.append(host);
    const [accordion, timeline, card] = [...host.children].map((child) => child.shadowRoot!);
    await waitFor(() => !!accordion?.querySelector('button') && !!timeline?.querySelector('[part~="current"]') && !!card?.querySelector('[part="cta"]'));
    expect(accordion.querySelectorAll('button[aria-expanded]')).to.have.length(2);
    expect(card.querySelector('[part="price"]')!.textContent).to.contain('Free');
    await waitFor(() => !!card.querySelector('input'), 4000, 'the calculator');
    expect(errors).to.deep.equal([]);
    host.remove();
  });
});
