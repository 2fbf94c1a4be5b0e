import { z } from 'zod';
import { FilterStateSchema } from '@/lib/filters/state';
import { CypherParamsSchema } from '@/lib/cypher/params';

const CypherBodySchema = z.object({ query: z.string().min(1).max(10_000), params: CypherParamsSchema });

/** A saved view: a filter state or a Cypher query with its parameters, stored as JSON text in `body`. */
export const NewSavedQuerySchema = z.discriminatedUnion('kind', [
  z.object({ name: z.string().trim().min(1).max(120), kind: z.literal('filter'), body: FilterStateSchema }),
  z.object({ name: z.string().trim().min(1).max(120), kind: z.literal('cypher'), body: CypherBodySchema }),
]);
export type NewSavedQuery = z.input<typeof NewSavedQuerySchema>;

export type SavedQuery = {
  id: string;
  name: string;
  kind: 'filter' | 'cypher';
  /** The filter state or { query, params }, parsed. */
  body: unknown;
  createdAt: string;
  example: boolean;
};
