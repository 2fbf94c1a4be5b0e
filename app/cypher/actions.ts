'use server';

import { z } from 'zod';
import { readAction, writeAction } from '@/lib/gate/server-action';
import { runReadOnlyCypher } from '@/lib/cypher/run';
import { CypherParamsSchema } from '@/lib/cypher/params';
import { saveQuery, deleteSavedQuery, listSavedQueries } from '@/lib/saved-queries/saved-queries';
import { NewSavedQuerySchema } from '@/lib/saved-queries/model';

/** Parameters arrive as the JSON text the user typed; empty means none. */
const ParamsText = z
  .string()
  .max(100_000, 'Parameters are limited to 100 KB.')
  .transform((text, ctx) => {
    if (text.trim() === '') return {};
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Parameters must be a JSON object, e.g. {"id": "org-unodc"}.' });
      return z.NEVER;
    }
  })
  .pipe(CypherParamsSchema);

/** The console's Run: the same read-only path as POST /api/cypher. */
export const runConsoleQuery = readAction({
  name: 'runConsoleQuery',
  input: z.object({ query: z.string(), paramsText: ParamsText }),
  run: ({ query, paramsText }) => runReadOnlyCypher(query, paramsText),
});

export const saveView = writeAction({
  name: 'saveView',
  input: NewSavedQuerySchema,
  run: (input) => saveQuery(input),
  revalidate: () => false,
});

export const deleteView = writeAction({
  name: 'deleteView',
  input: z.object({ id: z.string().min(1).max(200) }),
  run: async ({ id }) => {
    await deleteSavedQuery(id);
    return { id };
  },
  revalidate: () => false,
  message: () => 'Deleted.',
});

export const listViews = readAction({ name: 'listViews', input: z.undefined(), run: () => listSavedQueries() });
