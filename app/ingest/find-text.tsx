'use client';

import { useState } from 'react';
import type { Span } from '@/lib/model';

/**
 * Selecting by typing: the keyboard way to pick a span (and the exact one). Each press of Find selects the next
 * occurrence after the previous one, wrapping round.
 */
export function FindText({ text, onSelect }: { text: string; onSelect: (span: Span) => void }) {
  const [query, setQuery] = useState('');
  const [from, setFrom] = useState(0);
  const [message, setMessage] = useState('');
  const find = () => {
    const form = query.trim();
    if (form === '') return;
    let at = text.indexOf(form, from);
    if (at === -1) at = text.indexOf(form);
    if (at === -1) {
      setMessage(`“${form}” is not in the text.`);
      return;
    }
    setMessage('');
    setFrom(at + form.length);
    onSelect({ start: at, end: at + form.length, text: form });
  };
  return (
    <form
      className="find-text"
      onSubmit={(event) => {
        event.preventDefault();
        find();
      }}
    >
      <label>
        Find in the text{' '}
        <input
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setFrom(0);
          }}
          maxLength={300}
        />
      </label>{' '}
      <button type="submit">Select</button>
      {message && <span className="error"> {message}</span>}
    </form>
  );
}
