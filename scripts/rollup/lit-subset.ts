import type { Plugin } from 'rollup';
import ts from 'typescript';

interface Cut {
  file: RegExp;
  find: string;
  replace: string;
  /** Every place the text is found (else the one place). */
  all?: boolean;
}

const LIT_HTML = /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/;
const REACTIVE_ELEMENT = /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/;
const CSS_TAG = /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/;
const LIT_ELEMENT = /[\\/]node_modules[\\/]lit-element[\\/]lit-element\.js$/;
const CONTEXT_PROVIDER = /[\\/]node_modules[\\/]@lit[\\/]context[\\/]lib[\\/]controllers[\\/]context-provider\.js$/;
const VALUE_NOTIFIER = /[\\/]node_modules[\\/]@lit[\\/]context[\\/]lib[\\/]value-notifier\.js$/;

/** Lit's directive and decorator modules: each needs support that CUTS leaves out. */
const NEEDS_CUT_SUPPORT =
  /[\\/]node_modules[\\/](?:(?:lit-html|lit)[\\/](?:directive|async-directive|directive-helpers|directives[\\/].*)|lit[\\/]decorators|@lit[\\/]reactive-element[\\/]decorators[\\/].*|@lit[\\/]context[\\/]lib[\\/]decorators[\\/].*)\.js$/;

const CUTS: Cut[] = [
  // Directives (`lit/directives/*`, a class of one's own): none here. With no directive, resolving
  // a bound value gives back the value itself, so each part takes its value as it is (the function
  // and its calls go).
  {
    file: LIT_HTML,
    find: 'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
    replace: '',
  },
  { file: LIT_HTML, find: 't=M(this,t,i),', replace: '' },
  { file: LIT_HTML, find: 't=M(this,t,i,0),', replace: '' },
  { file: LIT_HTML, find: 'r=M(this,e[s+n],i,n)', replace: 'r=e[s+n]' },
  { file: LIT_HTML, find: 'if((t=M(this,t,i,0)??A)===E)return;', replace: 'if((t??=A)===E)return;' },
  { file: LIT_HTML, find: 'V:M,', replace: '' },
  // What else only directives read or use: a part's parent node and a child part's first and last
  // nodes, an attribute part's tag name, the set of an async directive's children (`_$AN`), and the
  // part made for a binding in an element's own tag (`<div ${x}>`), which hands its value to a
  // directive and does nothing else (the template still counts the binding: its value is skipped).
  // Parts are Lit's own objects: nothing outside the bundle reaches one.
  { file: LIT_HTML, find: 'get parentNode(){return this._$AM.parentNode}', replace: '' },
  {
    file: LIT_HTML,
    find: 'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}',
    replace: '',
  },
  { file: LIT_HTML, find: 'get tagName(){return this.element.tagName}', replace: '' },
  // A part's `type` (child, attribute, property, boolean attribute, event), which only a directive
  // reads (its PartInfo): the template's own part records keep theirs.
  { file: LIT_HTML, find: 'constructor(t,i,s,e){this.type=2,', replace: 'constructor(t,i,s,e){' },
  { file: LIT_HTML, find: 'constructor(t,i,s,e,h){this.type=1,', replace: 'constructor(t,i,s,e,h){' },
  { file: LIT_HTML, find: 'constructor(){super(...arguments),this.type=3}', replace: '' },
  { file: LIT_HTML, find: 'constructor(){super(...arguments),this.type=4}', replace: '' },
  { file: LIT_HTML, find: 'constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5}', replace: '' },
  // A part's directive parent (`i`, always the part itself) and an attribute part's `noCommit`, which
  // only directives and server-side hydration pass: no part is given either.
  { file: LIT_HTML, find: '_$AI(t,i=this,s,e){', replace: '_$AI(t,i,s){' },
  { file: LIT_HTML, find: 'o&&!e&&this.j(t)}', replace: 'o&&this.j(t)}' },
  { file: LIT_HTML, find: '_$AI(t,i=this){', replace: '_$AI(t){', all: true },
  // A render's `creationScope` (the document or shadow root that clones a template, for scoped custom
  // element registries): our renders pass none, so templates are cloned by the document, as Lit does then.
  { file: LIT_HTML, find: '(t?.creationScope??l).importNode(i,!0)', replace: 'l.importNode(i,!0)' },
  { file: LIT_HTML, find: ':6===r.type&&(i=new Z(h,this,t))', replace: ':0' },
  { file: LIT_HTML, find: 'class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){M(this,t)}}', replace: '' },
  { file: LIT_HTML, find: ',F:Z}', replace: '}' },
  { file: LIT_HTML, find: 'this._$AN=void 0,', replace: '', all: true },
  // What only async directives read: whether a part is in the document (their `isConnected`), kept
  // up to date as the element connects and disconnects.
  { file: LIT_HTML, find: 'get _$AU(){return this._$AM._$AU}', replace: '', all: true },
  { file: LIT_HTML, find: 'get _$AU(){return this._$AM?._$AU??this._$Cv}', replace: '' },
  { file: LIT_HTML, find: ',this._$Cv=e?.isConnected??!0', replace: '' },
  { file: LIT_HTML, find: 'for(this._$AP?.(!1,!0,s);t!==this._$AB;)', replace: 'for(;t!==this._$AB;)' },
  { file: LIT_HTML, find: 'setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', replace: '' },
  {
    file: LIT_ELEMENT,
    find: 'connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}',
    replace: '',
  },
  { file: LIT_ELEMENT, find: 'this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),', replace: '' },
  // Raw-text elements (<script>, <style>, <textarea>, <title>) in a template, whose text Lit reads
  // for bindings with a parser of their own: no template here has one (RAW_TEXT_CHECK).
  { file: LIT_HTML, find: 'y=/^(?:script|style|textarea|title)$/i,', replace: '' },
  { file: LIT_HTML, find: 'void 0!==u[2]?(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p)', replace: 'void 0!==u[2]?c=p' },
  {
    file: LIT_HTML,
    find: 'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
    replace: '',
  },
  // Bindings inside an HTML comment (`<!-- ${x} -->`), which Lit counts but never renders: no
  // template here has a comment (COMMENT_CHECK), so a comment node in a template is a child part's marker or nothing.
  {
    file: LIT_HTML,
    find: 'if(r.data===n)d.push({type:2,index:l});else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}',
    replace: 'r.data===n&&d.push({type:2,index:l});',
  },
  // ...nor does the scan of a template's text meet one (or a bogus one, `</` and no tag name).
  { file: LIT_HTML, find: '_=/-->/g,m=/>/g,', replace: '' },
  { file: LIT_HTML, find: '"!--"===u[1]?c=_:void 0!==u[1]?c=m:', replace: '' },
  // The scan never enters a raw-text element's state (`n`, left out above) either: a tag's end goes
  // back to text, and a quoted value's end (the one state left) back to the tag.
  { file: LIT_HTML, find: 'c===$||c===g?c=p:c===_||c===m?c=v:(c=p,n=void 0)', replace: 'c=p' },
  { file: LIT_HTML, find: '(c=n??v,d=-1)', replace: '(c=v,d=-1)' },
  { file: LIT_HTML, find: 'const N=(t,i)=>{const s=t.length-1,e=[];let n,l=', replace: 'const N=(t,i)=>{const s=t.length-1,e=[];let l=' },
  // Compiled templates (@lit-labs/compiler's, which bring their own prepared element): every
  // template here is an html`` or svg`` result, and data reaches a template as text (the readers
  // keep strings only).
  {
    file: LIT_HTML,
    find: '"number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)',
    replace: 'this._$AC(t)',
  },
  // MathML templates (the `mathml` tag): none here (`svg` templates stay).
  { file: LIT_HTML, find: 'l=2===i?"<svg>":3===i?"<math>":""', replace: 'l=2===i?"<svg>":""' },
  { file: LIT_HTML, find: '+(2===i?"</svg>":3===i?"</math>":"")', replace: '+(2===i?"</svg>":"")' },
  { file: LIT_HTML, find: '2===i||3===i', replace: '2===i' },
  // Hooks for @webcomponents' polyfill-support and for server-side rendering's hydration: no page
  // runs the drop-in's Lit with either (its Lit is not reachable from outside the bundle).
  { file: LIT_HTML, find: ',B=t.litHtmlPolyfillSupport;B?.(S,k),', replace: ';' },
  { file: REACTIVE_ELEMENT, find: 'p=a.reactiveElementPolyfillSupport,', replace: '' },
  { file: REACTIVE_ELEMENT, find: 'p?.({ReactiveElement:y}),', replace: '' },
  { file: LIT_ELEMENT, find: ',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});', replace: ';' },
  // ShadyCSS, the webcomponents polyfill's stand-in for shadow roots, in browsers that have none
  // (Lit 3 does not run in them): every browser here adopts style sheets when it can.
  { file: CSS_TAG, find: 't.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&', replace: 't.ShadowRoot&&' },
  // The `css` tag's sheet per template literal (its strings array as the key): every sheet here is
  // made by `unsafeCSS` (scripts/rollup/minify-templates.ts), which passes no strings, so a sheet is
  // only ever its own result's (the `css` tag, which no code calls, goes with its strings).
  { file: CSS_TAG, find: ',o=new WeakMap;', replace: ';' },
  { file: CSS_TAG, find: 'this.cssText=t,this.t=e}', replace: 'this.cssText=t}' },
  // The mark the `css` tag reads on a result interpolated into its text: nothing else reads it.
  { file: CSS_TAG, find: 'if(this._$cssResult$=!0,o!==s)', replace: 'if(o!==s)' },
  // `unsafeCSS`'s text: a string joined to "" is that string, so both branches give `t+""`.
  { file: CSS_TAG, find: 'new n("string"==typeof t?t:t+"",void 0,s)', replace: 'new n(t+"",void 0,s)' },
  {
    file: CSS_TAG,
    find: 'get styleSheet(){let t=this.o;const s=this.t;if(e&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o.set(s,t))}return t}',
    replace: 'get styleSheet(){let t=this.o;return e&&void 0===t&&(this.o=t=new CSSStyleSheet).replaceSync(this.cssText),t}',
  },
  // getCompatibleStyle's stand-in where adoptedStyleSheets are missing, which turns a CSSStyleSheet in
  // an element's `static styles` into a CSSResult: every element's styles here are CSSResults
  // (unsafeCSS, scripts/rollup/minify-templates.ts), so each style is taken as it is, as where sheets
  // are adopted.
  { file: CSS_TAG, find: 'c=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r(e)})(t):t;', replace: 'c=t=>t;' },
  // ...and finalizeStyles, its one caller, keeps each style without the call.
  { file: REACTIVE_ELEMENT, find: 'for(const s of e)i.unshift(t(s))}else void 0!==s&&i.push(t(s))', replace: 'for(const s of e)i.unshift(s)}else void 0!==s&&i.push(s)' },
  // A declared property whose class defines its own accessor or method of that name (`wrapped`: Lit then
  // records its initial value as a change before the first update): none here (ownAccessors).
  { file: REACTIVE_ELEMENT, find: 'this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),', replace: '' },
  { file: REACTIVE_ELEMENT, find: 'const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}', replace: '' },
  // ...so the accessor Lit makes for a property wraps none of the class's own: it keeps the value itself.
  {
    file: REACTIVE_ELEMENT,
    find: 'static getPropertyDescriptor(t,s,i){const{get:e,set:r}=h(this.prototype,t)??{get(){return this[s]},set(t){this[s]=t}};return{get:e,set(s){const h=e?.call(this);r?.call(this,s),this.requestUpdate(t,h,i)},configurable:!0,enumerable:!0}}',
    replace: 'static getPropertyDescriptor(t,s,i){return{get(){return this[s]},set(e){const h=this[s];this[s]=e,this.requestUpdate(t,h,i)},configurable:!0,enumerable:!0}}',
  },
  { file: REACTIVE_ELEMENT, find: 'getOwnPropertyDescriptor:h,', replace: '' },
  // Decorators (`@property`, `@consume`...) and their metadata: the elements declare `static
  // properties` and make their context consumers themselves. This also leaves the page's
  // `Symbol.metadata` alone.
  { file: REACTIVE_ELEMENT, find: 'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', replace: '' },
  {
    file: REACTIVE_ELEMENT,
    find: 'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
    replace: '',
  },
  { file: REACTIVE_ELEMENT, find: 'static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', replace: '' },
  { file: REACTIVE_ELEMENT, find: 'void 0!==t.l&&(this.l=[...t.l]),', replace: '' },
  { file: REACTIVE_ELEMENT, find: ',this.constructor.l?.forEach(t=>t(this))', replace: '' },
  // Property options no element sets (SRC_CHECK): `useDefault` (a reflected default kept as it was
  // given), `type: Object` or `Array` (attributes read and written as JSON), and a `converter` of its
  // own (the default one reads and writes every attribute).
  {
    file: REACTIVE_ELEMENT,
    find: 'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}',
    replace: 'C(t,s,{reflect:e}){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t)}',
  },
  { file: REACTIVE_ELEMENT, find: '||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', replace: '' },
  { file: REACTIVE_ELEMENT, find: 'this[e]=r??this._$Ej?.get(e)??r', replace: 'this[e]=r' },
  { file: REACTIVE_ELEMENT, find: 'useDefault:!1,', replace: '' },
  { file: REACTIVE_ELEMENT, find: 'case Object:case Array:t=null==t?t:JSON.stringify(t)', replace: '' },
  { file: REACTIVE_ELEMENT, find: 'case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}', replace: '' },
  { file: REACTIVE_ELEMENT, find: '(void 0!==i.converter?.toAttribute?i.converter:u).toAttribute', replace: 'u.toAttribute' },
  { file: REACTIVE_ELEMENT, find: '"function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u', replace: 'u' },
  // Closure Compiler's renaming marker, which gives its name back unchanged: the name itself.
  { file: REACTIVE_ELEMENT, find: 'd("elementProperties")', replace: '"elementProperties"', all: true },
  { file: REACTIVE_ELEMENT, find: 'd("finalized")', replace: '"finalized"', all: true },
  { file: REACTIVE_ELEMENT, find: 'd("properties")', replace: '"properties"' },
  { file: REACTIVE_ELEMENT, find: 'd=(t,s)=>t,', replace: '' },
  // requestUpdate's `useNewValue` and `newValue`, which only the standard `@property` decorator's
  // accessor passes (no decorators here): a change is always read from the property itself.
  {
    file: REACTIVE_ELEMENT,
    find: 'requestUpdate(t,s,i,e=!1,h){if(void 0!==t){const r=this.constructor;if(!1===e&&(h=this[t]),i??=',
    replace: 'requestUpdate(t,s,i){if(void 0!==t){const r=this.constructor,h=this[t];if(i??=',
  },
  // @lit/context's provider, which only <pl-provider> makes (a private field: no page reaches it), always
  // with an options object (`{ context, initialValue }`): not the older (host, context, initialValue) form;
  // and the notifier's clearCallbacks, which nothing calls.
  { file: CONTEXT_PROVIDER, find: 'super(void 0!==e.context?e.initialValue:i)', replace: 'super(e.initialValue)' },
  { file: CONTEXT_PROVIDER, find: 'void 0!==e.context?this.context=e.context:this.context=e,', replace: 'this.context=e.context,' },
  { file: VALUE_NOTIFIER, find: 'clearCallbacks(){this.subscriptions.clear()}', replace: '' },
];

/** Our sources must not set the property options cut above. */
const SRC_CHECK = /\buseDefault\b|\btype: (?:Object|Array)\b|\bconverter\b/;

/** Our html`` and svg`` templates must not hold a comment, nor the `</` of a bogus one (cut above). */
const COMMENT_CHECK = /<!--|<\/(?![a-zA-Z])/;

/** Our html`` and svg`` templates must not hold a raw-text element (cut above). */
const RAW_TEXT_CHECK = /<(?:script|style|textarea|title)[\s/>]/i;

/** The names in a class's `static properties` that the class also defines as a method or accessor. */
function ownAccessors(id: string, code: string): string[] {
  if (!/\bstatic (?:override )?properties\b/.test(code)) return [];
  const clashes: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassLike(node)) {
      const name = (member: ts.ClassElement): string | undefined => (member.name && ts.isIdentifier(member.name) ? member.name.text : undefined);
      const isStatic = (member: ts.ClassElement): boolean => !!ts.getModifiers(member as ts.HasModifiers)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
      const declared = node.members.find((member) => isStatic(member) && name(member) === 'properties');
      let literal = declared && ts.isPropertyDeclaration(declared) ? declared.initializer : undefined;
      while (literal && (ts.isAsExpression(literal) || ts.isSatisfiesExpression(literal))) literal = literal.expression;
      if (declared && !(literal && ts.isObjectLiteralExpression(literal))) clashes.push('static properties (not an object literal)');
      const keys = new Set(literal && ts.isObjectLiteralExpression(literal) ? literal.properties.map((property) => property.name?.getText() ?? '') : []);
      for (const member of node.members) {
        if (!isStatic(member) && (ts.isMethodDeclaration(member) || ts.isGetAccessor(member) || ts.isSetAccessor(member)) && keys.has(name(member) ?? '')) clashes.push(name(member)!);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return clashes;
}

/** The literal text of every html`` and svg`` template in a source file. */
function templateTexts(id: string, code: string): string[] {
  if (!/\b(?:html|svg)`/.test(code)) return [];
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text)) {
      const template = node.template;
      texts.push(ts.isNoSubstitutionTemplateLiteral(template) ? template.text : [template.head, ...template.templateSpans.map((span) => span.literal)].map((part) => part.text).join('${}'));
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return texts;
}

/**
 * Lit's support for what the drop-in never uses (see CUTS), left out of the drop-in only: npm users
 * bundle Lit themselves, and nothing outside the IIFE reaches its Lit. A text not found fails the
 * build (Lit changed), and so does a directive or decorator put to use, a property option cut, or
 * a raw-text element in a template.
 */
export function litSubset(): Plugin {
  return {
    name: 'lit-subset',
    transform(code, id) {
      if (/[\\/]src[\\/].*\.ts$/.test(id) && SRC_CHECK.test(code)) this.error(`${id}: the drop-in's Lit has no useDefault, converter or JSON (Object, Array) properties (scripts/rollup/lit-subset.ts)`);
      const clashes = /[\\/]src[\\/].*\.ts$/.test(id) ? ownAccessors(id, code) : [];
      if (clashes.length) this.error(`${id}: the drop-in's Lit has no accessor of a class's own for a declared property: ${clashes.join(', ')} (scripts/rollup/lit-subset.ts)`);
      if (/[\\/]src[\\/].*\.ts$/.test(id) && templateTexts(id, code).some((text) => RAW_TEXT_CHECK.test(text))) this.error(`${id}: the drop-in's Lit has no <script>, <style>, <textarea> or <title> in a template (scripts/rollup/lit-subset.ts)`);
      if (/[\\/]src[\\/].*\.ts$/.test(id) && templateTexts(id, code).some((text) => COMMENT_CHECK.test(text))) this.error(`${id}: the drop-in's Lit has no comments in a template (scripts/rollup/lit-subset.ts)`);
      const cuts = CUTS.filter((cut) => cut.file.test(id));
      if (!cuts.length) return null;
      let out = code;
      for (const { find, replace, all } of cuts) {
        if (!out.includes(find)) this.error(`Lit changed: ${find} was not found in ${id}`);
        out = all ? out.replaceAll(find, replace) : out.replace(find, replace);
      }
      return { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(file.modules)) {
          if (NEEDS_CUT_SUPPORT.test(id) && module.renderedLength > 0) this.error(`${id} is used: the drop-in's Lit has no directives or decorators (scripts/rollup/lit-subset.ts)`);
        }
      }
    },
  };
}
