import Link from 'next/link';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import type { PreviewEntity } from '@/lib/ingest';
import type { Stage } from '@/lib/extract/hybrid/types';
import { ENTITY_TYPES, type EntityType } from '@/lib/model';

/** The hybrid extractor's stages as a reader names them. */
const STAGE_LABEL: Record<Stage, string> = { rules: 'rules', gazetteer: 'gazetteer', ner: 'CoreNLP', lexicon: 'word lists' };

type Props = {
  entities: PreviewEntity[];
  excluded: Set<string>;
  types: Record<string, EntityType>;
  onToggle: (key: string) => void;
  onRetype: (key: string, type: EntityType) => void;
};

/** One row per entity: keep it or not, its type, its aliases, whether it is new or joins a stored entity, and which stages found and typed it. */
export function EntityTable({ entities, excluded, types, onToggle, onRetype }: Props) {
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
        </tr>
      </thead>
      <tbody>
        {entities.map((e) => {
          const type = types[e.key] ?? e.type;
          return (
            <tr key={e.key} className={excluded.has(e.key) ? 'excluded' : undefined}>
              <td>
                <input type="checkbox" checked={!excluded.has(e.key)} onChange={() => onToggle(e.key)} aria-label={`Keep ${e.name}`} />
              </td>
              <th scope="row">
                <span className="swatch" style={{ background: ENTITY_STYLE[type].color }} /> {e.name}
              </th>
              <td>
                <select value={type} onChange={(event) => onRetype(e.key, event.target.value as EntityType)} aria-label={`Type of ${e.name}`}>
                  {ENTITY_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {ENTITY_STYLE[t].label}
                    </option>
                  ))}
                </select>
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
                {e.provenance ? `found by ${e.provenance.foundBy.map((s) => STAGE_LABEL[s]).join(' + ')}; type from ${STAGE_LABEL[e.provenance.typedBy]}` : 'rules'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
