'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import type { Core } from 'cytoscape';
import type { GraphSlice } from '@/lib/graph/types';
import type { GraphPath } from '@/lib/graph/paths';
import type { Positions } from '@/lib/cy/view-state';
import { anchorsOf, visibleElementIds } from '@/lib/cy/element-store';
import { BIG_GRAPH_ELEMENTS } from '@/lib/cy/stylesheet';
import { GraphView } from './graph-view';
import { DetailsPanel } from './details-panel';
import { EntityTools } from './entity-tools';
import { GraphHeader } from './graph-header';
import { ListView } from './list-view';
import { useView } from './use-view';
import { useUndoKeys } from './use-undo-keys';
import { pathKey, useElementStore } from './use-element-store';
import { FilterDrawer } from '@/app/filters/filter-drawer';
import { NoMatches } from '@/app/filters/no-matches';
import { useFilterSession } from '@/app/filters/use-filter-session';
import { prewarmLayoutWorker, WORKER_LAYOUT_ABOVE } from './layout-in-worker';

/**
 * Filters (app/filters) replace the overview with what Neo4j matched; Reset brings the overview back.
 * The drawer lives outside the view so its state survives a new result.
 */
export function Explorer({ slice: overview }: { slice: GraphSlice }) {
  // A big overview is laid out in a worker: its script starts loading now, while the page hydrates.
  useState(() => overview.nodes.length > WORKER_LAYOUT_ABOVE && prewarmLayoutWorker());
  const [filtered, setFiltered] = useState<GraphSlice | null>(null);
  const slice = filtered ?? overview;
  const unfilter = useCallback(() => setFiltered(null), []);
  const filters = useFilterSession({ onResult: setFiltered, onReset: unfilter });
  const drawer = <FilterDrawer session={filters} currentIds={slice.nodes.map((n) => n.id)} />;
  // An empty filter result is a filter too narrow, not an empty graph: say so, and how to loosen it.
  const emptyNote = filtered ? <NoMatches session={filters} /> : null;
  return <ExplorerView slice={slice} filterDrawer={drawer} emptyNote={emptyNote} />;
}

/** The explorer: search and view controls on top, graph (or list) on the left, details on the right. */
function ExplorerView({ slice, filterDrawer, emptyNote }: { slice: GraphSlice; filterDrawer: React.ReactNode; emptyNote: React.ReactNode }) {
  const [view, dispatch] = useView();
  useUndoKeys(dispatch);
  const webgl = useSearchParams().get('renderer') === 'webgl';
  const [listView, setListView] = useState(false);
  const [canvasError, setCanvasError] = useState<string | null>(null);
  const cy = useRef<Core | null>(null);
  const onReady = useCallback((instance: Core | null) => void (cy.current = instance), []);
  const getCy = useCallback(() => cy.current, []);

  const { expanded, added, hiddenNodes, hiddenTypes, coMentions } = view;
  const { store, error, pending, retry, addSet } = useElementStore(slice, expanded, added);
  const visible = useMemo(
    () => visibleElementIds(store, { expanded, added, hiddenNodes, hiddenTypes, coMentions }),
    [store, expanded, added, hiddenNodes, hiddenTypes, coMentions],
  );
  const anchors = useMemo(() => anchorsOf(store, expanded), [store, expanded]);
  const big = slice.nodes.length + slice.edges.length > BIG_GRAPH_ELEMENTS;

  // On a narrow screen the details are a drawer over the graph: it opens with each new selection, and stays shut
  // on the selection the user closed it on until they pick something (or press "Details").
  const selected = view.edge ?? view.focus;
  const [closedOn, setClosedOn] = useState<string | null>(null);
  const [openedByHand, setOpenedByHand] = useState(false);
  const drawerOpen = openedByHand || (selected !== null && selected !== closedOn);
  const closeDrawer = useCallback(() => {
    setOpenedByHand(false);
    setClosedOn(selected ?? '');
  }, [selected]);
  const openDrawer = useCallback(() => setOpenedByHand(true), []);

  const focus = useCallback((id: string) => dispatch({ type: 'focus', id, expand: true }), [dispatch]);
  const onTapNode = useCallback(
    (id: string) => {
      setClosedOn(null);
      dispatch({ type: 'focus', id });
    },
    [dispatch],
  );
  const onTapEdge = useCallback(
    (id: string) => {
      setClosedOn(null);
      dispatch({ type: 'select-edge', id });
    },
    [dispatch],
  );
  const onExpandNode = useCallback((id: string) => dispatch({ type: 'focus', id, expand: true }), [dispatch]);
  const onRecordPositions = useCallback((positions: Positions) => dispatch({ type: 'record-positions', positions }), [dispatch]);
  const onMoveNodes = useCallback((positions: Positions) => dispatch({ type: 'move-nodes', positions }), [dispatch]);
  const onPath = useCallback(
    (from: string, to: string, paths: GraphPath[]) => {
      const nodes = paths.flatMap((p) => p.nodes);
      const edges = paths.flatMap((p) => p.edges);
      addSet(pathKey(from, to), from, nodes, edges);
      dispatch({ type: 'show-path', keys: [pathKey(from, to)], nodeIds: nodes.map((n) => n.id), elementIds: [...nodes.map((n) => n.id), ...edges.map((e) => e.id)] });
    },
    [addSet, dispatch],
  );

  const edgeData = view.edge ? store.elements.get(view.edge)?.data : undefined;
  const focusName = view.focus ? String(store.elements.get(view.focus)?.data.label ?? view.focus) : '';
  return (
    <div className="explorer">
      <section className="graph-area" aria-label="Graph">
        <GraphHeader
          {...{ slice, store, visible, view, dispatch, getCy, listView, webgl, pending, onPick: focus }}
          error={error ?? canvasError}
          retry={() => {
            setCanvasError(null);
            retry();
          }}
          onToggleList={() => setListView((v) => !v)}
          drawer={{ open: drawerOpen, onOpen: openDrawer }}
        />
        <div className="graph-body">
          {filterDrawer}
          {slice.nodes.length === 0 && view.added.length === 0 ? (
            (emptyNote ?? (
              <p className="graph-empty" role="status">
                The graph is empty. Load the two seed articles with the “Reload seed” button or <code>npm run seed</code>, or ingest articles.
              </p>
            ))
          ) : (
            <GraphView
              {...{ store, visible, anchors, big, webgl, onTapNode, onTapEdge, onExpandNode, onReady, onRecordPositions, onMoveNodes }}
              {...{ dispatch, expanded, onPath }}
              positions={view.positions}
              onError={setCanvasError}
              focus={view.focus}
              edge={view.edge}
              pinned={view.pinned}
              path={view.path}
              layout={view.layout}
              sizeBy={view.sizeBy}
            />
          )}
          {listView && <ListView store={store} visible={visible} onFocus={focus} />}
        </div>
      </section>
      <DetailsPanel
        entityId={view.focus}
        edge={view.edge && edgeData ? { id: view.edge, source: String(edgeData.source) } : null}
        onFocus={focus}
        drawer={{ open: drawerOpen, onClose: closeDrawer }}
        entityTools={
          view.focus && (
            <EntityTools
              id={view.focus}
              name={focusName}
              view={view}
              store={store}
              dispatch={dispatch}
              path={{ onPath, onClear: () => dispatch({ type: 'clear-path' }), onFocus: focus }}
            />
          )
        }
      />
    </div>
  );
}
