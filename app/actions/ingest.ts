'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { isAppError } from '@/lib/errors';
import {
  fetchArticle, ingestArticle, ingestFile, IngestInputSchema, previewArticle,
  type IngestInput, type IngestResult, type ItemOutcome, type Preview,
} from '@/lib/ingest';
import { OverridesSchema } from '@/lib/ingest/types';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** Domain errors become a message for the page; anything else is a bug and propagates to error.tsx. */
async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

const PastedSchema = IngestInputSchema.extend({
  title: z.string().trim().max(500).optional().transform((v) => v || undefined),
  source: z.string().trim().max(200).optional().transform((v) => v || undefined),
  publishedAt: z.union([z.literal('').transform(() => undefined), IngestInputSchema.shape.publishedAt]),
  url: z.union([z.literal('').transform(() => undefined), IngestInputSchema.shape.url]),
});

/** Preview of pasted text with its optional title, date, source and URL. */
export async function previewPasted(raw: unknown): Promise<Outcome<{ preview: Preview; input: IngestInput }>> {
  const parsed = PastedSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return attempt(async () => ({ preview: await previewArticle(parsed.data), input: parsed.data }));
}

/** Fetches a page on the server (limits and private-address checks in lib/ingest/fetch-url) and previews it. */
export async function previewUrl(rawUrl: unknown): Promise<Outcome<{ preview: Preview; input: IngestInput }>> {
  const parsed = z.string().trim().min(1, 'Give a URL.').max(2000).safeParse(rawUrl);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Give a URL.' };
  return attempt(async () => {
    const input = await fetchArticle(parsed.data);
    return { preview: await previewArticle(input), input };
  });
}

/** Commits a previewed article with the user's choices (unticked or retyped items). */
export async function commitArticle(rawInput: unknown, rawOverrides: unknown): Promise<Outcome<IngestResult>> {
  const input = IngestInputSchema.safeParse(rawInput);
  const overrides = OverridesSchema.safeParse(rawOverrides ?? {});
  if (!input.success || !overrides.success) return { ok: false, message: 'The article or the choices sent were malformed; preview again.' };
  const result = await attempt(() => ingestArticle(input.data, { overrides: overrides.data }));
  if (result.ok && result.value.status !== 'unchanged') revalidatePath('/', 'layout');
  return result;
}

/** Ingests one uploaded file (the page sends files one by one, to show progress). */
export async function ingestUpload(form: FormData): Promise<Outcome<ItemOutcome[]>> {
  const file = form.get('file');
  if (!(file instanceof File)) return { ok: false, message: 'No file was sent.' };
  const result = await attempt(async () => ingestFile(file.name, new Uint8Array(await file.arrayBuffer())));
  if (result.ok && result.value.some((o) => o.status === 'added' || o.status === 'updated')) revalidatePath('/', 'layout');
  return result;
}
