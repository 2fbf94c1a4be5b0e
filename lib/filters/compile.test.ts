import { describe, expect, it } from 'vitest';
import { compileFilter, type SchemaWhitelist } from './compile';
import { FilterStateSchema, type FilterInput } from './state';

const WHITELIST: SchemaWhitelist = { labels: ['Person', 'Organization', 'Location'], relationTypes: ['LEADS', 'SPOKE_AT', 'CO_MENTIONED'] };
const compile = (input: FilterInput) => compileFilter(FilterStateSchema.parse(input), WHITELIST);
const plain = (p: Record<string, unknown>) => JSON.parse(JSON.stringify(p, (_k, v) => (v && typeof v === 'object' && 'low' in v ? Number(v.low) : v)));

describe('compileFilter', () => {
  it('with no filter: every entity, every relation among them, only limit and confidence as params', () => {
    const { cypher, countCypher, params } = compile({});
    expect(cypher).toContain('MATCH (e:Entity)\nWITH e ORDER BY');
    expect(cypher).toContain('MATCH (s)-[r]->(t:Entity)');
    expect(countCypher).toBe('MATCH (e:Entity)\nRETURN count(e) AS matches');
    expect(plain(params)).toEqual({ limit: 500, minConfidence: 0 });
  });

  it('entity types become whitelisted labels', () => {
    expect(compile({ entityTypes: ['Person', 'Organization'] }).cypher).toContain('WHERE e:`Person`|`Organization`');
  });

  it('a model type absent from the database matches nothing instead of failing', () => {
    expect(compile({ entityTypes: ['Topic'] }).cypher).toContain('WHERE false');
  });

  it('refuses types outside the model, naming the allowed ones', () => {
    expect(() => compile({ entityTypes: ['Person`) DETACH DELETE e //'] })).toThrow(/Unknown entity type.*Use one of: Person/);
    expect(() => compile({ relationTypes: ['LEADS]->() DELETE r //'] })).toThrow(/Unknown relation type/);
  });

  it('relation types restrict edges and keep only entities taking part in one', () => {
    const { cypher } = compile({ relationTypes: ['LEADS'] });
    expect(cypher).toContain('EXISTS { MATCH (e)-[r:`LEADS`]-(:Entity)');
    expect(cypher).toContain('MATCH (s)-[r:`LEADS`]->(t:Entity)');
  });

  it('hiding CO_MENTIONED lists every other present type', () => {
    const { cypher } = compile({ hideCoMentioned: true });
    expect(cypher).toContain('[r:`LEADS`|`SPOKE_AT`]');
    expect(cypher).not.toContain('CO_MENTIONED');
  });

  it('article, source, language and date filters go through one article subquery', () => {
    const { cypher, params } = compile({ articleIds: ['a1'], sources: ['UN News'], languages: ['fr'], publishedFrom: '2011-01-01', publishedTo: '2011-12-31' });
    expect(cypher).toContain('a.id IN $articleIds');
    expect(cypher).toContain('a.source IN $sources');
    expect(cypher).toContain('a.language IN $languages');
    expect(cypher).toContain('a.publishedAt >= $publishedFrom');
    expect(cypher).toContain('a.publishedAt <= $publishedTo');
    expect(cypher).toContain('EXISTS { MATCH (a:Article)-[:MENTIONS]->(e) WHERE a.id IN articleIds }');
    expect(cypher).toContain('any(id IN coalesce(r.articleIds, []) WHERE id IN articleIds)');
    expect(params).toMatchObject({ articleIds: ['a1'], sources: ['UN News'], languages: ['fr'], publishedFrom: '2011-01-01', publishedTo: '2011-12-31' });
  });

  it('minimum degree and confidence are parameters', () => {
    const { cypher, params } = compile({ minDegree: 3, minConfidence: 0.8 });
    expect(cypher).toContain('e.degree >= $minDegree');
    expect(cypher).toContain('coalesce(r.confidence, 0.0) >= $minConfidence');
    expect(plain(params)).toMatchObject({ minDegree: 3, minConfidence: 0.8 });
  });

  it('name or alias text is lower-cased and passed as a parameter, quotes and backticks included', () => {
    const text = "O'Brien`) DETACH DELETE e //";
    const { cypher, params } = compile({ text });
    expect(cypher).toContain('toLower(e.name) CONTAINS $text');
    expect(cypher).not.toContain('Brien');
    expect(params.text).toBe(text.toLowerCase());
  });

  it('restricting the current view passes its ids', () => {
    const { cypher, params } = compile({ withinIds: ['org-unodc'] });
    expect(cypher).toContain('e.id IN $withinIds');
    expect(params.withinIds).toEqual(['org-unodc']);
  });

  it('combines every filter with AND', () => {
    const { cypher } = compile({ entityTypes: ['Person'], minDegree: 1, text: 'ban', languages: ['en'], relationTypes: ['SPOKE_AT'] });
    const where = cypher.slice(cypher.indexOf('MATCH (e:Entity)\nWHERE'), cypher.indexOf('WITH e'));
    expect(where.split('\n  AND ').length).toBe(5);
  });

  it('never puts a value into the query text', () => {
    const { cypher } = compile({ text: 'zzz-unique', sources: ['src-unique'], articleIds: ['art-unique'] });
    expect(cypher).not.toMatch(/unique/);
  });
});
