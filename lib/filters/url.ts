import { FilterStateSchema, type FilterState } from './state';

/** Filter state in the URL (?filter=<json>), so a filtered view can be shared and reloaded. */
export function filterToSearchParam(state: FilterState): string {
  const defaults = FilterStateSchema.parse({});
  const changed = Object.fromEntries(Object.entries(state).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(defaults[key as keyof FilterState])));
  return JSON.stringify(changed);
}

/** Reads ?filter=; anything unreadable gives null (the page then shows the overview). */
export function filterFromSearchParam(value: string | null): FilterState | null {
  if (!value) return null;
  try {
    const parsed = FilterStateSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
