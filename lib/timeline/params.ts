import { z } from 'zod';
import { RelationTypeSchema } from '@/lib/model';

const Id = z.string().trim().min(1).max(200);

/**
 * What a timeline URL names: `?entity=<id>`, or `?from=<id>&to=<id>` (optionally `&type=<RELATION_TYPE>`) for
 * the relations between two entities. The same shape serves /timeline and GET /api/timeline.
 */
export const TimelineQuerySchema = z
  .object({
    entity: Id.optional(),
    from: Id.optional(),
    to: Id.optional(),
    type: RelationTypeSchema.optional(),
  })
  .refine((q) => (q.entity ? !q.from && !q.to : Boolean(q.from && q.to)), {
    message: 'Name one entity (?entity=<id>) or two (?from=<id>&to=<id>), not both.',
  });

export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

/** The timeline page of a query, carrying the explorer's filter (?filter=) along so a brush adds to it. */
export function timelineHref(query: TimelineQuery, filter?: string | null): string {
  const params = new URLSearchParams();
  for (const key of ['entity', 'from', 'to', 'type'] as const) if (query[key]) params.set(key, query[key]);
  if (filter) params.set('filter', filter);
  return `/timeline?${params}`;
}
