import type { Stage } from '@/lib/extract/hybrid/types';
import { z } from 'zod';
import { EntityTypeSchema, type Article, type EntityType, type Span } from '@/lib/model';
import type { Resolution } from './resolve';

/** What the user changed in the preview: items left out and entities given another type. Keys are extracted ids. */
export const OverridesSchema = z.object({
  excludeEntities: z.array(z.string()).default([]),
  excludeRelations: z.array(z.number().int().min(0)).default([]),
  types: z.record(z.string(), EntityTypeSchema).default({}),
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
};

export type PreviewRelation = {
  index: number;
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
};

export type IngestResult = {
  status: 'added' | 'updated' | 'unchanged';
  articleId: string;
  title: string;
  message: string;
  entities: { id: string; name: string; type: EntityType; merged: boolean }[];
  relations: number;
};
