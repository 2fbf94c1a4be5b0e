import { ERROR_CODES, ref } from './schemas';

/**
 * The error responses every operation can give besides its own, as reusable components. They come from the
 * shared route wrapper (token, origin, host, content type, body limit, decoding, concurrency, error mapping)
 * and from Node itself (431), so each operation lists those that apply to it through `standardErrors`.
 */
type Status = keyof typeof ERROR_CODES;

/** The one error body, with error.code narrowed to the codes that status can carry. */
const errorBody = (status: Status) => ({
  allOf: [ref('Error'), { type: 'object', properties: { error: { type: 'object', properties: { code: { enum: ERROR_CODES[status] } } } } }],
});
const errorResponse = (status: Status, description: string) => ({ description, content: { 'application/json': { schema: errorBody(status) } } });

export const RESPONSES = {
  BadInput: errorResponse('400', 'Invalid input (the message names every bad field), malformed percent-encoding in the URL, or a body that is not JSON'),
  Unauthorized: errorResponse('401', 'The write token is missing or wrong: send "Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>"'),
  Forbidden: errorResponse('403', 'The Host header is not one this server answers to, or a write came from another origin'),
  NotFound: errorResponse('404', 'Nothing with this id'),
  TooLarge: errorResponse('413', 'The request body is larger than this operation accepts'),
  UnsupportedMediaType: errorResponse('415', 'The request body was sent with a Content-Type other than application/json'),
  TooManyRequests: errorResponse('429', 'Too many of these requests are running at once; retry after a moment'),
  HeadersTooLarge: { description: 'The request line or headers are larger than Node accepts (16 KB by default); Node answers before the app, with no body' },
  Internal: errorResponse('500', 'An unexpected error; it has been logged on the server'),
  Unavailable: errorResponse('503', 'Neo4j (or another service the operation needs) is unavailable; the message says how to fix it'),
} as const;

const refTo = (name: keyof typeof RESPONSES, description?: string) => ({ $ref: `#/components/responses/${name}`, ...(description ? { description } : {}) });

export type ErrorOptions = {
  /** Takes path or query parameters, or a body: bad values and bad percent-encoding are a 400. */
  input?: boolean;
  /** Takes a JSON body: too large is a 413, another content type a 415. */
  body?: boolean;
  /** Changes the graph: needs the write token (401) and a same-origin request (403). */
  write?: boolean;
  /** Concurrency-limited (the Cypher console): 429. */
  limited?: boolean;
  /** Descriptions specific to this operation, e.g. { '404': 'No such entity' }. */
  describe?: Partial<Record<'400' | '404' | '413', string>>;
};

/** The error responses of one operation; 403, 431, 500 and 503 apply to every operation. */
export function standardErrors(options: ErrorOptions): Record<string, object> {
  const { input, body, write, limited, describe = {} } = options;
  return {
    ...(input || body ? { '400': refTo('BadInput', describe['400']) } : {}),
    ...(write ? { '401': refTo('Unauthorized') } : {}),
    '403': refTo('Forbidden'),
    ...(describe['404'] ? { '404': refTo('NotFound', describe['404']) } : {}),
    ...(body ? { '413': refTo('TooLarge', describe['413']), '415': refTo('UnsupportedMediaType') } : {}),
    ...(limited ? { '429': refTo('TooManyRequests') } : {}),
    '431': refTo('HeadersTooLarge'),
    '500': refTo('Internal'),
    '503': refTo('Unavailable'),
  };
}
