import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * Checks an HTTP response against the OpenAPI document: the status must be documented for the operation, a
 * documented body must be JSON matching its schema (JSON Schema 2020-12, via ajv), and a response documented
 * without a body must have none. Used by the contract spec and the contract fuzzer.
 */
type Schema = Record<string, unknown>;
type Response = { $ref?: string; description?: string; content?: { 'application/json'?: { schema: Schema } } };
export type ContractDocument = {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { schemas: Record<string, Schema>; responses?: Record<string, Response> };
};
export type Observed = { method: string; template: string; status: number; contentType: string | undefined; text: string };

const SCHEMA_REF = '#/components/schemas/';
const idOf = (name: string) => `urn:newsgraph:schema:${name}`;

/** Component refs point into the OpenAPI document, which is not a schema; give each component an id of its own. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith(SCHEMA_REF) ? idOf(v.slice(SCHEMA_REF.length)) : rewriteRefs(v)]),
  );
}

function createAjv(doc: ContractDocument): Ajv2020 {
  // strict: a misspelt keyword in the document is an error here, not a constraint silently not checked.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema({ ...(rewriteRefs(schema) as Schema), $id: idOf(name) });
  return ajv;
}

/** Whether a value is what a schema of the document (a request body's, say) accepts. */
export function createSchemaTest(doc: ContractDocument, schema: object): (value: unknown) => boolean {
  const validate = createAjv(doc).compile(rewriteRefs(schema) as Schema);
  return (value) => validate(value);
}

export function createResponseChecker(doc: ContractDocument): (observed: Observed) => string[] {
  const ajv = createAjv(doc);
  const compiled = new Map<string, ValidateFunction>();

  const resolve = (response: Response): Response => {
    if (!response.$ref) return response;
    const target = doc.components.responses?.[response.$ref.replace('#/components/responses/', '')];
    if (!target) throw new Error(`The document refers to ${response.$ref}, which it does not define.`);
    return target;
  };

  return ({ method, template, status, contentType, text }) => {
    const label = `${method.toUpperCase()} ${template} → ${status}`;
    const operation = doc.paths[template]?.[method.toLowerCase()];
    if (!operation) return [`${label}: no such operation in the document`];
    const documented = operation.responses[String(status)];
    if (!documented) return [`${label}: status not documented (documented: ${Object.keys(operation.responses).join(', ')}); body: ${text.slice(0, 200)}`];
    const schema = resolve(documented).content?.['application/json']?.schema;
    if (!schema) return text === '' ? [] : [`${label}: documented without a body, got ${JSON.stringify(text.slice(0, 120))}`];
    if (!contentType?.startsWith('application/json')) return [`${label}: content-type ${contentType ?? '(none)'}, documented application/json; body: ${text.slice(0, 200)}`];
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [`${label}: body is not JSON: ${text.slice(0, 200)}`];
    }
    const key = `${template} ${method} ${status}`;
    let validate = compiled.get(key);
    if (!validate) compiled.set(key, (validate = ajv.compile(rewriteRefs(schema) as Schema)));
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${label}: ${e.instancePath || '(body)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}; body: ${text.slice(0, 200)}`);
  };
}
