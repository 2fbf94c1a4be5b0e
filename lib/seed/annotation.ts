import { z } from 'zod';
import { ArticleSchema, EntityTypeSchema, RelationTypeSchema, type Article, type Extraction, type Span } from '@/lib/model';

/**
 * The hand-annotation format of graph-seed/articles/*.annotation.json (documented in graph-seed/README.md).
 * People write surface strings, not offsets: mentions and evidence are located in the article text here,
 * and a string that is not in the text is an error, so an annotation can never drift from its article.
 */
export const AnnotationSchema = z.object({
  article: ArticleSchema.omit({ text: true }).extend({ textFile: z.string().regex(/^[a-z0-9-]+\.txt$/) }),
  entities: z
    .array(
      z.object({
        id: z.string().regex(/^(person|org|loc|event|doc|topic)-[a-z0-9-]+$/),
        name: z.string().min(1),
        type: EntityTypeSchema,
        aliases: z.array(z.string().min(1)),
        mentions: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
  relations: z.array(
    z.object({
      type: RelationTypeSchema,
      source: z.string(),
      target: z.string(),
      confidence: z.number().min(0).max(1),
      evidence: z.array(z.string().min(1)).min(1),
    }),
  ),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** Every occurrence of `needle` in `text` that stands as whole words. */
export function findAll(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) spans.push({ start: at, end, text: needle });
  }
  return spans;
}

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;

/** Turns an annotation and its text into the same Extraction shape the extractor produces. */
export function compileAnnotation(annotation: Annotation, text: string): { article: Article; extraction: Extraction } {
  const problems: string[] = [];
  const located = annotation.entities.map((entity) => ({
    entity,
    spans: entity.mentions.flatMap((m) => {
      const found = findAll(text, m);
      if (found.length === 0) problems.push(`mention "${m}" of ${entity.id} is not in the text`);
      return found;
    }),
  }));
  const allSpans = located.flatMap((l) => l.spans);
  const ids = new Set(annotation.entities.map((e) => e.id));
  const entities = located.map(({ entity, spans }) => ({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    // "Nations Unies" inside "Office des Nations Unies contre la drogue et le crime" belongs to the longer name.
    mentions: spans.filter((s) => !allSpans.some((other) => contains(other, s))).sort((a, b) => a.start - b.start),
  }));
  const relations = annotation.relations.map((r) => {
    for (const end of [r.source, r.target]) if (!ids.has(end)) problems.push(`relation ${r.type} names unknown entity ${end}`);
    const evidence = r.evidence.map((sentence) => {
      const at = text.indexOf(sentence);
      if (at === -1) problems.push(`evidence for ${r.type} ${r.source}->${r.target} is not in the text: "${sentence.slice(0, 60)}…"`);
      return { start: at, end: at + sentence.length, text: sentence };
    });
    return { type: r.type, source: r.source, target: r.target, confidence: r.confidence, evidence };
  });
  if (problems.length > 0) throw new Error(`Annotation ${annotation.article.id} is inconsistent with its text:\n  ${problems.join('\n  ')}`);
  const { textFile: _textFile, ...meta } = annotation.article;
  return { article: { ...meta, text }, extraction: { language: meta.language, entities, relations } };
}
