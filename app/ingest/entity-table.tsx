import Link from 'next/link';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import type { PreviewEntity } from '@/lib/ingest';
import type { Stage } from '@/lib/extract/hybrid/types';
import type { EntityType } from '@/lib/model';
import { TypeSelect } from './type-select';

/** The hybrid extractor's stages as a reader names them. */
const STAGE_LABEL: Record<Stage, string> = { rules: 'rules', gazetteer: 'gazetteer', ner: 'CoreNLP', lexicon: 'word lists' };

type Props = {
  entities: PreviewEntity[];
  dropped: Set<string>;
  pending: boolean;
  onToggle: (key: string) => void;
  onRetype: (key: string, type: EntityType) => void;
  onEdit: (key: string) => void;
  onRemove: (key: string) => void;
};

/** One row per entity: keep it or not, its type, its aliases, whether it is new or joins a stored entity, which stages found and typed it, and its edit. */
export function EntityTable({ entities, dropped, pending, onToggle, onRetype, onEdit, onRemove }: Props) {
  return (
    <table className="entity-table">
      <thead>
        <tr>
          <th scope="col">Keep</th>
          <th scope="col">Entity</th>
          <th scope="col">Type</th>
          <th scope="col">Aliases</th>
          <th scope="col">Mentions</th>
          <th scope="col">In the graph</th>
          <th scope="col">Why</th>
          <th scope="col">Correct</th>
        </tr>
      </thead>
      <tbody>
        {entities.map((e) => (
          <tr key={e.key} className={dropped.has(e.key) ? 'excluded' : undefined}>
            <td>
              {e.added ? (
                <span className="muted">added</span>
              ) : (
                <input type="checkbox" checked={!dropped.has(e.key)} disabled={pending} onChange={() => onToggle(e.key)} aria-label={`Keep ${e.name}`} />
              )}
            </td>
            <th scope="row">
              <span className="swatch" style={{ background: ENTITY_STYLE[e.type].color }} /> {e.name}
            </th>
            <td>
              <TypeSelect label="" value={e.type} disabled={pending} onChange={(type) => onRetype(e.key, type)} aria-label={`Type of ${e.name}`} />
            </td>
            <td className="aliases">
              {e.aliases.slice(0, 4).join(', ')}
              {e.aliases.length > 4 ? ` +${e.aliases.length - 4}` : ''}
            </td>
            <td>{e.mentions.length}</td>
            <td>
              {e.decision.kind === 'existing' ? (
                <span className="decision merge">
                  Merges into <Link href={`/?focus=${encodeURIComponent(e.decision.entityId)}`}>{e.decision.name}</Link> <span className="muted">({e.decision.reason})</span>
                </span>
              ) : (
                <span className="decision new">New</span>
              )}
            </td>
            <td className="muted">
              {e.added
                ? 'added by you'
                : e.provenance
                  ? `found by ${e.provenance.foundBy.map((s) => STAGE_LABEL[s]).join(' + ')}; type from ${STAGE_LABEL[e.provenance.typedBy]}`
                  : 'rules'}
            </td>
            <td>
              <button type="button" onClick={() => onEdit(e.key)} aria-label={`Edit ${e.name}: rename, merge or link it`}>
                Edit
              </button>
              {e.added && (
                <button type="button" disabled={pending} onClick={() => onRemove(e.key)} aria-label={`Remove the added ${e.name}`}>
                  Remove
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
