import { ENTITY_TYPES, type EntityType } from '@/lib/model';
import { INITIAL_VIEW, LAYOUT_NAMES, type LayoutName, type Positions, type ViewState } from './view-state';

/** The part of the view that a shared link carries: all of it but the undo history and the highlighted path. */
export type UrlView = Pick<ViewState, 'focus' | 'expanded' | 'added' | 'hiddenTypes' | 'layout' | 'hiddenNodes' | 'pinned' | 'sizeBy' | 'coMentions' | 'positions'>;

const LIST_SEPARATOR = ',';
const MAX_LIST = 200;
/**
 * Positions travel for views up to this many nodes (about 25 bytes each); a bigger view's link carries the rest of
 * the view and the layout is computed again.
 */
export const MAX_URL_POSITIONS = 400;
/** `id~x~y`: `~` is never in an entity id (slugs) and needs no escaping in a URL. */
const POSITION_SEPARATOR = '~';

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
    hiddenNodes: readList(params, 'hideNode'),
    pinned: readList(params, 'pin'),
    sizeBy: params.get('size') === 'mentions' ? 'mentions' : INITIAL_VIEW.sizeBy,
    coMentions: params.get('co') !== 'off',
    positions: readPositions(params.get('pos')),
  };
}

function readPositions(raw: string | null): Positions {
  const positions: Positions = {};
  for (const item of (raw ?? '').split(LIST_SEPARATOR).slice(0, MAX_URL_POSITIONS)) {
    const [y, x, ...id] = item.split(POSITION_SEPARATOR).reverse();
    const key = id.reverse().join(POSITION_SEPARATOR);
    const [px, py] = [Number(x || NaN), Number(y || NaN)];
    if (key && Number.isFinite(px) && Number.isFinite(py)) positions[key] = { x: px, y: py };
  }
  return positions;
}

function writePositions(positions: Positions): string | null {
  const entries = Object.entries(positions);
  if (entries.length === 0 || entries.length > MAX_URL_POSITIONS) return null;
  return entries.map(([id, p]) => [id, Math.round(p.x), Math.round(p.y)].join(POSITION_SEPARATOR)).join(LIST_SEPARATOR);
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
  set('hideNode', view.hiddenNodes.join(LIST_SEPARATOR));
  set('pin', view.pinned.join(LIST_SEPARATOR));
  set('size', view.sizeBy === INITIAL_VIEW.sizeBy ? null : view.sizeBy);
  set('co', view.coMentions ? null : 'off');
  // Last: the longest part, and the one a reader of the link least needs to see.
  set('pos', writePositions(view.positions));
  return params.toString();
}

/** The explorer focused on one entity, its neighbours expanded: where an entity link outside the explorer goes. */
export function explorerFocusHref(id: string): string {
  return `/?${encodeView({ ...INITIAL_VIEW, focus: id, expanded: [id], added: [id] })}`;
}
