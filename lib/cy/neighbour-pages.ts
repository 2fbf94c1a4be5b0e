import { morePageKey, type ElementStore } from './element-store';

export type GroupProgress = { relType: string; total: number; shown: number; nextKey: string | null };

/**
 * For an expanded entity, how far each relation type has been paged: the first page plus every "more" page in view,
 * following the cursor chain, and the key of the next page if some neighbours are still not shown.
 */
export function groupProgress(store: ElementStore, entityId: string, expanded: string[]): GroupProgress[] {
  const first = store.sets.get(entityId);
  if (!first || !expanded.includes(entityId)) return [];
  return first.groups.map((group) => {
    let shown = group.returned;
    let cursor = group.nextCursor;
    while (cursor) {
      const key = morePageKey(entityId, group.relType, cursor);
      const page = store.sets.get(key)?.groups[0];
      if (!page || !expanded.includes(key)) break;
      shown += page.returned;
      cursor = page.nextCursor;
    }
    return { relType: group.relType, total: group.total, shown, nextKey: cursor ? morePageKey(entityId, group.relType, cursor) : null };
  });
}
