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
