import lexicon from './months.json';

/** Month name or abbreviation (lower case) → 1-12. */
const MONTHS: Record<string, number> = lexicon.months;
// Longest first, so "juillet" wins over "juil" and "september" over "sep".
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ORDINAL = '(?:er|re|st|nd|rd|th)?';

/**
 * Date shapes found in news text, each with how to read its groups. Numeric d/m/y is read day first (the French
 * and international order, "12/03/2024" = 12 March); only when that is impossible ("03/25/2024") month first.
 */
const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => string | undefined }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/u, read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})${ORDINAL}\\s+(${MONTH})\\.?,?\\s+(\\d{4})\\b`, 'iu'), read: (m) => isoDate(+m[3]!, monthOf(m[2]!), +m[1]!) },
  { re: new RegExp(`(?<![\\p{L}])(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'iu'), read: (m) => isoDate(+m[3]!, monthOf(m[1]!), +m[2]!) },
  { re: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/u, read: (m) => isoDate(+m[3]!, +m[2]!, +m[1]!) ?? isoDate(+m[3]!, +m[1]!, +m[2]!) },
];

export type FoundDate = { date: string; index: number; length: number };

/** The earliest well-formed calendar date written in `text`, as YYYY-MM-DD with where it starts; impossible dates are skipped. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { re, read } of PATTERNS) {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(global)) {
      const date = read(m as RegExpExecArray);
      if (date && (!best || m.index < best.index)) best = { date, index: m.index, length: m[0].length };
      if (date) break;
    }
  }
  return best;
}

/**
 * A date field's value (ISO date or timestamp, or a written date) → YYYY-MM-DD, or undefined when it holds none.
 * A timestamp keeps its own calendar day: "2024-06-03T23:30:00-04:00" is the 3rd where it was written.
 */
export function parseDateValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value > 0 ? new Date(value > 1e11 ? value : value * 1000).toISOString().slice(0, 10) : undefined;
  if (typeof value !== 'string') return undefined;
  return findDate(value.trim().slice(0, 200))?.date;
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase()] ?? 0;
}

/** YYYY-MM-DD for a real calendar day between 1800 and 2200, else undefined (31 February, month 13, year 20). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
