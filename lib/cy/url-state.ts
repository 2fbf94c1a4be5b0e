import { ENTITY_TYPES, type EntityType } from '@/lib/model';
import { INITIAL_VIEW, LAYOUT_NAMES, type LayoutName, type ViewState } from './view-state';

/** The part of the view that a shared link carries. */
export type UrlView = Pick<ViewState, 'focus' | 'expanded' | 'added' | 'hiddenTypes' | 'layout'>;

const LIST_SEPARATOR = ',';
const MAX_LIST = 200;

function readList(params: URLSearchParams, name: string): string[] {
  const raw = params.get(name);
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_LIST);
}

/** Reads the view from a query string; unknown types and layouts are ignored rather than trusted. */
export function decodeView(search: string | URLSearchParams): UrlView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const layout = params.get('layout');
  return {
    focus: params.get('focus') || null,
    expanded: readList(params, 'expand'),
    added: readList(params, 'add'),
    hiddenTypes: readList(params, 'hide').filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t)),
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : INITIAL_VIEW.layout,
  };
}

/**
 * Writes the view into a query string, keeping parameters that are not ours (e.g. ?limit=). Entity ids never
 * contain commas (they are slugs), and expansion keys use `|`, so one comma-separated list per field is enough.
 */
export function encodeView(view: UrlView, base: string | URLSearchParams = ''): string {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('focus', view.focus);
  set('expand', view.expanded.join(LIST_SEPARATOR));
  set('add', view.added.join(LIST_SEPARATOR));
  set('hide', view.hiddenTypes.join(LIST_SEPARATOR));
  set('layout', view.layout === INITIAL_VIEW.layout ? null : view.layout);
  return params.toString();
}

/** The explorer focused on one entity, its neighbours expanded: where an entity link outside the explorer goes. */
export function explorerFocusHref(id: string): string {
  return `/?${encodeView({ focus: id, expanded: [id], added: [id], hiddenTypes: [], layout: INITIAL_VIEW.layout })}`;
}
