'use client';

import { useState } from 'react';

/** "Show Cypher": the compiled query and params, a copy button and a link that opens them in the console. */
export function CypherPreview({ cypher, params }: { cypher: string; params: Record<string, unknown> }) {
  const [copied, setCopied] = useState(false);
  const paramsText = JSON.stringify(params, null, 2);
  const consoleHref = `/cypher?${new URLSearchParams({ query: cypher, params: JSON.stringify(params) })}`;
  return (
    <div className="cypher-preview" data-testid="cypher-preview">
      <pre aria-label="Compiled Cypher">
        <code>{cypher}</code>
      </pre>
      <pre aria-label="Parameters">
        <code>{paramsText}</code>
      </pre>
      <div className="preview-actions">
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(`${cypher}\n\n// params\n${paramsText}`);
            setCopied(true);
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <a href={consoleHref}>Open in console</a>
      </div>
    </div>
  );
}
