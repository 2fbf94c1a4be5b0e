import { NextResponse } from 'next/server';
import { OPENAPI_DOCUMENT } from '@/lib/openapi/document';

/** The OpenAPI 3.1 description of the JSON API. */
export function GET() {
  return NextResponse.json(OPENAPI_DOCUMENT);
}
