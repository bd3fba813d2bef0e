/**
 * Storybook's "Show code" prints a story's markup, where a Lit property binding (`.phases=${...}`)
 * leaves no trace: pasted alone, the element would be empty. For such stories the snippet ends
 * with the script a page would run to set those properties.
 */

/** A property to set: the element's selector, the property, and its value as code (made when the snippet is shown). */
export type Assignment = [selector: string, property: string, value: string | (() => string)];

/** `parameters.docs.source` for a story whose data is given by property. */
export function propertyScript(...assignments: Assignment[]): { transform: (code: string) => string } {
  const line = ([selector, property, value]: Assignment) =>
    `  document.querySelector('${selector}').${property} = ${typeof value === 'function' ? value() : value};`;
  const script = () => `<script type="module">\n${assignments.map(line).join('\n')}\n</script>`;
  // Storybook may pass the snippet through twice (the Docs page's first story): the script goes in once.
  return { transform: (code) => (code.endsWith('</script>') ? code : `${code}\n${script()}`) };
}

/** A value as code, indented to sit inside the script. */
export const asCode = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');

/** A long generated list as code: its first record, and how many more the story makes. */
export const sampleOf = (list: readonly unknown[]): string =>
  list.length > 1 ? `[\n    ${asCode(list[0]).replace(/\n/g, '\n  ')},\n    /* ${(list.length - 1).toLocaleString('en-US')} more records of the same shape */\n  ]` : asCode(list);
