import type { FoundRelation } from './apply';

/**
 * "X, spokesperson of the union" reads as SPOKESPERSON_OF and, through the diplomatic member titles, as
 * MEMBER_OF too; "X, Tottenham's striker" as PLAYS_FOR and MEMBER_OF. The specific type says all the general
 * one does, so the general one goes for that pair (in either direction).
 */
const SUPERSEDES: Record<string, string[]> = {
  SPOKESPERSON_OF: ['MEMBER_OF', 'WORKS_FOR'],
  PLAYS_FOR: ['MEMBER_OF', 'WORKS_FOR'],
  WORKS_FOR: ['MEMBER_OF'],
  LEADS: ['WORKS_FOR', 'MEMBER_OF'],
  ACQUIRED: ['OWNS'],
};

export function dropSuperseded(found: FoundRelation[]): FoundRelation[] {
  const typesOf = new Map<string, Set<string>>();
  const key = (r: FoundRelation) => [r.source.id, r.target.id].sort().join('|');
  for (const r of found) typesOf.set(key(r), (typesOf.get(key(r)) ?? new Set()).add(r.type));
  return found.filter((r) => {
    const here = typesOf.get(key(r))!;
    return !Object.entries(SUPERSEDES).some(([specific, general]) => here.has(specific) && general.includes(r.type));
  });
}
