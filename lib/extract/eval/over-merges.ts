import type { ExtractedEntity, Extraction } from '@/lib/model';
import { isArticleScoped, lookupForms } from '@/lib/ingest/resolve';
import { canonicalFor } from '../gazetteer/canonical';
import { normaliseName } from '../slug';
import type { Gold } from './types';

/**
 * Over-merges: one extracted entity standing for two distinct gold things ("the Council" joining two councils, a
 * party absorbing its province). Within an article, an entity's names, aliases and mention texts are looked up
 * among that article's gold names (any type); a string naming several gold things ("Marseille": city and club)
 * says nothing and is skipped. Across articles, entities join as the loader and resolver join them: by id, and
 * by a lookup form of the same type; gold things join across articles when they share a name of the same type or a gazetteer entry.
 */
export type OverMerges = { inArticle: number; asStored: number; examples: string[] };

type Run = { gold: Gold; x: Extraction };

class Union {
  private parent = new Map<string, string>();
  find(a: string): string {
    const p = this.parent.get(a) ?? a;
    if (p === a) return a;
    const root = this.find(p);
    this.parent.set(a, root);
    return root;
  }
  join(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/** Gold things of all fixtures: `article#index` → one key per distinct thing (same type and a shared name). */
export function goldThings(runs: { gold: Gold }[]): (article: string, index: number) => string {
  const union = new Union();
  const byKey = new Map<string, string>();
  for (const { gold } of runs)
    gold.entities.forEach((g, i) => {
      for (const name of [g.name, ...g.aliases]) {
        // United States and États-Unis are one thing: the gazetteer says so where the annotations do not.
        const key = canonicalFor(name, g.type)?.id ?? `${g.type}:${normaliseName(name)}`;
        const seen = byKey.get(key);
        if (seen) union.join(`${gold.id}#${i}`, seen);
        else byKey.set(key, `${gold.id}#${i}`);
      }
    });
  return (article, index) => union.find(`${article}#${index}`);
}

/** Indexes of the gold entities an extracted entity names unambiguously. */
function goldHits(e: ExtractedEntity, gold: Gold): Set<number> {
  return goldNamed([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)], gold);
}

/** Indexes of the gold entities that these strings name unambiguously (a string naming two says nothing). */
export function goldNamed(names: string[], gold: Gold): Set<number> {
  const hits = new Set<number>();
  for (const name of new Set(names.map(normaliseName))) {
    const named = gold.entities.flatMap((g, i) => ([g.name, ...g.aliases].some((n) => normaliseName(n) === name) ? [i] : []));
    if (named.length === 1) hits.add(named[0]!);
  }
  return hits;
}

export function countOverMerges(runs: Run[]): OverMerges {
  const thingOf = goldThings(runs);
  const examples: string[] = [];
  let inArticle = 0;
  const union = new Union();
  const things = new Map<string, Set<string>>();
  const formOwner = new Map<string, string>();
  for (const { gold, x } of runs) {
    for (const e of x.entities) {
      const hits = [...new Set([...goldHits(e, gold)].map((i) => thingOf(gold.id, i)))];
      if (hits.length > 1) {
        inArticle += 1;
        examples.push(`${gold.id}: ${e.type} “${e.name}” = ${[...goldHits(e, gold)].map((i) => gold.entities[i]!.name).join(' + ')}`);
      }
      // As stored: an article-scoped entity gets an id of its own article and is looked up by nothing.
      const node = isArticleScoped(e) ? `${e.id}@${gold.id}` : e.id;
      things.set(`${node}@@${gold.id}`, new Set(hits));
      union.join(`${node}@@${gold.id}`, node);
      if (isArticleScoped(e)) continue;
      for (const form of lookupForms(e)) {
        const key = `${e.type}:${normaliseName(form)}`;
        const owner = formOwner.get(key);
        if (owner) union.join(node, owner);
        else formOwner.set(key, node);
      }
    }
  }
  const joined = new Map<string, Set<string>>();
  for (const [slot, hits] of things) {
    const root = union.find(slot);
    joined.set(root, new Set([...(joined.get(root) ?? []), ...hits]));
  }
  const merged = [...joined].filter(([, s]) => s.size > 1);
  for (const [root, s] of merged) if (s.size > 1) examples.push(`stored ${root.split('@@')[0]}: ${s.size} gold things (${[...s].join(', ')})`);
  const asStored = merged.length;
  return { inArticle, asStored, examples };
}
