import { readTransaction } from '@/lib/neo4j/run';
import { NotFoundError } from '@/lib/errors';
import type { EntityType } from '@/lib/model';

export type ArticleMention = { entityId: string; name: string; type: EntityType; start: number; end: number };
export type ArticleRelation = {
  id: string;
  type: string;
  source: { id: string; name: string };
  target: { id: string; name: string };
  evidence: Array<{ text: string; start: number; end: number }>;
};
export type ArticleDetail = {
  id: string;
  title: string;
  publishedAt: string | null;
  language: string;
  source: string;
  url: string | null;
  text: string;
  mentions: ArticleMention[];
  relations: ArticleRelation[];
};

const GET_ARTICLE = `
MATCH (a:Article {id: $id})
RETURN a { .id, .title, .publishedAt, .language, .source, .url, .text } AS article,
  COLLECT {
    MATCH (a)-[m:MENTIONS]->(e:Entity)
    UNWIND range(0, size(coalesce(m.starts, [])) - 1) AS i
    RETURN { entityId: e.id, name: e.name, type: e.type, start: m.starts[i], end: m.ends[i] } AS mention
    ORDER BY mention.start
  } AS mentions,
  COLLECT {
    MATCH (a)-[:MENTIONS]->(s:Entity)-[r]->(t:Entity)
    WHERE $id IN r.articleIds
    RETURN { id: elementId(r), type: type(r), source: s { .id, .name }, target: t { .id, .name },
             evidence: [i IN range(0, size(r.evidence) - 1) WHERE r.evidenceArticleIds[i] = $id |
                        { text: r.evidence[i], start: r.evidenceStarts[i], end: r.evidenceEnds[i] }] } AS relation
    ORDER BY relation.type, relation.source.name
  } AS relations`;

/** An article with every mention (for highlighting) and the relations drawn from it. */
export async function getArticle(id: string): Promise<ArticleDetail> {
  const record = (await readTransaction((tx) => tx.run(GET_ARTICLE, { id }))).records[0];
  if (!record) throw new NotFoundError(`Article "${id}"`);
  return { ...(record.get('article') as Omit<ArticleDetail, 'mentions' | 'relations'>), mentions: record.get('mentions'), relations: record.get('relations') };
}
