import { BadInputError } from '@/lib/errors';

export type QueryPosition = { line: number; column: number; offset: number };

/** A Cypher error from Neo4j with the place in the user's query it points at. */
export class CypherSyntaxError extends BadInputError {
  constructor(
    message: string,
    readonly position: QueryPosition | null,
  ) {
    super(message);
  }
}

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/**
 * Neo4j reports positions in the text it received. The guard sends "EXPLAIN\n" + query, so lines are one too
 * many and offsets 8 too many; `prefixLines`/`prefixChars` undo that.
 */
export function positionFromMessage(message: string, prefixLines = 0, prefixChars = 0): QueryPosition | null {
  const match = POSITION.exec(message);
  if (!match) return null;
  return { line: Math.max(1, Number(match[1]) - prefixLines), column: Number(match[2]), offset: Math.max(0, Number(match[3]) - prefixChars) };
}

/** Neo4j's message without the echo of the query and caret it appends, and with the position corrected. */
export function cleanMessage(message: string, position: QueryPosition | null): string {
  const firstLine = message.split('\n')[0] ?? message;
  const text = firstLine.replace(POSITION, '').trim();
  return position ? `${text} (line ${position.line}, column ${position.column})` : text;
}
