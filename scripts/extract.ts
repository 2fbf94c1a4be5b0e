/**
 * Prints the Extraction of one article as JSON on stdout, and nothing else:
 *   npm run --silent extract -- article.txt [--lang fr|en] | jq
 * By NEWSGRAPH_EXTRACTOR (hybrid: the rules plus the NER service, which `npm run extract` starts unless NLP_URL
 * is set; rules: the rules only). Hybrid entities carry foundBy and typedBy.
 * Errors go to stderr as one line, with exit code 1.
 */
import { readFileSync } from 'node:fs';
import { UnsupportedLanguageError } from '@/lib/extract';
import { extractConfigured } from '@/lib/extract/hybrid';
import { LanguageSchema, type Language } from '@/lib/model';

const USAGE = 'usage: npm run --silent extract -- <file> [--lang fr|en]';

function parseArgs(argv: string[]): { file: string; language?: Language } {
  let file: string | undefined;
  let language: Language | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[(i += 1)];
      const parsed = LanguageSchema.safeParse(value);
      if (!parsed.success) throw new Error(`--lang must be fr or en, not "${value ?? ''}". ${USAGE}`);
      language = parsed.data;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}. ${USAGE}`);
    else if (file) throw new Error(`one file at a time (got ${file} and ${arg}). ${USAGE}`);
    else file = arg;
  }
  if (!file) throw new Error(`no file given. ${USAGE}`);
  return { file, ...(language ? { language } : {}) };
}

function readArticle(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${code ?? String(error)}`, { cause: error });
  }
}

async function main() {
  const { file, language } = parseArgs(process.argv.slice(2));
  const text = readArticle(file);
  if (text.trim().length === 0) throw new Error(`${file} is empty: nothing to extract`);
  // Off the main thread, as in the app: the same size and time limits (MAX_ARTICLE_BYTES, EXTRACT_TIMEOUT_MS).
  process.stdout.write(`${JSON.stringify(await extractConfigured(text, language ? { language } : {}), null, 2)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof UnsupportedLanguageError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
});
