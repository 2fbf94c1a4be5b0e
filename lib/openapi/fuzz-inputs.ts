import fc from 'fast-check';
import { HOSTILE_NUMBERS, HOSTILE_STRINGS } from './hostile';

/**
 * fast-check arbitraries built from the document's JSON Schemas: `validValue` draws values the schema
 * accepts, `mostlyValidValue` the same with hostile values swapped in at random places (wrong types, huge
 * strings, unicode, injection strings, unknown or missing keys, deep nesting), which is where handlers break.
 */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: readonly unknown[];
  anyOf?: readonly Schema[];
  oneOf?: readonly Schema[];
  allOf?: readonly Schema[];
  properties?: Record<string, Schema>;
  required?: readonly string[];
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  examples?: readonly unknown[];
};
export type Components = Record<string, unknown>;

const MAX_DEPTH = 4;

/** Stands for deeply nested arrays in a value; toJsonText writes them as text, so the client never recurses. */
export const DEEP_NESTING_MARK = '\u0000deep-nesting\u0000';
export const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const resolve = (schema: Schema, components: Components): Schema =>
  schema.$ref ? resolve(components[schema.$ref.replace('#/components/schemas/', '')] as Schema, components) : schema;

const words = fc.constantFrom('unodc', 'ONUDC', 'Fedotov', 'Vienne', 'Genève', 'Nations Unies', 'security', 'org', 'person-', 'São Paulo', 'Zürich', 'Ḱ', '東京');
const text = fc.oneof(fc.string({ maxLength: 24 }), fc.string({ unit: 'grapheme', maxLength: 12 }), words);

function validString(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'date') return fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'uri') return fc.webUrl();
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, 40);
  // The document's own examples (a query that runs, a type that exists) reach past the first validation.
  const drawn = schema.examples ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...(schema.examples as string[])) }, { weight: 1, arbitrary: text }) : text;
  return drawn.map((s) => (s.length < min ? s.padEnd(min, 'x') : s).slice(0, max)).filter((s) => s.length >= min && (min === 0 || s.trim() !== ''));
}

function validScalar(type: string, schema: Schema, components: Components, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return validString(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 10_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? validValue(schema.items, components, depth + 1) : anyJson, { maxLength: depth >= MAX_DEPTH ? 0 : 4 });
    case 'object':
      return validObject(schema, components, depth);
    default:
      throw new Error(`fuzz-inputs: no generator for type "${type}"; add one in lib/openapi/fuzz-inputs.ts.`);
  }
}

function validObject(schema: Schema, components: Components, depth: number): fc.Arbitrary<unknown> {
  if (!schema.properties) return depth >= MAX_DEPTH ? fc.constant({}) : fc.dictionary(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/), anyJson, { maxKeys: 3 });
  const fields = Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, validValue(s, components, depth + 1)]));
  return fc.record(fields, { requiredKeys: [...(schema.required ?? [])] });
}

export function validValue(input: Schema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(input, components);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((s) => validValue(s, components, depth)));
  if (schema.allOf) return validValue(schema.allOf[0] as Schema, components, depth);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ['string', 'integer', 'boolean', 'null'];
  return fc.oneof(...types.map((t) => validScalar(t, schema, components, depth)));
}

const anyJson = fc.jsonValue({ maxDepth: 2 });

/** One value no schema in the document asks for: hostile strings and numbers, other types, oversized text. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 6_000 }).map((n) => 'ẞ'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, [], {}, [null], { '': '' }) },
  { weight: 1, arbitrary: fc.constant(DEEP_NESTING_MARK) },
  { weight: 1, arbitrary: anyJson },
);

/** Like validValue, but any part may be replaced by a hostile value, lose a required key or gain an unknown one. */
export function mostlyValidValue(input: Schema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(input, components);
  const hostile = { weight: 1, arbitrary: hostileValue };
  if (schema.properties && depth < MAX_DEPTH) {
    const fields = Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, mostlyValidValue(s, components, depth + 1)]));
    const record = fc
      .tuple(fc.record(fields, { requiredKeys: [] }), fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', '$where'), hostileValue)))
      .map(([value, extra]) => (extra ? Object.defineProperty({ ...value }, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true }) : value));
    return fc.oneof({ weight: 4, arbitrary: record }, hostile);
  }
  if (schema.items && depth < MAX_DEPTH) {
    const list = fc.array(mostlyValidValue(schema.items, components, depth + 1), { maxLength: 6 });
    return fc.oneof(
      { weight: 4, arbitrary: list },
      { weight: 1, arbitrary: fc.array(validValue(schema.items, components, depth + 1), { minLength: 501, maxLength: 600 }) },
      hostile,
    );
  }
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((s) => mostlyValidValue(s, components, depth)), hostile);
  // A free-form map (Cypher parameters, say) with hostile values: deep nesting hides best in here.
  const freeForm = schema.type === 'object' ? [{ weight: 2, arbitrary: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), hostileValue, { minKeys: 1, maxKeys: 3 }) }] : [];
  return fc.oneof({ weight: 3, arbitrary: validValue(schema, components, depth) }, ...freeForm, hostile);
}

/** JSON text for a value; DEEP_NESTING_MARK strings become deeply nested arrays. */
export function toJsonText(value: unknown, depth = 5_000): string {
  return JSON.stringify(value).replaceAll(JSON.stringify(DEEP_NESTING_MARK), deepJson(depth));
}
