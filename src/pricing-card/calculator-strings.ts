import { defineStrings } from '../shared/i18n/catalogs.js';

/** The calculator's words, loaded with it (only cards with `calculator` need them). */
const en = {
  calculator: 'Estimate your cost',
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
  most: (seats: string) => `The most is ${seats}.`,
};

export type CalculatorStrings = typeof en;

export const calculatorStrings = defineStrings<CalculatorStrings>({
  en,
  es: {
    calculator: 'Calcula tu costo',
    seatsLabel: 'Número de plazas',
    fewer: 'Quitar una plaza',
    more: 'Añadir una plaza',
    unitPrice: (perUnit: string) => `Precio ${perUnit}`,
    subtotal: (seats: string) => `Subtotal (${seats})`,
    discount: (percent: string) => `Descuento de grupo (${percent})`,
    total: 'Importe total',
    announce: (seats: string, total: string, percent: string) =>
      percent ? `${seats}: ${total} en total, con un descuento de grupo del ${percent}.` : `${seats}: ${total} en total.`,
    nextTier: (seats: string, percent: string) => `Ahorra un ${percent} con ${seats} o más.`,
    most: (seats: string) => `El máximo es ${seats}.`,
  },
});
