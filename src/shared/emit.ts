/** Every public event: a CustomEvent named pl-*, bubbling out of shadow roots (not cancelable: nothing to return). */
export function emit<T>(target: EventTarget, name: `pl-${string}`, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
