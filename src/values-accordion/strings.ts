import { defineStrings } from '../shared/i18n/catalogs.js';

export const accordionStrings = defineStrings({
  en: {
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    allOpen: 'All values open.',
    allClosed: 'All values closed.',
    toolbar: 'Show or hide all values',
    empty: 'No values to show.',
  },
  es: {
    expandAll: 'Expandir todo',
    collapseAll: 'Contraer todo',
    allOpen: 'Todos los valores abiertos.',
    allClosed: 'Todos los valores cerrados.',
    toolbar: 'Mostrar u ocultar todos los valores',
    empty: 'No hay valores para mostrar.',
  },
});
