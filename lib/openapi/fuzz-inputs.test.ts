import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT } from './document';
import { mostlyValidValue, validValue, type Schema } from './fuzz-inputs';
import { percentEncode, requestsFor, type FuzzOperation } from './fuzz-requests';
import { createSchemaTest, type ContractDocument } from './response-check';

const doc = OPENAPI_DOCUMENT as unknown as ContractDocument & { paths: Record<string, Record<string, FuzzOperation>> };
const components = doc.components.schemas;
const operations = Object.entries(doc.paths).flatMap(([template, item]) => Object.entries(item).map(([method, op]) => ({ template, method, op })));
const bodySchemas = operations.flatMap(({ template, method, op }) =>
  op.requestBody ? [{ label: `${method} ${template}`, schema: op.requestBody.content['application/json'].schema }] : [],
);
const KNOWN = ['org-unodc', 'example-organisations-linked-to-unodc'];

describe('fuzz inputs from the document', () => {
  it.each(bodySchemas)('validValue only draws bodies the schema of $label accepts', ({ schema }) => {
    const accepts = createSchemaTest(doc, schema);
    fc.assert(
      fc.property(validValue(schema as Schema, components), (value) => accepts(value)),
      { numRuns: 60 },
    );
  });

  it('validValue draws query values each parameter schema accepts', () => {
    for (const { op } of operations) {
      for (const parameter of (op.parameters ?? []).filter((p) => p.in === 'query')) {
        const accepts = createSchemaTest(doc, parameter.schema);
        fc.assert(
          fc.property(validValue(parameter.schema, components), (value) => accepts(value)),
          { numRuns: 25 },
        );
      }
    }
  });

  it.each(bodySchemas)('mostlyValidValue draws both accepted and refused bodies for $label', ({ schema }) => {
    const accepts = createSchemaTest(doc, schema);
    const verdicts = new Set(fc.sample(mostlyValidValue(schema as Schema, components), { numRuns: 300, seed: 1 }).map((v) => accepts(v)));
    expect(verdicts).toEqual(new Set([true, false]));
  });

  it('percentEncode writes UTF-8 bytes, a lone surrogate as U+FFFD', () => {
    expect(percentEncode('a é/?')).toBe('a%20%C3%A9%2F%3F');
    expect(percentEncode('\ud800')).toBe('%EF%BF%BD');
    expect(percentEncode(new Uint8Array([0xe0, 0xa4]))).toBe('%E0%A4');
  });

  it('write requests carry only bodies the schema refuses and never name a known id', () => {
    for (const { template, method, op } of operations.filter((o) => o.op['x-write'])) {
      const schema = op.requestBody?.content['application/json'].schema;
      const accepts = schema ? createSchemaTest(doc, schema) : () => false;
      for (const request of fc.sample(requestsFor(method, template, op, components, { knownIds: KNOWN, isValidBody: accepts }), { numRuns: 100, seed: 2 })) {
        if (request.body !== undefined) {
          let parsed: unknown = Symbol('not JSON');
          try {
            parsed = JSON.parse(request.body);
          } catch {
            /* not JSON: refused by any schema */
          }
          expect(accepts(parsed), `${method} ${template}: ${request.body.slice(0, 200)}`).toBe(false);
        }
        for (const id of KNOWN) expect(request.url.split('?')[0]).not.toContain(id);
      }
    }
  });

  it('read requests reach known ids, hostile segments and dot-free paths', () => {
    const op = doc.paths['/api/entities/{id}']!.get!;
    const urls = fc.sample(requestsFor('get', '/api/entities/{id}', op, components, { knownIds: KNOWN }), { numRuns: 300, seed: 3 }).map((r) => r.url);
    expect(urls).toContain('/api/entities/org-unodc');
    expect(urls.some((u) => u.includes('%E0%A4%A') || /%[89A-F][0-9A-F]$/.test(u))).toBe(true);
    expect(urls.every((u) => !/\/(\.|%2e){1,2}(\/|$|\?)/i.test(u))).toBe(true);
  });
});
