/**
 * Trims custom-elements.json to the public API before Storybook builds the docs tables from it:
 * attributes, public properties, events, slots, CSS parts and CSS custom properties. Private,
 * protected, `_`/`#`-named and @internal members go, and so do Lit's static plumbing
 * (`styles`, `shadowRootOptions`, ...).
 *
 * Storybook keys every row by its name across all sections, so a part or slot named like an
 * attribute (`heading`, `current`, `controls`) used to replace the attribute's row. Parts are
 * therefore listed as `::part(x)` and slots as `slot="x"`, which is also how a page uses them.
 *
 * scripts/check-stories.mjs loads this file too (through esbuild), so keep it free of imports.
 */

interface Item {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface Member extends Item {
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

interface Attribute extends Item {
  fieldName?: string;
}

interface Declaration {
  members?: Member[];
  attributes?: Attribute[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  [key: string]: unknown;
}

interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** Statics that every Lit element has or overrides: plumbing, not API. */
const LIT_STATICS = new Set([
  'styles',
  'properties',
  'elementProperties',
  'elementStyles',
  'shadowRootOptions',
  'observedAttributes',
  'formAssociated',
  'finalized',
  'finalize',
  'finalizeStyles',
  'createProperty',
  'getPropertyDescriptor',
  'getPropertyOptions',
  'addInitializer',
  'enabledWarnings',
  'enableWarning',
  'disableWarning',
]);

/** Lit and custom-element lifecycle members, should one be declared without `protected`. */
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'createRenderRoot',
  'shouldUpdate',
  'willUpdate',
  'update',
  'render',
  'firstUpdated',
  'updated',
  'scheduleUpdate',
  'performUpdate',
  'getUpdateComplete',
]);

/** cem drops items tagged @internal; this catches an internal event only described as such. */
const INTERNAL = /@internal\b|^\s*internal\b[,:]/i;

export const partLabel = (name: string): string => `::part(${name})`;
export const slotLabel = (name: string): string => (name ? `slot="${name}"` : '(default slot)');

function isPublicMember(member: Member): boolean {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (/^[_#]/.test(member.name) || INTERNAL.test(member.description ?? '')) return false;
  if (member.static && LIT_STATICS.has(member.name)) return false;
  if (LIFECYCLE.has(member.name)) return false;
  // A property backed by an attribute is listed once, as the attribute (which names the property).
  if (member.kind === 'field' && member.attribute) return false;
  return true;
}

function note(description: string | undefined, text: string): string {
  return description ? `${description}\n\n${text}` : text;
}

function publicDeclaration(declaration: Declaration): Declaration {
  const out: Declaration = { ...declaration };
  if (declaration.members) {
    out.members = declaration.members
      .filter(isPublicMember)
      .map((m) => (m.kind === 'field' && m.readonly ? { ...m, description: note(m.description, 'Read-only.') } : m));
  }
  if (declaration.attributes) {
    out.attributes = declaration.attributes.map((a) =>
      a.fieldName && a.fieldName !== a.name ? { ...a, description: note(a.description, `Property: \`${a.fieldName}\`.`) } : a,
    );
  }
  if (declaration.events) out.events = declaration.events.filter((e) => !INTERNAL.test(e.description ?? ''));
  if (declaration.slots) out.slots = declaration.slots.map((s) => ({ ...s, name: slotLabel(s.name) }));
  if (declaration.cssParts) out.cssParts = declaration.cssParts.map((p) => ({ ...p, name: partLabel(p.name) }));
  return out;
}

/** A copy of the manifest with only the public API, named as the docs tables show it. */
export function publicApi<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map(publicDeclaration),
    })),
  };
}
