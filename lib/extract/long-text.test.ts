import { describe, expect, it } from 'vitest';
import { extract, NoSentenceBreaksError } from './index';
import { MAX_UNBROKEN_CHARS } from './rule-based';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences';

const GIVEN = ['John', 'Mary', 'James', 'Anna', 'Peter', 'Laura', 'David', 'Sarah', 'Paul', 'Helen', 'Mark', 'Julia', 'Simon', 'Clara', 'Tom'];
const FAMILY = [
  'Adams',
  'Baker',
  'Clarke',
  'Dawson',
  'Ellis',
  'Fisher',
  'Grant',
  'Hughes',
  'Irwin',
  'Jordan',
  'Keller',
  'Lawson',
  'Mason',
  'Nolan',
  'Owens',
  'Parker',
  'Quinn',
  'Reed',
  'Shaw',
  'Turner',
];
/** One sentence of about 4.6 KB naming 300 people: it used to give 45,753 co-mentions. */
const ROLL_CALL = `The delegates were ${GIVEN.flatMap((g) => FAMILY.map((f) => `${g} ${f}`)).join(', ')} and nobody else.`;

describe('long text', () => {
  it('cuts a sentence without breaks into pieces of at most MAX_SENTENCE_CHARS, at spaces, with exact offsets', () => {
    const text = 'Lorem ipsum dolor sit amet '.repeat(200);
    const pieces = splitSentences(text, 'en');
    expect(pieces.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.text).toMatch(/^\S.*\S$/);
    }
    expect(pieces.map((p) => p.text).join(' ')).toBe(text.trim());
  });

  it('keeps co-mentions of a 300-name sentence bounded, and links only names near each other', () => {
    const x = extract(ROLL_CALL, { language: 'en' });
    const people = x.entities.filter((e) => e.type === 'Person');
    const co = x.relations.filter((r) => r.type === 'CO_MENTIONED');
    expect(people.length).toBeGreaterThan(250);
    // Five pieces of at most 1,000 characters, each with at most 50 pairs (it was every pair: 45,753).
    expect(co.length).toBeGreaterThan(0);
    expect(co.length).toBeLessThanOrEqual(5 * 50);
    // Names here are about 15 characters apart: 12 mentions apart is well under 400 characters.
    const at = new Map(x.entities.map((e) => [e.id, e.mentions.map((m) => m.start)]));
    const closest = (a: number[], b: number[]) => Math.min(...a.flatMap((p) => b.map((q) => Math.abs(p - q))));
    for (const r of co) expect(closest(at.get(r.source)!, at.get(r.target)!)).toBeLessThan(400);
  }, 60_000);

  it('refuses a megabyte on one line without sentence breaks before any work, saying how to fix it', () => {
    const line = 'Yury Fedotov and Filippo Grandi spoke to the Security Council in Vienna and '.repeat(14_000);
    expect(line.length).toBeGreaterThan(MAX_UNBROKEN_CHARS);
    const started = performance.now();
    expect(() => extract(line)).toThrow(NoSentenceBreaksError);
    expect(() => extract(line)).toThrow(/without a sentence break.*Split it into paragraphs or sentences/);
    // Refused by one scan, not after minutes of extraction: a bound far above a scan, far below the work.
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it('reads 100 KB on one line without sentence breaks, with offsets into the original text', () => {
    const line = 'Yury Fedotov and Filippo Grandi spoke to the Security Council in Vienna and '.repeat(1_350);
    const x = extract(line, { language: 'en' });
    expect(x.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['person-yury-fedotov', 'person-filippo-grandi', 'org-security-council', 'loc-vienna']));
    for (const e of x.entities) for (const m of e.mentions) expect(line.slice(m.start, m.end)).toBe(m.text);
  }, 60_000);
});
