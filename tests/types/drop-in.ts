/** A page script beside the drop-in (which the page loads itself), typed through the package: its one global. */
import type {} from 'pl-widgets/pl-widgets.js';

window.plWidgets?.define();
const version: string | undefined = window.plWidgets?.version;
console.log(version);
// @ts-expect-error: the namespace has only version and define
window.plWidgets?.L;
