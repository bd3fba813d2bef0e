/**
 * A page script beside the drop-in (which the page loads itself), typed through the package: its one
 * global, and every tag's element and events (compiled alone: tsconfig.drop-in.json).
 */
import type {} from 'pl-widgets/pl-widgets.js';

window.plWidgets?.define();
const version: string | undefined = window.plWidgets?.version;
console.log(version);
// @ts-expect-error: the namespace has only version and define
window.plWidgets?.L;

const finder = document.querySelector('pl-workshop-map');
finder?.addEventListener('pl-workshop-select', (event) => console.log(event.detail.workshop.title));
const count: number | undefined = finder?.filteredWorkshops.length;
console.log(count);
document.querySelector('pl-values-accordion')?.addEventListener('pl-toggle', (event) => console.log(event.detail.open));
