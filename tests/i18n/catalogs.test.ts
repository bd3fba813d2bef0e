import { expect } from '@open-wc/testing';
import '../../src/index.js';
// Loaded by the pricing card only when it shows its calculator.
import '../../src/pricing-card/calculator-strings.js';
import { allStrings, LOCALES, toLocale } from '../../src/shared/i18n/catalogs.js';

describe('UI string catalogs', () => {
  it('read a language tag by its primary subtag, in any case and with either separator', () => {
    const read = ['es', 'es-MX', 'ES_mx', ' es ', 'en', 'est', 'esperanto', 'fr', '', null, undefined].map(toLocale);
    expect(read).to.deep.equal(['es', 'es', 'es', 'es', 'en', 'en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('are registered for every element', () => {
    expect(allStrings.length).to.be.greaterThan(1);
  });

  it('give every locale every key, with the same kind of value', () => {
    for (const strings of allStrings) {
      const english = strings('en') as Record<string, unknown>;
      for (const locale of LOCALES) {
        const other = strings(locale) as Record<string, unknown>;
        expect(Object.keys(other).sort(), `keys of ${locale}`).to.deep.equal(Object.keys(english).sort());
        for (const key of Object.keys(english)) {
          expect(typeof other[key], `${locale}.${key}`).to.equal(typeof english[key]);
          if (typeof other[key] === 'string') expect((other[key] as string).trim(), `${locale}.${key}`).to.not.equal('');
        }
      }
    }
  });

  it('really translate the Spanish strings', () => {
    for (const strings of allStrings) {
      const en = strings('en') as Record<string, unknown>;
      const es = strings('es') as Record<string, unknown>;
      const same = Object.keys(en).filter((k) => typeof en[k] === 'string' && en[k] === es[k] && /[a-z]{4}/i.test(en[k] as string));
      expect(same, 'untranslated Spanish strings').to.deep.equal([]);
    }
  });
});
