import fc from 'fast-check';
import { BAD_PERCENT_SEGMENTS, CONTENT_TYPES, HOSTILE_BODIES, HOSTILE_STRINGS } from './hostile';
import { DEEP_NESTING_MARK, hostileValue, mostlyValidValue, toJsonText, validValue, type Components, type Schema } from './fuzz-inputs';

/**
 * Whole HTTP requests for one documented operation, drawn by fast-check: path parameters (known ids, text,
 * hostile strings, malformed percent-encoding, random bytes, oversized), query strings built from the
 * parameter schemas plus hostile and unknown ones, and JSON bodies from the request schema plus hostile ones.
 */
export type FuzzRequest = { method: string; url: string; headers: Record<string, string>; body?: string };
type Parameter = { name: string; in: 'path' | 'query'; schema: Schema };
export type FuzzOperation = { parameters?: readonly Parameter[]; requestBody?: { content: { 'application/json': { schema: Schema } } }; 'x-write'?: boolean };
export type FuzzOptions = {
  /** Ids the seed graph has, so reads also reach the found paths. Never used for writes. */
  knownIds: readonly string[];
  /** For writes: true when a body would be accepted. Writes are only sent with bodies it refuses. */
  isValidBody?: (value: unknown) => boolean;
};

const UNRESERVED = /[A-Za-z0-9\-._~]/;
/** Percent-encodes UTF-8 bytes (a lone surrogate becomes U+FFFD, as in any UTF-8 encoder). */
export const percentEncode = (bytes: Uint8Array | string): string =>
  [...(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes)]
    .map((b) => (UNRESERVED.test(String.fromCharCode(b)) && b < 128 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');

/** Request lines over Node's 16 KB header limit, for the 431 Node answers with. */
const oversized = fc.integer({ min: 17_000, max: 20_000 }).map((n) => 'a'.repeat(n));
/** One time in n the value, else undefined (fc.option's freq is the other way round: one time in n undefined). */
const rarely = <T>(n: number, arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
const randomBytes = fc.uint8Array({ minLength: 1, maxLength: 12 }).map(percentEncode);
const text = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }));

// "." and ".." are dot segments: the client resolves them away before sending, so they never reach the route.
const notDotSegment = (segment: string) => !/^(\.|%2e){1,2}$/i.test(segment);

function pathSegment(options: FuzzOptions, write: boolean): fc.Arbitrary<string> {
  const plain = write ? text : fc.oneof(fc.constantFrom(...options.knownIds), text);
  return fc
    .oneof(
      { weight: 12, arbitrary: plain.map(percentEncode) },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s !== '' && !options.knownIds.includes(s))).map(percentEncode) },
      { weight: 2, arbitrary: fc.constantFrom(...BAD_PERCENT_SEGMENTS) },
      { weight: 2, arbitrary: randomBytes },
      { weight: 1, arbitrary: fc.constant('a'.repeat(17_000)) },
    )
    .filter(notDotSegment);
}

function queryValue(schema: Schema, components: Components): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: validValue(schema, components).map((v) => percentEncode(String(v))) },
    { weight: 2, arbitrary: hostileValue.map((v) => percentEncode(typeof v === 'string' ? v : JSON.stringify(v))) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_PERCENT_SEGMENTS) },
    { weight: 1, arbitrary: randomBytes },
  );
}

function queryString(parameters: readonly Parameter[], components: Components): fc.Arbitrary<string> {
  const own = parameters
    .filter((p) => p.in === 'query')
    .map((p) =>
      fc.option(
        queryValue(p.schema, components).map((v) => `${p.name}=${v}`),
        { nil: undefined, freq: 3 },
      ),
    );
  const extra = fc.option(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.constantFrom('unknown', 'q[]', '__proto__', 'limit', ...parameters.map((p) => p.name)), queryValue({ type: 'string' }, components))
          .map(([k, v]) => `${percentEncode(k)}=${v}`),
      },
      { weight: 3, arbitrary: fc.constantFrom('&&&', '=', 'flag', '%zz=%zz', 'a=1&a=2') },
      { weight: 1, arbitrary: oversized.map((v) => `big=${v}`) },
    ),
    { nil: undefined, freq: 2 },
  ); // present half the time
  return fc.tuple(fc.tuple(...own), extra).map(([pairs, more]) => {
    const parts = [...pairs, more].filter((p): p is string => p !== undefined);
    return parts.length ? `?${parts.join('&')}` : '';
  });
}

/** What a drawn value reads as once sent: its DEEP_NESTING_MARKs are arrays, not strings. */
const withoutDeepNesting = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replaceAll(JSON.stringify(DEEP_NESTING_MARK), '[[]]'));

const parsesTo = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return Symbol('not JSON');
  }
};

function body(schema: Schema, components: Components, write: boolean, options: FuzzOptions): fc.Arbitrary<string> {
  // A write is sent only with a body the schema refuses (checked before deep nesting is written out).
  const refused = (value: unknown) => !(write && options.isValidBody?.(value));
  const mostlyValid = fc
    .tuple(mostlyValidValue(schema, components), fc.integer({ min: 100, max: 20_000 }))
    .filter(([value]) => value !== undefined && refused(withoutDeepNesting(value)))
    .map(([value, depth]) => toJsonText(value, depth));
  // Over every body limit; a text that is a list and an unknown kind keep it from being a valid write.
  const huge = fc.integer({ min: 101_000, max: 120_000 }).map((n) => `{"query":"${'x'.repeat(n)}","name":"x","kind":"none","text":["${'y'.repeat(n)}"]}`);
  return fc.oneof(
    ...(write ? [] : [{ weight: 3, arbitrary: validValue(schema, components).map((v) => toJsonText(v)) }]),
    { weight: 8, arbitrary: mostlyValid },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_BODIES.filter((text) => refused(parsesTo(text)))) },
    { weight: 1, arbitrary: huge },
  );
}

export function requestsFor(method: string, template: string, operation: FuzzOperation, components: Components, options: FuzzOptions): fc.Arbitrary<FuzzRequest> {
  const write = operation['x-write'] === true;
  const parameters = operation.parameters ?? [];
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const segments = fc.tuple(...names.map(() => pathSegment(options, write)));
  const schema = operation.requestBody?.content['application/json'].schema;
  // Mostly plain requests: one in six from another origin, one in twenty with an oversized header.
  const headers = fc.record({
    'content-type': fc.constantFrom(...CONTENT_TYPES),
    origin: rarely(6, fc.constantFrom('http://evil.example', 'null')),
    'x-fuzz': rarely(40, oversized),
  });
  return fc
    .tuple(segments, queryString(parameters, components), schema ? body(schema, components, write, options) : fc.constant(undefined), headers)
    .map(([values, query, data, h]) => {
      let i = 0;
      const path = template.replace(/\{\w+\}/g, () => values[i++] as string);
      const sent = Object.fromEntries(Object.entries(h).filter(([k, v]) => v !== undefined && (k !== 'content-type' || data !== undefined))) as Record<string, string>;
      return { method: method.toUpperCase(), url: `${path}${query}`, headers: sent, ...(data === undefined ? {} : { body: data }) };
    });
}
