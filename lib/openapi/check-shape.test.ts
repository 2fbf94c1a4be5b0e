import { describe, expect, it } from 'vitest';
import { checkShape } from './check-shape';
import { OPENAPI_DOCUMENT } from './document';

const root = OPENAPI_DOCUMENT as unknown as { components: { schemas: Record<string, unknown> } };

describe('checkShape', () => {
  it('accepts a matching error body and names what is wrong in a drifted one', () => {
    expect(checkShape({ error: { code: 'not_found', message: 'x' } }, { $ref: '#/components/schemas/Error' }, root)).toEqual([]);
    expect(checkShape({ error: { code: 'oops' } }, { $ref: '#/components/schemas/Error' }, root)).toEqual([
      '$.error.message: missing',
      '$.error.code: "oops" is not one of bad_input, not_found, too_large, query_refused, unauthorized, database_unavailable, internal',
    ]);
  });

  it('checks items, integers and nullable types', () => {
    const schema = { type: 'object', required: ['n', 'c'], properties: { n: { type: 'array', items: { type: 'integer' } }, c: { type: ['string', 'null'] } } };
    expect(checkShape({ n: [1, 2], c: null }, schema, root)).toEqual([]);
    expect(checkShape({ n: [1.5], c: 3 }, schema, root)).toHaveLength(2);
  });

  it('every operation in the document has a succeeding and a failing example', () => {
    for (const [path, item] of Object.entries(OPENAPI_DOCUMENT.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const statuses = (op as { 'x-examples': Array<{ status: number }> })['x-examples'].map((e) => e.status);
        expect(statuses.some((s) => s < 300), `${method} ${path}`).toBe(true);
        if (path !== '/api/health' && !(method === 'get' && ['/api/filter', '/api/saved-queries'].includes(path))) {
          expect(statuses.some((s) => s >= 400), `${method} ${path}`).toBe(true);
        }
      }
    }
  });
});
