import type { EntityType, ExtractedEntity, Extraction } from '@/lib/model';

/**
 * The stages of the hybrid extractor that can find or type an entity: the rules, the gazetteer, CoreNLP ('ner'),
 * and the word lists of lib/extract/data/type-cues.json ('lexicon': given names, company and club words, outlets, parties).
 */
export type Stage = 'rules' | 'gazetteer' | 'ner' | 'lexicon';

/** An entity with its provenance: which stages found it, and which one's type it carries. */
export type HybridEntity = ExtractedEntity & { foundBy: Stage[]; typedBy: Stage };

export type HybridExtraction = Omit<Extraction, 'entities'> & { entities: HybridEntity[] };

/** A model mention turned into the project's types, with its span already trimmed of titles. */
export type ModelMention = {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Cut out of a glued rules name by the word lists, not read by the model. */ fromLexicon?: true;
  /** Found and typed by a word list or a lexicon pattern (works, institutions, known names), read by the model or not. */
  listed?: true;
};
