import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { CREATE_EVENT } from '@/lib/curation/queries';
import type { Extraction } from '@/lib/model';
import type { Corrections } from './corrections';

/** One line per correction, in the user's words: what the curation log shows. Pure. */
export function describeCorrections(raw: Extraction, corrected: Extraction, c: Corrections): string[] {
  const name = (key: string) => raw.entities.find((e) => e.id === key)?.name ?? corrected.entities.find((e) => e.id === key)?.name ?? key;
  const relation = (r: { source: string; target: string }) => `${name(r.source)} → ${name(r.target)}`;
  return [
    ...c.droppedEntities.map((key) => `left out “${name(key)}”`),
    ...c.droppedRelations.map((i) => (raw.relations[i] ? `left out ${raw.relations[i].type} for ${relation(raw.relations[i])}` : `left out relation ${i}`)),
    ...c.edits.map((e) => {
      const parts = [
        e.name && e.name !== name(e.key) ? `renamed “${name(e.key)}” to “${e.name}”` : null,
        e.type ? `typed “${e.name ?? name(e.key)}” ${e.type}` : null,
        e.mentions ? `fixed the mentions of “${e.name ?? name(e.key)}”` : null,
      ];
      return parts.filter(Boolean).join(', ') || `edited “${name(e.key)}”`;
    }),
    ...c.added.map((a) => `added ${a.type} “${a.name}” (${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'})`),
    ...c.merges.map((m) => `merged “${name(m.from)}” into “${name(m.into)}”`),
    ...c.links.map((l) => `linked “${name(l.key)}” to the stored “${l.name}”`),
    ...c.retypedRelations.map((r) => {
      const was = raw.relations[r.index];
      return was ? `changed ${was.type} to ${r.type} for ${relation(was)}` : `changed relation ${r.index} to ${r.type}`;
    }),
    ...c.addedRelations.map((r) => `added ${r.type} for ${relation(r)}`),
  ];
}

/**
 * Records an ingest's corrections in the curation log (a CurationEvent, like a curation), in the ingest's own
 * transaction. It is not undone there: the corrections belong to the article; a later ingest or a curation changes them.
 */
export async function recordIngestCorrections(tx: ManagedTransaction, entry: { title: string; lines: string[]; entityIds: string[] }): Promise<void> {
  await tx.run(CREATE_EVENT, {
    id: randomUUID(),
    action: 'ingest-correction',
    at: new Date().toISOString(),
    actor: 'ingest',
    summary: `Ingest of “${entry.title}”: ${entry.lines.join('; ')}`.slice(0, 2000),
    entityIds: entry.entityIds,
    before: 'null',
    after: 'null',
  });
}
