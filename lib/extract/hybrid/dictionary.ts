import { createRequire } from 'node:module';
import path from 'node:path';
import type { Language } from '@/lib/model';

/**
 * Common words of each language, lowercase and inflected ("publié", "venu", "classique"): the word lists of
 * an-array-of-french-words and an-array-of-english-words (MIT, ~336,000 and ~275,000 words), read from
 * node_modules beside the app (the bundler does not copy them: next.config.js lists them as external). Loading one
 * takes about 0.25 s and 30 MB, once per thread: the extraction workers do it as they start (warmDictionaries).
 */
const PACKAGES: Record<Language, string> = { fr: 'an-array-of-french-words/index.json', en: 'an-array-of-english-words/index.json' };
const loaded = new Map<Language, Set<string>>();

function wordsOf(language: Language): Set<string> {
  let words = loaded.get(language);
  if (!words) {
    // Resolved from the working directory, as npm scripts and the Docker image run the app from its root.
    const load = createRequire(path.join(process.cwd(), 'package.json'));
    words = new Set(load(PACKAGES[language]) as string[]);
    loaded.set(language, words);
  }
  return words;
}

/** Loads both lists now (an extraction worker does so once it is ready, before its first merge). */
export function warmDictionaries(): void {
  for (const language of Object.keys(PACKAGES) as Language[]) wordsOf(language);
}

/** Whether the word, lowercased, is a common word of the language (names such as "Lille" or "Syria" are not). */
export function isDictionaryWord(word: string, language: Language): boolean {
  return wordsOf(language).has(word.toLocaleLowerCase(language));
}
