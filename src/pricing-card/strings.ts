import { NEW_TAB_EN, NEW_TAB_ES } from '../shared/i18n/new-tab.js';
import { defineStrings } from '../shared/i18n/catalogs.js';
import { formatNumber } from '../shared/i18n/format.js';

/** Known `unit` keywords, and the same units in Spanish (in the same order). */
const UNITS = 'person participant teacher educator seat school district team workshop day'.split(' ');
const ES_UNITS = 'persona participante docente educador plaza escuela distrito equipo taller día'.split(' ');

/** A known unit in the catalog's language (lower case); any other unit as the page wrote it. */
function unitName(unit: string, names: string[]): string {
  // A known unit in the plural ("teachers") too: the card says "per teacher".
  const known = UNITS.indexOf(unit.toLowerCase().replace(/s$/, ''));
  return known < 0 ? unit : names[known];
}

const en = {
  free: 'Free',
  perUnit: (unit: string) => `per ${unitName(unit, UNITS)}`,
  /** "$300 value": the list value, shown when the price is lower. */
  value: (amount: string) => `${amount} value`,
  seatCount: (n: number, lang: string) => `${formatNumber(n, lang)} seat${n === 1 ? '' : 's'}`,
  discountsHeading: 'Group discounts',
  tier: (seats: string, percent: string) => `${seats} or more: ${percent} off`,
  includesHeading: 'What is included',
  scholarshipHeading: 'Scholarships',
  scholarshipLink: 'Apply for a scholarship',
  ctaDefault: 'Register',
  newTab: NEW_TAB_EN,
};

export type PricingStrings = typeof en;

export const pricingStrings = defineStrings<PricingStrings>({
  en,
  es: {
    free: 'Gratis',
    perUnit: (unit: string) => `por ${unitName(unit, ES_UNITS)}`,
    value: (amount: string) => `Valor: ${amount}`,
    seatCount: (n: number, lang: string) => `${formatNumber(n, lang)} plaza${n === 1 ? '' : 's'}`,
    discountsHeading: 'Descuentos de grupo',
    tier: (seats: string, percent: string) => `${seats} o más: ${percent} de descuento`,
    includesHeading: 'Qué incluye',
    scholarshipHeading: 'Becas',
    scholarshipLink: 'Solicitar una beca',
    ctaDefault: 'Inscribirse',
    newTab: NEW_TAB_ES,
  },
});
