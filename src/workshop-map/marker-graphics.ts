/**
 * The markers' graphics, built with DOM calls rather than markup: Leaflet puts an element straight
 * into the marker, and a string would go through innerHTML, which pages that enforce Trusted Types
 * refuse. Each call returns a new element (an element can sit in one marker only).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

function withAttributes<T extends Element>(element: T, attributes: Record<string, string>): T {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** A decorative inline SVG of the given shapes, as large as its viewBox ("0 0 width height"); built once, then cloned. */
function graphic(viewBox: string, shapes: [string, Record<string, string>][]): () => HTMLElement {
  let template: Element | undefined;
  return () => {
    if (!template) {
      const [, , width, height] = viewBox.split(' ');
      template = withAttributes(document.createElementNS(SVG_NS, 'svg'), {
        viewBox,
        width,
        height,
        'aria-hidden': 'true',
        focusable: 'false',
      });
      for (const [tag, attributes] of shapes) template.append(withAttributes(document.createElementNS(SVG_NS, tag), attributes));
    }
    // Leaflet takes any Element (its types say HTMLElement).
    return template.cloneNode(true) as HTMLElement;
  };
}

/** The outlines of a workshop pin and a partner pin, shared with the map's legend. */
export const PIN_PATH = 'M12 1C6 1 1 5.6 1 11.6 1 19.5 12 31 12 31s11-11.5 11-19.4C23 5.6 18 1 12 1z';
export const PARTNER_PATH = 'M12 1.5 22.5 12 12 22.5 1.5 12z';

export const pinGraphic = graphic('0 0 24 32', [
  ['path', { d: PIN_PATH }],
  ['circle', { cx: '12', cy: '11.5', r: '4.2' }],
]);

export const partnerGraphic = graphic('0 0 24 24', [['path', { d: PARTNER_PATH }]]);

/** A cluster's count badge. */
export function countBadge(text: string): HTMLElement {
  const badge = document.createElement('span');
  badge.textContent = text;
  // The marker's title says it in words.
  badge.ariaHidden = 'true';
  return badge;
}
