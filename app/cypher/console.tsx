'use client';

import { useReducer } from 'react';
import dynamic from 'next/dynamic';
import type { EditorSchema } from '@/lib/cypher/editor-schema';
import { consoleReducer, initialConsoleState } from './console-state';
import { runConsoleQuery } from './actions';
import type { QueryPosition } from '@/lib/cypher/errors';
import { ResultTable } from './result-table';
import { SavedViews } from './saved-views';
import { addToHistory, useHistory } from './history';

const Editor = dynamic(() => import('./cypher-editor'), { ssr: false, loading: () => <p className="graph-note">Loading the editor…</p> });
const Canvas = dynamic(() => import('./result-canvas'), { ssr: false, loading: () => <p className="graph-note">Loading the graph view…</p> });

type Props = { initialQuery: string; initialParams: string; schema: EditorSchema };

/** The read-only Cypher console: editor, JSON parameters, graph and table results, history and saved queries. */
export function CypherConsole({ initialQuery, initialParams, schema }: Props) {
  const [state, dispatch] = useReducer(consoleReducer, initialConsoleState(initialQuery, initialParams));
  const history = useHistory();

  const run = async (query = state.query, paramsText = state.paramsText) => {
    dispatch({ type: 'run' });
    addToHistory({ query, paramsText });
    const outcome = await runConsoleQuery({ query, paramsText });
    dispatch(
      outcome.ok ? { type: 'succeeded', result: outcome.value } : { type: 'failed', message: outcome.message, position: (outcome.position as QueryPosition | undefined) ?? null },
    );
  };
  const load = (query: string, paramsText: string) => dispatch({ type: 'load', query, paramsText });

  return (
    <div className="console">
      <section className="console-main" aria-label="Query">
        <h1 className="visually-hidden">Cypher console</h1>
        <Editor key={state.editorKey} initialValue={state.query} schema={schema} onChange={(query) => dispatch({ type: 'edit', query })} onRun={() => void run()} />
        <div className="console-controls">
          <label htmlFor="cypher-params">Parameters (JSON)</label>
          <textarea id="cypher-params" rows={2} value={state.paramsText} spellCheck={false} onChange={(e) => dispatch({ type: 'params', paramsText: e.target.value })} />
          <button type="button" className="primary" onClick={() => void run()} disabled={state.running} aria-keyshortcuts="Control+Enter Meta+Enter">
            {state.running ? 'Running…' : 'Run (Ctrl/Cmd-Enter)'}
          </button>
          <label>
            <input type="checkbox" checked={state.merge} onChange={(e) => dispatch({ type: 'merge', merge: e.target.checked })} /> Merge into the graph
          </label>
          <span className="graph-note">Read-only: writes, LOAD CSV and admin commands are refused.</span>
        </div>
        {state.error && (
          <div role="alert" className="query-error" data-testid="query-error">
            <strong>Query failed:</strong> {state.error.message}
          </div>
        )}
        {state.error && state.elements.length > 0 && (
          <p className="earlier-result" data-testid="earlier-result">
            The graph below is from earlier queries (Merge into the graph is on); the failed query added nothing to it.
          </p>
        )}
        <div className="console-graph" role="region" aria-label="Graph result">
          {state.elements.length > 0 ? <Canvas elements={state.elements} /> : <p className="graph-note">Nodes, relationships and paths in the result are drawn here.</p>}
        </div>
        {state.result && <ResultTable result={state.result} />}
      </section>
      <aside className="console-side" aria-label="History and saved queries">
        <SavedViews query={state.query} paramsText={state.paramsText} onLoad={load} />
        <section aria-labelledby="history-heading" className="side-section">
          <h2 id="history-heading">History (this session)</h2>
          {history.length === 0 ? (
            <p className="muted">Queries you run appear here.</p>
          ) : (
            <ol className="history-list">
              {history.map((h) => (
                <li key={`${h.at}-${h.query}`}>
                  <button type="button" className="link-button" onClick={() => load(h.query, h.paramsText)}>
                    {h.query.slice(0, 80)}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </section>
      </aside>
    </div>
  );
}
