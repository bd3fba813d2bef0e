/**
 * Where a keyboard user's focus goes after Retry: to the content once it is back (not an empty,
 * invisible region, not the page), and to the alert when the load fails again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { captureWarnings, deepActiveElement, flakyUrl, waitFor } from '../support/helpers.js';

/** Tabs from a link before the widget to its Retry and presses Enter. */
async function retryByKeyboard(container: HTMLElement, host: Element): Promise<void> {
  await waitFor(() => !!host.shadowRoot?.querySelector('[role="alert"] button'), 4000, 'the Retry button');
  container.querySelector<HTMLElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
  expect(deepActiveElement()?.textContent).to.equal('Retry');
  await sendKeys({ press: 'Enter' });
}

const focusedOutside = (el: Element) => deepActiveElement() === document.body || !el.shadowRoot!.contains(deepActiveElement());

describe('focus after Retry', () => {
  it('moves on to the first control of the content that came back (timeline, accordion)', async () => {
    for (const [tag, file, expected] of [
      ['pl-program-timeline', 'phases.json', 'li[tabindex="0"]'],
      ['pl-values-accordion', 'values.json', 'button[aria-expanded]'],
    ] as const) {
      const container = await fixture<HTMLDivElement>(html`<div><a id="before" href="#top">Before</a></div>`);
      const el = document.createElement(tag);
      el.setAttribute('src', flakyUrl(file));
      await captureWarnings(async () => {
        container.append(el);
        await retryByKeyboard(container, el);
        await waitFor(() => !el.shadowRoot!.querySelector('.pl-status-region')?.firstElementChild, 4000, `${tag} loaded`);
        await waitFor(() => deepActiveElement() !== el.shadowRoot!.querySelector('.pl-status-region'), 1000, `${tag}: focus moved on`);
      });
      expect(deepActiveElement(), tag).to.equal(el.shadowRoot!.querySelector(expected));
    }
  });

  it("moves on to a card's heading, above its price and call to action (the top of what came back)", async () => {
    const container = await fixture<HTMLDivElement>(html`<div><a id="before" href="#top">Before</a></div>`);
    await captureWarnings(async () => {
      container.insertAdjacentHTML('beforeend', `<pl-pricing-card heading="Summer workshop" src="${flakyUrl('program.json')}"></pl-pricing-card>`);
      const card = container.querySelector('pl-pricing-card')!;
      await retryByKeyboard(container, card);
      await waitFor(() => !!card.shadowRoot!.querySelector('[part="price"]'), 4000, 'the price');
      await waitFor(() => !focusedOutside(card) && !deepActiveElement()?.matches('.pl-status-region'), 1000, 'focus on the content');
    });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Summer workshop');
    // Reachable by script only: Tab goes on to the card's links, as before.
    expect(deepActiveElement()?.getAttribute('tabindex')).to.equal('-1');
  });

  it('keeps focus in a card whose Retry asked its provider, when the price arrives and the alert goes', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><a id="before" href="#top">Before</a></div>`);
    await captureWarnings(async () => {
      container.insertAdjacentHTML('beforeend', `<pl-provider src="${flakyUrl('program.json')}"><pl-pricing-card calculator></pl-pricing-card></pl-provider>`);
      const card = container.querySelector('pl-pricing-card')!;
      await retryByKeyboard(container, card);
      await waitFor(() => !!card.shadowRoot!.querySelector('[part="price"]'), 4000, 'the price');
      await waitFor(() => !focusedOutside(card), 1000, 'focus back in the card');
    });
  });

  it('leaves the focus where the user put it while the content loaded (a click on the page\'s text)', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><a id="before" href="#top">Before</a><p id="text">Page text</p></div>`);
    const el = document.createElement('pl-values-accordion');
    el.setAttribute('src', flakyUrl('values.json'));
    await captureWarnings(async () => {
      // After the text: the accordion grows when its values arrive, which must not move the text under the click.
      container.append(el);
      await waitFor(() => !!el.shadowRoot?.querySelector('[role="alert"] button'), 4000, 'the Retry button');
      el.shadowRoot!.querySelector<HTMLElement>('[role="alert"] button')!.click();
      expect(deepActiveElement() === el.shadowRoot!.querySelector('.pl-status-region'), 'the status region has the focus').to.equal(true);
      // The user clicks the page's text, which takes the focus to the page. (Firefox keeps a
      // shadow root's focus when the host's blur() is called, so a real click it is.)
      const text = container.querySelector('#text')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(text.left + 10), Math.round(text.top + text.height / 2)] });
      expect(document.activeElement?.localName, 'the click took the focus to the page').to.equal('body');
      await waitFor(() => !el.shadowRoot!.querySelector('.pl-status-region')?.firstElementChild, 4000, 'loaded');
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    // A name, not the element: a failed comparison of elements never reports in the Firefox pass.
    expect(document.activeElement?.localName).to.equal('body');
  });

  it('stays on the alert when the load fails again', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><a id="before" href="#top">Before</a></div>`);
    const el = document.createElement('pl-values-accordion');
    el.setAttribute('src', '/tests/fixtures/missing.json');
    await captureWarnings(async () => {
      container.append(el);
      await retryByKeyboard(container, el);
      await waitFor(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 4000, 'the alert again');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('.pl-status-region'));
  });
});
