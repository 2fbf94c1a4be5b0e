import type { EntityType } from '@/lib/model';
import type { Mention } from './types';

/** Lowercase heads that refer back to a named document or event: "the resolution", "la réunion". */
const HEADS: Record<string, EntityType> = {
  resolution: 'Document',
  résolution: 'Document',
  report: 'Document',
  rapport: 'Document',
  text: 'Document',
  texte: 'Document',
  treaty: 'Document',
  traité: 'Document',
  strategy: 'Document',
  stratégie: 'Document',
  convention: 'Document',
  agreement: 'Document',
  accord: 'Document',
  meeting: 'Event',
  réunion: 'Event',
  conference: 'Event',
  conférence: 'Event',
  summit: 'Event',
  sommet: 'Event',
  session: 'Event',
  forum: 'Event',
};
const DEFINITE = new RegExp(`(?<![\\p{L}])(?:the|this|that|la|le|l'|cette|ce|cet)\\s*(${Object.keys(HEADS).join('|')})(?![\\p{L}])`, 'gu');

/**
 * "the resolution", "la réunion", "ce rapport": bare mentions that coreference gives to the nearest
 * earlier document or event with that head, or drops.
 */
export function findDefiniteReferences(text: string): Mention[] {
  return [...text.matchAll(DEFINITE)].map((m) => {
    const head = m[1]!;
    const start = m.index + m[0].length - head.length;
    return { start, end: start + head.length, text: head, type: HEADS[head] ?? null, role: 'bare' as const, sure: false, headNoun: head };
  });
}
