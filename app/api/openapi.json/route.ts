import { OPENAPI_DOCUMENT } from '@/lib/openapi/document';
import { readRoute } from '@/lib/gate/api-route';

/** The OpenAPI 3.1 description of the JSON API. */
export const GET = readRoute({ name: 'GET /api/openapi.json' }, async () => OPENAPI_DOCUMENT);
