import type { Language } from '@/lib/model';
import data from '../data/institution-heads.json';
import { getGazetteer, nameKey } from '../gazetteer/load';
import type { ModelMention } from './types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
const byLength = (a: string, b: string) => b.length - a.length;
/** Lowercase as news writes it, or capitalised at a sentence start; no 'i' flag, which would let \p{Lu} match any letter. */
const asWritten = (head: string) => `[${head[0]}${head[0]!.toUpperCase()}]${escape(head.slice(1))}`;
const heads = (list: string[]) => [...list].sort(byLength).map(asWritten).join('|');
/** Spaces within a line: a name never runs on over a line break ("au Parc des Princes\n\nPARIS —"). */
const SP = '[^\\S\\n]+';
const SPS = '[^\\S\\n]*';
const OF = `(?:de la|de l['’]|du|des|de|d['’])${SPS}`;
/** A capitalised word, or a hyphenated place ("Bouches-du-Rhône"). */
const WORD = "\\p{Lu}[\\p{L}'’-]*";
/** "de Paris", "des Armées", "de la Santé et des Solidarités", "d'Île-de-France": capitalised words after "de". */
const TAIL = `${OF}${WORD}(?:${SP}${WORD})*(?:${SP}et${SP}${OF}${WORD}(?:${SP}${WORD})*)*`;
const HEADED = new RegExp(`(?<![\\p{L}])(?:${heads(data.heads)})${SP}${TAIL}`, 'gu');
/** "l'hôpital Necker", "le lycée Victor-Hugo", "la clinique Pasteur de Toulouse": a capitalised name straight after the head. */
const NAMED_HEADED = new RegExp(`(?<![\\p{L}])(?:${heads(data.namedHeads)})${SP}${WORD}(?:${SP}${WORD})*(?:${SP}${TAIL})?`, 'gu');
/** "rue Lepic", "butte Montmartre", "place de la République", "jardin du Luxembourg": "de" optional after a place head. */
const PLACES = new RegExp(`(?<![\\p{L}-])(?:${heads(data.placeHeads)})${SP}(?:${OF})?${WORD}(?:${SP}${WORD})*`, 'gu');
/** "l'accord de Paris", "le traité de Lisbonne": the place is checked against the gazetteer (group 1). */
const PLACED_DOCUMENTS = new RegExp(`(?<![\\p{L}])(?:${heads(data.documentHeads.placed)})${SP}${OF}(${WORD}(?:${SP}${WORD})*)`, 'gu');
/** "la loi Duplomb", "le projet de loi Travail". */
const NAMED_DOCUMENTS = new RegExp(`(?<![\\p{L}])(?:${heads(data.documentHeads.named)})${SP}${WORD}(?:${SP}${WORD})*`, 'gu');
const FIXED = new RegExp(`(?<![\\p{L}])(?:${heads(data.fixed)})(?![\\p{L}])`, 'gu');

/**
 * "Le tribunal correctionnel de Paris a condamné ...", "le ministère des Armées": French institutions whose name
 * starts with a lowercase head (institution-heads.json), as organisation mentions the merge treats like the model's,
 * so the wider name replaces the place CoreNLP read in it. The head must be lowercase or capitalised as written at a
 * sentence start; the tail must start with a capital, which keeps "le ministère de tutelle" out. Streets and squares
 * come out as places, and laws and treaties ("l'accord de Paris", "la loi Duplomb") as documents, whose place is
 * then no place of its own.
 */
export function institutionMentions(text: string, language: Language): ModelMention[] {
  const found: ModelMention[] = [];
  if (language !== 'fr') return found;
  for (const [re, type] of [
    [HEADED, 'Organization'],
    [NAMED_HEADED, 'Organization'],
    [FIXED, 'Organization'],
    [PLACES, 'Location'],
    [PLACED_DOCUMENTS, 'Document'],
    [NAMED_DOCUMENTS, 'Document'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (re === PLACED_DOCUMENTS && getGazetteer().byName.get(nameKey(m[1]!))?.type !== 'Location') continue;
      if (found.some((f) => f.start < end && f.end > start)) continue;
      found.push({ start, end, text: m[0], type, fromLexicon: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
