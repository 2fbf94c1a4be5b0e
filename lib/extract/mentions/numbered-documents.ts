import type { Mention } from './types';

/** "resolution 1373 (2001)", "la résolution 2231": a Security Council or Assembly text by number. */
const RESOLUTION = /(?<![\p{L}])([Rr][ée]solution)\s+(\d{2,4}(?:\/\d{1,4})?)(?!\d)/gu;

export function findDocumentNumbers(text: string): Mention[] {
  return [...text.matchAll(RESOLUTION)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    type: 'Document' as const,
    role: 'name' as const,
    name: `Resolution ${m[2]}`,
    sure: true,
  }));
}

/** A title in quotes after its head: resolution on "Cooperation between ...", la résolution intitulée « ... ». */
const QUOTED =
  /(?<![\p{L}])(resolution|résolution|report|rapport|decision|décision|text|texte|declaration|déclaration)s?\s+(?:on|entitled|titled|intitulée?s?|sur|relative à|concernant)?\s*"([^"]{5,160})"/giu;

export function findQuotedTitles(text: string): Mention[] {
  return [...text.matchAll(QUOTED)].map((m) => {
    const title = m[2]!.trim();
    const start = m.index + m[0].indexOf(title);
    return { start, end: start + title.length, text: title, type: 'Document' as const, role: 'name' as const, name: title, sure: true, headNoun: m[1]!.toLowerCase() };
  });
}
