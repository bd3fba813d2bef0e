import type { Plugin } from 'rollup';

const CSS_TAG = /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/;
/** The `css` tag joining its strings and values: `strings.length === 1 ? strings[0] : values.reduce(`. */
const JOIN = '1===t.length?t[0]:e.reduce(';

/**
 * Lit's `css` tag joins a template that interpolates (the timeline's styles do) with Array#reduce,
 * which Prototype.js, still on old sites, replaces with one that reduces nothing: the sheet came out
 * as an array, and the timeline threw and stayed blank. The tag calls a plain loop instead, with the
 * same arguments. A text not found fails the build (Lit changed).
 */
export function litCssWithoutReduce(): Plugin {
  return {
    name: 'lit-css-without-reduce',
    transform(code, id) {
      if (!CSS_TAG.test(id)) return null;
      if (!code.includes(JOIN)) this.error(`Lit css-tag.js: the join of the css tag was not found in ${id}`);
      const loop = 'function reduceList(list,next,value){for(let i=0;i<list.length;i++)value=next(value,list[i],i);return value}';
      return { code: `${code.replace(JOIN, '1===t.length?t[0]:reduceList(e,')}\n${loop}\n`, map: null };
    },
  };
}
