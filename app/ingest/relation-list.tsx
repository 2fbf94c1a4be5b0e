import type { PreviewRelation } from '@/lib/ingest';

type Props = { relations: PreviewRelation[]; excluded: Set<number>; excludedEntities: Set<string>; onToggle: (index: number) => void };

/** Each relation with the sentence it was read from; a relation to an unticked entity goes with it. */
export function RelationList({ relations, excluded, excludedEntities, onToggle }: Props) {
  if (relations.length === 0) return <p className="muted">No relations were found.</p>;
  return (
    <ul className="relation-list">
      {relations.map((r) => {
        const orphaned = excludedEntities.has(r.source) || excludedEntities.has(r.target);
        const id = `relation-${r.index}`;
        return (
          <li key={r.index} className={excluded.has(r.index) || orphaned ? 'excluded' : undefined}>
            <input id={id} type="checkbox" checked={!excluded.has(r.index) && !orphaned} disabled={orphaned} onChange={() => onToggle(r.index)} />
            <label htmlFor={id}>
              {r.sourceName} <code>{r.type}</code> {r.targetName} <span className="muted">({Math.round(r.confidence * 100)}%)</span>
            </label>
            {r.evidence.map((ev, i) => (
              <blockquote key={i} className="evidence">
                {ev.text}
              </blockquote>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
