import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/** Adds a lazily loaded part's styles to the shadow root, after the styles already there. */
export function addStyles(root: ShadowRoot, styles: CSSResult[]): void {
  // Without adopted style sheets, adoptStyles appends <style> elements: the new ones alone.
  adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, ...styles] : styles);
}
