'use client';

import { useRef } from 'react';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { markSpans } from '@/lib/text/mark-spans';
import type { PreviewEntity } from '@/lib/ingest';
import type { EntityType, Span } from '@/lib/model';

type Props = { text: string; entities: PreviewEntity[]; selection: Span | null; onSelect: (span: Span | null) => void };

/** Offset in the article of a point in the rendered text: each piece carries where it starts (data-start). */
function offsetOf(node: Node, offset: number): number | null {
  const piece = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest('[data-start]');
  if (!piece) return null;
  return Number(piece.getAttribute('data-start')) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * The article with each mention marked in its entity type's colour; rendered as text, never as HTML. Selecting
 * text in it (mouse, or shift+arrows with caret browsing; or the Find box below) gives the correction tools their span.
 * The box scrolls, so it takes focus (and is named) for keyboard users to scroll it with the arrow keys.
 */
export function HighlightedText({ text, entities, selection, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const spans = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, name: e.name, type: e.type })));
  // The selection shows over the mentions it overlaps, so the user sees exactly what they picked.
  const marks = selection ? [...spans.filter((s) => s.end <= selection.start || s.start >= selection.end), { ...selection, name: '', type: 'selection' as const }] : spans;
  const pieces = markSpans<{ start: number; end: number; name: string; type: EntityType | 'selection' }>(text, marks);
  const read = () => {
    const s = window.getSelection();
    if (!s || s.rangeCount === 0 || s.isCollapsed || !box.current) return;
    const range = s.getRangeAt(0);
    if (!box.current.contains(range.startContainer) || !box.current.contains(range.endContainer)) return;
    let [start, end] = [offsetOf(range.startContainer, range.startOffset), offsetOf(range.endContainer, range.endOffset)];
    if (start === null || end === null || end <= start) return;
    // A selection by double click or drag often takes a space or a comma with it.
    while (start < end && /[\s,;:.«»"()]/.test(text[start]!)) start += 1;
    while (end > start && /[\s,;:.«»"()]/.test(text[end - 1]!)) end -= 1;
    if (end > start) onSelect({ start, end, text: text.slice(start, end) });
  };
  return (
    <div ref={box} className="article-text preview-text" tabIndex={0} role="region" aria-label="Article text with mentions marked" onMouseUp={read} onKeyUp={read}>
      {pieces.map((piece) => {
        if (!piece.mark)
          return (
            <span key={piece.start} data-start={piece.start}>
              {piece.text}
            </span>
          );
        if (piece.mark.type === 'selection') {
          return (
            <mark key={piece.start} data-start={piece.start} className="selection-mark" title="Selected text">
              {piece.text}
            </mark>
          );
        }
        const { color, label } = ENTITY_STYLE[piece.mark.type];
        return (
          <mark
            key={piece.start}
            data-start={piece.start}
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
