import { BadInputError } from '@/lib/errors';
import { ENTITY_TYPES, RELATION_TYPES } from '@/lib/model';
import { int } from '@/lib/neo4j/values';
import type { FilterState } from './state';

/** Labels and relationship types present in the database and known to the model (see whitelist.ts). */
export type SchemaWhitelist = { labels: readonly string[]; relationTypes: readonly string[] };

export type CompiledFilter = { cypher: string; countCypher: string; params: Record<string, unknown> };

/**
 * Compiles a filter state into one parameterised Cypher query (plus a count query with the same params).
 * Pure: every value is a $param; labels and types are written into the text only after the whitelist check.
 * The query returns `entities` (nodes) and `relations` (relationships among them), so the console can draw it.
 */
export function compileFilter(state: FilterState, whitelist: SchemaWhitelist): CompiledFilter {
  const labels = checked(state.entityTypes, ENTITY_TYPES, 'entity type').filter((t) => whitelist.labels.includes(t));
  const chosenTypes = checked(state.relationTypes, RELATION_TYPES, 'relation type');
  const present = whitelist.relationTypes.filter((t) => RELATION_TYPES.includes(t));
  const relTypes = (chosenTypes.length > 0 ? chosenTypes.filter((t) => present.includes(t)) : present).filter((t) => !(state.hideCoMentioned && t === 'CO_MENTIONED'));
  const typeFiltered = chosenTypes.length > 0 || state.hideCoMentioned;
  const params: Record<string, unknown> = { limit: int(state.limit), minConfidence: state.minConfidence };
  const lines: string[] = [];
  const where: string[] = [];

  const articleWhere = articleConditions(state, params);
  if (articleWhere.length > 0) {
    lines.push(`CALL () {\n  MATCH (a:Article)\n  WHERE ${articleWhere.join('\n    AND ')}\n  RETURN collect(a.id) AS articleIds\n}`);
    where.push('EXISTS { MATCH (a:Article)-[:MENTIONS]->(e) WHERE a.id IN articleIds }');
  }
  if (state.entityTypes.length > 0) where.push(labels.length > 0 ? `e:${labels.map(quote).join('|')}` : 'false');
  if (state.minDegree > 0) {
    params.minDegree = int(state.minDegree);
    // Not coalesce(e.degree, 0): with minDegree > 0 the two agree (a missing degree fails both), and the bare
    // property lets the planner seek the entity_degree index instead of scanning every entity.
    where.push('e.degree >= $minDegree');
  }
  if (state.text.trim() !== '') {
    params.text = state.text.trim().toLowerCase();
    where.push('(toLower(e.name) CONTAINS $text OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $text))');
  }
  if (state.withinIds) {
    params.withinIds = state.withinIds;
    where.push('e.id IN $withinIds');
  }
  const relPattern = typeFiltered ? (relTypes.length > 0 ? `[r:${relTypes.map(quote).join('|')}]` : null) : '[r]';
  const relWhere = ['coalesce(r.confidence, 0.0) >= $minConfidence'];
  if (articleWhere.length > 0) relWhere.push('any(id IN coalesce(r.articleIds, []) WHERE id IN articleIds)');
  // Choosing relation types keeps only entities that take part in one of them.
  if (chosenTypes.length > 0) {
    where.push(relPattern ? `EXISTS { MATCH (e)-${relPattern}-(:Entity) WHERE ${relWhere.join(' AND ')} }` : 'false');
  }

  lines.push('MATCH (e:Entity)');
  if (where.length > 0) lines.push(`WHERE ${where.join('\n  AND ')}`);
  const prefix = lines.join('\n');
  const carry = articleWhere.length > 0 ? ', articleIds' : '';
  const relations = relPattern
    ? `COLLECT {\n  UNWIND entities AS s\n  MATCH (s)-${relPattern}->(t:Entity)\n  WHERE t IN entities AND ${relWhere.join(' AND ')}\n  RETURN r\n}`
    : '[]';
  const cypher = `${prefix}
WITH e${carry} ORDER BY coalesce(e.degree, 0) DESC, e.id LIMIT $limit
WITH collect(e) AS entities${carry}
RETURN entities, ${relations} AS relations`;
  return { cypher, countCypher: `${prefix}\nRETURN count(e) AS matches`, params };
}

function articleConditions(state: FilterState, params: Record<string, unknown>): string[] {
  const conditions: string[] = [];
  if (state.articleIds.length > 0) {
    params.articleIds = state.articleIds;
    conditions.push('a.id IN $articleIds');
  }
  if (state.sources.length > 0) {
    params.sources = state.sources;
    conditions.push('a.source IN $sources');
  }
  if (state.languages.length > 0) {
    params.languages = state.languages;
    conditions.push('a.language IN $languages');
  }
  if (state.publishedFrom) {
    params.publishedFrom = state.publishedFrom;
    conditions.push('a.publishedAt >= $publishedFrom');
  }
  if (state.publishedTo) {
    params.publishedTo = state.publishedTo;
    conditions.push('a.publishedAt <= $publishedTo');
  }
  return conditions;
}

function checked(values: string[], allowed: readonly string[], what: string): string[] {
  const unknown = values.filter((v) => !allowed.includes(v));
  if (unknown.length > 0) {
    throw new BadInputError(`Unknown ${what} ${unknown.map((u) => JSON.stringify(u)).join(', ')}. Use one of: ${allowed.join(', ')}.`);
  }
  return values;
}

/** Whitelisted names are plain identifiers already; backticks are belt and braces. */
function quote(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new BadInputError(`"${name}" cannot be used as a label or type.`);
  return `\`${name}\``;
}
