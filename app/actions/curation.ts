'use server';

import { z } from 'zod';
import { asFormAction, writeAction } from '@/lib/gate/server-action';
import { mergeEntities, renameEntity, retypeEntity, splitAlias, undoCuration } from '@/lib/curation';
import { EntityTypeSchema } from '@/lib/model';

/** The person curating; newsgraph has no accounts, so it is whoever uses this browser. */
const ACTOR = 'web';
const Id = z.string({ error: 'Choose an entity.' }).trim().min(1, 'Choose an entity.').max(200);

/** The form's `intent` picks merge, split, rename, retype or undo. */
const CurationSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('merge'), entityId: Id, targetId: Id }),
    z.object({
      intent: z.literal('split'),
      entityId: Id,
      alias: z.string().min(1, 'Choose the alias to split off.'),
      type: z.union([z.literal('').transform(() => undefined), EntityTypeSchema]).optional(),
    }),
    z.object({ intent: z.literal('rename'), entityId: Id, name: z.string().trim().min(1, 'Give the new name.').max(300) }),
    z.object({ intent: z.literal('retype'), entityId: Id, type: EntityTypeSchema }),
    z.object({ intent: z.literal('undo'), eventId: z.string().uuid() }),
  ],
  { error: 'Unknown curation; use merge, split, rename, retype or undo.' },
);

type Curated = { summary: string; entityId?: string };

async function curate(f: z.infer<typeof CurationSchema>): Promise<Curated> {
  switch (f.intent) {
    case 'merge':
      return mergeEntities(f.entityId, f.targetId, ACTOR);
    case 'split':
      return splitAlias(f.entityId, f.alias, ACTOR, f.type);
    case 'rename':
      return { summary: (await renameEntity(f.entityId, f.name, ACTOR)).summary, entityId: f.entityId };
    case 'retype':
      return { summary: (await retypeEntity(f.entityId, f.type, ACTOR)).summary, entityId: f.entityId };
    case 'undo': {
      const undone = await undoCuration(f.eventId);
      return { summary: `Undone: ${undone.summary}`, entityId: undone.entityIds[0] };
    }
  }
}

/** One action for the curation forms (useActionState). */
export const curateEntity = asFormAction(writeAction({ name: 'curateEntity', input: CurationSchema, run: curate, message: (c) => c.summary }));
