import type { EntityType } from '@/lib/model';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export type SizeBy = 'degree' | 'mentions';
/** Node positions in model coordinates, whole pixels, by entity id. */
export type Positions = Record<string, { x: number; y: number }>;

/** What the user changed in the view; undo and redo step through these. */
export type ViewContent = {
  /** Keys of neighbourhood pages shown: an entity id for its first page, or `id|RELTYPE|cursor` for "more". */
  expanded: string[];
  /** Entities added outside the overview (search, links, paths). */
  added: string[];
  hiddenNodes: string[];
  hiddenTypes: EntityType[];
  pinned: string[];
  layout: LayoutName;
  sizeBy: SizeBy;
  coMentions: boolean;
  /** Where the nodes are: recorded after each layout and placement, changed by drags; empty until the first layout. */
  positions: Positions;
};

export type ViewState = ViewContent & {
  focus: string | null;
  edge: string | null;
  /** Element ids of the highlighted path, if any. */
  path: string[] | null;
  past: ViewContent[];
  future: ViewContent[];
};

export type ViewAction =
  | { type: 'focus'; id: string | null; expand?: boolean }
  | { type: 'select-edge'; id: string | null }
  | { type: 'expand'; key: string; anchor: string }
  | { type: 'add'; ids: string[] }
  | { type: 'hide-node'; id: string }
  | { type: 'show-hidden' }
  | { type: 'toggle-type'; entityType: EntityType }
  | { type: 'toggle-pin'; id: string }
  /** Actions on a selection (context menu): one undo step for the whole selection. */
  | { type: 'expand-nodes'; ids: string[] }
  | { type: 'hide-nodes'; ids: string[] }
  | { type: 'set-pins'; ids: string[]; pinned: boolean }
  | { type: 'show-path'; nodeIds: string[]; elementIds: string[]; keys: string[] }
  | { type: 'clear-path' }
  | { type: 'set-layout'; layout: LayoutName }
  | { type: 'set-size'; sizeBy: SizeBy }
  | { type: 'toggle-co-mentions' }
  /** The user dragged nodes: an undo step. */
  | { type: 'move-nodes'; positions: Positions }
  /** Where a layout or a placement put the nodes: part of the current step, not one of its own. */
  | { type: 'record-positions'; positions: Positions }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'restore'; state: Partial<ViewState> };

const HISTORY_LIMIT = 50;

export const INITIAL_VIEW: ViewState = {
  expanded: [],
  added: [],
  hiddenNodes: [],
  hiddenTypes: [],
  pinned: [],
  focus: null,
  edge: null,
  layout: 'fcose',
  sizeBy: 'degree',
  coMentions: true,
  positions: {},
  path: null,
  past: [],
  future: [],
};

function content(state: ViewState): ViewContent {
  const { expanded, added, hiddenNodes, hiddenTypes, pinned, layout, sizeBy, coMentions, positions } = state;
  return { expanded, added, hiddenNodes, hiddenTypes, pinned, layout, sizeBy, coMentions, positions };
}

/** Applies an undoable change: the current content goes on the past stack and the future is dropped. */
function change(state: ViewState, next: Partial<ViewContent>): ViewState {
  return { ...state, ...next, past: [...state.past, content(state)].slice(-HISTORY_LIMIT), future: [] };
}

const toggle = <T>(list: T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
const samePositions = (a: Positions, b: Positions) => {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] !== undefined && a[k].x === b[k]!.x && a[k].y === b[k]!.y);
};
const withItem = <T>(list: T[], item: T): T[] => (list.includes(item) ? list : [...list, item]);

/** The explorer's view as one pure reducer: everything the URL and undo/redo need, nothing the server owns. */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'focus': {
      const id = action.id;
      const focused = { ...state, focus: id, edge: null };
      if (!id) return focused;
      const hiddenNodes = state.hiddenNodes.filter((n) => n !== id);
      // Following a link or picking a search result also brings the entity into view and expands it (one undo step).
      if (action.expand && !(state.expanded.includes(id) && state.added.includes(id))) {
        return change(focused, { added: withItem(state.added, id), expanded: withItem(state.expanded, id), hiddenNodes });
      }
      return { ...focused, hiddenNodes };
    }
    case 'select-edge':
      return { ...state, edge: action.id };
    case 'expand':
      if (state.expanded.includes(action.key)) return state;
      return change(state, { expanded: [...state.expanded, action.key], hiddenNodes: state.hiddenNodes.filter((n) => n !== action.anchor) });
    case 'add': {
      const added = action.ids.reduce(withItem, state.added);
      const hiddenNodes = state.hiddenNodes.filter((n) => !action.ids.includes(n));
      return added.length === state.added.length && hiddenNodes.length === state.hiddenNodes.length ? state : change(state, { added, hiddenNodes });
    }
    case 'hide-node':
      return change({ ...state, focus: state.focus === action.id ? null : state.focus }, { hiddenNodes: withItem(state.hiddenNodes, action.id) });
    case 'show-hidden':
      return state.hiddenNodes.length === 0 ? state : change(state, { hiddenNodes: [] });
    case 'toggle-type':
      return change(state, { hiddenTypes: toggle(state.hiddenTypes, action.entityType) });
    case 'toggle-pin':
      return change(state, { pinned: toggle(state.pinned, action.id) });
    case 'expand-nodes': {
      const expanded = action.ids.reduce(withItem, state.expanded);
      const added = action.ids.reduce(withItem, state.added);
      if (expanded.length === state.expanded.length && added.length === state.added.length) return state;
      return change(state, { expanded, added, hiddenNodes: state.hiddenNodes.filter((n) => !action.ids.includes(n)) });
    }
    case 'hide-nodes': {
      const hiddenNodes = action.ids.reduce(withItem, state.hiddenNodes);
      if (hiddenNodes.length === state.hiddenNodes.length) return state;
      const focus = state.focus && action.ids.includes(state.focus) ? null : state.focus;
      return change({ ...state, focus }, { hiddenNodes });
    }
    case 'set-pins': {
      const pinned = action.pinned ? action.ids.reduce(withItem, state.pinned) : state.pinned.filter((id) => !action.ids.includes(id));
      return pinned.length === state.pinned.length ? state : change(state, { pinned });
    }
    case 'show-path':
      return { ...change(state, { added: action.nodeIds.reduce(withItem, state.added), expanded: action.keys.reduce(withItem, state.expanded) }), path: action.elementIds };
    case 'clear-path':
      return { ...state, path: null };
    case 'set-layout':
      // No positions: the new layout places every node (undo brings the old layout's positions back).
      return action.layout === state.layout ? state : change(state, { layout: action.layout, positions: {} });
    case 'set-size':
      return action.sizeBy === state.sizeBy ? state : change(state, { sizeBy: action.sizeBy });
    case 'toggle-co-mentions':
      return change(state, { coMentions: !state.coMentions });
    case 'move-nodes':
      return change(state, { positions: { ...state.positions, ...action.positions } });
    case 'record-positions':
      return samePositions(state.positions, action.positions) ? state : { ...state, positions: action.positions };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { ...state, ...previous, past: state.past.slice(0, -1), future: [content(state), ...state.future] };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return { ...state, ...next, past: [...state.past, content(state)], future: state.future.slice(1) };
    }
    case 'restore':
      return { ...state, ...action.state };
  }
}
