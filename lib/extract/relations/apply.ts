import type { Cluster } from '../coref';
import { affiliationType, type ArticleContext } from './affiliation';
import type { MaskedSentence } from './masked';
import { CROSS_SENTENCE_PATTERNS, PATTERNS, type RelationPattern } from './patterns';
import { chooseType } from './vocabulary';

export interface FoundRelation {
  type: string;
  source: Cluster;
  target: Cluster;
  confidence: number;
  sentence: MaskedSentence['sentence'];
}

const COORDINATED = /⟦(\d+)⟧(?:\s*\(⟦\d+⟧\))?\s*,?\s+(?:et|and)\s+(?:la |le |les |l'|the )?$/u;

/** The organisation (else person) nearest the target, for "lancement du Rapport ..., le Directeur de l'ONUDC". */
function nearestAgent(ms: MaskedSentence, target: number): number | undefined {
  const by = (type: string) =>
    ms.slots
      .map((s, k) => ({ s, k }))
      .filter(({ s, k }) => k !== target && s.cluster.type === type)
      .sort((a, b) => Math.abs(a.k - target) - Math.abs(b.k - target))[0]?.k;
  return by('Organization') ?? by('Person');
}

function sources(p: RelationPattern, ms: MaskedSentence, m: RegExpExecArray, target: number): number[] {
  if (p.agent === 'subject') {
    // "PSG won the Champions League ..., routing Inter Milan": the first person or organisation of the sentence acts.
    const allowed = p.sourceTypes ?? ['Person', 'Organization'];
    const k = ms.slots.findIndex((s, k) => k < target && allowed.includes(s.cluster.type));
    return k < 0 ? [] : [k];
  }
  if (p.agent === 'antecedent') {
    const before = ms.slots.map((s, k) => ({ s, k })).filter(({ s, k }) => k < target && s.cluster.type === 'Organization');
    return before.length ? [before[before.length - 1]!.k] : [];
  }
  if (p.agent) {
    const k = nearestAgent(ms, target);
    return k === undefined ? [] : [k];
  }
  const s = appositionHead(ms, m) ?? Number(m.groups?.s);
  const before = ms.masked.slice(0, m.index);
  const coordinated = p.coordinate ? COORDINATED.exec(before) : null;
  return coordinated ? [s, Number(coordinated[1])] : [s];
}

/** A person, a comma and a description that is still open before the matched source: "⟦0⟧, the ". */
const APPOSITION_OPEN = /⟦(\d+)⟧\s*,\s*[^⟦,.;:!?]{0,60}$/u;

/**
 * "Mark Rutte, the Nato secretary general, visited Kyiv": the organisation inside a description of a person is not
 * who acts; the person is. Only where the description closes with a comma before the verb.
 */
function appositionHead(ms: MaskedSentence, m: RegExpExecArray): number | undefined {
  const s = Number(m.groups?.s);
  if (Number.isNaN(s) || ms.slots[s]?.cluster.type === 'Person' || !m[0].startsWith(`⟦${s}⟧`)) return undefined;
  const head = APPOSITION_OPEN.exec(ms.masked.slice(0, m.index));
  const k = head ? Number(head[1]) : -1;
  const closed = m[0].slice(`⟦${s}⟧`.length).includes(',');
  return closed && ms.slots[k]?.cluster.type === 'Person' ? k : undefined;
}

const LISTED_NEXT = /^(?:\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+)(?:(?:the|le|la|les|l')\s*)?⟦(\d+)⟧/u;

/** The slots listed right after a match: "⟦1⟧, ⟦2⟧ and ⟦3⟧" after ⟦1⟧ gives 2 and 3. */
function listedAfter(masked: string, from: number): number[] {
  const listed: number[] = [];
  for (let at = from, next = LISTED_NEXT.exec(masked.slice(at)); next; next = LISTED_NEXT.exec(masked.slice(at))) {
    listed.push(Number(next[1]));
    at += next[0].length;
  }
  return listed;
}

/**
 * Every typed relation the patterns find in one masked sentence. `previous` is the organisation
 * last named before this sentence, the agent of an agentless "adoptée à l'unanimité".
 */
export function applyPatterns(ms: MaskedSentence, previous?: Cluster, patterns: RelationPattern[] = PATTERNS, context: ArticleContext = { sport: false }): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (const p of patterns) {
    // Most sentences name one thing or none: nothing to relate, and the regexes are the costly part.
    if (ms.slots.length < (p.agent ? 1 : 2)) continue;
    if (p.cue && !p.cue.test(ms.masked)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(ms.masked); m; m = p.re.exec(ms.masked)) {
      p.re.lastIndex = m.index + 1;
      const t = Number(m.groups?.t);
      const targets = [t, ...(p.coordinateTargets ? listedAfter(ms.masked, m.index + m[0].length) : [])].map((k) => ms.slots[k]?.cluster);
      const agents = sources(p, ms, m, t).map((s) => ms.slots[s]?.cluster);
      if ((p.agent === 'previous' || p.agent === 'antecedent') && agents.length === 0 && previous) agents.push(previous);
      for (const agent of agents) {
        if (!agent || (p.sourceTypes && !p.sourceTypes.includes(agent.type))) continue;
        if (p.sourceNames && !p.sourceNames.test(agent.name)) continue;
        for (const target of targets) {
          if (!target || p.targetNotNames?.test(target.name)) continue;
          const [source, other] = p.reverse ? [target, agent] : [agent, target];
          const candidates = p.types.map((t) => (t === 'AFFILIATION' || t === 'WORKS_FOR' ? affiliationType(other, context, 'WORKS_FOR', t === 'WORKS_FOR') : t));
          const type = chooseType(candidates, source, other, p.loosePlaces);
          if (type) found.push({ type, source, target: other, confidence: p.confidence, sentence: ms.sentence });
        }
      }
    }
  }
  return found;
}

/** Patterns over a sentence and the next (which opens with "M. Name"): the evidence spans both. */
export function applyCrossSentencePatterns(pair: MaskedSentence): FoundRelation[] {
  return applyPatterns(pair, undefined, CROSS_SENTENCE_PATTERNS);
}
