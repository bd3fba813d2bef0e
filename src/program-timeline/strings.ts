import { defineStrings } from '../shared/i18n/catalogs.js';
import { NEW_TAB_EN, NEW_TAB_ES } from '../shared/i18n/new-tab.js';

const en = {
  phasesLabel: 'Program phases',
  statusDone: 'Completed',
  statusCurrent: 'Current phase',
  statusNext: 'Up next',
  statusUpcoming: 'Upcoming',
  online: 'Online',
  inPerson: 'In person',
  blended: 'Blended: online and in person',
  goals: 'Goals',
  until: (date: string) => `Until ${date}`,
  programStarts: (date: string) => `Starts ${date}`,
  programNotStarted: 'Not started yet',
  programCompleted: 'Completed',
  programNow: (label: string, n: number, total: number) => `Now: ${label} (${n}\u00a0of\u00a0${total})`,
  programNext: (label: string, date?: string) => `Up next: ${label}${date ? `, starting ${date}` : ''}`,
  empty: 'No phases to show.',
  newTab: NEW_TAB_EN,
};
export type TimelineStrings = typeof en;

export const timelineStrings = defineStrings<TimelineStrings>({
  en,
  es: {
    phasesLabel: 'Fases del programa',
    statusDone: 'Completada',
    statusCurrent: 'Fase actual',
    statusNext: 'Próxima fase',
    statusUpcoming: 'Más adelante',
    online: 'En línea',
    inPerson: 'Presencial',
    blended: 'Semipresencial: en línea y presencial',
    goals: 'Objetivos',
    until: (date: string) => `Hasta el ${date}`,
    programStarts: (date: string) => `Comienza el ${date}`,
    programNotStarted: 'Aún no ha comenzado',
    programCompleted: 'Completado',
    programNow: (label: string, n: number, total: number) => `Ahora: ${label} (${n}\u00a0de\u00a0${total})`,
    programNext: (label: string, date?: string) => `Próxima fase: ${label}${date ? `, a partir del ${date}` : ''}`,
    empty: 'No hay fases para mostrar.',
    newTab: NEW_TAB_ES,
  },
});
