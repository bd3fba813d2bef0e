/**
 * An update that throws (a page that replaced a built-in the widgets format with) is a warning, not an
 * uncaught error thrown at the page, and the element renders again once it can.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, visibleText } from '../support/helpers.js';

describe('an update that throws', () => {
  it('is told on the console, not thrown at the page, and the next update renders', async () => {
    const uncaught: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => {
      uncaught.push(event.reason);
      event.preventDefault();
    };
    addEventListener('unhandledrejection', onRejection);
    const { NumberFormat } = Intl;
    const card = document.createElement('pl-pricing-card');
    try {
      const warnings = await captureWarnings(async () => {
        // A broken "polyfill": every money amount the card formats throws.
        Intl.NumberFormat = function () {
          throw new TypeError('this page broke Intl.NumberFormat');
        } as unknown as typeof Intl.NumberFormat;
        card.setAttribute('value', '300');
        card.setAttribute('currency', 'CHF');
        document.body.append(card);
        await card.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(uncaught).to.deep.equal([]);
      expect(warnings.join('\n')).to.contain('this page broke Intl.NumberFormat');
      Intl.NumberFormat = NumberFormat;
      card.setAttribute('value', '250');
      await card.updateComplete;
      expect(visibleText(card.shadowRoot!.querySelector('[part="price"]')!)).to.contain('250');
    } finally {
      Intl.NumberFormat = NumberFormat;
      removeEventListener('unhandledrejection', onRejection);
      card.remove();
    }
  });
});

describe('<pl-provider> given settings that cannot be written as text', () => {
  for (const [name, value] of [
    ['lang', Object.create(null)],
    ['lang', Symbol('es')],
    ['tiles', Object.create(null)],
    ['src', Object.create(null)],
  ] as const) {
    it(`.${name} = ${typeof value === 'symbol' ? 'a Symbol' : 'an object without toString'} is told on the console, not thrown at the page`, async () => {
      const uncaught: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => {
        uncaught.push(event.reason);
        event.preventDefault();
      };
      const onError = (event: ErrorEvent) => {
        uncaught.push(event.error);
        event.preventDefault();
      };
      addEventListener('unhandledrejection', onRejection);
      addEventListener('error', onError);
      const provider = document.createElement('pl-provider') as unknown as HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };
      provider.innerHTML = '<pl-values-accordion><pl-value heading="Equity">Every teacher.</pl-value></pl-values-accordion>';
      try {
        document.body.append(provider);
        await provider.updateComplete;
        const warnings = await captureWarnings(async () => {
          provider[name] = value;
          await new Promise((resolve) => setTimeout(resolve, 50));
        });
        expect(uncaught.map(String)).to.deep.equal([]);
        expect(warnings.length, 'a console warning').to.be.greaterThan(0);
        // The next good value is used.
        (provider as Record<string, unknown>)[name] = name === 'lang' ? 'es' : undefined;
        await provider.updateComplete;
        if (name === 'lang') expect(provider.getAttribute('lang')).to.equal('es');
        expect(visibleText(provider.querySelector('pl-values-accordion')!)).to.contain('Equity');
      } finally {
        removeEventListener('unhandledrejection', onRejection);
        removeEventListener('error', onError);
        provider.remove();
      }
    });
  }
});
