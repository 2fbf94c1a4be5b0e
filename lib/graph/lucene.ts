/**
 * Turning what a user types into a safe Lucene query for the `entity_search` full-text index.
 * The index uses the standard-folding analyzer (accents and case ignored), but prefix and fuzzy terms are not
 * analysed by Lucene, so we fold them here the same way; every remaining special character is escaped.
 */

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes Lucene's special characters (including && and ||, whose characters are escaped one by one). */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Lower case without accents: what standard-folding does to indexed text. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words as the standard tokenizer would see them: runs of letters and digits. */
export function toSearchTerms(input: string): string[] {
  return foldText(input).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Edits tolerated for a word: none for very short words (they would match everything), then 1, then 2. */
function fuzziness(term: string): number {
  if (term.length <= 2) return 0;
  return term.length <= 4 ? 1 : 2;
}

/**
 * One clause per word, all required: exact (boosted), prefix `term*` for typing-as-you-go, fuzzy `term~n` for typos.
 * Returns null when the input has no searchable word.
 */
export function toLuceneQuery(input: string): string | null {
  const terms = toSearchTerms(input).slice(0, 8);
  if (terms.length === 0) return null;
  return terms
    .map((raw) => {
      const term = escapeLucene(raw);
      const edits = fuzziness(raw);
      const clauses = [`${term}^3`, `${term}*`];
      if (edits > 0) clauses.push(`${term}~${edits}`);
      return `+(${clauses.join(' ')})`;
    })
    .join(' ');
}

/**
 * For article text: every word required, exact (boosted) or as a prefix ("drogue" finds "drogues"), no fuzzy
 * clause, because in long texts edit-distance matches are mostly noise. The standard tokenizer keeps French
 * elisions in one token ("l'office", and "l’office" folds to it), so a third clause finds the word after an
 * apostrophe: without it "office" misses every "l'Office". Null when nothing is searchable.
 */
export function toTextQuery(input: string): string | null {
  const terms = toSearchTerms(input).slice(0, 8);
  if (terms.length === 0) return null;
  return terms
    .map((raw) => escapeLucene(raw))
    .map((t) => `+(${t}^3 ${t}* *\\'${t}*)`)
    .join(' ');
}

/** Levenshtein distance, for picking which name or alias the user most likely meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** How far a name is from the query: 0 when a word starts with each query word, else the summed edit distance. */
function nameScore(queryTerms: string[], name: string): number {
  const words = toSearchTerms(name);
  if (words.length === 0) return Number.POSITIVE_INFINITY;
  return queryTerms.reduce((sum, q) => sum + Math.min(...words.map((w) => (w.startsWith(q) ? 0 : distance(q, w.slice(0, Math.max(q.length, 1)))))), 0);
}

/** The name or alias the query matched best (the name wins ties), shown next to each search result. */
export function pickMatchedName(query: string, names: string[]): string {
  const terms = toSearchTerms(query);
  let best = names[0] ?? '';
  let bestScore = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const score = nameScore(terms, name);
    if (score < bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
