import { DatabaseUnavailableError } from '@/lib/errors';
import { writeTransaction } from '@/lib/neo4j/run';
import { writeExtracted, writeExtractedIn } from './ingest-article';
import type { Extracted } from './prepare';
import type { IngestResult, Overrides } from './types';

/** Text per group transaction: a group of long articles would hold a large transaction state in Neo4j's memory. */
export const GROUP_MAX_CHARS = 400_000;

export type Written = { ok: true; result: IngestResult } | { ok: false; error: unknown };

/**
 * Writes articles that are ready, several to one transaction: a commit (its log flush, the full-text indexes'
 * update) costs about as much as writing a small article, so a group of them commits once. Each article is still
 * resolved against the graph as the ones before it in the group left it, and lands whole or not at all with its
 * group. When a group fails for any reason but an outage, each of its articles is written again alone, so one bad
 * article fails alone and the others land.
 */
export async function writeGroup(group: readonly Extracted[], overrides: Overrides): Promise<Written[]> {
  const alone = (e: Extracted) =>
    writeExtracted(e, overrides).then(
      (result): Written => ({ ok: true, result }),
      (error: unknown): Written => ({ ok: false, error }),
    );
  if (group.length === 1) return [await alone(group[0]!)];
  try {
    const results = await writeTransaction(async (tx) => {
      const out: IngestResult[] = [];
      for (const e of group) out.push(await writeExtractedIn(tx, e, overrides));
      return out;
    });
    return results.map((result) => ({ ok: true, result }));
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    const each: Written[] = [];
    for (const e of group) {
      const written = await alone(e);
      // Neo4j gone while the group is written again: the batch stops here, as it does for any outage.
      if (!written.ok && written.error instanceof DatabaseUnavailableError) throw written.error;
      each.push(written);
    }
    return each;
  }
}
