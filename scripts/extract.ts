/**
 * Prints the Extraction of one article as JSON on stdout, and nothing else:
 *   npm run --silent extract -- article.txt [--lang fr|en] | jq
 * Several files print a JSON array of the same objects, in the order given (`jq '.[1].entities'`); they are
 * extracted a few at a time, so the NER service reads one while the rules read another. One file failing prints
 * nothing on stdout: its error names it.
 * By NEWSGRAPH_EXTRACTOR (hybrid: the rules plus the NER service, which `npm run extract` starts unless NLP_URL
 * is set; rules: the rules only). Hybrid entities carry foundBy and typedBy.
 * Errors go to stderr as one line, with exit code 1.
 */
import { readFileSync } from 'node:fs';
import { UnsupportedLanguageError } from '@/lib/extract';
import { extractConfigured } from '@/lib/extract/hybrid';
import { LanguageSchema, type Extraction, type Language } from '@/lib/model';

const USAGE = 'usage: npm run --silent extract -- <file>… [--lang fr|en]';
/** Articles extracted at once: enough to keep the NER service and the extraction workers busy, not to flood them. */
const CONCURRENCY = 4;

function parseArgs(argv: string[]): { files: string[]; language?: Language } {
  const files: string[] = [];
  let language: Language | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[(i += 1)];
      const parsed = LanguageSchema.safeParse(value);
      if (!parsed.success) throw new Error(`--lang must be fr or en, not "${value ?? ''}". ${USAGE}`);
      language = parsed.data;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}. ${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error(`no file given. ${USAGE}`);
  return { files, ...(language ? { language } : {}) };
}

function readArticle(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `no such file: ${file}`
        : code === 'EISDIR'
          ? `${file} is a folder: give the files in it (extract reads text files)`
          : `cannot read ${file}: ${code ?? String(error)}`;
    throw new Error(reason, { cause: error });
  }
}

/** The extraction of one file; an error names the file when there are several. */
async function extractFile(file: string, language: Language | undefined, named: boolean): Promise<Extraction> {
  try {
    const text = readArticle(file);
    if (text.trim().length === 0) throw new Error(`${file} is empty: nothing to extract`);
    // Off the main thread, as in the app: the same size and time limits (MAX_ARTICLE_BYTES, EXTRACT_TIMEOUT_MS).
    return await extractConfigured(text, language ? { language } : {});
  } catch (error) {
    if (!named || !(error instanceof Error) || error.message.includes(file)) throw error;
    throw new Error(`${file}: ${error.message}`, { cause: error });
  }
}

async function main() {
  const { files, language } = parseArgs(process.argv.slice(2));
  const results: Extraction[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < files.length; k = next++) results[k] = await extractFile(files[k]!, language, files.length > 1);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  process.stdout.write(`${JSON.stringify(files.length === 1 ? results[0] : results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof UnsupportedLanguageError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
});
