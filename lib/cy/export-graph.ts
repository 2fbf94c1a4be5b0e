import type { EntityDetail } from '@/lib/graph/types';

/** One piece of evidence behind a relation, with the title of its article (for Gephi users, who cannot look it up). */
export type ExportEvidence = { sentence: string; articleId: string; articleTitle: string; start: number; end: number; confidence: number };

export type ExportNode = { id: string; label: string; type: string; aliases: string[]; degree: number; articleCount: number; x: number; y: number; color: string; size: number };

export type ExportEdge = { id: string; source: string; target: string; type: string; confidence: number; color: string; evidence: ExportEvidence[] };

/** The graph as drawn (positions, colours, sizes) with what the server knows about it: what GraphML and GEXF carry. */
export type ExportGraph = { nodes: ExportNode[]; edges: ExportEdge[] };

/** A node or edge as read off the canvas: its data and how it is drawn. */
export type DrawnNode = Omit<ExportNode, 'aliases'>;
export type DrawnEdge = Omit<ExportEdge, 'evidence'>;

/**
 * Joins the drawn graph with entity details from the API (aliases, relation evidence, article titles). A relation
 * is found from either end; an entity whose details could not be fetched keeps empty aliases and evidence.
 */
export function toExportGraph(nodes: DrawnNode[], edges: DrawnEdge[], details: EntityDetail[]): ExportGraph {
  // A neighbour's relation names the other end's aliases too: an entity need not be fetched for its own.
  const aliases = new Map(details.flatMap((d) => d.relations.map((r) => [r.other.id, r.other.aliases] as const)));
  for (const d of details) aliases.set(d.id, d.aliases);
  const titles = new Map(details.flatMap((d) => d.articles.map((a) => [a.id, a.title] as const)));
  const evidence = new Map(details.flatMap((d) => d.relations.map((r) => [r.id, r.evidence] as const)));
  return {
    nodes: nodes.map((n) => ({ ...n, aliases: (aliases.get(n.id) ?? []).filter((a) => a !== n.label) })),
    edges: edges.map((e) => ({
      ...e,
      evidence: (evidence.get(e.id) ?? []).map((ev) => ({
        sentence: ev.text,
        articleId: ev.articleId,
        articleTitle: titles.get(ev.articleId) ?? '',
        start: ev.start,
        end: ev.end,
        confidence: ev.confidence,
      })),
    })),
  };
}

/**
 * Which entities' details to fetch so that every relation is seen from one of its ends (its evidence comes with
 * either), and every entity's aliases arrive: a greedy cover, most connected first, plus the unconnected.
 */
export function entitiesToFetch(nodeIds: string[], edges: { source: string; target: string }[]): string[] {
  const degree = new Map(nodeIds.map((id) => [id, 0]));
  for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const chosen = new Set<string>();
  for (const id of [...nodeIds].sort((a, b) => degree.get(b)! - degree.get(a)! || a.localeCompare(b))) {
    const uncovered = edges.some((e) => (e.source === id || e.target === id) && !chosen.has(e.source) && !chosen.has(e.target));
    if (uncovered || degree.get(id) === 0) chosen.add(id);
  }
  return nodeIds.filter((id) => chosen.has(id));
}
