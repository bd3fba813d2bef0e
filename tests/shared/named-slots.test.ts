/**
 * A browser without manual slot assignment (Safari before 16.4, the last on iPads kept at iOS 15):
 * attachShadow ignores `slotAssignment: 'manual'` and slots go by name. The accordion's values and
 * the timeline's phases still show each its own content, in its own place.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { waitFor } from '../support/helpers.js';

describe('elements in a browser without manual slot assignment', () => {
  const attachShadow = Element.prototype.attachShadow;
  const assign = Object.getOwnPropertyDescriptor(HTMLSlotElement.prototype, 'assign')!;
  let box: HTMLElement;

  beforeEach(() => {
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      return attachShadow.call(this, { mode: init.mode, delegatesFocus: init.delegatesFocus });
    };
    delete (HTMLSlotElement.prototype as Partial<HTMLSlotElement>).assign;
    box = document.createElement('div');
    document.body.append(box);
  });

  afterEach(() => {
    Element.prototype.attachShadow = attachShadow;
    Object.defineProperty(HTMLSlotElement.prototype, 'assign', assign);
    box.remove();
  });

  const slotted = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('slot')].map((slot) => slot.assignedElements().map((element) => element.textContent!.trim()).join('|'));

  it('shows each value of the accordion in its own panel', async () => {
    box.innerHTML = `<pl-values-accordion>
      <pl-value heading="First">One.</pl-value><pl-value heading="Second">Two.</pl-value><pl-value heading="Third">Three.</pl-value>
    </pl-values-accordion>`;
    const el = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await waitFor(() => el.shadowRoot?.querySelectorAll('slot').length === 3, 3000, 'three panels');
    expect(el.shadowRoot!.mode === 'open' && !(el.shadowRoot as ShadowRoot & { slotAssignment?: string }).slotAssignment?.startsWith('manual')).to.equal(true);
    expect(slotted(el)).to.deep.equal(['One.', 'Two.', 'Three.']);
    el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded]')[1].click();
    await el.updateComplete;
    expect((el.shadowRoot!.querySelector('#p1') as HTMLElement).hidden).to.equal(false);
    expect(slotted(el)[1]).to.equal('Two.');
  });

  it('shows each phase of the timeline with its own content', async () => {
    box.innerHTML = `<pl-program-timeline today="2026-06-24">
      <pl-phase name="Phase 1" title="Online course" start="2026-05-04" end="2026-06-12">Ten hours online.</pl-phase>
      <pl-phase name="Phase 2" title="Summer workshop" start="2026-06-22" end="2026-06-26">Five days in person.</pl-phase>
    </pl-program-timeline>`;
    const el = box.firstElementChild as HTMLElement;
    await waitFor(() => el.shadowRoot?.querySelectorAll('slot').length === 2, 3000, 'two phases');
    expect(slotted(el)).to.deep.equal(['Ten hours online.', 'Five days in person.']);
  });
});
