/** Cypher for the corrections stored with an article (a JSON property of its Article node). */

/** The corrections stored with an article of exactly this text, if any. */
export const STORED_CORRECTIONS = `
MATCH (a:Article) WHERE a.sha256 = $sha256 AND a.corrections IS NOT NULL
RETURN a.corrections AS corrections LIMIT 1`;

/** Replaces an article's corrections; null removes them (a new version of the text invalidates their offsets). */
export const SET_CORRECTIONS = 'MATCH (a:Article {id: $id}) SET a.corrections = $corrections';
