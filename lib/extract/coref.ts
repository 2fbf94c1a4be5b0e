import type { EntityType } from '@/lib/model';
import type { GazetteerEntry } from './gazetteer/types';
import { typeByHead } from './mentions/heads';
import { titleKey } from './mentions/titles';
import type { Mention } from './mentions/types';
import { normaliseName, toEntityId } from './slug';

/** A group of mentions that coreference decided are one thing. */
export interface Cluster {
  id: string;
  name: string;
  type: EntityType;
  entry?: GazetteerEntry;
  mentions: Mention[];
}

const wordCache = new Map<string, string[]>();
/** A name's normalised words; memoised, since coreference asks for the same few names thousands of times. */
function words(s: string): string[] {
  let found = wordCache.get(s);
  if (!found) {
    if (wordCache.size > 50_000) wordCache.clear();
    found = normaliseName(s).split(' ').filter(Boolean);
    wordCache.set(s, found);
  }
  return found;
}

function keyOf(m: Mention): string | null {
  if (m.id) return m.id;
  if (m.acronymKey) return `acr:${m.acronymKey}`;
  if (m.role === 'name' && m.type) return `${m.type}:${normaliseName(m.name ?? m.text)}`;
  return null;
}

/** The most recent cluster before `at` (else the first after it) among the candidates. */
function nearest(candidates: Cluster[], at: number): Cluster | undefined {
  const before = candidates.filter((c) => c.mentions.some((m) => m.start < at));
  const pick = (c: Cluster) => Math.max(...c.mentions.filter((m) => m.start < at).map((m) => m.start));
  if (before.length > 0) return before.sort((a, b) => pick(b) - pick(a))[0];
  return candidates[0];
}

/**
 * "Ban" or "M. Ban" → the person whose full name has that word; "l'Office", "the Council" → the
 * organisation whose name has that head noun. A surname shared by two people goes to the nearest.
 */
function resolveBare(m: Mention, clusters: Cluster[], index: NameIndex): Cluster | undefined {
  const word = normaliseName(m.text);
  if (m.headNoun && !/^\p{Lu}/u.test(m.text)) return resolveDefinite(m, word, clusters);
  const people = index.people.get(word) ?? [];
  if (people.length > 0) return nearest(people, m.start);
  const head = typeByHead([m.text], 'fr');
  if (!head || m.type === 'Person') return undefined;
  const named = (index.named.get(word) ?? []).filter((c) => c.type === head);
  return nearest(named, m.start);
}

/**
 * Clusters by the words a bare mention may match, in cluster order: people by any word of a full name of theirs,
 * other entities by any word of a name or the first word of a gazetteer name. Built once: filtering every
 * cluster's mentions for every bare word grew with the square of the article's length.
 */
interface NameIndex {
  people: Map<string, Cluster[]>;
  named: Map<string, Cluster[]>;
}

function indexNames(clusters: Cluster[]): NameIndex {
  const people = new Map<string, Cluster[]>();
  const named = new Map<string, Cluster[]>();
  const add = (map: Map<string, Cluster[]>, word: string, c: Cluster) => {
    const list = map.get(word) ?? [];
    if (list[list.length - 1] !== c) list.push(c);
    map.set(word, list);
  };
  for (const c of clusters) {
    const own = new Set<string>();
    const full = new Set<string>();
    for (const x of c.mentions) {
      if (x.role !== 'name') continue;
      const ws = words(x.text);
      for (const w of ws) own.add(w);
      if (ws.length > 1) for (const w of ws) full.add(w);
    }
    if (c.type === 'Person') for (const w of full) add(people, w, c);
    for (const n of c.entry?.names ?? []) {
      const first = words(n)[0];
      if (first) own.add(first);
    }
    for (const w of own) add(named, w, c);
  }
  return { people, named };
}

/** "the resolution", "la réunion": the nearest earlier document or event introduced with, or named by, that head. */
function resolveDefinite(m: Mention, word: string, clusters: Cluster[]): Cluster | undefined {
  const generic = word === 'text' || word === 'texte';
  const fits = (x: Mention) => x.start < m.start && x.role === 'name' && (generic || normaliseName(x.headNoun ?? '') === word || words(x.text).includes(word));
  const candidates = clusters.filter((c) => c.type === m.type && c.mentions.some(fits));
  const last = (c: Cluster) => Math.max(...c.mentions.filter(fits).map((x) => x.start));
  return candidates.sort((a, b) => last(b) - last(a))[0];
}

function canonicalName(c: Cluster): string {
  if (c.entry || c.mentions.some((m) => m.name)) return c.mentions.find((m) => m.name)?.name ?? c.name;
  const names = c.mentions.filter((m) => m.role !== 'title').map((m) => m.text);
  return names.sort((a, b) => words(b).length - words(a).length)[0] ?? c.name;
}

/**
 * One name, one type: "Bhasan Char" read as a place once (listed with Cox's Bazar) and as a person
 * elsewhere (a guess) takes the surer reading everywhere.
 */
function unifyTypes(mentions: Mention[]): Mention[] {
  const chosen = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.id || m.role !== 'name' || !m.type) continue;
    const key = normaliseName(m.name ?? m.text);
    const best = chosen.get(key);
    if (!best || (m.sure && !best.sure) || (!best.sure && !m.sure && m.type === 'Location')) chosen.set(key, m);
  }
  return mentions.map((m) => {
    const best = !m.id && m.role === 'name' ? chosen.get(normaliseName(m.name ?? m.text)) : undefined;
    return best && best.type !== m.type ? { ...m, type: best.type } : m;
  });
}

/** Groups mentions into entities within one article; unresolvable bare words and titles are dropped. */
export function clusterMentions(all: Mention[]): Cluster[] {
  const mentions = unifyTypes(all);
  const byKey = new Map<string, Cluster>();
  for (const m of mentions) {
    const key = keyOf(m);
    if (!key || !m.type) continue;
    const cluster = byKey.get(key) ?? { id: '', name: m.name ?? m.text, type: m.type, mentions: [], ...(m.entry ? { entry: m.entry } : {}) };
    cluster.mentions.push(m);
    byKey.set(key, cluster);
  }
  const clusters = [...byKey.values()];
  const titled = new Map<string, Cluster>();
  const index = indexNames(clusters);
  for (const m of mentions.filter((x) => x.role !== 'name' || !keyOf(x))) {
    if (m.role === 'bare') {
      const target = resolveBare(m, clusters, index) ?? (m.type === 'Person' && m.sure ? newCluster(m, clusters) : undefined);
      target?.mentions.push(m);
    }
  }
  // Which person each mention belongs to, looked up once instead of searching every cluster per mention.
  const personOf = new Map<Mention, Cluster>();
  for (const c of clusters) if (c.type === 'Person') for (const x of c.mentions) if (!personOf.has(x)) personOf.set(x, c);
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const person = personOf.get(m);
    if (person && m.title) titled.set(titleKey(m.title), person);
    if (m.role === 'title' && !m.office) titled.get(titleKey(m.text))?.mentions.push(m);
  }
  for (const c of clusters) {
    c.mentions.sort((a, b) => a.start - b.start);
    c.name = canonicalName(c);
    c.id = c.entry ? (c.mentions.find((m) => m.id)?.id ?? c.entry.id) : (c.mentions.find((m) => m.id)?.id ?? toEntityId(c.type, c.name));
  }
  // An organisation named only by an office title ("High Commissioner for Refugees") still exists.
  return mergeById(clusters.filter((c) => c.type !== 'Person' || c.mentions.some((m) => m.role !== 'title')));
}

/** Two routes to one id (an acronym definition and a chunk of the same name) make one entity. */
function mergeById(clusters: Cluster[]): Cluster[] {
  const byId = new Map<string, Cluster>();
  for (const c of clusters) {
    const kept = byId.get(c.id);
    if (!kept) byId.set(c.id, c);
    else kept.mentions = [...kept.mentions, ...c.mentions].sort((a, b) => a.start - b.start);
  }
  return [...byId.values()];
}

function newCluster(m: Mention, clusters: Cluster[]): Cluster {
  const c: Cluster = { id: '', name: m.text, type: 'Person', mentions: [] };
  clusters.push(c);
  return c;
}
