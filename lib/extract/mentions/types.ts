import type { EntityType } from '@/lib/model';
import type { GazetteerEntry } from '../gazetteer/types';

/**
 * One mention found in the (normalised) text, before coreference gives it an entity.
 * role: 'name' is a full name; 'bare' a single word that may be a surname or a short form
 * ("Ban", "l'Office"); 'title' a title standing for a person ("le Secrétaire général").
 */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
  role: 'name' | 'bare' | 'title';
  /** Set when the gazetteer knows the thing: its id and canonical name. */
  id?: string;
  name?: string;
  entry?: GazetteerEntry;
  /** Links a full name and its acronym defined in the article ("Full Name (ABC)"). */
  acronymKey?: string;
  /** The title that introduced this person ("Secrétaire général"), for later title-only mentions. */
  title?: string;
  /** Start of the title span that introduced this person, so that span is not read as a title-only mention. */
  titleStart?: number;
  /** How sure the typing is: gazetteer and explicit cues are sure, a bare capitalised pair less so. */
  sure: boolean;
  /** A topic inside another mention's name; it does not block chunks nor take a slot in patterns. */
  inner?: boolean;
  /** An event named after where it happens ("the Astana conference", "la conférence de Genève"). */
  namedAfterPlace?: boolean;
  /** An office title standing for its organisation ("High Commissioner for Refugees" → UNHCR). */
  office?: boolean;
  /** The head noun a document was introduced with (resolution, report), for "the resolution" later. */
  headNoun?: string;
}

export interface TitleSpan {
  start: number;
  end: number;
  text: string;
}
