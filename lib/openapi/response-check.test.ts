import { describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT } from './document';
import { createResponseChecker, type ContractDocument } from './response-check';

const doc = OPENAPI_DOCUMENT as unknown as ContractDocument;
const check = createResponseChecker(doc);
const JSON_TYPE = 'application/json; charset=utf-8';
const error = (code: string) => JSON.stringify({ error: { code, message: 'x' } });

describe('createResponseChecker', () => {
  it('accepts a documented error and names a code that does not belong to the status', () => {
    expect(check({ method: 'get', template: '/api/entities/{id}', status: 404, contentType: JSON_TYPE, text: error('not_found') })).toEqual([]);
    const problems = check({ method: 'delete', template: '/api/articles/{id}', status: 401, contentType: JSON_TYPE, text: error('not_found') });
    expect(problems.join('\n')).toMatch(/\/error\/code must be equal to one of the allowed values/);
  });

  it('refuses statuses the operation does not document, HTML error pages and bodies where none is documented', () => {
    expect(check({ method: 'get', template: '/api/health', status: 404, contentType: JSON_TYPE, text: error('not_found') }).join()).toMatch(/not documented/);
    expect(check({ method: 'get', template: '/api/entities', status: 400, contentType: 'text/html', text: '<html>' }).join()).toMatch(/content-type text\/html/);
    expect(check({ method: 'delete', template: '/api/saved-queries/{id}', status: 204, contentType: undefined, text: 'x' }).join()).toMatch(/without a body/);
    expect(check({ method: 'get', template: '/api/paths', status: 431, contentType: undefined, text: '' })).toEqual([]);
  });

  it('accepts both answers of POST /api/articles (pre-extracted and raw text) and nothing in between', () => {
    const post = (result: unknown) => check({ method: 'post', template: '/api/articles', status: 201, contentType: JSON_TYPE, text: JSON.stringify({ result }) });
    expect(post({ articleId: 'a', status: 'added', entities: 2, relations: 1 })).toEqual([]);
    expect(post({ articleId: 'a', status: 'added', title: 't', message: 'm', entities: [{ id: 'org-x', name: 'X', type: 'Organization', merged: false }], relations: 0 })).toEqual(
      [],
    );
    expect(post({ articleId: 'a', status: 'added', entities: [{ id: 'org-x' }], relations: 0 })).not.toEqual([]);
  });

  it('every operation has a succeeding and a failing example, and every documented schema compiles', () => {
    for (const [path, item] of Object.entries(OPENAPI_DOCUMENT.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const statuses = (op as { 'x-examples': Array<{ status: number }> })['x-examples'].map((e) => e.status);
        expect(
          statuses.some((s) => s < 300),
          `${method} ${path}`,
        ).toBe(true);
        if (path !== '/api/health' && !(method === 'get' && ['/api/filter', '/api/saved-queries'].includes(path))) {
          expect(
            statuses.some((s) => s >= 400),
            `${method} ${path}`,
          ).toBe(true);
        }
        for (const status of Object.keys(op.responses)) {
          // An empty object matches no documented body except by accident; what matters is that ajv compiles it.
          expect(() => check({ method, template: path, status: Number(status), contentType: JSON_TYPE, text: '{}' }), `${method} ${path} ${status}`).not.toThrow();
        }
      }
    }
  });
});
