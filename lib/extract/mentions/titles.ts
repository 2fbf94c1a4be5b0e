import { ANY_TITLE } from './cues';
import type { TitleSpan } from './types';

const TITLE = new RegExp(`(?<![\\p{L}-])(?:${ANY_TITLE})(?![\\p{L}-])`, 'giu');

/** Job titles in the text ("Secrétaire général", "Executive Director", "porte-parole"), outside blocked spans. */
export function findTitles(text: string, isFree: (start: number, end: number) => boolean): TitleSpan[] {
  const spans: TitleSpan[] = [];
  for (const m of text.matchAll(TITLE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isFree(start, end)) spans.push({ start, end, text: m[0] });
  }
  return spans;
}

/** A comparison key for titles so "Secrétaire général" and "secrétaire général" are one post. */
export function titleKey(title: string): string {
  return title.toLowerCase().replace(/[-\s]+/g, ' ');
}

/**
 * Whether the text between a title and a name only links them: "Secrétaire général des Nations Unies ",
 * "Executive Director of UNODC, ", "President ". No sentence punctuation and no second comma.
 */
export function linksTitleToName(between: string): boolean {
  // An honorific may stand between: "Chef de la MANUI, M. Martin Kobler".
  between = between.replace(/(?:^|\s)(?:M|MM|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr)\.?\s+$/u, ' ');
  if (between.length > 140 || /[.;:!?"\n]/.test(between)) return false;
  if (/^\s*,?\s*$/.test(between)) return true;
  // "High Commissioner for Refugees": the word right after "for"/"de" is the title's object, not a name.
  if (/^\s+(?:of|for|de|du|des|d'|à|au|aux)\s*(?:the\s+|la\s+|le\s+|les\s+|l')?$/iu.test(between)) return false;
  // "Regional Director for Asia and the Pacific": a name does not follow an article.
  if (/(?:^|\s)(?:the|a|an|le|la|les|l'|un|une)\s*$/iu.test(between)) return false;
  return /^\s+(?:of|for|de|du|des|d'|à|au|aux)\b[^,]*(?:\([^)]*\))?\s*,?\s*$|^\s+(?:of|de|du|des|d'|à)[^,]*$/iu.test(between);
}
