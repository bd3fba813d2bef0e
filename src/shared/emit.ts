/** Every public event: a CustomEvent named pl-*, bubbling out of shadow roots. */
export function emit<T>(target: EventTarget, name: `pl-${string}`, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
