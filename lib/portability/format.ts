/**
 * The newsgraph export format: JSON Lines, versioned. Line 1 is the header; then every node, then every
 * relationship, in a stable order (so export → wipe → import → export is byte-identical).
 *
 *   {"format":"newsgraph","version":1,"nodes":N,"relationships":M}
 *   {"kind":"node","labels":["Entity","Person"],"props":{...},"ints":["degree"]}
 *   {"kind":"rel","type":"LEADS","from":{"label":"Entity","id":"person-x"},"to":{...},"props":{...},"ints":[]}
 *
 * `ints` names the properties that are integers (or lists of integers) in Neo4j: JSON numbers alone cannot
 * tell 3 from 3.0, and the import must give back the same types.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '@/lib/model';

export const FORMAT = 'newsgraph';
export const VERSION = 1;

/**
 * Node groups, exported in this order; every node carries exactly one of these labels and an `id`.
 * A node with none of them makes the export stop with a message naming this list: add new kinds here
 * together with their relationship types below. CurationEvent is the curation log (lib/curation);
 * DuplicateDismissal a pair a curator marked as not duplicates (lib/curation/duplicates.ts).
 */
export const NODE_GROUPS = ['Article', 'Entity', 'SavedQuery', 'CurationEvent', 'DuplicateDismissal'] as const;
export type NodeGroup = (typeof NODE_GROUPS)[number];

/** Labels and relationship types an import may create: whitelists, never taken from the file as-is. */
export const ALLOWED_LABELS = new Set<string>([...NODE_GROUPS, ...ENTITY_TYPES]);
export const ALLOWED_REL_TYPES = new Set<string>([...RELATION_TYPES, 'MENTIONS']);

export type Header = { format: typeof FORMAT; version: number; nodes: number; relationships: number };
export type Props = Record<string, unknown>;
export type NodeLine = { kind: 'node'; labels: string[]; props: Props; ints: string[] };
export type Endpoint = { label: NodeGroup; id: string };
export type RelLine = { kind: 'rel'; type: string; from: Endpoint; to: Endpoint; props: Props; ints: string[] };

/** JSON with object keys sorted at every level: the same data always gives the same bytes. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function isNodeGroup(label: string): label is NodeGroup {
  return (NODE_GROUPS as readonly string[]).includes(label);
}
