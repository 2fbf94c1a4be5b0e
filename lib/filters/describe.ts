import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { isEntityType } from '@/lib/model';
import { EMPTY_FILTER, type FilterState } from './state';

/** One condition of a filter, as the user would say it; `id` names what removing it resets. */
export type FilterCondition = { id: ConditionId; text: string };
export type ConditionId =
  'entityTypes' | 'relationTypes' | 'hideCoMentioned' | 'articleIds' | 'sources' | 'languages' | 'published' | 'minDegree' | 'minConfidence' | 'text' | 'withinIds';

/** The legend's name for an entity type (lib/cy/entity-style.ts), so the filter panel and the legend agree. */
export function entityTypeLabel(type: string): string {
  return isEntityType(type) ? ENTITY_STYLE[type].label : type;
}

const list = (values: string[], max = 3) => (values.length <= max ? values.join(', ') : `${values.slice(0, max).join(', ')} and ${values.length - max} more`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The conditions a filter sets, in the panel's order, for the "filter on" summary and the zero-match advice.
 * Pure; only what differs from the empty filter is listed (the draw cap is not a condition).
 */
export function describeFilter(state: FilterState): FilterCondition[] {
  const out: FilterCondition[] = [];
  if (state.entityTypes.length > 0) out.push({ id: 'entityTypes', text: `Type: ${list(state.entityTypes.map(entityTypeLabel))}` });
  if (state.relationTypes.length > 0) out.push({ id: 'relationTypes', text: `Relation: ${list(state.relationTypes)}` });
  if (state.hideCoMentioned) out.push({ id: 'hideCoMentioned', text: 'No co-mentions' });
  if (state.languages.length > 0) out.push({ id: 'languages', text: `Language: ${state.languages.join(', ')}` });
  if (state.sources.length > 0) out.push({ id: 'sources', text: `Source: ${list(state.sources, 2)}` });
  if (state.articleIds.length > 0) out.push({ id: 'articleIds', text: `In ${plural(state.articleIds.length, 'chosen article')}` });
  if (state.publishedFrom || state.publishedTo) {
    const text =
      state.publishedFrom && state.publishedTo
        ? `${state.publishedFrom} to ${state.publishedTo}`
        : state.publishedFrom
          ? `from ${state.publishedFrom}`
          : `until ${state.publishedTo}`;
    out.push({ id: 'published', text: `Published ${text}` });
  }
  if (state.minDegree > 0) out.push({ id: 'minDegree', text: `Degree ≥ ${state.minDegree}` });
  if (state.minConfidence > 0) out.push({ id: 'minConfidence', text: `Confidence ≥ ${state.minConfidence}` });
  if (state.text.trim() !== '') out.push({ id: 'text', text: `Name contains “${state.text.trim()}”` });
  if (state.withinIds) out.push({ id: 'withinIds', text: `Within ${plural(state.withinIds.length, 'entity', 'entities')} of the earlier view` });
  return out;
}

/** The same filter without one condition: what a chip's remove button applies. */
export function withoutCondition(state: FilterState, id: ConditionId): FilterState {
  if (id === 'published') return { ...state, publishedFrom: undefined, publishedTo: undefined };
  if (id === 'withinIds') return { ...state, withinIds: undefined };
  return { ...state, [id]: EMPTY_FILTER[id] };
}

/** True when the filter sets no condition at all (applying it is the same as clearing it). */
export function isEmptyFilter(state: FilterState): boolean {
  return describeFilter(state).length === 0;
}
