/**
 * A wrong `src` that the host answers with a web page of its own and status 200 (a CMS theme's
 * "Page not found", a single-page app's index): the widget says its address gave a web page, so the
 * partner checks the address instead of the data.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, nextEvent, visibleText } from '../support/helpers.js';

const PAGE = '/tests/fixtures/page-not-found.html';

async function failedLoad(markup: string, eventTarget = (root: HTMLElement) => root.firstElementChild!) {
  const box = document.createElement('div');
  box.innerHTML = markup;
  const target = eventTarget(box);
  const failed = nextEvent<{ message: string }>(target, 'pl-error', 4000);
  let message = '';
  const warnings = await captureWarnings(async () => {
    document.body.append(box);
    message = (await failed).detail.message;
  });
  return { box, message, warnings };
}

describe('a data address that gives a web page (status 200)', () => {
  it('says so in the alert and in pl-error, and names the address on the console', async () => {
    const { box, message, warnings } = await failedLoad(`<pl-values-accordion src="${PAGE}"></pl-values-accordion>`);
    const el = box.firstElementChild!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(visibleText(alert)).to.contain('This content could not be loaded: its address gave a web page, not data.');
    expect(message).to.contain('its address gave a web page, not data');
    expect(warnings.join('\n')).to.contain(`${PAGE}: a web page, not data`);
    box.remove();
  });

  it('says so in Spanish', async () => {
    const { box, message } = await failedLoad(`<pl-program-timeline lang="es" src="${PAGE}"></pl-program-timeline>`);
    expect(message).to.contain('su dirección dio una página web, no datos');
    box.remove();
  });

  it('says so for a provider\'s document and for the finder\'s partners', async () => {
    const provider = await failedLoad(`<pl-provider src="${PAGE}"><pl-values-accordion></pl-values-accordion></pl-provider>`);
    expect(provider.message).to.contain('its address gave a web page');
    provider.box.remove();
    const finder = await failedLoad(`<pl-workshop-map partners-src="${PAGE}"></pl-workshop-map>`);
    expect(finder.message).to.contain('its address gave a web page');
    finder.box.remove();
  });

  it('still reads JSON that a host serves as text/html', async () => {
    const original = window.fetch;
    window.fetch = (async () => new Response('  [{"heading":"Equity"}]', { headers: { 'content-type': 'text/html' } })) as typeof fetch;
    const el = document.createElement('pl-values-accordion');
    try {
      const loaded = nextEvent<{ count: number }>(el, 'pl-data-load', 4000);
      el.setAttribute('src', '/stubbed/values.json');
      document.body.append(el);
      expect((await loaded).detail.count).to.equal(1);
    } finally {
      window.fetch = original;
      el.remove();
    }
  });
});

describe('a data address that gives nothing (an empty file, a 204)', () => {
  for (const [name, answer] of [
    ['an empty file', () => new Response('')],
    ['blank lines', () => new Response('\n \r\n')],
    ['204 No Content', () => new Response(null, { status: 204 })],
  ] as const) {
    it(`says the address gave no data for ${name}, in English and Spanish`, async () => {
      const original = window.fetch;
      window.fetch = (async () => answer()) as typeof fetch;
      try {
        const { box, message, warnings } = await failedLoad('<pl-values-accordion src="/stubbed/empty.json"></pl-values-accordion>');
        const el = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        expect(visibleText(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('This content could not be loaded: its address gave no data.');
        expect(message).to.contain('its address gave no data');
        expect(warnings.join('\n')).to.contain('/stubbed/empty.json: empty');
        box.remove();
        const spanish = await failedLoad('<pl-workshop-map lang="es" src="/stubbed/empty.csv" format="csv"></pl-workshop-map>');
        expect(spanish.message).to.contain('su dirección no dio datos');
        spanish.box.remove();
      } finally {
        window.fetch = original;
      }
    });
  }
});

