import { z } from 'zod';
import vocabulary from '@/graph-seed/relations.json';

/**
 * The domain model shared by extraction, the seed annotation, the loader and the API.
 * Entity and relation types are whitelists: nothing outside them ever reaches Cypher as a label or type.
 */
export const ENTITY_TYPES = ['Person', 'Organization', 'Location', 'Event', 'Document', 'Topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const RELATION_TYPES = vocabulary.relations.map((r) => r.type);
export type RelationType = string;
export const RelationTypeSchema = z.string().refine((t) => RELATION_TYPES.includes(t), {
  message: `must be one of ${RELATION_TYPES.join(', ')}`,
});

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
export function isRelationType(value: string): boolean {
  return RELATION_TYPES.includes(value);
}

export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** A span of the article text: [start, end) in UTF-16 code units, as JavaScript strings index. */
const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() });
export type Span = z.infer<typeof SpanSchema>;

export const ArticleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/),
  title: z.string().min(1).max(500),
  /** Absent when nothing says when it was published (never the day it was loaded). */
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  language: LanguageSchema,
  source: z.string().min(1).max(200),
  url: z.string().url().optional(),
  text: z.string().min(1),
});
export type Article = z.infer<typeof ArticleSchema>;

const ExtractedEntitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.array(SpanSchema),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntitySchema>;

const ExtractedRelationSchema = z.object({
  type: RelationTypeSchema,
  source: z.string(),
  target: z.string(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(SpanSchema).min(1),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelationSchema>;

/** What an extractor (rule-based, hand annotation, or a model later) produces for one article. */
export const ExtractionSchema = z.object({
  language: LanguageSchema,
  entities: z.array(ExtractedEntitySchema),
  relations: z.array(ExtractedRelationSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
