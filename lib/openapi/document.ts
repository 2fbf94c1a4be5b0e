import { ref, SCHEMAS } from './schemas';
import { RESPONSES, standardErrors as errors } from './responses';
import { CONTRACT_ARTICLE, type ApiExample } from './examples';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: object) => ({ description, ...json(schema) });
const pathId = (description: string) => ({ name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1 }, description });
const query = (name: string, schema: object, description: string, required = false) => ({ name, in: 'query', required, schema, description });
/** Reads are open: an empty security list says so explicitly. */
const READ = { security: [] };
const WRITE = { security: [{ writeToken: [] }], 'x-write': true };
const examples = (list: ApiExample[]) => ({ 'x-examples': list });

/** The OpenAPI 3.1 description of newsgraph's JSON API, served at /api/openapi.json and checked by e2e/api-contract.spec.ts. */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'newsgraph API',
    version: '0.1.0',
    license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    description:
      'Read and change the news knowledge graph. Reads are open. When NEWSGRAPH_WRITE_TOKEN is set, writes need "Authorization: Bearer <token>". Errors are { error: { code, message } }.',
  },
  servers: [{ url: '/' }],
  components: { schemas: SCHEMAS, responses: RESPONSES, securitySchemes: { writeToken: { type: 'http', scheme: 'bearer', description: 'NEWSGRAPH_WRITE_TOKEN' } } },
  paths: {
    '/api/health': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness and database reachability',
        ...READ,
        responses: {
          '200': ok('Up', {
            type: 'object',
            required: ['ok', 'database', 'articles', 'entities'],
            properties: { ok: { type: 'boolean' }, database: { type: 'string', enum: ['up'] }, articles: { type: 'integer' }, entities: { type: 'integer' } },
          }),
          ...errors({}),
        },
        ...examples([{ name: 'up', status: 200 }]),
      },
    },
    '/api/entities': {
      get: {
        operationId: 'searchEntities',
        summary: 'Full-text search over entity names and aliases (accent- and case-insensitive), cursor-paginated',
        ...READ,
        'x-provided-by': 'explorer',
        parameters: [
          query('q', { type: 'string', minLength: 1, maxLength: 200 }, 'What to search for', true),
          query('type', { type: 'string', enum: ['Person', 'Organization', 'Location', 'Event', 'Document', 'Topic'] }, 'Only this entity type'),
          query('limit', { type: 'integer', minimum: 1, maximum: 50, default: 10 }, 'Page size'),
          query('cursor', { type: 'string', maxLength: 20 }, 'nextCursor of the previous page'),
        ],
        responses: { '200': ok('A page of matches', ref('SearchPage')), ...errors({ input: true }) },
        ...examples([
          { name: 'search', query: { q: 'unodc' }, status: 200 },
          { name: 'missing q', status: 400 },
          { name: 'bad type', query: { q: 'x', type: 'Planet' }, status: 400 },
        ]),
      },
    },
    '/api/entities/{id}': {
      get: {
        operationId: 'getEntity',
        summary: 'An entity with aliases, articles and relations with evidence',
        ...READ,
        parameters: [pathId('Entity id, e.g. org-unodc')],
        responses: {
          '200': ok('The entity', { type: 'object', required: ['entity'], properties: { entity: ref('EntityDetail') } }),
          ...errors({ input: true, describe: { '404': 'No such entity' } }),
        },
        ...examples([
          { name: 'found', path: { id: 'org-unodc' }, status: 200 },
          { name: 'unknown', path: { id: 'org-nope' }, status: 404 },
        ]),
      },
    },
    '/api/entities/{id}/neighbors': {
      get: {
        operationId: 'getNeighbours',
        summary: 'Neighbours grouped and capped per relation type, cursor-paginated per type',
        ...READ,
        'x-provided-by': 'explorer',
        parameters: [
          pathId('Entity id'),
          query('relType', { type: 'string' }, 'Only this relation type'),
          query('limit', { type: 'integer', minimum: 1, maximum: 200, default: 25 }, 'Per type'),
          query('cursor', { type: 'string', maxLength: 20 }, 'nextCursor of a group'),
        ],
        responses: { '200': ok('Neighbourhood', ref('Neighbourhood')), ...errors({ input: true, describe: { '404': 'No such entity' } }) },
        ...examples([
          { name: 'neighbours', path: { id: 'org-unodc' }, status: 200 },
          { name: 'bad relType', path: { id: 'org-unodc' }, query: { relType: 'HACKS' }, status: 400 },
        ]),
      },
    },
    '/api/paths': {
      get: {
        operationId: 'findPaths',
        summary: 'Shortest paths between two entities over typed relations, each hop with its evidence',
        ...READ,
        'x-provided-by': 'explorer',
        parameters: [
          query('from', { type: 'string', minLength: 1, maxLength: 200 }, 'Entity id', true),
          query('to', { type: 'string', minLength: 1, maxLength: 200 }, 'Entity id', true),
          query('maxHops', { type: 'integer', minimum: 1 }, 'At most this many hops'),
        ],
        responses: { '200': ok('Paths', ref('Paths')), ...errors({ input: true }) },
        ...examples([
          { name: 'path', query: { from: 'person-yury-fedotov', to: 'org-united-nations' }, status: 200 },
          { name: 'missing to', query: { from: 'org-unodc' }, status: 400 },
        ]),
      },
    },
    '/api/timeline': {
      get: {
        operationId: 'getTimeline',
        summary: "An entity's mentions and relation evidence, or the evidence between two entities, dated by article",
        ...READ,
        'x-provided-by': 'timeline',
        parameters: [
          query('entity', { type: 'string', minLength: 1, maxLength: 200 }, 'Entity id (or give from and to)'),
          query('from', { type: 'string', minLength: 1, maxLength: 200 }, 'One end of the relation'),
          query('to', { type: 'string', minLength: 1, maxLength: 200 }, 'The other end'),
          query('type', { type: 'string' }, 'Only this relation type'),
        ],
        responses: {
          '200': ok('Items oldest first, undated (publishedAt null) last', {
            type: 'object',
            required: ['timeline'],
            properties: {
              timeline: {
                type: 'object',
                required: ['subject', 'items', 'truncated'],
                properties: { subject: { type: 'object' }, items: { type: 'array' }, truncated: { type: 'boolean' } },
              },
            },
          }),
          ...errors({ input: true, describe: { '404': 'No such entity' } }),
        },
        ...examples([
          { name: 'entity', query: { entity: 'org-unodc' }, status: 200 },
          { name: 'relation', query: { from: 'person-yury-fedotov', to: 'org-unodc' }, status: 200 },
          { name: 'unknown', query: { entity: 'org-nope' }, status: 404 },
          { name: 'neither', status: 400 },
          { name: 'bad type', query: { from: 'org-unodc', to: 'person-yury-fedotov', type: 'LOVES' }, status: 400 },
        ]),
      },
    },
    '/api/filter': {
      get: {
        operationId: 'getFilterFacets',
        summary: 'What the filter panel offers: types, sources, languages, articles, article dates',
        ...READ,
        responses: { '200': ok('Facets', ref('FilterFacets')), ...errors({}) },
        ...examples([{ name: 'facets', status: 200 }]),
      },
      post: {
        operationId: 'runFilter',
        summary: 'Runs a filter (compiled to one parameterised Cypher query) and returns the elements and the Cypher used',
        ...READ,
        requestBody: {
          required: true,
          ...json({ type: 'object', required: ['filter'], properties: { filter: ref('FilterState'), countOnly: { type: 'boolean', description: 'Only count the matches' } } }),
        },
        responses: { '200': ok('Matches', ref('FilterResult')), ...errors({ body: true }) },
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
        operationId: 'runCypher',
        summary: 'Read-only Cypher: refused unless EXPLAIN says read-only and every procedure is whitelisted; timeout and row cap',
        ...READ,
        requestBody: { required: true, ...json(ref('CypherRequest')) },
        responses: {
          '200': ok('Rows (truncated: true when cut at the row cap)', ref('CypherResult')),
          ...errors({
            body: true,
            limited: true,
            describe: { '400': 'Refused, invalid, or timed out (error.position for syntax errors)', '413': 'Query over 10 KB, parameters over 100 KB, or a body over 150 KB' },
          }),
        },
        ...examples([
          { name: 'read', body: { query: 'MATCH (e:Entity {id: $id}) RETURN e', params: { id: 'org-unodc' } }, status: 200 },
          { name: 'write refused', body: { query: 'CREATE (n:Hack) RETURN n' }, status: 400 },
          { name: 'syntax error', body: { query: 'MATCH (n RETURN n' }, status: 400 },
          { name: 'too large', body: { query: `RETURN 1 ${' '.repeat(11_000)}` }, status: 413 },
        ]),
      },
    },
    '/api/saved-queries': {
      get: {
        operationId: 'listSavedQueries',
        summary: 'Saved views (filters and Cypher queries), examples first',
        ...READ,
        responses: { '200': ok('List', { type: 'object', required: ['savedQueries'], properties: { savedQueries: { type: 'array', items: ref('SavedQuery') } } }), ...errors({}) },
        ...examples([{ name: 'list', status: 200 }]),
      },
      post: {
        operationId: 'saveQuery',
        summary: 'Saves a filter or a Cypher query under a name',
        ...WRITE,
        requestBody: { required: true, ...json(ref('NewSavedQuery')) },
        responses: { '201': ok('Saved', { type: 'object', required: ['savedQuery'], properties: { savedQuery: ref('SavedQuery') } }), ...errors({ body: true, write: true }) },
        ...examples([
          {
            name: 'save',
            body: { name: 'Contract test view', kind: 'cypher', body: { query: 'MATCH (e:Entity) RETURN e LIMIT 5', params: {} } },
            status: 201,
            capture: { savedQueryId: 'savedQuery.id' },
          },
          { name: 'bad kind', body: { name: 'x', kind: 'script', body: {} }, status: 400 },
        ]),
      },
    },
    '/api/saved-queries/{id}': {
      get: {
        operationId: 'getSavedQuery',
        summary: 'One saved view',
        ...READ,
        parameters: [pathId('Saved query id')],
        responses: {
          '200': ok('Saved view', { type: 'object', required: ['savedQuery'], properties: { savedQuery: ref('SavedQuery') } }),
          ...errors({ input: true, describe: { '404': 'No such saved query' } }),
        },
        ...examples([
          { name: 'example', path: { id: 'example-organisations-linked-to-unodc' }, status: 200 },
          { name: 'unknown', path: { id: 'nope' }, status: 404 },
        ]),
      },
      delete: {
        operationId: 'deleteSavedQuery',
        summary: 'Deletes a saved view',
        ...WRITE,
        parameters: [pathId('Saved query id')],
        responses: { '204': { description: 'Deleted' }, ...errors({ input: true, write: true, describe: { '404': 'No such saved query' } }) },
        ...examples([
          { name: 'delete', path: { id: '$savedQueryId' }, status: 204 },
          { name: 'again', path: { id: '$savedQueryId' }, status: 404 },
        ]),
      },
    },
    '/api/articles': {
      post: {
        operationId: 'ingestArticle',
        summary: 'Ingests an article (raw, or with its extraction) in one transaction; the same article twice changes nothing',
        ...WRITE,
        requestBody: { required: true, ...json(ref('IngestRequest')) },
        responses: {
          '201': ok('Added', ref('LoadResult')),
          '200': ok('Updated or unchanged', ref('LoadResult')),
          ...errors({
            body: true,
            write: true,
            describe: {
              '400': 'Invalid article or extraction, a span outside the text, an empty text or an unsupported language',
              '413': 'Article text over MAX_ARTICLE_BYTES, or a body over three times that',
            },
          }),
        },
        ...examples([
          { name: 'ingest', body: CONTRACT_ARTICLE, status: 201 },
          { name: 'same again', body: CONTRACT_ARTICLE, status: 200 },
          {
            name: 'span outside the text',
            body: {
              ...CONTRACT_ARTICLE,
              extraction: {
                ...CONTRACT_ARTICLE.extraction,
                relations: [],
                entities: [{ ...CONTRACT_ARTICLE.extraction.entities[0], mentions: [{ start: 0, end: 5, text: 'Wrong' }] }],
              },
            },
            status: 400,
          },
        ]),
      },
    },
    '/api/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'An article with its mentions and the relations drawn from it',
        ...READ,
        parameters: [pathId('Article id')],
        responses: {
          '200': ok('The article', { type: 'object', required: ['article'], properties: { article: ref('ArticleDetail') } }),
          ...errors({ input: true, describe: { '404': 'No such article' } }),
        },
        ...examples([
          { name: 'found', path: { id: 'contract-test-article' }, status: 200 },
          { name: 'unknown', path: { id: 'no-such-article' }, status: 404 },
        ]),
      },
      delete: {
        operationId: 'removeArticle',
        summary: 'Removes an article and whatever only it supported',
        ...WRITE,
        parameters: [pathId('Article id')],
        responses: { '204': { description: 'Removed' }, ...errors({ input: true, write: true, describe: { '404': 'No such article' } }) },
        ...examples([
          { name: 'remove', path: { id: 'contract-test-article' }, status: 204 },
          { name: 'again', path: { id: 'contract-test-article' }, status: 404 },
        ]),
      },
    },
  },
} as const;
