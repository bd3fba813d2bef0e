/** What the card's test files share: mounting cards as a partner page writes them, and reading their parts. */
import type { PlPricingCard } from '../../src/pricing-card.js';
import { visibleText } from '../support/helpers.js';

// Containers are made by hand, not with fixture(): fixture() waits for an animation frame, and a
// page the runner keeps in a background tab gets none.
const containers: HTMLElement[] = [];
export function container(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  containers.push(div);
  return div;
}
afterEach(() => containers.splice(0).forEach((div) => div.remove()));

/** Mounts markup (so attributes are parsed exactly as a partner page writes them); gives the (first) card once it has rendered. */
export async function mount(markup: string, wrapperAttrs = ''): Promise<PlPricingCard> {
  const box = container();
  box.innerHTML = wrapperAttrs ? `<div ${wrapperAttrs}>${markup}</div>` : markup;
  const el = box.querySelector('pl-pricing-card') as PlPricingCard;
  await el.updateComplete;
  return el;
}

export const part = (el: PlPricingCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const partText = (el: PlPricingCard, name: string) => {
  const node = part(el, name);
  return node ? visibleText(node) : '';
};
export const seatInput = (el: PlPricingCard) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
export const stepButtons = (el: PlPricingCard) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.stepper button')];
