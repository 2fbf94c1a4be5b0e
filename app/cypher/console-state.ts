import type { ElementDefinition } from 'cytoscape';
import type { CypherResult } from '@/lib/cypher/run';
import type { QueryPosition } from '@/lib/cypher/errors';
import { mergeElements, rowsToElements } from '@/lib/cypher/to-graph';

export type ConsoleState = {
  query: string;
  paramsText: string;
  running: boolean;
  result: CypherResult | null;
  error: { message: string; position: QueryPosition | null } | null;
  elements: ElementDefinition[];
  merge: boolean;
  /** Bumped when a loaded query must replace the editor's text. */
  editorKey: number;
};

export type ConsoleAction =
  | { type: 'edit'; query: string }
  | { type: 'params'; paramsText: string }
  | { type: 'load'; query: string; paramsText: string }
  | { type: 'run' }
  | { type: 'succeeded'; result: CypherResult }
  | { type: 'failed'; message: string; position: QueryPosition | null }
  | { type: 'merge'; merge: boolean };

export function initialConsoleState(query: string, paramsText: string): ConsoleState {
  return { query, paramsText, running: false, result: null, error: null, elements: [], merge: false, editorKey: 0 };
}

export function consoleReducer(state: ConsoleState, action: ConsoleAction): ConsoleState {
  switch (action.type) {
    case 'edit':
      return { ...state, query: action.query };
    case 'params':
      return { ...state, paramsText: action.paramsText };
    case 'load':
      return { ...state, query: action.query, paramsText: action.paramsText, editorKey: state.editorKey + 1 };
    case 'run':
      return { ...state, running: true, error: null };
    case 'failed':
      // The earlier result must not pass for this query's: the table goes, and so does the graph, unless merge
      // is on, when it holds what earlier queries gathered (the console says so next to it).
      return {
        ...state,
        running: false,
        error: { message: action.message, position: action.position },
        result: null,
        elements: state.merge ? state.elements : [],
      };
    case 'merge':
      return { ...state, merge: action.merge };
    case 'succeeded': {
      const elements = rowsToElements(action.result.rows);
      return { ...state, running: false, result: action.result, elements: state.merge ? mergeElements(state.elements, elements) : elements };
    }
  }
}
