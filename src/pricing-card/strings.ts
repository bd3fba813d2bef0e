import { defineStrings } from '../shared/i18n/catalogs.js';

/** Known `unit` keywords, and the same units in Spanish (in the same order). */
const UNITS = 'person participant teacher educator seat school district team workshop day'.split(' ');
const ES_UNITS = 'persona participante docente educador plaza escuela distrito equipo taller día'.split(' ');

/** A known unit in the catalog's language (lower case); any other unit as the page wrote it. */
function unitName(unit: string, names: string[]): string {
  const known = UNITS.indexOf(unit.toLowerCase());
  return known < 0 ? unit : names[known];
}

const en = {
  free: 'Free',
  perUnit: (unit: string) => `per ${unitName(unit, UNITS)}`,
  /** "$300 value": the list value, shown when the price is lower. */
  value: (amount: string) => `${amount} value`,
  seatCount: (n: number) => (n === 1 ? '1 seat' : `${n} seats`),
  calculator: 'Estimate your cost',
  calculatorFull: 'Estimate the full cost',
  seatsLabel: 'Number of seats',
  fewer: 'Remove one seat',
  more: 'Add one seat',
  unitPrice: (perUnit: string) => `Price ${perUnit}`,
  subtotal: (seats: string) => `Subtotal (${seats})`,
  discount: (percent: string) => `Group discount (${percent})`,
  total: 'Total',
  announce: (seats: string, total: string, percent: string) =>
    percent ? `${seats}: ${total} in total, with a ${percent} group discount.` : `${seats}: ${total} in total.`,
  nextTier: (seats: string, percent: string) => `Save ${percent} with ${seats} or more.`,
  discountsHeading: 'Group discounts',
  tier: (seats: string, percent: string) => `${seats} or more: ${percent} off`,
  includesHeading: 'What is included',
  scholarshipHeading: 'Scholarships',
  scholarshipLink: 'Apply for a scholarship',
  ctaDefault: 'Register',
  newTab: '(opens in a new tab)',
};

export type PricingStrings = typeof en;

export const pricingStrings = defineStrings<PricingStrings>({
  en,
  es: {
    free: 'Gratis',
    perUnit: (unit: string) => `por ${unitName(unit, ES_UNITS)}`,
    value: (amount: string) => `Valor: ${amount}`,
    seatCount: (n: number) => (n === 1 ? '1 plaza' : `${n} plazas`),
    calculator: 'Calcule su costo',
    calculatorFull: 'Calcule el costo completo',
    seatsLabel: 'Número de plazas',
    fewer: 'Quitar una plaza',
    more: 'Añadir una plaza',
    unitPrice: (perUnit: string) => `Precio ${perUnit}`,
    subtotal: (seats: string) => `Subtotal (${seats})`,
    discount: (percent: string) => `Descuento de grupo (${percent})`,
    total: 'Importe total',
    announce: (seats: string, total: string, percent: string) =>
      percent ? `${seats}: ${total} en total, con un descuento de grupo del ${percent}.` : `${seats}: ${total} en total.`,
    nextTier: (seats: string, percent: string) => `Ahorre un ${percent} con ${seats} o más.`,
    discountsHeading: 'Descuentos de grupo',
    tier: (seats: string, percent: string) => `${seats} o más: ${percent} de descuento`,
    includesHeading: 'Qué incluye',
    scholarshipHeading: 'Becas',
    scholarshipLink: 'Solicitar una beca',
    ctaDefault: 'Inscribirse',
    newTab: '(se abre en una pestaña nueva)',
  },
});
