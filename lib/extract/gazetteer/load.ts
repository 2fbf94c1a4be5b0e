import documents from '@/graph-seed/gazetteer/documents.json';
import events from '@/graph-seed/gazetteer/events.json';
import locations from '@/graph-seed/gazetteer/locations.json';
import organizations from '@/graph-seed/gazetteer/organizations.json';
import topics from '@/graph-seed/gazetteer/topics.json';
import { isEntityType } from '@/lib/model';
import { nameKeyOfWords, normaliseName, toEntityId } from '../slug';
import { tokenize } from '../tokens';
import { buildCountryEntries } from './countries';
import type { Gazetteer, GazetteerEntry, GazetteerFile, PlaceKind } from './types';

const FILES: GazetteerFile[] = [organizations, locations, events, documents, topics];
const PLACE_KINDS = new Set(['country', 'city', 'region', 'continent']);

function isAcronym(name: string): boolean {
  return /^(?:\p{Lu}\.?){2,}$/u.test(name);
}

function fromFile(file: GazetteerFile): GazetteerEntry[] {
  const type = file.type;
  if (!isEntityType(type)) throw new Error(`gazetteer: unknown entity type "${type}"; use one of the ENTITY_TYPES`);
  return file.entries.map((raw) => {
    const acronyms = [...(raw.acronyms ?? []), ...(isAcronym(raw.name) ? [raw.name] : [])];
    const names = [...(isAcronym(raw.name) ? [] : [raw.name]), ...(raw.names ?? []).filter((n) => !isAcronym(n))];
    return {
      id: raw.id ?? toEntityId(type, raw.name),
      name: raw.name,
      type,
      names: [...new Set(names)],
      acronyms: [...new Set([...acronyms, ...(raw.names ?? []).filter(isAcronym)])],
      ...(raw.kind && PLACE_KINDS.has(raw.kind) ? { kind: raw.kind as PlaceKind } : {}),
      ...(raw.in ? { country: raw.in } : {}),
      ...(raw.partOf ? { partOf: raw.partOf } : {}),
      ...(raw.hq ? { hq: raw.hq } : {}),
      ...(raw.series ? { series: true } : {}),
      ...(raw.yearly ? { yearly: true } : {}),
      ...(raw.lowercase || type === 'Topic' ? { lowercase: true } : {}),
    };
  });
}

/** The lookup key of a name: its tokens' normalised forms, as the matcher builds them from the text. */
export function nameKey(name: string): string {
  return nameKeyOfWords(tokenize(name).map((t) => t.text));
}

/** Adds key → entry, remembering keys two different entries claim so they can be dropped. */
function index(map: Map<string, GazetteerEntry>, clashes: Set<string>, key: string, entry: GazetteerEntry) {
  const existing = map.get(key);
  if (existing && existing.id !== entry.id) clashes.add(key);
  else map.set(key, entry);
}

/** Builds the lookup tables; pure given the entries, so tests can build a tiny one. */
export function buildGazetteer(entries: GazetteerEntry[]): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  const byName = new Map<string, GazetteerEntry>();
  const byAcronym = new Map<string, GazetteerEntry>();
  const nameClashes = new Set<string>();
  const acronymClashes = new Set<string>();
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`gazetteer: duplicate id ${entry.id}; merge the two entries`);
    byId.set(entry.id, entry);
    for (const name of entry.names) {
      const key = nameKey(name);
      if (key) index(byName, nameClashes, key, entry);
      const first = tokenize(name)[0];
      if (first) firstWords.add(normaliseName(first.text));
      const words = key.split(' ');
      maxWords = Math.max(maxWords, words.length);
      for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    }
    for (const acronym of entry.acronyms) index(byAcronym, acronymClashes, acronym, entry);
  }
  for (const key of nameClashes) byName.delete(key);
  for (const key of acronymClashes) byAcronym.delete(key);
  return { entries, byId, byName, byAcronym, firstWords, prefixes, maxWords };
}

let cached: Gazetteer | undefined;

/** The project's gazetteer: graph-seed/gazetteer/*.json plus every country from i18n-iso-countries. */
export function getGazetteer(): Gazetteer {
  cached ??= buildGazetteer([...FILES.flatMap(fromFile), ...buildCountryEntries()]);
  return cached;
}
