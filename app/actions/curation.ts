'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { BadInputError, isAppError } from '@/lib/errors';
import { mergeEntities, renameEntity, retypeEntity, splitAlias, undoCuration } from '@/lib/curation';
import { EntityTypeSchema } from '@/lib/model';

export type CurationState = { ok: boolean; message: string; entityId?: string } | null;

/** The person curating; newsgraph has no accounts, so it is whoever uses this browser. */
const ACTOR = 'web';
const Id = z.string().trim().min(1, 'Choose an entity.').max(200);

const Schemas = {
  merge: z.object({ entityId: Id, targetId: Id }),
  split: z.object({ entityId: Id, alias: z.string().min(1, 'Choose the alias to split off.'), type: z.union([z.literal('').transform(() => undefined), EntityTypeSchema]) }),
  rename: z.object({ entityId: Id, name: z.string().trim().min(1, 'Give the new name.').max(300) }),
  retype: z.object({ entityId: Id, type: EntityTypeSchema }),
  undo: z.object({ eventId: z.string().uuid() }),
};

/** One action for the curation forms: the form's `intent` picks merge, split, rename, retype or undo. */
export async function curateEntity(_previous: CurationState, form: FormData): Promise<CurationState> {
  const intent = String(form.get('intent'));
  const fields = Object.fromEntries(form.entries());
  try {
    const outcome = await run(intent, fields);
    revalidatePath('/', 'layout');
    return { ok: true, ...outcome };
  } catch (error) {
    if (error instanceof z.ZodError) return { ok: false, message: error.issues.map((i) => i.message).join('; ') };
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

async function run(intent: string, fields: Record<string, unknown>): Promise<{ message: string; entityId?: string }> {
  switch (intent) {
    case 'merge': {
      const f = Schemas.merge.parse(fields);
      const o = await mergeEntities(f.entityId, f.targetId, ACTOR);
      return { message: o.summary, entityId: o.entityId };
    }
    case 'split': {
      const f = Schemas.split.parse(fields);
      const o = await splitAlias(f.entityId, f.alias, ACTOR, f.type);
      return { message: o.summary, entityId: o.entityId };
    }
    case 'rename': {
      const f = Schemas.rename.parse(fields);
      return { message: (await renameEntity(f.entityId, f.name, ACTOR)).summary, entityId: f.entityId };
    }
    case 'retype': {
      const f = Schemas.retype.parse(fields);
      return { message: (await retypeEntity(f.entityId, f.type, ACTOR)).summary, entityId: f.entityId };
    }
    case 'undo': {
      const f = Schemas.undo.parse(fields);
      const undone = await undoCuration(f.eventId);
      return { message: `Undone: ${undone.summary}`, entityId: undone.entityIds[0] };
    }
    default:
      throw new BadInputError(`Unknown curation “${intent}”; use merge, split, rename, retype or undo.`);
  }
}
