/**
 * Seeded generators for benchmarks and the reliability suite: the same seed always gives the same articles
 * (text, spans, extraction) and the same big graph. No Math.random anywhere.
 */
import type { Article, EntityType, Extraction, Language } from '@/lib/model';
import type { IngestInput } from '@/lib/ingest/input';
import { FILLER, TEMPLATES, namesOf } from './vocabulary';

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIX: Record<EntityType, string> = { Person: 'person', Organization: 'org', Location: 'loc', Event: 'event', Document: 'doc', Topic: 'topic' };

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function entityId(type: EntityType, name: string): string {
  return `${PREFIX[type]}-${slug(name)}`;
}

export type GeneratedArticle = { article: Article; extraction: Extraction };

/** What a user or a file hands the app for a generated article: the text to extract from, not the extraction. */
export function toIngestInput({ article }: GeneratedArticle): IngestInput {
  return {
    title: article.title,
    text: article.text,
    publishedAt: article.publishedAt,
    language: article.language,
    source: article.source,
    url: `https://bench.example.org/${article.id}`,
  };
}

/**
 * `count` FR/EN articles of ~8 sentences. `poolSize` caps how many names of each type are used, so a small
 * pool makes articles share entities (what the concurrency and idempotence tests need).
 */
export function generateArticles({
  count,
  seed = 1,
  poolSize = 400,
  sentences = 8,
  idPrefix = 'gen',
}: {
  count: number;
  seed?: number;
  poolSize?: number;
  sentences?: number;
  idPrefix?: string;
}): GeneratedArticle[] {
  const random = rng(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T;
  const pools = new Map<EntityType, string[]>();
  const pool = (type: EntityType) => {
    if (!pools.has(type)) pools.set(type, namesOf(type).slice(0, poolSize));
    return pools.get(type) as string[];
  };
  return Array.from({ length: count }, (_, index) => {
    const language: Language = random() < 0.5 ? 'fr' : 'en';
    let text = '';
    const entities = new Map<string, Extraction['entities'][number]>();
    const relations: Extraction['relations'] = [];
    const mention = (type: EntityType, name: string, start: number) => {
      const id = entityId(type, name);
      const entity = entities.get(id) ?? { id, name, type, aliases: [], mentions: [] };
      entity.mentions.push({ start, end: start + name.length, text: name });
      entities.set(id, entity);
      return id;
    };
    for (let i = 0; i < sentences; i++) {
      const sep = text === '' ? '' : i % 3 === 0 ? '\n\n' : ' ';
      if (random() < 0.2) {
        text += sep + pick(FILLER[language]);
        continue;
      }
      const template = pick(TEMPLATES);
      const source = pick(pool(template.from));
      let target = pick(pool(template.to));
      if (target === source) target = pool(template.to).find((n) => n !== source) as string;
      const pattern = template[language];
      const start = text.length + sep.length;
      const sentence = pattern.replace('{s}', source).replace('{t}', target);
      const sAt = start + pattern.indexOf('{s}');
      const tAt = start + pattern.indexOf('{t}') + (pattern.indexOf('{t}') > pattern.indexOf('{s}') ? source.length - 3 : 0);
      text += sep + sentence;
      const sId = mention(template.from, source, sAt);
      const tId = mention(template.to, target, tAt);
      relations.push({
        type: template.type,
        source: sId,
        target: tId,
        confidence: Math.round((0.5 + random() * 0.5) * 100) / 100,
        evidence: [{ start, end: start + sentence.length, text: sentence }],
      });
    }
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const article: Article = {
      id: `${idPrefix}-${seed}-${index}`,
      title: language === 'fr' ? `Dépêche générée n° ${index}` : `Generated dispatch #${index}`,
      publishedAt: `20${10 + Math.floor(random() * 15)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      language,
      source: 'bench-generator',
      text,
    };
    return { article, extraction: { language, entities: [...entities.values()], relations } };
  });
}
