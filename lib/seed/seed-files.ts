import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AnnotationSchema, compileAnnotation } from './annotation';
import type { Article, Extraction } from '@/lib/model';

/** Paths stay statically scoped to graph-seed/articles so the Next.js build traces only that folder. */
const seedPath = (file: string) => path.join(process.cwd(), 'graph-seed', 'articles', file);

/** Reads and validates every annotated seed article, in a stable order. */
export async function readSeedArticles(): Promise<Array<{ article: Article; extraction: Extraction }>> {
  const files = (await readdir(path.join(process.cwd(), 'graph-seed', 'articles'))).filter((f) => f.endsWith('.annotation.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const raw = JSON.parse(await readFile(seedPath(file), 'utf8')) as unknown;
      const parsed = AnnotationSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`graph-seed/articles/${file} is not a valid annotation: ${parsed.error.message}`);
      const text = await readFile(seedPath(parsed.data.article.textFile), 'utf8');
      return compileAnnotation(parsed.data, text);
    }),
  );
}
