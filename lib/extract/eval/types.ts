import type { EntityType, Extraction, Language } from '@/lib/model';

/** A hand annotation of one fixture article (lib/extract/fixtures/<id>.gold.json). */
export interface Gold {
  id: string;
  language: Language;
  source: string;
  heldOut: boolean;
  entities: { name: string; type: EntityType; aliases: string[] }[];
  relations: { type: string; source: string; target: string }[];
}

export interface Counts {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

export interface ArticleScore {
  id: string;
  language: Language;
  heldOut: boolean;
  byType: Record<string, Counts>;
  relations: {
    gold: number;
    pairFound: number;
    typedFound: number;
    /** Gold relations whose two entities were both found: the most pair recall could be. */
    endsFound: number;
    /** Typed edges between two found gold entities, and those of them on a gold pair. */
    edgesAmongGold: number;
    edgesOnGoldPairs: number;
    missed: string[];
  };
  falsePositives: string[];
  falseNegatives: string[];
}

export interface Scored {
  gold: Gold;
  extraction: Extraction;
}
