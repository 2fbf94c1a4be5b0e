import { isKnownOrganisation } from './evidence';
import type { ModelMention } from './types';

/** Heads of public bodies named after two places: "Avon and Somerset Police", "England and Wales Cricket Board". */
const TWO_PLACE_HEAD = /\s(?:Police|Constabulary|Council|Board|Authority|Trust|Commission|Fire and Rescue Service|Fire Service|Ambulance Service)$/u;
const PLACE_AND = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)\s+and\s+$/u;

/**
 * "Avon and Somerset Police": CoreNLP reads the organisation from the second place on ("Somerset Police") and the
 * first as a person or a place of its own. A body named after two places joins them with "and"; the one word
 * before it is part of the name unless it is an organisation of its own ("Barclays and HSBC Holdings" has no such head).
 */
export function joinTwoPlaceBodies(text: string, mentions: ModelMention[]): ModelMention[] {
  const joined = new Map<ModelMention, ModelMention>();
  for (const m of mentions) {
    if (m.type !== 'Organization' || !TWO_PLACE_HEAD.test(m.text)) continue;
    const before = PLACE_AND.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!before || isKnownOrganisation(before[1]!)) continue;
    const start = m.start - before[0].length;
    joined.set(m, { ...m, start, text: text.slice(start, m.end) });
  }
  if (joined.size === 0) return mentions;
  const wider = [...joined.values()];
  return mentions.flatMap((m) => joined.get(m) ?? (wider.some((w) => w.start < m.end && w.end > m.start) ? [] : [m]));
}
