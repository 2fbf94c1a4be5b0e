import { NextResponse } from 'next/server';
import { z } from 'zod';
import { ArticleSchema } from '@/lib/model';
import { loadArticle } from '@/lib/graph/load-article';
import { ingestArticle, IngestInputSchema } from '@/lib/ingest';
import { validateExtraction } from '@/lib/graph/validate';
import { getEnv } from '@/lib/env';
import { TooLargeError } from '@/lib/errors';
import { writeRoute } from '@/lib/gate/api-route';

export const dynamic = 'force-dynamic';

const PreExtractedSchema = z.object({ article: ArticleSchema, extraction: z.unknown() });
const IngestRequestSchema = z.union([PreExtractedSchema, IngestInputSchema]);

/**
 * Ingests an article in one transaction. Either a raw article ({ text, title?, publishedAt?, source?, url?,
 * language? }), which goes through extraction and resolution like the ingest page, or an article with its own
 * extraction ({ article, extraction }). The same article twice changes nothing (status "unchanged").
 */
export const POST = writeRoute({ name: 'POST /api/articles', body: IngestRequestSchema, maxBytes: () => getEnv().MAX_ARTICLE_BYTES * 3 }, async ({ body }) => {
  if (!('article' in body)) {
    const result = await ingestArticle(body);
    return NextResponse.json({ result }, { status: result.status === 'added' ? 201 : 200 });
  }
  const bytes = Buffer.byteLength(body.article.text, 'utf8');
  if (bytes > getEnv().MAX_ARTICLE_BYTES) throw new TooLargeError(`The article text is ${bytes} bytes; the limit is MAX_ARTICLE_BYTES=${getEnv().MAX_ARTICLE_BYTES}.`);
  const extraction = validateExtraction(body.extraction, body.article.text);
  const result = await loadArticle(body.article, extraction);
  return NextResponse.json({ result }, { status: result.status === 'added' ? 201 : 200 });
});
