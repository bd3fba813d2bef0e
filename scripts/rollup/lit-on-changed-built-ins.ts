import type { Plugin } from 'rollup';

interface Patch {
  file: RegExp;
  find: string;
  replace: string;
  /** Code the patch calls, added at the end of the module. */
  helper?: string;
}

const PATCHES: Patch[] = [
  // The `css` tag joins a template that interpolates (the timeline's styles do) with Array#reduce,
  // which Prototype.js, still on old sites, replaces with one that reduces nothing: the sheet came
  // out as an array, and the timeline threw and stayed blank. A plain loop, same arguments. (Since
  // every css`` is built as an unsafeCSS call, minify-templates.ts, no code calls the tag and the
  // bundle leaves it out; the patch stays for a css`` that may be called some day.)
  {
    file: /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/,
    find: '1===t.length?t[0]:e.reduce(',
    replace: '1===t.length?t[0]:reduceList(e,',
    helper: 'function reduceList(list,next,value){for(let i=0;i<list.length;i++)value=next(value,list[i],i);return value}',
  },
  // A template instance walks its parts until `parts[i]` is undefined. For a template without parts,
  // `parts[0]` of the empty array is read from Object.prototype, and on a page that set
  // `Object.prototype[0]` the walk never ended: the page froze. An empty list is not read.
  {
    file: /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/,
    find: 'r=s[0];for(;void 0!==r;)',
    replace: 'r=s.length?s[0]:void 0;for(;void 0!==r;)',
  },
];

/**
 * Lit, made safe from two changes a host page can make to built-ins (see PATCHES). Only the drop-in
 * is patched: npm users bundle Lit themselves. A text not found fails the build (Lit changed).
 */
export function litOnChangedBuiltIns(): Plugin {
  return {
    name: 'lit-on-changed-built-ins',
    transform(code, id) {
      const patches = PATCHES.filter((patch) => patch.file.test(id));
      if (!patches.length) return null;
      let out = code;
      for (const { find, replace, helper } of patches) {
        if (!out.includes(find)) this.error(`Lit changed: ${find} was not found in ${id}`);
        out = out.replace(find, replace) + (helper ? `\n${helper}\n` : '');
      }
      return { code: out, map: null };
    },
  };
}
