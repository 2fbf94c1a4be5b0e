/**
 * How deeply arrays and objects nest in a parsed JSON value, measured without recursion: JSON.parse accepts
 * nesting far deeper than JSON.stringify or a recursive walk can handle (both overflow the stack), so input is
 * measured this way before anything recursive touches it. Stops counting once past `limit`.
 */
export function nestingDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) pending.push([child, here]);
  }
  return deepest;
}
