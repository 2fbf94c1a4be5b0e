import { getGazetteer, nameKey } from '../gazetteer/load';
import { isDateWord } from '../mentions/cues';
import lexicon from '../relations/lexicon.json';
import type { ModelMention } from './types';

/**
 * Works named without quotes, as news names them: "her novel Orbital", "the album Brat", "son roman Houris",
 * "Orbital, a short novel", "novels include The Western Wind and The Wilderness". A capitalised title right after a
 * work noun (lexicon.json UNQUOTED_WORK_NOUN), or before one in apposition, is a document (annotation guide: works named as
 * works). CoreNLP reads such titles as organisations or places, or not at all. Quoted titles are the rules' business.
 */
const NOUN = `(?:${lexicon.UNQUOTED_WORK_NOUN.join('|')})s?`;
/**
 * Small words a title may hold between its capitalised words ("The Lord of the Rings", "Leisure in the UK"); not "de":
 * "le film Anora de Sean Baker" names its maker after the title.
 */
const SMALL = "(?:of|the|in|on|a|an|to|for|at|with|la|le|les|l'|à|en)";
const CAP = "\\p{Lu}[\\p{L}\\d'’-]*";
/** "Pride and Prejudice" is one title, "The Western Wind and The Wilderness" two: "and" before an article ends one. */
const AND = '(?:and|et|&)\\s+(?!(?:The|A|An|Le|La|Les|Un|Une)\\s)';
const TITLE = `${CAP}(?:\\s+(?:(?:${SMALL}\\s+)*|${AND})${CAP})*`;
/** What may stand before a work noun: an article or a possessive, then up to two adjectives or ordinals. */
const LEAD =
  "(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Ss]on|[Ss]a|[Ss]es|[Ll]eur|[Ll]e|[Ll]a|[Uu]ne?|\\p{Lu}[\\p{L}\\d'’-]*'s)\\s+|[Ll]['’]\\s*)(?:[\\p{Ll}\\d][\\p{L}\\d-]*\\s+){0,2}";
const AFTER_NOUN = new RegExp(`(?<![\\p{L}])${LEAD}${NOUN}(?:\\s+(?:(?:include|includes|including|such as|like|comme|dont)\\s+)?(${TITLE})|,\\s+(${TITLE})(?=[,.;)]))`, 'gu');
const LISTED = new RegExp(`^(?:\\s*,\\s*|\\s+(?:and|et)\\s+|\\s*,\\s*(?:and|et)\\s+)(${TITLE})`, 'u');
const BEFORE_NOUN = new RegExp(
  `(?<=(?:for|called|titled|entitled|pour|intitulée?)\\s+)(${TITLE}),\\s+(?:a|an|the|un|une|le|la|son|sa|his|her|their)\\s+(?:[\\p{L}-]+,?\\s+){0,3}?${NOUN}(?![\\p{L}])`,
  'gu',
);

/** "Tidewater on Tuesday": a title stops before a day or a month and the small words that lead to it. */
function beforeDate(title: string): string {
  const date = /\s+(?:\p{Ll}+\s+)*(\p{Lu}\p{L}*)/gu;
  for (const m of title.matchAll(date)) if (isDateWord(m[1]!)) return title.slice(0, m.index);
  return title;
}

export function workTitleMentions(text: string, model: readonly ModelMention[]): ModelMention[] {
  const found: ModelMention[] = [];
  const add = (start: number, whole: string) => {
    const title = beforeDate(whole);
    const end = start + title.length;
    // "the film Paris, Texas", "le documentaire Gaza": a title that is a known place's name, or that the model reads as
    // a place, stays the model's to read.
    if (getGazetteer().byName.get(nameKey(title))?.type === 'Location') return;
    if (model.some((m) => m.type === 'Location' && m.start < end && m.end > start)) return;
    if (!found.some((f) => f.start < end && f.end > start)) found.push({ start, end, text: title, type: 'Document', fromLexicon: true });
  };
  for (const m of text.matchAll(AFTER_NOUN)) {
    // "his third album, People Watching, won": after a comma, only a title the punctuation closes.
    const title = m[1] ?? m[2]!;
    let end = m.index + m[0].length;
    add(end - title.length, title);
    // "novels include The Western Wind and The Wilderness": the list goes on with "and" or commas.
    for (let next = LISTED.exec(text.slice(end, end + 200)); next; next = LISTED.exec(text.slice(end, end + 200))) {
      add(end + next[0].length - next[1]!.length, next[1]!);
      end += next[0].length;
    }
  }
  for (const m of text.matchAll(BEFORE_NOUN)) add(m.index, m[1]!);
  return found.sort((a, b) => a.start - b.start);
}
