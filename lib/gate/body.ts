import { BadInputError, TooLargeError } from '@/lib/errors';
import { AppError } from '@/lib/errors';

export class UnsupportedMediaTypeError extends AppError {
  constructor(got: string | null) {
    super(`Send the body as JSON with "Content-Type: application/json"${got ? ` (this request said "${got}")` : ''}.`, 'unsupported_media_type', 415);
  }
}

/** A JSON body must say so: HTML forms can only send other types, so this also stops cross-site form posts. */
export function requireJsonContentType(headers: Headers): void {
  const type = headers.get('content-type');
  const essence = type?.split(';')[0]?.trim().toLowerCase();
  if (essence !== 'application/json') throw new UnsupportedMediaTypeError(type);
}

/**
 * Reads the body as UTF-8, stopping as soon as it passes maxBytes: a 50 MB upload is refused after the first
 * maxBytes, not read whole. A declared Content-Length over the limit is refused before reading anything.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new TooLargeError(`The request body is larger than ${maxBytes.toLocaleString('en')} bytes; send less at a time.`);
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BadInputError('The request body is not valid UTF-8 text; JSON must be sent as UTF-8.');
  }
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  requireJsonContentType(request.headers);
  const text = await readBodyText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new BadInputError('The request body is not valid JSON.');
  }
}
