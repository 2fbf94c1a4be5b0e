import { z } from 'zod';
import { LanguageSchema } from '@/lib/model';

const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dates are YYYY-MM-DD' });
const Name = z.string().min(1).max(100);

/**
 * What the filter panel can ask for. Empty lists mean "any". Types are checked against the schema whitelist
 * when compiled (lib/filters/compile.ts), not here, so the error can list what is allowed.
 */
export const FilterStateSchema = z.object({
  entityTypes: z.array(Name).max(20).default([]),
  relationTypes: z.array(Name).max(50).default([]),
  hideCoMentioned: z.boolean().default(false),
  articleIds: z.array(z.string().min(1).max(200)).max(500).default([]),
  sources: z.array(z.string().min(1).max(200)).max(100).default([]),
  languages: z.array(LanguageSchema).max(2).default([]),
  publishedFrom: DateSchema.optional(),
  publishedTo: DateSchema.optional(),
  minDegree: z.number().int().min(0).max(1_000_000).default(0),
  minConfidence: z.number().min(0).max(1).default(0),
  text: z.string().max(200).default(''),
  /** Restrict the current view: only these entity ids are candidates. */
  withinIds: z.array(z.string().min(1).max(200)).max(5_000).optional(),
  limit: z.number().int().min(1).max(5_000).default(500),
});

export type FilterState = z.infer<typeof FilterStateSchema>;
export type FilterInput = z.input<typeof FilterStateSchema>;

export const EMPTY_FILTER: FilterState = FilterStateSchema.parse({});

/** Matches counted above this are confirmed by the user before drawing. */
export const CONFIRM_ABOVE = 2_000;
