import { readTransaction } from '@/lib/neo4j/run';
import type { Corrections } from './corrections';
import { ADDED_KEY } from './corrections';
import { checkLinks, extractArticle, resolveArticle } from './prepare';
import { chooseCorrections, readStoredCorrections } from './stored-corrections';
import type { Stage } from '@/lib/extract/hybrid/types';
import type { Preview, PreviewEntity } from './types';

/**
 * What committing would do: the article, its entities (new or merging into which stored one, and why), its
 * relations, all with the user's corrections applied; without corrections from the user, those stored with this
 * very text are applied, so a second ingest of the same text starts from the first one's fixes.
 */
export async function previewArticle(input: unknown, corrections?: Corrections): Promise<Preview> {
  const overrides = { excludeEntities: [], excludeRelations: [], types: {}, ...(corrections ? { corrections } : {}) };
  const first = await extractArticle(input, overrides);
  return readTransaction(async (tx) => {
    const chosen = chooseCorrections(first, overrides, corrections ? null : await readStoredCorrections(tx, first.article.text));
    const p = await resolveArticle(chosen.extracted, tx);
    checkLinks(p);
    const finalId = (key: string) => {
      const id = p.keys.get(key) ?? key;
      const decision = p.decisions.get(id);
      return decision?.kind === 'existing' ? decision.entityId : id;
    };
    const names = new Map(p.resolved.entities.map((e) => [e.id, e.name]));
    const entities = p.corrected.extraction.entities;
    const nameOf = (key: string) => names.get(finalId(key)) ?? entities.find((e) => e.id === key)?.name ?? key;
    return {
      article: p.article,
      alreadyInGraph: p.alreadyInGraph,
      replacesVersion: p.replacesVersion,
      corrections: chosen.corrections,
      storedCorrections: chosen.stored,
      entities: entities.map((e) => {
        const decision = p.decisions.get(p.keys.get(e.id) ?? e.id) ?? { kind: 'new' as const };
        return { key: e.id, id: finalId(e.id), name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, decision, added: ADDED_KEY.test(e.id), ...provenanceOf(e) };
      }),
      relations: p.corrected.extraction.relations.map((r, i) => {
        const origin = p.corrected.origins[i]!;
        return {
          index: 'index' in origin ? origin.index : null,
          added: 'added' in origin ? origin.added : null,
          type: r.type,
          source: r.source,
          target: r.target,
          sourceName: nameOf(r.source),
          targetName: nameOf(r.target),
          confidence: r.confidence,
          evidence: r.evidence,
        };
      }),
    };
  });
}

/** The hybrid extractor's record of who found and typed an entity; the rules alone record none. */
function provenanceOf(e: object): Pick<PreviewEntity, 'provenance'> {
  if (!('foundBy' in e) || !('typedBy' in e) || !Array.isArray(e.foundBy)) return {};
  return { provenance: { foundBy: e.foundBy as Stage[], typedBy: e.typedBy as Stage } };
}
