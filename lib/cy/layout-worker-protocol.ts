/** Messages between the explorer and the layout Web Worker: plain ids in, positions out. */
export type LayoutRequest = { id: number; nodes: string[]; edges: Array<[string, string]>; options: Record<string, unknown> };
export type LayoutResponse = { id: number; positions: Record<string, { x: number; y: number }>; ms: number } | { id: number; error: string };
