import type { Language } from '@/lib/model';
import type { Token } from '../tokens';
import type { AcronymDefinition } from './acronyms';
import { typeByHead } from './heads';
import type { Mention } from './types';

const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) => inner.start >= outer.start && inner.end <= outer.end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Drops a leading "the"/"le"/"la" the backward scan may keep. */
function trimDeterminer(full: AcronymDefinition['full']): AcronymDefinition['full'] {
  const m = /^(?:the|le|la|les|l')\s*/i.exec(full.text);
  return m ? { start: full.start + m[0].length, end: full.end, text: full.text.slice(m[0].length) } : full;
}

/**
 * Turns "Full Name (ABC)" definitions into mentions: a known name teaches the gazetteer entry a new
 * acronym, a known acronym teaches it a new full name, and an unknown pair becomes a new entity
 * (typed by the full name's head noun, an organisation by default). Later bare uses of the acronym join it.
 */
export function addAcronymMentions(mentions: Mention[], definitions: AcronymDefinition[], tokens: Token[], language: Language): Mention[] {
  let result = [...mentions];
  for (const def of definitions) {
    const full = trimDeterminer(def.full);
    const knownAcronym = result.find((m) => m.start === def.acronym.start && m.id);
    const knownFull = result.find((m) => m.id && m.start <= full.start && m.end >= full.end);
    const source = knownAcronym ?? knownFull;
    const words = full.text.split(/[\s']+/);
    const base: Omit<Mention, 'start' | 'end' | 'text'> = source
      ? {
          type: source.type,
          role: 'name',
          sure: true,
          ...(source.id ? { id: source.id } : {}),
          ...(source.name ? { name: source.name } : {}),
          ...(source.entry ? { entry: source.entry } : {}),
        }
      : { type: typeByHead(words, language) ?? 'Organization', role: 'name', sure: true, acronymKey: def.acronym.text, name: full.text };
    if (!knownFull) {
      result = result.filter((m) => !within(m, full));
      if (!result.some((m) => overlaps(m, full))) result.push({ ...base, ...full });
    }
    if (!knownAcronym) {
      for (const t of tokens) {
        if (t.text !== def.acronym.text || result.some((m) => overlaps(m, t))) continue;
        result.push({ ...base, start: t.start, end: t.end, text: t.text });
      }
    }
  }
  return result.sort((a, b) => a.start - b.start);
}
