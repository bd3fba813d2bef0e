/**
 * A tiny JSON Schema (draft 2020-12) walker, for tests only: just the keywords our schema uses, so
 * tests can check the schema file itself against documents and compare it with the hand-written
 * validator. An unknown keyword throws, so the schema cannot grow beyond what this checks.
 * `format` is an annotation in 2020-12 and is not asserted.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'format', '$defs', 'examples']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  '$ref',
  'type',
  'properties',
  'required',
  'items',
  'minItems',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'enum',
  'const',
  'anyOf',
  'if',
  'then',
  'else',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(value: unknown): string[] {
  if (value === null) return ['null'];
  if (Array.isArray(value)) return ['array'];
  if (typeof value === 'number') return Number.isInteger(value) ? ['number', 'integer'] : ['number'];
  return [typeof value];
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Every failing (instance path, keyword) of `value` against `root`. */
export function walkSchema(root: Schema, value: unknown): { path: string; keyword: string }[] {
  const errors: { path: string; keyword: string }[] = [];

  const resolve = (ref: string): Schema => {
    const match = /^#\/\$defs\/(.+)$/.exec(ref);
    const target = match && (root.$defs as Record<string, Schema>)[match[1]];
    if (!target) throw new Error(`unresolvable $ref ${ref}`);
    return target;
  };

  const check = (schema: Schema, v: unknown, path: string, out: { path: string; keyword: string }[]): void => {
    for (const keyword of Object.keys(schema)) {
      if (!KNOWN.has(keyword)) throw new Error(`schema-walker does not know "${keyword}"`);
    }
    const fail = (keyword: string, at = path) => {
      out.push({ path: at, keyword });
    };
    if (schema.$ref) check(resolve(schema.$ref as string), v, path, out);
    if (schema.type) {
      const allowed = ([] as string[]).concat(schema.type as string | string[]);
      if (!typeOf(v).some((t) => allowed.includes(t))) return fail('type');
    }
    if (schema.enum && !(schema.enum as unknown[]).includes(v)) fail('enum');
    if ('const' in schema && schema.const !== v) fail('const');
    if (typeof v === 'string' && schema.pattern && !new RegExp(schema.pattern as string, 'u').test(v)) fail('pattern');
    if (typeof v === 'number') {
      if (schema.minimum !== undefined && v < (schema.minimum as number)) fail('minimum');
      if (schema.maximum !== undefined && v > (schema.maximum as number)) fail('maximum');
      if (schema.exclusiveMinimum !== undefined && v <= (schema.exclusiveMinimum as number)) fail('exclusiveMinimum');
    }
    if (Array.isArray(v)) {
      if (schema.minItems !== undefined && v.length < (schema.minItems as number)) fail('minItems');
      if (schema.items) v.forEach((item, i) => check(schema.items as Schema, item, join(path, i), out));
    }
    if (isObject(v)) {
      for (const key of (schema.required as string[] | undefined) ?? []) {
        if (!(key in v)) fail('required', join(path, key));
      }
      for (const [key, sub] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
        if (key in v) check(sub, v[key], join(path, key), out);
      }
    }
    if (schema.anyOf) {
      const passes = (schema.anyOf as Schema[]).some((sub) => {
        const trial: typeof out = [];
        check(sub, v, path, trial);
        return trial.length === 0;
      });
      if (!passes) fail('anyOf');
    }
    if (schema.if) {
      const trial: typeof out = [];
      check(schema.if as Schema, v, path, trial);
      const branch = trial.length === 0 ? schema.then : schema.else;
      if (branch) check(branch as Schema, v, path, out);
    }
  };

  check(root, value, '', errors);
  return errors;
}
