/**
 * Replaces the contents of comments, string literals and backtick-quoted names with spaces, keeping every
 * offset, so keyword checks see only Cypher syntax: `RETURN 'USE system'` and `// DELETE` are harmless text.
 */
export function maskCypher(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    const next = query[i + 1];
    if (ch === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end === -1 ? query.length : end + 2;
      out += blank(query.slice(i, stop));
      i = stop;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const stop = closingQuote(query, i, ch);
      out += ch + blank(query.slice(i + 1, stop - 1)) + (stop - 1 > i ? query[stop - 1] : '');
      i = stop;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** Index just past the closing quote (or the end of the text when unterminated). Backslash escapes in strings; `` in names. */
function closingQuote(query: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < query.length) {
    if (quote !== '`' && query[i] === '\\') i += 2;
    else if (query[i] === quote && quote === '`' && query[i + 1] === '`') i += 2;
    else if (query[i] === quote) return i + 1;
    else i += 1;
  }
  return query.length;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}
