import Link from 'next/link';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { markSpans } from '@/lib/text/mark-spans';
import type { ArticleMention } from '@/lib/graph/articles';

type Props = { text: string; mentions: ArticleMention[]; focus: { start: number; end: number } | null };

/** The article text with every mention linked to its entity; the focused sentence (from an evidence link) is marked. */
export function ArticleText({ text, mentions, focus }: Props) {
  const valid = focus && focus.start >= 0 && focus.end > focus.start && focus.end <= text.length ? focus : null;
  const regions = valid
    ? [
        { start: 0, end: valid.start },
        { start: valid.start, end: valid.end, focused: true },
        { start: valid.end, end: text.length },
      ]
    : [{ start: 0, end: text.length }];
  return (
    <div className="article-text">
      {regions.map((region) => {
        const inside = mentions.filter((m) => m.start >= region.start && m.end <= region.end).map((m) => ({ ...m, start: m.start - region.start, end: m.end - region.start }));
        const pieces = markSpans(text.slice(region.start, region.end), inside).map((piece) =>
          piece.mark ? (
            <Link
              key={piece.start}
              href={`/?focus=${encodeURIComponent(piece.mark.entityId)}`}
              className="mention"
              style={{ borderBottomColor: ENTITY_STYLE[piece.mark.type].color }}
              title={`${piece.mark.name} (${piece.mark.type})`}
            >
              {piece.text}
            </Link>
          ) : (
            <span key={piece.start}>{piece.text}</span>
          ),
        );
        return 'focused' in region ? (
          <mark key={region.start} id="evidence" className="evidence-focus">
            {pieces}
          </mark>
        ) : (
          <span key={region.start}>{pieces}</span>
        );
      })}
    </div>
  );
}
