import { expect } from '@open-wc/testing';
import { timelineStrings } from '../../src/program-timeline/strings.js';

describe('timeline strings', () => {
  it('have every key in English and Spanish, really translated', () => {
    const [en, es] = (['en', 'es'] as const).map((locale) => timelineStrings(locale) as unknown as Record<string, unknown>);
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(typeof es[key], key).to.equal(typeof en[key]);
      if (typeof en[key] === 'string' && /[a-z]{4}/i.test(en[key] as string)) expect(es[key], key).to.not.equal(en[key]);
    }
    expect(timelineStrings('es-MX').programStarts('6 de abril de 2026')).to.equal('Comienza el 6 de abril de 2026');
  });
});
