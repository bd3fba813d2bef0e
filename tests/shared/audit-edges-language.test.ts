/**
 * Language, provider and outline edges that no other test pinned (a mutation audit of src/shared/i18n,
 * base-element and heading-level): what a reader sees when the page's language changes after a widget
 * leaves, when a provider sits in another shadow tree, and where a widget's heading sits in the outline.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { visibleText, waitFor } from '../support/helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const settle = async (...elements: Element[]) => {
  for (const el of elements) await (el as Updating).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const el of elements) await (el as Updating).updateComplete;
};

/** Everything the card's reader sees (its shadow root's text). */
const cardText = (card: Element) => visibleText(card.shadowRoot!);

/** A host whose shadow root holds a <pl-provider> that slots the host's own children (the card). */
async function providerInAnotherShadowTree(lang: string): Promise<{ host: HTMLDivElement; provider: HTMLElement; card: Updating }> {
  const host = await fixture<HTMLDivElement>(html`<div><pl-pricing-card value="1500"></pl-pricing-card></div>`);
  const card = host.firstElementChild as Updating;
  await card.updateComplete;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<pl-provider lang="${lang}"><slot></slot></pl-provider>`;
  const provider = root.querySelector<HTMLElement>('pl-provider')!;
  // Re-connected, the card asks for a provider again: the one above it in the flattened tree answers.
  host.append(card);
  await settle(provider, card);
  return { host, provider, card };
}

describe('audit: the language a widget follows', () => {
  it('keeps following the page\'s lang after another widget on the page is removed', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="es">
      <pl-pricing-card value="1500"></pl-pricing-card>
      <pl-pricing-card value="1500"></pl-pricing-card>
    </div>`);
    const [kept, removed] = [...page.children] as Updating[];
    await settle(kept, removed);
    expect(cardText(kept)).to.contain('por persona');
    removed.remove();
    page.setAttribute('lang', 'en');
    await waitFor(() => cardText(kept).includes('per person'), 3000, 'the remaining card in English');
  });

  it('formats a lang written with spaces around it (" es-MX ") as that tag, not as plain Spanish', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div lang=" es-MX "><pl-pricing-card value="1500" price="1250"></pl-pricing-card></div>
      <div lang="es-MX"><pl-pricing-card value="1500" price="1250"></pl-pricing-card></div>
      <div lang="es"><pl-pricing-card value="1500" price="1250"></pl-pricing-card></div>
    </div>`);
    const [spaced, mexican, spanish] = [...page.querySelectorAll<Updating>('pl-pricing-card')];
    await settle(spaced, mexican, spanish);
    // Sanity: the two tags format money differently here, so the comparison below means something.
    expect(cardText(mexican)).to.not.equal(cardText(spanish));
    expect(cardText(spaced)).to.equal(cardText(mexican));
  });

  it('takes the lang of a provider in another shadow tree, and follows its change', async () => {
    const { provider, card } = await providerInAnotherShadowTree('es');
    expect(cardText(card)).to.contain('por persona');
    provider.setAttribute('lang', 'en');
    await waitFor(() => cardText(card).includes('per person'), 3000, 'English from the provider');
  });

  it('lets a provider in another shadow tree win over the page\'s <html lang>', async () => {
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    html_.setAttribute('lang', 'en');
    try {
      const { card } = await providerInAnotherShadowTree('es');
      expect(cardText(card)).to.contain('por persona');
    } finally {
      if (before === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', before);
    }
  });
});

// The card's heading is role="heading" with aria-level.
const cardLevel = (card: Element) => Number(card.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level'));
const CARD = '<pl-pricing-card heading="Deep Dive" value="300" price="0"></pl-pricing-card>';

describe('audit: the widget\'s heading level in the page outline', () => {
  it('reads only the headings before the widget, not one after it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.innerHTML = `<h1>What it costs</h1>${CARD}<h4>Afterwards</h4>`;
    const card = page.querySelector<Updating>('pl-pricing-card')!;
    await settle(card);
    expect(cardLevel(card)).to.equal(2);
  });

  it('a second card after a first keeps the level of the page heading before both', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.innerHTML = `<h1>What it costs</h1>${CARD}${CARD}`;
    const [first, second] = [...page.querySelectorAll<Updating>('pl-pricing-card')];
    await settle(first, second);
    expect([cardLevel(first), cardLevel(second)]).to.deep.equal([2, 2]);
  });

  it('inside another widget\'s shadow root, reads that root\'s headings, not the page\'s', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><h5>A page heading elsewhere</h5><div></div></div>`);
    const root = page.lastElementChild!.attachShadow({ mode: 'open' });
    root.innerHTML = `<h1>Inside the widget</h1>${CARD}`;
    const card = root.querySelector<Updating>('pl-pricing-card')!;
    await settle(card);
    expect(cardLevel(card)).to.equal(2);
  });
});

describe('audit: a session\'s times', () => {
  it('shows the times of a session that starts at midnight but ends later that day (not an all-day session)', async () => {
    const map = await fixture<Updating>(html`<pl-workshop-map tiles="none" today="2026-11-01" view="list" .workshops=${[
      {
        id: 'night',
        title: 'Overnight hack day',
        course: 'csd',
        timeZone: 'America/New_York',
        sessions: [{ start: '2027-06-14T00:00:00-04:00', end: '2027-06-14T16:00:00-04:00' }],
        location: { lat: 33.75, lng: -84.39, city: 'Atlanta', state: 'GA' },
      },
    ]}></pl-workshop-map>`);
    await waitFor(() => !!map.shadowRoot!.querySelector('[part~="item"]'), 4000, 'a list item');
    const item = visibleText(map.shadowRoot!.querySelector('[part~="item"]')!);
    expect(item).to.contain('Jun 14, 2027');
    expect(item).to.match(/4:00\sPM/);
  });
});
