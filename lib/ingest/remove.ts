import { removeArticle } from '@/lib/graph/load-article';
import { NotFoundError } from '@/lib/errors';

/** Removes an ingested article with its mentions, evidence and whatever only it supported. */
export async function removeIngestedArticle(articleId: string): Promise<void> {
  if (!(await removeArticle(articleId))) throw new NotFoundError(`Article “${articleId}”`);
}
