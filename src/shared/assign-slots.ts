/**
 * Puts each item's element into the `<slot data-index>` of its index, by manual slot assignment, so
 * the page's own elements are not touched (the accordion's values, the timeline's phases). Browsers
 * without it (Safari before 16.4, on the iPads a school keeps) ignore `slotAssignment: 'manual'` and
 * slot by name: there the slot and its element get the index as a name.
 */
export function assignSlots(root: ParentNode, items: readonly { element?: Element }[]): void {
  root.querySelectorAll<HTMLSlotElement>('slot[data-index]').forEach((slot) => {
    const element = items[+slot.dataset.index!]?.element;
    if (!element) return;
    if (slot.assign) slot.assign(element);
    else element.slot = slot.name = slot.dataset.index!;
  });
}
