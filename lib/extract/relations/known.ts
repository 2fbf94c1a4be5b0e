import type { Cluster } from '../coref';
import type { Mention } from '../mentions/types';
import { normaliseName } from '../slug';
import type { FoundRelation } from './apply';
import type { MaskedSentence } from './masked';
import { fitsVocabulary } from './vocabulary';

const contains = (outer: Mention, inner: Mention) => outer !== inner && inner.start >= outer.start && inner.end <= outer.end;

/** Whether `child`'s own words carry its parent's name: "Office des Nations Unies contre la drogue". */
function nameEmbeds(child: Cluster, parent: Cluster): boolean {
  const names = [parent.name, ...(parent.entry?.names ?? [])].map(normaliseName);
  return child.mentions.some((m) => names.some((n) => ` ${normaliseName(m.text)} `.includes(` ${n} `) && normaliseName(m.text) !== n));
}

/**
 * Relations the gazetteer already knows (UNODC is part of the UN, Ekaterinburg lies in Russia,
 * UNODC sits in Vienna), stated only when the article gives evidence: both named in one sentence,
 * or the child's name spelling out the parent's. Also ADDRESSES from a topic inside a name
 * ("Stratégie ... de lutte contre le terrorisme") and HELD_IN from an event named after its place
 * ("the Astana conference", "la conférence de Genève"; not "Conférence des donateurs pour le Soudan"),
 * and LEADS from an office title that names its organisation ("the High Commissioner for Refugees, X").
 */
/** `all` holds the sentence's mentions, inner ones included. */
export function findKnownRelations(ms: MaskedSentence, all: Map<Mention, Cluster>, clusters: Cluster[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  const here = new Set(ms.slots.map((s) => s.cluster));
  const add = (type: string, source: Cluster, target: Cluster, confidence: number) => {
    if (source !== target && fitsVocabulary(type, source.type, target.type)) found.push({ type, source, target, confidence, sentence: ms.sentence });
  };
  for (const a of here) {
    const entry = a.entry;
    if (!entry) continue;
    for (const b of clusters) {
      const together = here.has(b);
      if (entry.partOf === b.id && (together || nameEmbeds(a, b))) add('PART_OF', a, b, 0.7);
      if (!together) continue;
      if (entry.hq === b.id) add('HEADQUARTERED_IN', a, b, 0.65);
      const place = b.entry;
      if (entry.kind !== 'country' && entry.country && place?.kind === 'country' && place.country === entry.country) add('LOCATED_IN', a, b, 0.7);
    }
  }
  for (const { mention: person, cluster } of ms.slots) {
    if (person.titleStart === undefined) continue;
    for (const [office, org] of all) if (office.office && office.start === person.titleStart) add('LEADS', cluster, org, 0.85);
  }
  for (const { mention: outer, cluster } of ms.slots) {
    for (const [inner, named] of all) {
      if (!contains(outer, inner)) continue;
      if (named.type === 'Topic') add('ADDRESSES', cluster, named, 0.7);
      if (named.type === 'Location' && outer.namedAfterPlace) add('HELD_IN', cluster, named, 0.75);
    }
  }
  return found;
}
