'use server';

import { z } from 'zod';
import { asFormAction, writeAction } from '@/lib/gate/server-action';
import { dismissDuplicate, mergeEntities, restoreDuplicate } from '@/lib/curation';

/** The person curating; newsgraph has no accounts, so it is whoever uses this browser. */
const ACTOR = 'web';
const Id = z.string({ error: 'Choose an entity.' }).trim().min(1, 'Choose an entity.').max(200);

/** From the duplicates list: merge one entity of a pair into the other, mark a pair as not duplicates, or take that back. */
const DuplicateSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('merge'), sourceId: Id, targetId: Id }),
    z.object({ intent: z.literal('dismiss'), a: Id, b: Id }),
    z.object({ intent: z.literal('restore'), key: z.string().min(3).max(401) }),
  ],
  { error: 'Unknown choice; use merge, dismiss or restore.' },
);

async function resolve(f: z.infer<typeof DuplicateSchema>): Promise<{ summary: string; entityId?: string }> {
  switch (f.intent) {
    case 'merge':
      return mergeEntities(f.sourceId, f.targetId, ACTOR);
    case 'dismiss':
      await dismissDuplicate(f.a, f.b, ACTOR);
      return { summary: `Marked ${f.a} and ${f.b} as not duplicates; the pair will not be proposed again.` };
    case 'restore':
      await restoreDuplicate(f.key);
      return { summary: `The pair ${f.key.replace('|', ' and ')} may be proposed again.` };
  }
}

/** One action for the duplicates list (useActionState); every choice is a write through the gate. */
export const resolveDuplicate = asFormAction(writeAction({ name: 'resolveDuplicate', input: DuplicateSchema, run: resolve, message: (r) => r.summary }));
