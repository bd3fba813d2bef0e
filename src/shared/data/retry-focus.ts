/**
 * After Retry, focus follows the content: Retry moved it to the status region (so it stays in the
 * widget while the alert gives way to "Loading…"); once the content is in, it moves on to the
 * content's heading or first control. The empty region would hold an invisible focus, and a
 * region that goes with the error (a card whose provider now gives its price) leaves focus on the
 * page. Failing again, the alert in the region keeps it; focus the user moved elsewhere (a click on
 * the page's text too) stays there.
 */
export function focusContentWhenLoaded(region: HTMLElement, root: ShadowRoot, frames = 30): void {
  const next = (left: number) => requestAnimationFrame(() => focusContentWhenLoaded(region, root, left));
  const shown = region.isConnected && region.firstElementChild;
  if (shown) {
    if (shown.matches('.pl-status')) next(frames);
  } else if (region.isConnected ? region.matches(':focus') : document.activeElement == document.body) {
    // A card's heading first (its price and links follow), reachable by script only; not the
    // timeline's (#heading): its first phase, which says where the program stands, comes first there.
    const control = root.querySelector<HTMLElement>('[part=heading]:not(#heading), a[href], button, input, select, [tabindex="0"]');
    if (control) {
      if (control.tabIndex < 0) control.tabIndex = -1;
      control.focus();
    }
    // The content's controls may follow a frame or two later (the card's calculator loads on first need).
    else if (frames) next(frames - 1);
  }
}
