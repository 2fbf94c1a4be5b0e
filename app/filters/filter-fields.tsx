'use client';

import type { FilterFacets } from '@/lib/filters/facets';
import type { FilterState } from '@/lib/filters/state';
import { entityTypeLabel } from '@/lib/filters/describe';
import { DateHistogram } from './date-histogram';

type Props = { facets: FilterFacets; state: FilterState; set: <K extends keyof FilterState>(key: K, value: FilterState[K]) => void };

const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

/** The filter form's fields. Empty choices mean "any". */
export function FilterFields({ facets, state, set }: Props) {
  const checkboxes = (legend: string, name: 'entityTypes' | 'relationTypes' | 'languages', options: string[], labelOf = (option: string) => option) => (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            name={name}
            value={option}
            checked={(state[name] as string[]).includes(option)}
            onChange={(e) => set(name, toggle(state[name] as string[], option, e.target.checked) as FilterState[typeof name])}
          />
          {labelOf(option)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <>
      {checkboxes('Entity types', 'entityTypes', facets.entityTypes, entityTypeLabel)}
      {checkboxes('Relation types', 'relationTypes', facets.relationTypes)}
      <label className="check">
        <input type="checkbox" checked={state.hideCoMentioned} onChange={(e) => set('hideCoMentioned', e.target.checked)} /> Hide CO_MENTIONED
      </label>
      {checkboxes('Languages', 'languages', facets.languages)}
      <label htmlFor="filter-sources">Sources</label>
      <select
        id="filter-sources"
        multiple
        size={Math.min(4, Math.max(2, facets.sources.length))}
        value={state.sources}
        onChange={(e) =>
          set(
            'sources',
            [...e.target.selectedOptions].map((o) => o.value),
          )
        }
      >
        {facets.sources.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label htmlFor="filter-articles">Articles</label>
      <select
        id="filter-articles"
        multiple
        size={Math.min(5, Math.max(2, facets.articles.length))}
        value={state.articleIds}
        onChange={(e) =>
          set(
            'articleIds',
            [...e.target.selectedOptions].map((o) => o.value),
          )
        }
      >
        {facets.articles.map((a) => (
          <option key={a.id} value={a.id}>
            {a.publishedAt ?? 'date unknown'} — {a.title}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Published</legend>
        <DateHistogram dates={facets.dates} from={state.publishedFrom} to={state.publishedTo} />
        <div className="row">
          <label htmlFor="filter-from">From</label>
          <input id="filter-from" type="date" value={state.publishedFrom ?? ''} onChange={(e) => set('publishedFrom', e.target.value || undefined)} />
          <label htmlFor="filter-to">to</label>
          <input id="filter-to" type="date" value={state.publishedTo ?? ''} onChange={(e) => set('publishedTo', e.target.value || undefined)} />
        </div>
      </fieldset>
      <div className="row">
        <label htmlFor="filter-degree">Min. degree</label>
        <input id="filter-degree" type="number" min={0} value={state.minDegree} onChange={(e) => set('minDegree', Math.max(0, Math.trunc(Number(e.target.value) || 0)))} />
        <label htmlFor="filter-confidence">Min. confidence</label>
        <input
          id="filter-confidence"
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={state.minConfidence}
          onChange={(e) => set('minConfidence', Math.min(1, Math.max(0, Number(e.target.value) || 0)))}
        />
      </div>
      <label htmlFor="filter-text">Name or alias contains</label>
      <input id="filter-text" type="search" value={state.text} maxLength={200} onChange={(e) => set('text', e.target.value)} />
    </>
  );
}
