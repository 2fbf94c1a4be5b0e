import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { getEnv } from '@/lib/env';
import { BadInputError } from '@/lib/errors';
import { credentialsOf, requireWriteCredentials } from '@/lib/auth/write-token';
import { errorResponse } from './error-response';
import { readJsonBody } from './body';
import { checkHost, checkSameOrigin, originHeadersOf } from './request-checks';
import { validate } from './validate';
import { withinGate } from './context';
import { markGate, type GateKind } from './marker';

type Spec<B extends z.ZodType, Q extends z.ZodType> = {
  /** Named in errors and logs, e.g. "POST /api/articles". */
  name: string;
  body?: B;
  query?: Q;
  /** Largest body accepted, in bytes (default 200 KB). */
  maxBytes?: number | (() => number);
};

type Input<B extends z.ZodType, Q extends z.ZodType> = {
  request: Request;
  body: B extends z.ZodType ? z.infer<B> : undefined;
  query: Q extends z.ZodType ? z.infer<Q> : undefined;
  /** Path segments such as [id], decoded; every dynamic segment of the route's folder is present. */
  params: { readonly id: string } & Readonly<Record<string, string>>;
};

type Handler<B extends z.ZodType, Q extends z.ZodType> = (input: Input<B, Q>) => Promise<Response | object>;
type RouteContext = { params?: Promise<Record<string, string | string[]>> };

const DEFAULT_MAX_BYTES = 200_000;

/**
 * Every route handler is made here. In order: Host allowlist; for writes, same origin and the write token; the
 * body (application/json only, read with a streamed byte limit) and the query string, checked with zod; then the
 * handler, inside a gate context that lets only write routes write. Errors become { error: { code, message } }.
 */
function gatedRoute<B extends z.ZodType, Q extends z.ZodType>(kind: GateKind, spec: Spec<B, Q>, handler: Handler<B, Q>) {
  const route = async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      checkHost(request.headers.get('host') ?? new URL(request.url).host, getEnv().NEWSGRAPH_ALLOWED_HOSTS);
      if (kind === 'write') {
        checkSameOrigin(originHeadersOf(request.headers));
        requireWriteCredentials(credentialsOf(request.headers));
      }
      const params = await readParams(context);
      const maxBytes = typeof spec.maxBytes === 'function' ? spec.maxBytes() : (spec.maxBytes ?? DEFAULT_MAX_BYTES);
      const body = spec.body ? validate(spec.body, await readJsonBody(request, maxBytes)) : undefined;
      const query = spec.query ? validate(spec.query, Object.fromEntries(new URL(request.url).searchParams), 'query') : undefined;
      const input = { request, body, query, params } as unknown as Input<B, Q>;
      const result = await withinGate({ kind, name: spec.name }, () => handler(input));
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error, spec.name);
    }
  };
  return markGate(route, kind, spec.name);
}

export function readRoute<B extends z.ZodType, Q extends z.ZodType>(spec: Spec<B, Q>, handler: Handler<B, Q>) {
  return gatedRoute('read', spec, handler);
}

export function writeRoute<B extends z.ZodType, Q extends z.ZodType>(spec: Spec<B, Q>, handler: Handler<B, Q>) {
  return gatedRoute('write', spec, handler);
}

/** Next decodes path segments; a malformed escape such as %E0%A4%A must be a 400, not a 500. */
async function readParams(context: RouteContext | undefined): Promise<Record<string, string>> {
  let raw: Record<string, string | string[]>;
  try {
    raw = (await context?.params) ?? {};
  } catch {
    throw new BadInputError('The URL has a malformed percent-encoding; encode it with encodeURIComponent.');
  }
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const text = Array.isArray(value) ? value.join('/') : value;
    if (/%(?![0-9a-f]{2})/i.test(text) || text.length > 500) throw new BadInputError(`The URL's ${key} is malformed or too long.`);
    params[key] = text;
  }
  return params;
}
