import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import vocabulary from '@/graph-seed/relations.json';
import { RELATION_COLORS } from '@/lib/cy/entity-style';
import { ENTITY_TYPES } from '@/lib/model';
import { CROSS_SENTENCE_PATTERNS, PATTERNS } from './patterns';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const TYPES = vocabulary.relations.map((r) => r.type);

describe('relation vocabulary', () => {
  it('has every relation type the gold fixtures use', () => {
    const gold = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.gold.json'))
      .flatMap((f) => (JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as { relations: { type: string }[] }).relations.map((r) => r.type));
    expect(gold.length).toBeGreaterThan(100);
    expect([...new Set(gold)].filter((t) => !TYPES.includes(t))).toEqual([]);
  });

  it('describes each type, with entity types at both ends and an edge colour', () => {
    for (const r of vocabulary.relations) {
      expect(r.description.length, r.type).toBeGreaterThan(20);
      expect(r.from.length * r.to.length, r.type).toBeGreaterThan(0);
      expect(
        [...r.from, ...r.to].filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t)),
        r.type,
      ).toEqual([]);
      expect(RELATION_COLORS[r.type], r.type).toMatch(/^#[0-9A-F]{6}$/i);
    }
    expect(new Set(TYPES).size).toBe(TYPES.length);
  });

  it('knows every type a pattern can produce', () => {
    const produced = [...PATTERNS, ...CROSS_SENTENCE_PATTERNS].flatMap((p) => p.types).filter((t) => t !== 'AFFILIATION');
    expect([...new Set(produced)].filter((t) => !TYPES.includes(t))).toEqual([]);
  });
});
