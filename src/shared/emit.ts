import type { PlEventDetail } from './events.js';

/**
 * Every public event: a CustomEvent named pl-*, bubbling out of shadow roots (not cancelable: nothing
 * to return). Only names declared in the event map (shared/events.ts and each element's module), with
 * the detail declared there, so the types a page gets are the events it receives.
 */
export function emit<K extends `pl-${string}` & keyof GlobalEventHandlersEventMap>(target: EventTarget, name: K, detail: PlEventDetail<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
