import type { PreviewEntity, PreviewRelation } from '@/lib/ingest';
import { fitsVocabulary } from '@/lib/extract/relations/vocabulary';
import { RELATION_TYPES } from '@/lib/model';

type Props = {
  relations: PreviewRelation[];
  entities: PreviewEntity[];
  dropped: Set<number>;
  droppedEntities: Set<string>;
  pending: boolean;
  onToggle: (index: number) => void;
  onRetype: (relation: PreviewRelation, type: string, reversed: boolean) => void;
  onRemoveAdded: (added: number) => void;
};

/** The types a relation may take between its two ends, either way round (the vocabulary says which). */
function choicesFor(r: PreviewRelation, entities: PreviewEntity[]) {
  const typeOf = (key: string) => entities.find((e) => e.key === key)?.type;
  const [from, to] = [typeOf(r.source), typeOf(r.target)];
  if (!from || !to) return [];
  return [
    ...RELATION_TYPES.filter((t) => fitsVocabulary(t, from, to)).map((t) => ({ value: t, label: `${r.sourceName} ${t} ${r.targetName}` })),
    ...RELATION_TYPES.filter((t) => t !== 'CO_MENTIONED' && fitsVocabulary(t, to, from)).map((t) => ({ value: `${t}:reversed`, label: `${r.targetName} ${t} ${r.sourceName}` })),
  ];
}

/** Each relation with the sentence it was read from; drop it, change its type, or remove one the user added. */
export function RelationList({ relations, entities, dropped, droppedEntities, pending, onToggle, onRetype, onRemoveAdded }: Props) {
  if (relations.length === 0) return <p className="muted">No relations were found.</p>;
  return (
    <ul className="relation-list">
      {relations.map((r) => {
        const orphaned = droppedEntities.has(r.source) || droppedEntities.has(r.target);
        const id = r.index !== null ? `relation-${r.index}` : `added-relation-${r.added}`;
        const off = (r.index !== null && dropped.has(r.index)) || orphaned;
        return (
          <li key={id} className={off ? 'excluded' : undefined}>
            {r.index !== null ? (
              <input id={id} type="checkbox" checked={!off} disabled={orphaned || pending} onChange={() => onToggle(r.index!)} />
            ) : (
              <button type="button" disabled={pending} onClick={() => onRemoveAdded(r.added!)} aria-label={`Remove the added relation ${r.sourceName} ${r.type} ${r.targetName}`}>
                Remove
              </button>
            )}
            {r.index !== null ? (
              <label htmlFor={id}>
                {r.sourceName} <code>{r.type}</code> {r.targetName} <span className="muted">({Math.round(r.confidence * 100)}%)</span>
              </label>
            ) : (
              <span>
                {r.sourceName} <code>{r.type}</code> {r.targetName} <span className="muted">(added)</span>
              </span>
            )}{' '}
            {r.index !== null && (
              <select
                value={r.type}
                disabled={pending || off}
                aria-label={`Type of ${r.sourceName} ${r.type} ${r.targetName}`}
                onChange={(e) => {
                  const [type, reversed] = e.target.value.split(':');
                  onRetype(r, type!, reversed === 'reversed');
                }}
              >
                {choicesFor(r, entities).map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
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
