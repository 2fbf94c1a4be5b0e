import type { ElementStore } from '@/lib/cy/element-store';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import type { EntityType } from '@/lib/model';

type Props = { store: ElementStore; visible: { nodes: Set<string>; edges: Set<string> }; onFocus: (id: string) => void };

/** The visible graph as two tables, for screen readers and for copying. */
export function ListView({ store, visible, onFocus }: Props) {
  const data = (id: string) => store.elements.get(id)?.data ?? {};
  const name = (id: string) => String(data(id).label ?? id);
  return (
    <section className="list-view" aria-label="List view">
      <h2>Entities in view ({visible.nodes.size})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Connections</th>
            <th scope="col">Articles</th>
          </tr>
        </thead>
        <tbody>
          {[...visible.nodes].map((id) => (
            <tr key={id}>
              <td>
                <a
                  href={`/?focus=${encodeURIComponent(id)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onFocus(id);
                  }}
                >
                  {name(id)}
                </a>
              </td>
              <td>{ENTITY_STYLE[data(id).type as EntityType]?.label ?? data(id).type}</td>
              <td>{data(id).degree}</td>
              <td>{data(id).articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Relations in view ({visible.edges.size})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Relation</th>
            <th scope="col">To</th>
            <th scope="col">Evidence sentences</th>
          </tr>
        </thead>
        <tbody>
          {[...visible.edges].map((id) => {
            const e = data(id);
            return (
              <tr key={id}>
                <td>{name(e.source)}</td>
                <td>
                  <code>{e.type}</code>
                </td>
                <td>{name(e.target)}</td>
                <td>{e.evidenceCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
