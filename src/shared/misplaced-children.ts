import { warn } from './warn.js';

/**
 * Says on the console when a page has a <pl-value> or <pl-phase> outside its element. On a CMS page
 * that is the editor's doing: WordPress opens a paragraph for a line of text right above the element
 * and never closes it, so the browser closes it, and the element with it, at the first <p> inside.
 */
export function warnMisplacedChildren(): void {
  for (const [child, parent] of [
    ['pl-value', 'pl-values-accordion'],
    ['pl-phase', 'pl-program-timeline'],
  ])
    if (document.querySelector(`${child}:not(${parent} *)`))
      warn(
        `pl-widgets: a <${child}> is outside <${parent}>. An editor may have closed the element early, at a <p> inside it (WordPress does when a line of text sits right above the element): leave a blank line above it, or use a Custom HTML block.`,
      );
}
