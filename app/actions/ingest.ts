'use server';

import { z } from 'zod';
import { readAction, writeAction } from '@/lib/gate/server-action';
import { fetchArticle, ingestArticle, ingestFile, IngestInputSchema, previewArticle } from '@/lib/ingest';
import { ingestRecords } from '@/lib/ingest/batch';
import { RecordBatchSchema } from '@/lib/ingest/records';
import { OverridesSchema } from '@/lib/ingest/types';
import { CorrectionsSchema } from '@/lib/ingest/corrections';
import { suggestEntityType } from '@/lib/ingest/suggest-type';
import { LanguageSchema } from '@/lib/model';

const PastedSchema = IngestInputSchema.extend({
  title: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || undefined),
  source: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  publishedAt: z.union([z.literal('').transform(() => undefined), IngestInputSchema.shape.publishedAt]),
  url: z.union([z.literal('').transform(() => undefined), IngestInputSchema.shape.url]),
});

/** Preview of pasted text with its optional title, date, source and URL, and the user's corrections if they made some. Reads only. */
export const previewPasted = readAction({
  name: 'previewPasted',
  input: PastedSchema.extend({ corrections: CorrectionsSchema.optional() }),
  run: async ({ corrections, ...input }) => ({ preview: await previewArticle(input, corrections), input }),
});

/** The preview again with the user's corrections applied (offsets checked against the text); reads only. */
export const previewCorrected = readAction({
  name: 'previewCorrected',
  input: z.object({ input: IngestInputSchema, corrections: CorrectionsSchema }),
  run: async ({ input, corrections }) => ({ preview: await previewArticle(input, corrections), input }),
});

/** A type for text the user selected to add as an entity: the gazetteer's, a head noun's, or a simple rule's. */
export const suggestType = readAction({
  name: 'suggestType',
  input: z.object({ text: z.string().trim().min(1).max(300), language: LanguageSchema }),
  run: async ({ text, language }) => suggestEntityType(text, language),
});

/**
 * Fetches a page on the server (limits and private-address checks in lib/ingest/fetch-url) and previews it.
 * A write action although it stores nothing: it makes the server fetch a URL, which strangers may not do.
 */
export const previewUrl = writeAction({
  name: 'previewUrl',
  input: z.object({ url: z.string().trim().min(1, 'Give a URL.').max(2000) }),
  revalidate: () => false,
  run: async ({ url }) => {
    const input = await fetchArticle(url);
    return { preview: await previewArticle(input), input };
  },
});

/** Commits a previewed article with the user's choices (unticked or retyped items). */
export const commitArticle = writeAction({
  name: 'commitArticle',
  input: z.object({ input: IngestInputSchema, overrides: OverridesSchema.optional().transform((o) => o ?? OverridesSchema.parse({})) }),
  run: ({ input, overrides }) => ingestArticle(input, { overrides }),
  revalidate: (result) => result.status !== 'unchanged',
});

/** Ingests one uploaded file (the page sends files one by one, to show progress). */
export const ingestUpload = writeAction({
  name: 'ingestUpload',
  input: z.object({ file: z.instanceof(File, { message: 'No file was sent.' }) }),
  run: async ({ file }) => ingestFile(file.name, new Uint8Array(await file.arrayBuffer())),
  revalidate: (outcomes) => outcomes.some((o) => o.status === 'added' || o.status === 'updated'),
});

/**
 * Ingests one small batch of records that the browser parsed out of a JSONL file (at most MAX_BATCH_RECORDS):
 * one outcome per record, in the order sent, each with its original line. The records travel as data, so
 * nothing is turned back into JSONL text on the way.
 */
export const ingestRecordBatch = writeAction({
  name: 'ingestRecordBatch',
  input: RecordBatchSchema,
  run: ({ file, records }) => ingestRecords(file, records),
  revalidate: (outcomes) => outcomes.some((o) => o.status === 'added' || o.status === 'updated'),
});
