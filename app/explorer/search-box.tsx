'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import type { SearchResult } from '@/lib/graph/search';
import { useSearch } from './use-search';

type Props = { label: string; onPick: (result: SearchResult) => void; slashShortcut?: boolean; placeholder?: string };

/** Entity search as an ARIA combobox: type, move with the arrow keys, Enter picks, Escape closes. */
export function SearchBox({ label, onPick, slashShortcut = false, placeholder }: Props) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const search = useSearch(open ? text : '');
  const results = search.status === 'done' ? search.results : [];

  useEffect(() => {
    if (!slashShortcut) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slashShortcut]);

  const pick = (result: SearchResult | undefined) => {
    if (!result) return;
    onPick(result);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (results.length > 0) setActive((i) => (i + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape') {
      if (open) event.stopPropagation();
      setOpen(false);
    }
  };

  const expanded = open && text.trim() !== '' && search.status !== 'idle';
  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-opt-${active}` : undefined}
        placeholder={placeholder ?? `${label}…`}
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={`${label}: results`} className="search-results" hidden={!expanded}>
        {results.map((r, i) => (
          <li
            key={r.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(r)}
            onMouseEnter={() => setActive(i)}
          >
            <span className="swatch" style={{ background: ENTITY_STYLE[r.type].color }} aria-hidden="true" />
            <span className="result-name">{r.name}</span>
            {r.matched !== r.name && <span className="muted"> “{r.matched}”</span>}
            <span className="muted result-meta">
              {' '}
              {ENTITY_STYLE[r.type].label} · {r.articleCount} article{r.articleCount === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ul>
      {expanded && <SearchStatus search={search} count={results.length} />}
    </div>
  );
}

function SearchStatus({ search, count }: { search: ReturnType<typeof useSearch>; count: number }) {
  const message =
    search.status === 'loading'
      ? 'Searching…'
      : search.status === 'error'
        ? `Search failed: ${search.message}`
        : count === 0
          ? 'No entity matches. Try fewer letters, another spelling or an alias (search ignores accents and small typos).'
          : `${count} result${count === 1 ? '' : 's'}; use the arrow keys and Enter.`;
  // With results on screen the count is for screen readers only; otherwise the message is the point.
  const quiet = search.status === 'done' && count > 0;
  return (
    <p role="status" className={quiet ? 'visually-hidden' : `search-status ${search.status === 'error' ? 'error' : 'muted'}`}>
      {message}
    </p>
  );
}
