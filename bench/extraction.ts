/**
 * Extraction throughput: KB of article text per second on one core (the extractor is synchronous CPU work,
 * run on the main thread), over the real fixture articles, repeated. Uses lib/extract once it is on main;
 * until then the section is reported as skipped rather than timing something else.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { measure, type Timing } from './stats';

const ROOT = path.resolve(__dirname, '..');
type Extractor = (input: { text: string; language: 'fr' | 'en' }) => unknown;

async function findExtractor(): Promise<{ name: string; extract: Extractor } | null> {
  const file = path.join(ROOT, 'lib', 'extract', 'index.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(file)) as Record<string, unknown>;
  for (const name of ['extractArticle', 'extract', 'extractEntities']) {
    const fn = mod[name];
    if (typeof fn === 'function') return { name, extract: (input) => (fn as (a: unknown, b?: unknown) => unknown).length >= 2 ? (fn as (t: string, l: string) => unknown)(input.text, input.language) : (fn as (a: unknown) => unknown)(input) };
  }
  return null;
}

function fixtureTexts(): Array<{ file: string; text: string }> {
  const dirs = [path.join(ROOT, 'lib', 'extract', 'fixtures'), path.join(ROOT, 'graph-seed', 'articles')];
  const texts: Array<{ file: string; text: string }> = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.push({ file: path.relative(ROOT, path.join(dir, file)), text: readFileSync(path.join(dir, file), 'utf8') });
  }
  return texts;
}

export async function benchExtraction({ runs }: { runs: number }): Promise<{ status: string; extractor?: string; fixtures?: number; kb?: number; perPass?: Timing; kbPerSecPerCore?: number }> {
  const extractor = await findExtractor();
  if (!extractor) return { status: 'skipped: lib/extract (index.ts exporting extractArticle/extract) is not on main yet' };
  const texts = fixtureTexts();
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0) / 1024;
  const language = (text: string): 'fr' | 'en' => (/\b(le|la|les|des|du)\b/i.test(text) ? 'fr' : 'en');
  const perPass = await measure(async () => {
    for (const t of texts) await extractor.extract({ text: t.text, language: language(t.text) });
  }, { warmup: 3, runs });
  return { status: 'ok', extractor: `lib/extract ${extractor.name}`, fixtures: texts.length, kb: Math.round(kb * 10) / 10, perPass, kbPerSecPerCore: Math.round((kb / (perPass.p50 / 1000)) * 10) / 10 };
}
