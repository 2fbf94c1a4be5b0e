import { ref, SCHEMAS } from './schemas';
import { CONTRACT_ARTICLE, type ApiExample } from './examples';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(ref('Error')) });
const ok = (description: string, schema: object) => ({ description, ...json(schema) });
const pathId = (description: string) => ({ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description });
const query = (name: string, schema: object, description: string, required = false) => ({ name, in: 'query', required, schema, description });
const COMMON_ERRORS = { '400': error('Invalid input; the message names every bad field'), '503': error('Neo4j is unavailable') };
const WRITE = { security: [{ writeToken: [] }], 'x-write': true };
const examples = (list: ApiExample[]) => ({ 'x-examples': list });

/** The OpenAPI 3.1 description of newsgraph's JSON API, served at /api/openapi.json and checked by e2e/api-contract.spec.ts. */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'newsgraph API',
    version: '0.1.0',
    description: 'Read and change the news knowledge graph. Reads are open. When NEWSGRAPH_WRITE_TOKEN is set, writes need "Authorization: Bearer <token>". Errors are { error: { code, message } }.',
  },
  servers: [{ url: '/' }],
  components: { schemas: SCHEMAS, securitySchemes: { writeToken: { type: 'http', scheme: 'bearer', description: 'NEWSGRAPH_WRITE_TOKEN' } } },
  paths: {
    '/api/health': {
      get: { summary: 'Liveness and database reachability', responses: { '200': ok('Up', { type: 'object', required: ['ok', 'articles', 'entities'], properties: { ok: { type: 'boolean' }, articles: { type: 'integer' }, entities: { type: 'integer' } } }), '503': error('Neo4j is unavailable') }, ...examples([{ name: 'up', status: 200 }]) },
    },
    '/api/entities': {
      get: {
        summary: 'Full-text search over entity names and aliases (accent- and case-insensitive), cursor-paginated',
        'x-provided-by': 'explorer',
        parameters: [query('q', { type: 'string', minLength: 1, maxLength: 200 }, 'What to search for', true), query('type', { type: 'string', enum: ['Person', 'Organization', 'Location', 'Event', 'Document', 'Topic'] }, 'Only this entity type'), query('limit', { type: 'integer', minimum: 1, maximum: 50, default: 10 }, 'Page size'), query('cursor', { type: 'string' }, 'nextCursor of the previous page')],
        responses: { '200': ok('A page of matches', ref('SearchPage')), ...COMMON_ERRORS },
        ...examples([{ name: 'search', query: { q: 'unodc' }, status: 200 }, { name: 'missing q', status: 400 }, { name: 'bad type', query: { q: 'x', type: 'Planet' }, status: 400 }]),
      },
    },
    '/api/entities/{id}': {
      get: { summary: 'An entity with aliases, articles and relations with evidence', parameters: [pathId('Entity id, e.g. org-unodc')], responses: { '200': ok('The entity', { type: 'object', required: ['entity'], properties: { entity: ref('EntityDetail') } }), '404': error('No such entity'), '503': error('Neo4j is unavailable') }, ...examples([{ name: 'found', path: { id: 'org-unodc' }, status: 200 }, { name: 'unknown', path: { id: 'org-nope' }, status: 404 }]) },
    },
    '/api/entities/{id}/neighbors': {
      get: {
        summary: 'Neighbours grouped and capped per relation type, cursor-paginated per type',
        'x-provided-by': 'explorer',
        parameters: [pathId('Entity id'), query('relType', { type: 'string' }, 'Only this relation type'), query('limit', { type: 'integer', minimum: 1, maximum: 200, default: 25 }, 'Per type'), query('cursor', { type: 'string' }, 'nextCursor of a group')],
        responses: { '200': ok('Neighbourhood', ref('Neighbourhood')), '404': error('No such entity'), ...COMMON_ERRORS },
        ...examples([{ name: 'neighbours', path: { id: 'org-unodc' }, status: 200 }, { name: 'bad relType', path: { id: 'org-unodc' }, query: { relType: 'HACKS' }, status: 400 }]),
      },
    },
    '/api/paths': {
      get: {
        summary: 'Shortest paths between two entities over typed relations, each hop with its evidence',
        'x-provided-by': 'explorer',
        parameters: [query('from', { type: 'string' }, 'Entity id', true), query('to', { type: 'string' }, 'Entity id', true), query('maxHops', { type: 'integer', minimum: 1 }, 'At most this many hops')],
        responses: { '200': ok('Paths', ref('Paths')), ...COMMON_ERRORS },
        ...examples([{ name: 'path', query: { from: 'person-yury-fedotov', to: 'org-united-nations' }, status: 200 }, { name: 'missing to', query: { from: 'org-unodc' }, status: 400 }]),
      },
    },
    '/api/filter': {
      get: { summary: 'What the filter panel offers: types, sources, languages, articles, article dates', responses: { '200': ok('Facets', ref('FilterFacets')), '503': error('Neo4j is unavailable') }, ...examples([{ name: 'facets', status: 200 }]) },
      post: {
        summary: 'Runs a filter (compiled to one parameterised Cypher query) and returns the elements and the Cypher used',
        requestBody: { required: true, ...json({ type: 'object', required: ['filter'], properties: { filter: ref('FilterState'), countOnly: { type: 'boolean', description: 'Only count the matches' } } }) },
        responses: { '200': ok('Matches', ref('FilterResult')), '413': error('Body too large'), ...COMMON_ERRORS },
        ...examples([
          { name: 'people', body: { filter: { entityTypes: ['Person'] } }, status: 200 },
          { name: 'count only', body: { filter: { minDegree: 2 }, countOnly: true }, status: 200 },
          { name: 'unknown type', body: { filter: { entityTypes: ['Planet'] } }, status: 400 },
          { name: 'not JSON', rawBody: '{filter', status: 400 },
        ]),
      },
    },
    '/api/cypher': {
      post: {
        summary: 'Read-only Cypher: refused unless EXPLAIN says read-only and every procedure is whitelisted; timeout and row cap',
        requestBody: { required: true, ...json(ref('CypherRequest')) },
        responses: { '200': ok('Rows (truncated: true when cut at the row cap)', ref('CypherResult')), '400': error('Refused, invalid, or timed out (error.position for syntax errors)'), '413': error('Query over 10 KB'), '503': error('Neo4j is unavailable') },
        ...examples([
          { name: 'read', body: { query: 'MATCH (e:Entity {id: $id}) RETURN e', params: { id: 'org-unodc' } }, status: 200 },
          { name: 'write refused', body: { query: 'CREATE (n:Hack) RETURN n' }, status: 400 },
          { name: 'syntax error', body: { query: 'MATCH (n RETURN n' }, status: 400 },
          { name: 'too large', body: { query: `RETURN 1 ${' '.repeat(11_000)}` }, status: 413 },
        ]),
      },
    },
    '/api/saved-queries': {
      get: { summary: 'Saved views (filters and Cypher queries), examples first', responses: { '200': ok('List', { type: 'object', required: ['savedQueries'], properties: { savedQueries: { type: 'array', items: ref('SavedQuery') } } }), '503': error('Neo4j is unavailable') }, ...examples([{ name: 'list', status: 200 }]) },
      post: {
        summary: 'Saves a filter or a Cypher query under a name',
        ...WRITE,
        requestBody: { required: true, ...json(ref('NewSavedQuery')) },
        responses: { '201': ok('Saved', { type: 'object', required: ['savedQuery'], properties: { savedQuery: ref('SavedQuery') } }), '401': error('Write token missing or wrong'), ...COMMON_ERRORS },
        ...examples([
          { name: 'save', body: { name: 'Contract test view', kind: 'cypher', body: { query: 'MATCH (e:Entity) RETURN e LIMIT 5', params: {} } }, status: 201, capture: { savedQueryId: 'savedQuery.id' } },
          { name: 'bad kind', body: { name: 'x', kind: 'script', body: {} }, status: 400 },
        ]),
      },
    },
    '/api/saved-queries/{id}': {
      get: { summary: 'One saved view', parameters: [pathId('Saved query id')], responses: { '200': ok('Saved view', { type: 'object', required: ['savedQuery'], properties: { savedQuery: ref('SavedQuery') } }), '404': error('No such saved query') }, ...examples([{ name: 'example', path: { id: 'example-organisations-linked-to-unodc' }, status: 200 }, { name: 'unknown', path: { id: 'nope' }, status: 404 }]) },
      delete: { summary: 'Deletes a saved view', ...WRITE, parameters: [pathId('Saved query id')], responses: { '204': { description: 'Deleted' }, '401': error('Write token missing or wrong'), '404': error('No such saved query') }, ...examples([{ name: 'delete', path: { id: '$savedQueryId' }, status: 204 }, { name: 'again', path: { id: '$savedQueryId' }, status: 404 }]) },
    },
    '/api/articles': {
      post: {
        summary: 'Ingests an article with its extraction, in one transaction; the same article twice changes nothing',
        ...WRITE,
        requestBody: { required: true, ...json(ref('IngestRequest')) },
        responses: { '201': ok('Added', ref('LoadResult')), '200': ok('Updated or unchanged', ref('LoadResult')), '401': error('Write token missing or wrong'), '413': error('Article text over MAX_ARTICLE_BYTES'), ...COMMON_ERRORS },
        ...examples([
          { name: 'ingest', body: CONTRACT_ARTICLE, status: 201 },
          { name: 'same again', body: CONTRACT_ARTICLE, status: 200 },
          { name: 'span outside the text', body: { ...CONTRACT_ARTICLE, extraction: { ...CONTRACT_ARTICLE.extraction, relations: [], entities: [{ ...CONTRACT_ARTICLE.extraction.entities[0], mentions: [{ start: 0, end: 5, text: 'Wrong' }] }] } }, status: 400 },
        ]),
      },
    },
    '/api/articles/{id}': {
      get: { summary: 'An article with its mentions and the relations drawn from it', parameters: [pathId('Article id')], responses: { '200': ok('The article', { type: 'object', required: ['article'], properties: { article: ref('ArticleDetail') } }), '404': error('No such article') }, ...examples([{ name: 'found', path: { id: 'contract-test-article' }, status: 200 }, { name: 'unknown', path: { id: 'no-such-article' }, status: 404 }]) },
      delete: { summary: 'Removes an article and whatever only it supported', ...WRITE, parameters: [pathId('Article id')], responses: { '204': { description: 'Removed' }, '401': error('Write token missing or wrong'), '404': error('No such article') }, ...examples([{ name: 'remove', path: { id: 'contract-test-article' }, status: 204 }, { name: 'again', path: { id: 'contract-test-article' }, status: 404 }]) },
    },
  },
} as const;
