import type { Stage } from '@/lib/extract/hybrid/types';
import { z } from 'zod';
import { EntityTypeSchema, type Article, type EntityType, type Span } from '@/lib/model';
import type { Resolution } from './resolve';
import { CorrectionsSchema, type Corrections } from './corrections';

/** What the user changed in the preview: items left out and entities given another type. Keys are extracted ids. */
export const OverridesSchema = z.object({
  excludeEntities: z.array(z.string()).default([]),
  excludeRelations: z.array(z.number().int().min(0)).default([]),
  types: z.record(z.string(), EntityTypeSchema).default({}),
  /** Absent: the corrections stored with this very text (if any) apply; present, even empty: these do. */
  corrections: CorrectionsSchema.optional(),
});
export type Overrides = z.infer<typeof OverridesSchema>;

export type PreviewEntity = {
  /** The extracted id: what overrides refer to. */
  key: string;
  /** The id it will have in the graph (an existing entity's id when it merges). */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  decision: Resolution;
  /** Which extractor stages found the entity and which one's type it has (the hybrid extractor only). */
  provenance?: { foundBy: Stage[]; typedBy: Stage };
  /** True for an entity the user added by selecting its text. */
  added: boolean;
};

export type PreviewRelation = {
  /** Its index in the extraction (what unticking and retyping refer to), or null for one the user added… */
  index: number | null;
  /** …then its place among the added relations. */
  added: number | null;
  type: string;
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  confidence: number;
  evidence: Span[];
};

export type Preview = {
  article: Article;
  /** Set when an article with exactly this text is already stored: committing changes nothing. */
  alreadyInGraph: { articleId: string; title: string } | null;
  /** True when a different version of this article (same URL) is stored and would be replaced. */
  replacesVersion: boolean;
  entities: PreviewEntity[];
  relations: PreviewRelation[];
  /** The corrections this preview shows: the user's, or those stored with this text. */
  corrections: Corrections;
  /** Set when stored corrections were re-applied (`applied`) or no longer fit the extraction (`dropped`). */
  storedCorrections: 'applied' | 'dropped' | null;
};

export type IngestResult = {
  status: 'added' | 'updated' | 'unchanged';
  articleId: string;
  title: string;
  message: string;
  entities: { id: string; name: string; type: EntityType; merged: boolean }[];
  relations: number;
};
