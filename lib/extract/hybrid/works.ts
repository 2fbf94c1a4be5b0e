import { getGazetteer, nameKey } from '../gazetteer/load';
import { isDateWord } from '../mentions/cues';
import lexicon from '../relations/lexicon.json';
import { lastSentenceBreak } from '../sentences';
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

/** Words of prizes and praise: a capitalised quote after "for" in their sentence is what won ("an Emmy for "The Bear""). */
const AWARD =
  "prize|prizes|award|awards|awarded|won|wins|win|winning|nominated|nomination|nominations|honoured|honored|acclaimed|praised|known|famous|Oscar|Oscars|Emmy|Emmys|Grammy|Grammys|Bafta|Baftas|Golden Globe|Tony|Booker|prix|primée?s?|récompensée?s?|sacrée?s?|remporté|reçu|nommée?s?|saluée?s?|connue?s?|célèbre|César|Césars|Goncourt|Renaudot|Femina|Molière|Molières|Victoires?|Palme d['’]or|Lion d['’]or|Ours d['’]or";
/** Nouns of works that news puts a quoted title next to (wider than the unquoted list: quotes say "title" already). */
const QUOTED_NOUN = `(?:${[...lexicon.UNQUOTED_WORK_NOUN, ...lexicon.QUOTED_WORK_NOUN].join('|')})s?`;
/** A title in quotes: a capital or a digit first, up to ten words on one line, no sentence end inside. */
const QUOTED_TITLE = `(?:«\\s*([\\p{Lu}\\d][^«»\\n.!?]{0,98}?)\\s*»|"([\\p{Lu}\\d][^"\\n.!?]{0,98}?)"|“([\\p{Lu}\\d][^“”\\n.!?]{0,98}?)”|‘([\\p{Lu}\\d][^‘’\\n.!?]{0,98}?)’|(?<![\\p{L}])'([\\p{Lu}\\d][^'\\n.!?]{0,98}?)'(?![\\p{L}]))`;
/**
 * What makes a quote a title rather than words someone said: a work noun right before it ("her new album "Brat"",
 * "le film « Emilia Pérez »", "the report, "Left Behind"", not "the report said "Prices will rise""), a possessive name ("Sally Rooney's 'Intermezzo'"),
 * a verb of making or releasing ("Taylor Swift released "The Life of a Showgirl"", "a publié « … »"), or an award
 * given for it ("la Palme d'or pour « Un simple accident »").
 */
const QUOTED_BEFORE = new RegExp(
  [
    `(?<![\\p{L}])${QUOTED_NOUN}(?![\\p{L}])\\s*,?\\s*(?:(?:called|titled|entitled|named|intitulée?s?|baptisée?s?|nommée?s?)\\s+)?`,
    `(?<![\\p{L}])(?:released|releases|published|publishes|directed|recorded|a publié|publie|publiera|a sorti|sortira|a réalisé|réalise)\\s+(?:(?:his|her|their|its|the|a|son|sa|ses|leur|un|une|le|la)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?`,
    `(?<![\\p{L}])(?:${AWARD})(?![\\p{L}])[^.!?«»"“”\\n]{0,60}?(?<![\\p{L}])(?:for|pour)\\s+(?:(?:his|her|their|son|sa|ses|leur)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?)?`,
  ]
    .map((cue) => `(?:${cue})`)
    .join('|'),
  'iu',
);
const QUOTED = new RegExp(QUOTED_TITLE, 'gu');
const QUOTED_BEFORE_END = new RegExp(`(?:${QUOTED_BEFORE.source})$`, 'iu');
/** "Sally Rooney's 'Intermezzo'": a capitalised name's possessive; no 'i' flag, under which \p{Lu} matches "it's". */
const POSSESSIVE_BEFORE_END = /\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*['’]s\s+(?:(?:new|latest|first|second|third|debut)\s+)?$/u;
/** "« Houris », le roman de Kamel Daoud", "« Jacaranda » est le nouveau roman de Gaël Faye": the noun after the title. */
const QUOTED_NOUN_AFTER = new RegExp(
  `^\\s*,?\\s*(?:(?:est|était|is|was)\\s+)?(?:the|a|an|le|la|l['’]|un|une|son|sa|his|her|their)\\s*(?:[\\p{L}-]+\\s+){0,2}?${QUOTED_NOUN}(?![\\p{L}])`,
  'iu',
);

/** Titles in quotes that the words around them show to be works (QUOTED_BEFORE, QUOTED_NOUN_AFTER), as documents. */
function quotedWorkMentions(text: string): ModelMention[] {
  const found: ModelMention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const title = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!.trim();
    if (title.split(/\s+/u).length > 10) continue;
    // The 80 characters before the quote, from the sentence's start if it is nearer (searched in the window only:
    // a search back through the whole text at every quote made a long one-line text quadratic).
    const window = text.slice(Math.max(0, m.index - 80), m.index);
    const before = window.slice(lastSentenceBreak(window) + 1);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (!QUOTED_BEFORE_END.test(before) && !POSSESSIVE_BEFORE_END.test(before) && !QUOTED_NOUN_AFTER.test(after)) continue;
    const start = m.index + m[0].indexOf(title);
    found.push({ start, end: start + title.length, text: title, type: 'Document', fromLexicon: true });
  }
  return found;
}

export function workTitleMentions(text: string, model: readonly ModelMention[]): ModelMention[] {
  const found: ModelMention[] = quotedWorkMentions(text);
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
