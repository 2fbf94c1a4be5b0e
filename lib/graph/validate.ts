import { BadInputError } from '@/lib/errors';
import { ExtractionSchema, type Extraction } from '@/lib/model';

/** Checks what the schema cannot: unique entity ids, relations between known entities, spans inside the text. */
export function validateExtraction(input: unknown, text: string): Extraction {
  const parsed = ExtractionSchema.safeParse(input);
  if (!parsed.success) throw new BadInputError(`The extraction is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const extraction = parsed.data;
  const ids = new Set<string>();
  for (const entity of extraction.entities) {
    if (ids.has(entity.id)) throw new BadInputError(`Entity id "${entity.id}" appears twice in the extraction.`);
    ids.add(entity.id);
    for (const m of entity.mentions) checkSpan(text, m, `mention of ${entity.id}`);
  }
  for (const relation of extraction.relations) {
    for (const end of [relation.source, relation.target]) {
      if (!ids.has(end)) throw new BadInputError(`Relation ${relation.type} refers to "${end}", which is not among the extracted entities.`);
    }
    for (const ev of relation.evidence) checkSpan(text, ev, `evidence of ${relation.type}`);
  }
  return extraction;
}

function checkSpan(text: string, span: { start: number; end: number; text: string }, what: string) {
  if (span.end < span.start || span.end > text.length || text.slice(span.start, span.end) !== span.text) {
    throw new BadInputError(`The ${what} at ${span.start}–${span.end} does not match the article text.`);
  }
}
