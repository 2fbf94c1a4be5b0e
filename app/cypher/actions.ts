'use server';

import { z } from 'zod';
import { runReadOnlyCypher, type CypherResult } from '@/lib/cypher/run';
import { CypherParamsSchema } from '@/lib/cypher/params';
import type { QueryPosition } from '@/lib/cypher/errors';
import { saveQuery, deleteSavedQuery, listSavedQueries } from '@/lib/saved-queries/saved-queries';
import type { NewSavedQuery, SavedQuery } from '@/lib/saved-queries/model';
import { assertWriteAllowed } from '@/lib/auth/server';
import { isAppError } from '@/lib/errors';

export type ConsoleOutcome = { ok: true; result: CypherResult } | { ok: false; message: string; position: QueryPosition | null };

const ParamsText = z.string().max(100_000);

/** The console's Run: the same read-only path as POST /api/cypher. Parameters arrive as JSON text. */
export async function runConsoleQuery(query: string, paramsText: string): Promise<ConsoleOutcome> {
  let params: Record<string, unknown>;
  try {
    const parsed = CypherParamsSchema.safeParse(paramsText.trim() === '' ? {} : JSON.parse(ParamsText.parse(paramsText)));
    if (!parsed.success) return { ok: false, message: `Parameters: ${parsed.error.issues.map((i) => i.message).join('; ')}`, position: null };
    params = parsed.data;
  } catch {
    return { ok: false, message: 'Parameters must be a JSON object, e.g. {"id": "org-unodc"}.', position: null };
  }
  try {
    return { ok: true, result: await runReadOnlyCypher(String(query), params) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false, message: error.message, position: (error as { position?: QueryPosition | null }).position ?? null };
  }
}

export type SaveOutcome = { ok: true; saved: SavedQuery } | { ok: false; message: string };

export async function saveView(input: NewSavedQuery): Promise<SaveOutcome> {
  try {
    await assertWriteAllowed();
    return { ok: true, saved: await saveQuery(input) };
  } catch (error) {
    if (error instanceof z.ZodError) return { ok: false, message: error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

export async function deleteView(id: string): Promise<{ ok: boolean; message: string }> {
  try {
    await assertWriteAllowed();
    await deleteSavedQuery(String(id));
    return { ok: true, message: 'Deleted.' };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

export async function listViews(): Promise<SavedQuery[]> {
  return listSavedQueries();
}
