/**
 * "le ministre des Transports", "la ministre du Travail, de la Santé, des Solidarités et des Familles", "Transport
 * Secretary Heidi Alexander": a minister's portfolio words are capitalised, and CoreNLP reads them as organisations
 * or places. They name no entity (annotation guide); the ministry, when the article names it, is found as such and
 * the title tied to it (lib/extract/relations/ministries.ts).
 */

const CONNECTOR = "(?:de la|de l['’]|du|des|de|d['’]|à la|aux|au|et de la|et de l['’]|et du|et des|et aux|chargée? de la|chargée? de l['’]|chargée? du|chargée? des|chargée? de)";
const WORD = "\\p{Lu}[\\p{L}'’-]*";
/** A French title and its chain of "connector + capitalised words" (no 'i' flag: \p{Lu} must stay capitals). */
const FRENCH = new RegExp(
  `(?<![\\p{L}])(?:[Mm]inistres?|[Ss]ecrétaire d['’][ÉE]tat|[Mm]inistère)(?:\\s+(?:déléguée?|d['’][ÉE]tat))?((?:,?\\s+${CONNECTOR}\\s*${WORD}(?:\\s+${WORD})*)+)`,
  'gu',
);
const LINKED = new RegExp(`${CONNECTOR}\\s*(${WORD}(?:\\s+${WORD})*)`, 'gu');
/** "Transport Secretary", "Health and Social Care Secretary", "Defence Minister": the name ends where the title starts. */
const BEFORE_ENGLISH_TITLE = /^\s+(?:Secretary|Minister)(?![\p{L}])/u;

/** Where the portfolio words of French minister titles start ("Transports" of "le ministre des Transports"). */
export function frenchPortfolioStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const title of text.matchAll(FRENCH)) {
    // A ministry ("le ministère des Armées") is an organisation, found whole by institutions.ts.
    if (/^[Mm]inistère/u.test(title[0])) continue;
    const chain = title[1]!;
    const at = title.index + title[0].length - chain.length;
    for (const word of chain.matchAll(LINKED)) starts.add(at + word.index + word[0].length - word[1]!.length);
  }
  return starts;
}

/** Whether an organisation or place the model read is the portfolio of a minister's title, and so no name. */
export function isPortfolio(text: string, span: { start: number; end: number }, frenchStarts: Set<number>): boolean {
  return frenchStarts.has(span.start) || BEFORE_ENGLISH_TITLE.test(text.slice(span.end, span.end + 12));
}
