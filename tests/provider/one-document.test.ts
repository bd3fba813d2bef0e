import { expect, fixture, html } from '@open-wc/testing';
import '../../src/pricing-card.js';
import '../../src/program-timeline.js';
import '../../src/provider.js';
import '../../src/values-accordion.js';
import '../../src/workshop-map.js';
import { nextEvent, visibleText, waitFor } from '../support/helpers.js';

/** What a reader sees in an element, its shadow content included. */
const shadowText = (el: Element) => visibleText(el);

describe('one program document drives the partner page', () => {
  it('the demo document fills the timeline, the pricing card, the values and the workshop finder', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = nextEvent(container, 'pl-program-load');
    container.innerHTML = `<pl-provider src="/demo/data/program.json" tiles="none">
        <pl-program-timeline today="2026-06-24"></pl-program-timeline>
        <pl-pricing-card></pl-pricing-card>
        <pl-values-accordion></pl-values-accordion>
        <pl-workshop-map view="list" include-past></pl-workshop-map>
      </pl-provider>`;
    await loaded;
    const [timeline, card, accordion, map] = ['pl-program-timeline', 'pl-pricing-card', 'pl-values-accordion', 'pl-workshop-map'].map(
      (tag) => container.querySelector(tag)!,
    );
    await waitFor(() => shadowText(timeline).includes('Closing workshop'), 4000, 'timeline phases');
    await waitFor(() => shadowText(card).includes('Free'), 4000, 'pricing');
    await waitFor(() => shadowText(accordion).includes('Teachers are the experts'), 4000, 'values');
    await waitFor(() => shadowText(map).includes('CS Principles Summer Workshop'), 8000, 'workshops');
    expect(shadowText(timeline)).to.contain('Summer workshop');
    expect(shadowText(card)).to.contain('Free for teachers in our partner districts');
  });
});
