import type { Language } from '@/lib/model';
import cues from '../data/type-cues.json';

const VERBS: Record<Language, Set<string>> = { fr: new Set(cues.subjectVerbs.fr), en: new Set(cues.subjectVerbs.en) };

/**
 * "Airbus a annoncé", "Airbus et Renault ont recommandé", "Shell said": the word before `end` is followed by a verb
 * or joined to another name, so it is the subject, a name, even when the dictionary knows it as a common noun.
 */
export function actsAsSubject(text: string, end: number, language: Language): boolean {
  const after = text.slice(end, end + 40);
  const next = /^\s+(\p{L}+)/u.exec(after);
  if (next && VERBS[language].has(next[1]!.toLowerCase())) return true;
  return /^\s*(?:,|et|and)\s+\p{Lu}/u.test(after);
}
