/** Read after a link that opens a new tab, in each language; shared by the map's and the card's catalogs (the timeline writes its own: in its ESM bundle the import costs more than it saves). */
export const NEW_TAB_EN = '(opens in a new tab)';
export const NEW_TAB_ES = '(se abre en una pestaña nueva)';
