'use server';

import { z } from 'zod';
import { asFormAction, writeAction } from '@/lib/gate/server-action';
import { loadSeed } from '@/lib/seed/load-seed';
import { applySchema } from '@/lib/neo4j/schema';

/** Reloads graph-seed/. Unchanged articles are left as they are, so running it twice changes nothing. */
export const reloadSeed = asFormAction(
  writeAction({
    name: 'reloadSeed',
    input: z.object({}),
    run: async () => {
      await applySchema();
      return loadSeed();
    },
    revalidate: (results) => results.some((r) => r.status !== 'unchanged'),
    message: (results) => {
      const changed = results.filter((r) => r.status !== 'unchanged').length;
      return changed === 0 ? `The seed is already in the graph (${results.length} articles unchanged).` : `Seed loaded: ${changed} of ${results.length} articles added or updated.`;
    },
  }),
);
