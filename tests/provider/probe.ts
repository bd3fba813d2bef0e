import { ContextConsumer, createContext } from '@lit/context';
import { LitElement } from 'lit';
import type { ProvidedSettings } from '../../src/shared/context.js';

/**
 * A context object of its own with the same global key, as a second copy of the library would
 * create: the probe finds <pl-provider> only if the two interoperate.
 */
const anotherCopysContext = createContext<ProvidedSettings | undefined>(Symbol.for('pl-widgets.provider'));

/** Records every value a provider shares with it. */
export class ProviderProbe extends LitElement {
  readonly received: (ProvidedSettings | undefined)[] = [];
  private readonly consumer = new ContextConsumer(this, {
    context: anotherCopysContext,
    subscribe: true,
    callback: (value) => this.received.push(value),
  });

  get provided(): ProvidedSettings | undefined {
    return this.consumer.value;
  }
}
customElements.define('test-provider-probe', ProviderProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-provider-probe': ProviderProbe;
  }
}
