import { franc } from 'franc-min';
import type { Language } from '@/lib/model';
import words from './data/language-words.json';
import { UnsupportedLanguageError } from './errors';

/** Names for the languages franc-min most often reports, so the error says "German", not "deu". */
const LANGUAGE_NAMES: Record<string, string> = {
  deu: 'German',
  spa: 'Spanish',
  ita: 'Italian',
  por: 'Portuguese',
  nld: 'Dutch',
  rus: 'Russian',
  arb: 'Arabic',
  cmn: 'Chinese',
  jpn: 'Japanese',
  pol: 'Polish',
  tur: 'Turkish',
  ukr: 'Ukrainian',
  swe: 'Swedish',
  ron: 'Romanian',
  hun: 'Hungarian',
  ces: 'Czech',
  ell: 'Greek',
  hin: 'Hindi',
};

const STOPWORDS: Record<Language, Set<string>> = { fr: new Set(words.fr), en: new Set(words.en) };

/** Share of words that are French or English function words: robust on short texts where trigrams are not. */
export function scoreStopwords(text: string): Record<Language, number> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const count = (lang: Language) => words.filter((w) => STOPWORDS[lang].has(w)).length;
  const total = Math.max(words.length, 1);
  return { fr: count('fr') / total, en: count('en') / total };
}

/**
 * French or English, or a typed error naming what it looks like instead. franc-min's trigrams decide;
 * function words break its rare confusions on short or name-heavy texts (e.g. English read as Scots).
 */
export function detectLanguage(text: string): Language {
  const code = franc(text, { minLength: 10 });
  if (code === 'fra') return 'fr';
  if (code === 'eng') return 'en';
  const scores = scoreStopwords(text);
  const best: Language = scores.fr >= scores.en ? 'fr' : 'en';
  const known = code !== 'und' && LANGUAGE_NAMES[code] !== undefined;
  if (scores[best] >= (known ? 0.25 : 0.15)) return best;
  throw new UnsupportedLanguageError(code === 'und' ? null : (LANGUAGE_NAMES[code] ?? code));
}
