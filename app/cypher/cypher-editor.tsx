'use client';

import { useEffect, useRef } from 'react';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { EditorView } from '@codemirror/view';
import type { EditorSchema } from '@/lib/cypher/editor-schema';

/** CodeMirror's editable element is a bare contenteditable div: without a name, screen readers announce nothing. */
const ACCESSIBLE_NAME = [EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' })];

type Props = { initialValue: string; schema: EditorSchema; onChange: (value: string) => void; onRun: () => void };

/** Neo4j's CodeMirror 6 Cypher editor: highlighting, completion from the live schema; Ctrl/Cmd-Enter runs. */
export default function CypherEditorField({ initialValue, schema, onChange, onRun }: Props) {
  const onRunRef = useRef(onRun);
  useEffect(() => {
    onRunRef.current = onRun;
  }, [onRun]);
  return (
    <div className="cypher-editor" data-testid="cypher-editor">
      <CypherEditor
        value={initialValue}
        schema={schema}
        lineNumbers
        autofocus
        theme="light"
        placeholder="MATCH (e:Entity) RETURN e LIMIT 25"
        postExtensions={ACCESSIBLE_NAME}
        // The package's default draws the completion popup inside the editor, whose box (.cypher-editor scrolls
        // past 220 px) clipped it to the height of the text: fixed, it is laid over the page and shown whole.
        tooltipAbsolute={false}
        onValueChanged={(value: string) => onChange(value)}
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onRunRef.current();
          }
        }}
      />
    </div>
  );
}
