/** JSON Schemas (OpenAPI 3.1 = JSON Schema 2020-12) for the API's bodies. Referenced as #/components/schemas/<name>. */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const num = { type: 'number' };
const int = { type: 'integer' };
const strings = { type: 'array', items: str };

export { ref };

/** error.code for each error status; the route wrapper and lib/errors.ts use these names. */
export const ERROR_CODES = {
  '400': ['bad_input', 'query_refused'],
  '401': ['unauthorized'],
  '403': ['forbidden'],
  '404': ['not_found'],
  '413': ['too_large'],
  '415': ['unsupported_media_type'],
  '429': ['too_many_requests'],
  '500': ['internal'],
  '503': ['database_unavailable', 'service_unavailable'],
} as const;

export const SCHEMAS = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', enum: Object.values(ERROR_CODES).flat() },
          message: { type: 'string', description: 'Safe to show users; says what was wrong and how to fix it' },
          position: { type: 'object', description: 'Where a Cypher error is, in the submitted query', properties: { line: int, column: int, offset: int } },
        },
      },
    },
  },
  EntitySummary: {
    type: 'object',
    required: ['id', 'name', 'type', 'degree', 'articleCount'],
    properties: { id: str, name: str, type: { type: 'string', enum: ['Person', 'Organization', 'Location', 'Event', 'Document', 'Topic'] }, degree: int, articleCount: int },
  },
  RelationSummary: {
    type: 'object',
    required: ['id', 'type', 'source', 'target', 'confidence', 'evidenceCount'],
    properties: { id: str, type: str, source: str, target: str, confidence: num, evidenceCount: int },
  },
  EntityDetail: {
    type: 'object',
    required: ['id', 'name', 'type', 'aliases', 'articles', 'relations'],
    properties: { id: str, name: str, type: str, aliases: strings, articles: { type: 'array' }, relations: { type: 'array' } },
  },
  SearchPage: {
    type: 'object',
    required: ['results', 'nextCursor'],
    properties: {
      results: { type: 'array', items: { type: 'object', required: ['id', 'name', 'type'], properties: { id: str, name: str, type: str, matched: str, score: num } } },
      nextCursor: { type: ['string', 'null'] },
    },
  },
  Neighbourhood: {
    type: 'object',
    required: ['nodes', 'edges', 'groups'],
    properties: {
      nodes: { type: 'array', items: ref('EntitySummary') },
      edges: { type: 'array', items: ref('RelationSummary') },
      groups: {
        type: 'array',
        items: {
          type: 'object',
          required: ['relType', 'total', 'returned', 'nextCursor'],
          properties: { relType: str, total: int, returned: int, nextCursor: { type: ['string', 'null'] } },
        },
      },
    },
  },
  Paths: {
    type: 'object',
    required: ['paths'],
    properties: {
      paths: {
        type: 'array',
        items: { type: 'object', required: ['nodes', 'edges'], properties: { nodes: { type: 'array', items: ref('EntitySummary') }, edges: { type: 'array' } } },
      },
    },
  },
  FilterState: {
    type: 'object',
    description: 'Empty lists mean "any". Types must be among the entity and relation types of the model present in the database.',
    properties: {
      entityTypes: { type: 'array', items: { type: 'string', examples: ['Person', 'Organization', 'Location'] } },
      relationTypes: { type: 'array', items: { type: 'string', examples: ['MET_WITH', 'LEADS', 'CO_MENTIONED'] } },
      hideCoMentioned: { type: 'boolean' },
      articleIds: strings,
      sources: strings,
      languages: { type: 'array', items: { type: 'string', enum: ['fr', 'en'] } },
      publishedFrom: { type: 'string', format: 'date' },
      publishedTo: { type: 'string', format: 'date' },
      minDegree: { type: 'integer', minimum: 0 },
      minConfidence: { type: 'number', minimum: 0, maximum: 1 },
      text: { type: 'string', maxLength: 200 },
      withinIds: strings,
      limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500 },
    },
  },
  FilterResult: {
    type: 'object',
    required: ['matches', 'nodes', 'edges', 'truncated', 'cypher', 'params'],
    properties: {
      matches: int,
      nodes: { type: 'array', items: ref('EntitySummary') },
      edges: { type: 'array', items: ref('RelationSummary') },
      truncated: { type: 'boolean' },
      cypher: str,
      params: { type: 'object' },
    },
  },
  FilterFacets: {
    type: 'object',
    required: ['entityTypes', 'relationTypes', 'sources', 'languages', 'articles', 'dates'],
    properties: {
      entityTypes: strings,
      relationTypes: strings,
      sources: strings,
      languages: strings,
      articles: { type: 'array' },
      dates: { type: 'array', items: { type: 'object', required: ['date', 'count'], properties: { date: str, count: int } } },
    },
  },
  CypherRequest: {
    type: 'object',
    required: ['query'],
    properties: {
      query: {
        type: 'string',
        maxLength: 10000,
        examples: [
          'MATCH (e:Entity) RETURN e.name AS name LIMIT 5',
          'MATCH (e:Entity {id: $id})--(n) RETURN n',
          'RETURN $x AS x',
          'MATCH p = (:Person)-[*1..2]-(:Organization) RETURN p LIMIT 3',
        ],
      },
      params: { type: 'object' },
      timeoutMs: { type: 'integer', description: 'Lower than CYPHER_TIMEOUT_MS only' },
      rowCap: { type: 'integer', description: 'Lower than CYPHER_ROW_CAP only' },
    },
  },
  CypherResult: {
    type: 'object',
    required: ['columns', 'rows', 'truncated', 'rowCap', 'timeoutMs', 'elapsedMs'],
    properties: {
      columns: strings,
      rows: { type: 'array', items: { type: 'array' }, description: "Values as JSON; nodes, relationships and paths are objects with '@type': 'node' | 'relationship' | 'path'" },
      truncated: { type: 'boolean' },
      rowCap: int,
      timeoutMs: int,
      elapsedMs: int,
    },
  },
  SavedQuery: {
    type: 'object',
    required: ['id', 'name', 'kind', 'body', 'createdAt'],
    properties: { id: str, name: str, kind: { type: 'string', enum: ['filter', 'cypher'] }, body: { type: 'object' }, createdAt: str, example: { type: 'boolean' } },
  },
  NewSavedQuery: {
    type: 'object',
    required: ['name', 'kind', 'body'],
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 120 },
      kind: { type: 'string', enum: ['filter', 'cypher'] },
      body: { type: 'object', description: 'A FilterState, or { query, params }' },
    },
  },
  Article: {
    type: 'object',
    required: ['id', 'title', 'language', 'source', 'text'],
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,120}$' },
      title: { type: 'string', minLength: 1, maxLength: 500 },
      publishedAt: { type: 'string', format: 'date', description: 'Absent when the date is unknown' },
      language: { type: 'string', enum: ['fr', 'en'] },
      source: { type: 'string', minLength: 1, maxLength: 200 },
      url: { type: 'string', format: 'uri' },
      text: { type: 'string', minLength: 1 },
    },
  },
  ArticleDetail: {
    type: 'object',
    required: ['id', 'title', 'publishedAt', 'language', 'source', 'text', 'mentions', 'relations'],
    properties: {
      id: str,
      title: str,
      publishedAt: { type: ['string', 'null'], description: 'null when the date is unknown' },
      language: str,
      source: str,
      text: str,
      mentions: { type: 'array' },
      relations: { type: 'array' },
    },
  },
  IngestRequest: {
    oneOf: [
      {
        type: 'object',
        required: ['article', 'extraction'],
        properties: {
          article: ref('Article'),
          extraction: { type: 'object', description: '{ language, entities[], relations[] } with spans into article.text (see lib/model.ts)' },
        },
      },
      {
        type: 'object',
        required: ['text'],
        description: 'A raw article: extracted and resolved against the graph like the ingest page',
        properties: {
          text: { type: 'string' },
          title: { type: 'string', maxLength: 500 },
          publishedAt: { type: 'string', format: 'date' },
          source: { type: 'string', maxLength: 200 },
          url: { type: 'string', format: 'uri' },
          language: { type: 'string', enum: ['fr', 'en'] },
        },
      },
    ],
  },
  LoadResult: {
    type: 'object',
    required: ['result'],
    properties: { result: { anyOf: [ref('LoadSummary'), ref('IngestSummary')] } },
  },
  LoadSummary: {
    type: 'object',
    description: 'The answer to { article, extraction }: how many entities and relations were written',
    required: ['articleId', 'status', 'entities', 'relations'],
    properties: { articleId: str, status: { type: 'string', enum: ['added', 'updated', 'unchanged'] }, entities: int, relations: int },
  },
  IngestSummary: {
    type: 'object',
    description: 'The answer to a raw article: what was extracted, and which entities merged into stored ones',
    required: ['articleId', 'status', 'title', 'message', 'entities', 'relations'],
    properties: {
      articleId: str,
      status: { type: 'string', enum: ['added', 'updated', 'unchanged'] },
      title: str,
      message: str,
      relations: int,
      entities: {
        type: 'array',
        items: { type: 'object', required: ['id', 'name', 'type', 'merged'], properties: { id: str, name: str, type: str, merged: { type: 'boolean' } } },
      },
    },
  },
} as const;
