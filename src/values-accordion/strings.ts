import { defineStrings } from '../shared/i18n/catalogs.js';

export const accordionStrings = defineStrings({
  en: {
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    toolbar: 'Show or hide all values',
    empty: 'No values to show.',
  },
  es: {
    expandAll: 'Expandir todo',
    collapseAll: 'Contraer todo',
    toolbar: 'Mostrar u ocultar todos los valores',
    empty: 'No hay valores para mostrar.',
  },
});
