import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AnnotationSchema, compileAnnotation } from './annotation';
import type { Article, Extraction } from '@/lib/model';

export const SEED_DIR = path.join(process.cwd(), 'graph-seed', 'articles');

/** Reads and validates every annotated seed article, in a stable order. */
export async function readSeedArticles(dir = SEED_DIR): Promise<Array<{ article: Article; extraction: Extraction }>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.annotation.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const raw = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as unknown;
      const parsed = AnnotationSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`graph-seed/articles/${file} is not a valid annotation: ${parsed.error.message}`);
      const text = await readFile(path.join(dir, parsed.data.article.textFile), 'utf8');
      return compileAnnotation(parsed.data, text);
    }),
  );
}
