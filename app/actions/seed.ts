'use server';

import { revalidatePath } from 'next/cache';
import { loadSeed } from '@/lib/seed/load-seed';
import { applySchema } from '@/lib/neo4j/schema';
import { isAppError } from '@/lib/errors';
import { assertWriteAllowed } from '@/lib/auth/server';

export type ActionState = { ok: boolean; message: string; errors?: string[] };

/** Reloads graph-seed/. Unchanged articles are left as they are, so running it twice changes nothing. */
export async function reloadSeed(_previous: ActionState | null): Promise<ActionState> {
  try {
    await assertWriteAllowed();
    await applySchema();
    const results = await loadSeed();
    revalidatePath('/');
    const changed = results.filter((r) => r.status !== 'unchanged').length;
    return { ok: true, message: changed === 0 ? `The seed is already in the graph (${results.length} articles unchanged).` : `Seed loaded: ${changed} of ${results.length} articles added or updated.` };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}
