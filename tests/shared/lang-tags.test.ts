import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { visibleText, waitFor } from '../support/helpers.js';
import { chromiumOnly } from '../support/chromium-only.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const WORKSHOP = {
  id: 'atl',
  title: 'Atlanta summer workshop',
  course: 'csd',
  timeZone: 'America/New_York',
  sessions: [{ start: '2027-06-14T09:00:00-04:00', end: '2027-06-14T16:00:00-04:00' }],
  location: { lat: 33.75, lng: -84.39, city: 'Atlanta', state: 'GA' },
  cost: 250,
};

/** Runs `fn`, collecting uncaught errors and rejections (an element's failed update is one of those). */
async function uncaughtDuring(fn: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

describe('a lang attribute that Intl does not accept as written', () => {
  it('formats "en_US" (as some CMS themes write it) as en-US, in every element', async () => {
    let page!: HTMLElement;
    const errors = await uncaughtDuring(async () => {
      page = await fixture(html`<div lang="en_US">
        <pl-pricing-card heading="Summer workshop" value="300" price="250" calculator seats="12" discounts='[{"min":10,"percent":15}]'></pl-pricing-card>
        <pl-program-timeline today="2026-06-03"><pl-phase name="Phase 1" title="Online course" start="2026-06-01" end="2026-06-30"></pl-phase></pl-program-timeline>
        <pl-workshop-map tiles="none" today="2026-11-01" view="list" .workshops=${[WORKSHOP]}></pl-workshop-map>
      </div>`);
      for (const el of page.children) await (el as Updating).updateComplete;
    });
    expect(errors).to.deep.equal([]);
    const [card, timeline, map] = [...page.children].map((el) => el.shadowRoot!);
    expect(visibleText(card.querySelector('[part="price"]')!)).to.contain('$250');
    expect(visibleText(card.querySelector('[part="discounts"]')!)).to.contain('10 seats or more: 15% off');
    expect(visibleText(card.querySelector('[part="total"]')!)).to.contain('$2,550');
    expect(visibleText(timeline.querySelector('.dates')!)).to.match(/Jun 1\D+30, 2026/);
    await waitFor(() => !!map.querySelector('[part~="item"]'), 4000, 'a list item');
    expect(visibleText(map.querySelector('[part~="item"]')!)).to.contain('Jun 14, 2027');
  });

  it('falls back to the strings\' language when Intl rejects the tag, and survives a switch at runtime', async () => {
    let wrapper!: HTMLElement;
    const errors = await uncaughtDuring(async () => {
      wrapper = await fixture(html`<div lang="es_MX!"><pl-pricing-card value="1500" discounts='[{"min":5,"percent":10}]'></pl-pricing-card></div>`);
      const card = wrapper.firstElementChild as Updating;
      await card.updateComplete;
      expect(visibleText(card.shadowRoot!.querySelector('[part="discounts"]')!)).to.contain('5 plazas o más: 10 % de descuento');
      wrapper.setAttribute('lang', 'en_GB');
      await waitFor(() => visibleText(card.shadowRoot!.querySelector('[part="discounts"]')!).includes('5 seats or more'), 4000, 'English');
      expect(visibleText(card.shadowRoot!.querySelector('[part="price"]')!)).to.contain('US$1,500');
    });
    expect(errors).to.deep.equal([]);
  });

  it('formats a language that does not ship (French) like the English words around it', async () => {
    const page = await fixture(html`<div lang="fr">
      <pl-program-timeline today="2026-03-01"><pl-phase name="Phase 1" title="Online course" start="2026-04-06" end="2026-06-12"></pl-phase></pl-program-timeline>
      <pl-pricing-card value="1500" price="250"></pl-pricing-card>
    </div>`);
    const [timeline, card] = [...page.children] as Updating[];
    await timeline.updateComplete;
    await card.updateComplete;
    expect(visibleText(timeline.shadowRoot!.querySelector('[part="progress"]')!)).to.equal('Starts April 6, 2026');
    expect(visibleText(card.shadowRoot!.querySelector('[part="price"]')!)).to.contain('$250 per person');
  });
});

describe('the language of a place the page\'s tree does not show', () => {
  it('follows a lang change on an ancestor inside another widget\'s shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="es"><pl-pricing-card value="1500"></pl-pricing-card></section>';
    const card = root.querySelector<Updating>('pl-pricing-card')!;
    await card.updateComplete;
    expect(visibleText(card)).to.contain('por persona');
    root.querySelector('section')!.lang = 'en';
    await waitFor(() => visibleText(card).includes('per person'), 2000, 'English');
  });

  it('takes the lang of a shadow host it sits in (an accordion in another widget\'s shadow root)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<pl-values-accordion controls multiple><pl-value heading="Equidad">Todos.</pl-value></pl-values-accordion>';
    const accordion = root.querySelector<Updating>('pl-values-accordion')!;
    await accordion.updateComplete;
    const controls = accordion.shadowRoot!.querySelector('[part="controls"]')!;
    expect(controls.getAttribute('aria-label')).to.equal('Mostrar u ocultar todos los valores');
  });

  // Firefox ESR 140.12 gives an element moved into another window's document that window's plain
  // HTMLElement for a prototype: the element is no longer a pl-pricing-card there (no widget code can
  // run on it), whatever the widget does.
  chromiumOnly('takes the lang of an iframe\'s page it was moved into', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc='<!doctype html><html lang="es"><body></body></html>'></iframe>`);
    // Not the first, empty document every frame starts with: the srcdoc one.
    await waitFor(() => frame.contentDocument?.documentElement?.lang === 'es' && !!frame.contentDocument.body, 4000, 'the frame');
    const card = document.createElement('pl-pricing-card') as Updating;
    card.setAttribute('value', '1500');
    document.body.append(card);
    await card.updateComplete;
    frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(card));
    card.setAttribute('value', '1600');
    await card.updateComplete;
    expect(visibleText(card)).to.contain('por persona');
    frame.remove();
  });
});
