'use client';

import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import Link from 'next/link';
import { placeMenu, type MenuItem } from '@/lib/cy/selection-menu';

type Props = {
  label: string;
  items: MenuItem[];
  /** Viewport coordinates of the point it opens at (the pointer, or the entity under the keyboard ring). */
  at: { x: number; y: number };
  onSelect: (item: MenuItem) => void;
  /** Closes the menu; `refocus` is true when focus should go back to where the menu was opened from. */
  onClose: (refocus: boolean) => void;
};

/**
 * A small menu in the DOM rather than drawn on the canvas, so keyboards and screen readers can use it (WAI-ARIA
 * menu pattern): focus goes to the first item, arrow keys, Home and End move, Enter or Space choose, Escape closes
 * and gives focus back; Tab, a click outside or a scroll close it. Disabled items stay reachable and say why.
 */
export function ContextMenu({ label, items, at, onSelect, onClose }: Props) {
  const menu = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);
  const [place, setPlace] = useState(at);

  useLayoutEffect(() => {
    const box = menu.current!.getBoundingClientRect();
    setPlace(placeMenu(at, box, { width: window.innerWidth, height: window.innerHeight }));
  }, [at]);

  useEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const outside = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) close.current(false);
    };
    window.addEventListener('pointerdown', outside, true);
    window.addEventListener('wheel', outside, true);
    return () => {
      window.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('wheel', outside, true);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      onClose(true);
    }
  };

  return (
    <ul ref={menu} role="menu" aria-label={label} className="context-menu" style={{ left: place.x, top: place.y }} onKeyDown={onKeyDown}>
      {items.map((item, i) => (
        <li key={item.action} role="none">
          {item.href && !item.disabled ? (
            <Link href={item.href} role="menuitem" tabIndex={i === active ? 0 : -1} onMouseEnter={() => setActive(i)} onClick={() => onSelect(item)}>
              {item.label}
            </Link>
          ) : (
            <button
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              aria-disabled={item.disabled || undefined}
              title={item.hint}
              onMouseEnter={() => setActive(i)}
              onClick={() => {
                if (!item.disabled) onSelect(item);
              }}
            >
              {item.label}
              {item.disabled && item.hint && <span className="visually-hidden"> ({item.hint})</span>}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
