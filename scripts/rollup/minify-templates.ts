import type { Plugin } from 'rollup';
import ts from 'typescript';

/**
 * CSS: no comments, whitespace collapsed, none around punctuation where it never matters (also
 * around `*` and `/`, which our styles write only between values, as in `calc(var(--_space) / 2)`,
 * and around a selector's `+` and `~`),
 * no leading zero before a decimal point (`0.75em` is `.75em`), no space before `!important` or
 * between `@media` and its `(`, and no quotes around an attribute selector's value that is a word
 * (`[aria-expanded='true']` is `[aria-expanded=true]`).
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/ ([*/]) /g, '$1')
    // A selector's sibling combinators (`p + p`): a + or ~ before the next { with no ( ) ; } between
    // is in a selector, never in a calc().
    .replace(/ ([+~]) (?=[^(){};]*\{)/g, '$1')
    .replace(/([\s:(,*/])0\.(\d)/g, '$1.$2')
    .replace(/ !important/g, '!important')
    .replace(/@media \(/g, '@media(')
    .replace(/\[([\w-]+)='([A-Za-z][\w-]*)'\]/g, '[$1=$2]')
    .replace(/;}/g, '}');
}

/**
 * HTML: every run of whitespace that spans a line becomes one space (same rendering, fewer bytes),
 * and none is left before a `>` that starts a line: our templates put one there only to close a tag
 * whose attributes span lines (`<a\n  href=${href}\n>`), and inside a tag that space is nothing.
 * (Not before `/>`: after an unquoted value, `x=${v}/>` would read the slash as part of the value.)
 * Static attribute values lose their quotes where they can (unquotedAttributes).
 */
export function minifyHtml(text: string): string {
  return unquotedAttributes(text.replace(/\s*\n\s*(?=>)/g, '').replace(/\s*\n\s*/g, ' '));
}

/**
 * HTML and SVG: a static attribute value that is one word loses its quotes (`type="button"` is
 * `type=button`, the same attribute to the browser's parser and to Lit's), when a space or the tag's
 * `>` follows it: never before `/>` (the slash would join the value), nor next to a `${}`. The only
 * change to svg`` text (its whitespace stays as written).
 */
export function unquotedAttributes(text: string): string {
  return text.replace(/ ([\w-]+)="([\w.#-]+)"(?=[\s>])/g, ' $1=$2');
}

/**
 * What a css`` template becomes: Lit's `unsafeCSS` called with the same text as a plain template
 * literal (each ${} a CSSResult, written as its cssText). Lit's `css` tag makes the same CSSResult
 * and only adds a check of what is interpolated (the types already check it: css results, numbers)
 * and a sheet cache keyed by the template (each of our sheets is made once, at module level, so
 * each CSSResult's own sheet is already the only one). Without any css`` left, a bundler drops the
 * tag and its error text: 141 B gzip of the drop-in, 150 to 165 B of each ESM import. Nothing
 * here is "unsafe": the texts are our own literals, as they were for `css`.
 */
const CSS_FROM_TEXT = '__plCssFromText';

/** Whether the module imports Lit's `css` under that very name (`import { css } from 'lit'`, not `css as x`, not another module's). */
function importsLitCss(source: ts.SourceFile): boolean {
  return source.statements.some(
    (statement) =>
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text === 'lit' &&
      !statement.importClause?.isTypeOnly &&
      statement.importClause?.namedBindings !== undefined &&
      ts.isNamedImports(statement.importClause.namedBindings) &&
      statement.importClause.namedBindings.elements.some((element) => element.name.text === 'css' && !element.propertyName && !element.isTypeOnly),
  );
}

/**
 * Minifies the literal parts of Lit's css``, html`` and svg`` templates in our sources (terser leaves
 * template text alone), and makes each css`` an `unsafeCSS` call (CSS_FROM_TEXT). Expressions
 * inside ${} are untouched; nested templates are handled as their own.
 */

export function minifyTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits: { start: number; end: number; text: string }[] = [];
      let usesCss = false;
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
          const minify = node.tag.text === 'css' ? minifyCss : node.tag.text === 'html' ? minifyHtml : unquotedAttributes;
          const template = node.template;
          if (node.tag.text === 'css') {
            // The tag's own check of what is interpolated is gone with it: the types check it (CSSResult, number).
            if (!importsLitCss(source)) this.error(`${id}: a css\`\` template whose tag is not Lit's css (import { css } from 'lit')`);
            edits.push({ start: node.tag.getStart(source), end: node.tag.getEnd(), text: `/* @__PURE__ */ ${CSS_FROM_TEXT}(` });
            edits.push({ start: node.getEnd(), end: node.getEnd(), text: ')' });
            usesCss = true;
          }
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            const closesWithBacktick = ts.isNoSubstitutionTemplateLiteral(part) || ts.isTemplateTail(part);
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (closesWithBacktick ? 1 : 2);
            let text = minify(code.slice(start, end));
            // A style sheet's own first and last whitespace never matters (next to a ${} it may: `${list} .phase`).
            if (minify === minifyCss && part === parts[0]) text = text.trimStart();
            if (minify === minifyCss && closesWithBacktick) text = text.trimEnd();
            edits.push({ start, end, text });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      if (usesCss) out = `import { unsafeCSS as ${CSS_FROM_TEXT} } from 'lit';\n${out}`;
      return { code: out, map: null };
    },
  };
}
