import type { EntityType, ExtractedEntity, Extraction } from '@/lib/model';

/** The stages of the hybrid extractor that can find or type an entity. */
export type Stage = 'rules' | 'gazetteer' | 'ner';

/** An entity with its provenance: which stages found it, and which one's type it carries. */
export type HybridEntity = ExtractedEntity & { foundBy: Stage[]; typedBy: Stage };

export type HybridExtraction = Omit<Extraction, 'entities'> & { entities: HybridEntity[] };

/** A model mention turned into the project's types, with its span already trimmed of titles. */
export type ModelMention = { start: number; end: number; text: string; type: EntityType };
