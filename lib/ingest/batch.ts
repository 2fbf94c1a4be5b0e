import { getEnv } from '@/lib/env';
import { DatabaseUnavailableError, isAppError } from '@/lib/errors';
import { mapPool } from '@/lib/pool';
import { ingestArticle } from './ingest-article';
import { parseFile } from './files';

export type ItemOutcome = { file: string; title: string; status: 'added' | 'updated' | 'unchanged' | 'failed'; articleId?: string; message: string };
type BatchReport = { added: number; updated: number; unchanged: number; failed: number; items: ItemOutcome[] };

/**
 * Ingests every article of one file. A bad record fails alone; a file that cannot be read fails as one item.
 * A database outage is not a property of the file: it is thrown, so the caller stops instead of failing every file.
 */
export async function ingestFile(name: string, bytes: Uint8Array): Promise<ItemOutcome[]> {
  let inputs;
  try {
    inputs = parseFile(name, bytes);
  } catch (error) {
    return [failure(name, name, error)];
  }
  // Several records in flight (INGEST_CONCURRENCY), each its own transaction: one waits on the database while
  // the next is extracted. The outcomes keep the file's order.
  return mapPool(inputs, getEnv().INGEST_CONCURRENCY, async (input, i) => {
    const title = input.title || (inputs.length > 1 ? `${name} record ${i + 1}` : name);
    try {
      const result = await ingestArticle(input);
      return { file: name, title: result.title, status: result.status, articleId: result.articleId, message: result.message };
    } catch (error) {
      return failure(name, title, error);
    }
  });
}

function failure(file: string, title: string, error: unknown): ItemOutcome {
  if (error instanceof DatabaseUnavailableError) throw error;
  // An unexpected failure (a bug) is reported for this item with its message, and logged with its stack.
  if (!isAppError(error)) console.error(JSON.stringify({ event: 'ingest_failed', file, error: String((error as Error)?.stack ?? error) }));
  return { file, title, status: 'failed', message: isAppError(error) ? error.message : `Unexpected error: ${(error as Error)?.message ?? String(error)}` };
}

export function summarise(items: ItemOutcome[]): BatchReport {
  const count = (status: ItemOutcome['status']) => items.filter((i) => i.status === status).length;
  return { added: count('added'), updated: count('updated'), unchanged: count('unchanged'), failed: count('failed'), items };
}
