import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from '@/lib/model';

/**
 * What a user corrected in an ingest preview. Spans are offsets only: their text is always read from the
 * article, so a correction can never claim a mention or an evidence sentence the article does not contain.
 * Keys are the extractor's entity ids, or `added-N` for entities the user added.
 */
const SpanRefSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).refine((s) => s.end > s.start, { message: 'a span must end after it starts' });
export type SpanRef = z.infer<typeof SpanRefSchema>;

const KeySchema = z.string().min(1).max(300);
const NameSchema = z.string().trim().min(1, 'a name cannot be empty').max(300);
const MentionsSchema = z.array(SpanRefSchema).min(1, 'an entity needs at least one mention').max(1000);

export const ADDED_KEY = /^added-\d{1,4}$/;

export const CorrectionsSchema = z.object({
  /** Entities and extracted relations (by index) left out. */
  droppedEntities: z.array(KeySchema).max(1000).default([]),
  droppedRelations: z.array(z.number().int().min(0)).max(5000).default([]),
  /** A new name, type and/or mentions (a span fixed by selecting the right text: the mentions are the full new list). */
  edits: z
    .array(z.object({ key: KeySchema, name: NameSchema.optional(), type: EntityTypeSchema.optional(), mentions: MentionsSchema.optional() }))
    .max(500)
    .default([]),
  /** Entities the extractor missed, added by selecting their text. */
  added: z
    .array(z.object({ key: z.string().regex(ADDED_KEY, 'added entities have keys added-N'), name: NameSchema, type: EntityTypeSchema, mentions: MentionsSchema }))
    .max(200)
    .default([]),
  /** `from` becomes part of `into`: its name an alias, its mentions and relations `into`'s. */
  merges: z
    .array(z.object({ from: KeySchema, into: KeySchema }))
    .max(500)
    .default([]),
  /** The entity is a stored entity found by search: it takes that entity's id. */
  links: z
    .array(z.object({ key: KeySchema, entityId: z.string().min(1).max(300), name: z.string().max(300) }))
    .max(500)
    .default([]),
  /** An extracted relation (by its index in the extraction) given another type of the vocabulary, maybe turned round. */
  retypedRelations: z
    .array(z.object({ index: z.number().int().min(0), type: RelationTypeSchema, reversed: z.boolean().default(false) }))
    .max(1000)
    .default([]),
  /** A relation the extractor missed, with the sentence the user selected as its evidence. */
  addedRelations: z
    .array(z.object({ source: KeySchema, target: KeySchema, type: RelationTypeSchema, evidence: SpanRefSchema }))
    .max(200)
    .default([]),
});
export type Corrections = z.infer<typeof CorrectionsSchema>;

export const NO_CORRECTIONS: Corrections = { droppedEntities: [], droppedRelations: [], edits: [], added: [], merges: [], links: [], retypedRelations: [], addedRelations: [] };

export function countCorrections(c: Corrections): number {
  return (
    c.droppedEntities.length + c.droppedRelations.length + c.edits.length + c.added.length + c.merges.length + c.links.length + c.retypedRelations.length + c.addedRelations.length
  );
}

/** Stored corrections as JSON, parsed again on the way out: a record written by an older version that no longer parses is ignored, not trusted. */
export function parseStoredCorrections(json: unknown): Corrections | null {
  if (typeof json !== 'string') return null;
  try {
    const parsed = CorrectionsSchema.safeParse(JSON.parse(json));
    return parsed.success && countCorrections(parsed.data) > 0 ? parsed.data : null;
  } catch {
    return null;
  }
}
