import { extractArticle, resolveArticle } from './prepare';
import type { Stage } from '@/lib/extract/hybrid/types';
import type { Preview, PreviewEntity } from './types';

/** What committing would do: the article, its entities (new or merging into which stored one, and why), its relations. */
export async function previewArticle(input: unknown): Promise<Preview> {
  const p = await resolveArticle(await extractArticle(input));
  const names = new Map(p.resolved.entities.map((e) => [e.id, e.name]));
  return {
    article: p.article,
    alreadyInGraph: p.alreadyInGraph,
    replacesVersion: p.replacesVersion,
    entities: p.raw.entities.map((e) => {
      const id = p.keys.get(e.id) ?? e.id;
      const decision = p.decisions.get(id) ?? { kind: 'new' as const };
      const target = decision.kind === 'existing' ? decision.entityId : id;
      return { key: e.id, id: target, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, decision, ...provenanceOf(e) };
    }),
    relations: p.raw.relations.map((r, index) => ({
      index,
      type: r.type,
      source: r.source,
      target: r.target,
      sourceName: names.get(p.keys.get(r.source) ?? r.source) ?? nameOf(p.raw, r.source),
      targetName: names.get(p.keys.get(r.target) ?? r.target) ?? nameOf(p.raw, r.target),
      confidence: r.confidence,
      evidence: r.evidence,
    })),
  };
}

/** The hybrid extractor's record of who found and typed an entity; the rules alone record none. */
function provenanceOf(e: object): Pick<PreviewEntity, 'provenance'> {
  if (!('foundBy' in e) || !('typedBy' in e) || !Array.isArray(e.foundBy)) return {};
  return { provenance: { foundBy: e.foundBy as Stage[], typedBy: e.typedBy as Stage } };
}

function nameOf(extraction: { entities: { id: string; name: string }[] }, id: string): string {
  return extraction.entities.find((e) => e.id === id)?.name ?? id;
}
