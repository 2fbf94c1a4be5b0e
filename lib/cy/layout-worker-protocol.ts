/** Messages between the explorer and the layout Web Worker: plain ids in, positions out. */
export type LayoutRequest = { id: number; nodes: string[]; edges: Array<[string, string]>; options: Record<string, unknown> };
/** ms: the layout's time; loadedAt, receivedAt, repliedAt: wall-clock ms (timeOrigin + now) in the worker, for timings. */
export type LayoutResponse =
  { id: number; positions: Record<string, { x: number; y: number }>; ms: number; loadedAt: number; receivedAt: number; repliedAt: number } | { id: number; error: string };
