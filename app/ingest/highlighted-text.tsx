import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { markSpans } from '@/lib/text/mark-spans';
import type { PreviewEntity } from '@/lib/ingest';
import type { EntityType } from '@/lib/model';

type Props = { text: string; entities: PreviewEntity[]; types: Record<string, EntityType> };

/**
 * The article with each mention marked in its entity type's colour; rendered as text, never as HTML.
 * The box scrolls, so it takes focus (and is named) for keyboard users to scroll it with the arrow keys.
 */
export function HighlightedText({ text, entities, types }: Props) {
  const spans = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, name: e.name, type: types[e.key] ?? e.type })));
  return (
    <div className="article-text preview-text" tabIndex={0} role="region" aria-label="Article text with mentions marked">
      {markSpans(text, spans).map((piece) => {
        if (!piece.mark) return <span key={piece.start}>{piece.text}</span>;
        const { color, label } = ENTITY_STYLE[piece.mark.type];
        return (
          <mark
            key={piece.start}
            className="mention-mark"
            style={{ borderBottomColor: color, background: `${color}22` }}
            title={`${piece.mark.name} (${label})`}
            data-type={piece.mark.type}
          >
            {piece.text}
          </mark>
        );
      })}
    </div>
  );
}
