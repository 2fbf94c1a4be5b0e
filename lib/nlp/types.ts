import { z } from 'zod';
import type { Language } from '@/lib/model';

/** One text to read: `id` is the caller's (answers come back under it). */
export type NerText = { id: string; language: Language; text: string };

const OffsetsSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** PERSON, ORGANIZATION, LOCATION, MISC, and for English also DATE, MONEY, PERCENT, TIME (from the MUC model). */
export const NerMentionSchema = OffsetsSchema.extend({ text: z.string(), type: z.string().min(1), language: z.enum(['fr', 'en']) });
export type NerMention = z.infer<typeof NerMentionSchema>;

export const NerAnswerSchema = z.object({
  texts: z.array(
    z.object({
      id: z.string(),
      language: z.enum(['fr', 'en']),
      sentences: z.array(OffsetsSchema),
      entities: z.array(NerMentionSchema),
      tokens: z.array(OffsetsSchema).optional(),
    }),
  ),
});

/** What the service found in one text; offsets index the text as given (UTF-16 code units). */
export type NerResult = {
  id: string;
  language: Language;
  sentences: { start: number; end: number }[];
  entities: NerMention[];
};

export const NlpHealthSchema = z.object({
  status: z.enum(['ready', 'warming']),
  corenlp: z.string(),
  uptimeMs: z.number(),
  workers: z.object({ size: z.number(), active: z.number(), queued: z.number(), queueCapacity: z.number() }),
  limits: z.object({ maxBodyBytes: z.number(), maxTextChars: z.number(), maxTexts: z.number(), timeoutMs: z.number() }),
});
