import { BadInputError } from '@/lib/errors';

/**
 * Paging cursors are opaque to clients but simple inside: the offset of the next page, base-36 with a prefix so a
 * hand-typed number is refused rather than silently misread.
 */
export function encodeCursor(offset: number): string {
  return `o${offset.toString(36)}`;
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o([0-9a-z]{1,8})$/.exec(cursor);
  if (!match) throw new BadInputError(`The cursor "${cursor}" is not valid; use the nextCursor value from the previous page.`);
  return parseInt(match[1]!, 36);
}

/** The cursor for the page after [offset, offset + returned), or null when there is nothing more. */
export function nextCursor(offset: number, returned: number, total: number): string | null {
  return offset + returned < total ? encodeCursor(offset + returned) : null;
}
