import type { EntityType } from '@/lib/model';

/** Plain shapes the UI and API receive. No neo4j-driver type ever crosses this line. */
export type EntitySummary = { id: string; name: string; type: EntityType; degree: number; articleCount: number };

export type RelationSummary = { id: string; type: string; source: string; target: string; confidence: number; evidenceCount: number };

export type GraphSlice = { nodes: EntitySummary[]; edges: RelationSummary[]; totalEntities: number; totalRelations: number };

export type Evidence = { text: string; articleId: string; start: number; end: number; confidence: number };

export type RelationDetail = RelationSummary & {
  direction: 'out' | 'in';
  other: { id: string; name: string; type: EntityType; aliases: string[] };
  evidence: Evidence[];
  articleIds: string[];
};

/** publishedAt is null when the article's date is unknown. */
export type ArticleRef = { id: string; title: string; publishedAt: string | null; language: string; source: string; mentionCount: number };

export type EntityDetail = EntitySummary & { aliases: string[]; articles: ArticleRef[]; relations: RelationDetail[] };
