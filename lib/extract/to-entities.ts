import type { ExtractedEntity, Span } from '@/lib/model';
import type { Cluster } from './coref';
import { pruneAliases } from './aliases';
import { normaliseName } from './slug';

/** Distinct strings by name key, leaving out the canonical name itself. */
function distinctAliases(name: string, candidates: string[]): string[] {
  const seen = new Set([normaliseName(name)]);
  const aliases: string[] = [];
  for (const c of candidates) {
    const key = normaliseName(c);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    aliases.push(c);
  }
  return aliases;
}

/**
 * Clusters as the shared model's entities, in order of first mention. Aliases are the names seen in
 * the article, then the gazetteer's other names (so the loader can merge across articles and
 * languages); a title standing for a person is a mention but not an alias.
 */
export function toEntities(clusters: Cluster[], toSpan: (start: number, end: number) => Span): ExtractedEntity[] {
  const entities = [...clusters]
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
    .map((c) => {
      const seen = c.mentions.filter((m) => m.role !== 'title').map((m) => m.text);
      const known = c.entry ? [...c.entry.names, ...c.entry.acronyms] : [];
      const edition = c.entry && c.name !== c.entry.name;
      return {
        id: c.id,
        name: c.name,
        type: c.type,
        aliases: distinctAliases(c.name, [...seen, ...(edition ? [] : known)]),
        mentions: c.mentions.map((m) => toSpan(m.start, m.end)),
      };
    });
  return pruneAliases(entities);
}
