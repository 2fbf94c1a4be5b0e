import cues from './data/type-cues.json';
import { alternation } from './mentions/cues';
import { normaliseName } from './slug';

const LEAGUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(cues.sportContext)})(?![\\p{L}\\p{N}])`, 'u');
const MATCH_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(cues.matchWords)})(?![\\p{L}])`, 'iu');
/** "2-1", "(0-0)", "3 – 1"; not a date, a time, a ratio or part of a longer number ("2024-25", "10:30"). */
const SCORE = /(?<![\d.,:/–-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d,:/–-]|\.\d)/u;

/**
 * A match report: it names a league or cup (type-cues.json sportContext), or it gives a score and speaks of
 * goals, scorers or half-time (matchWords), as short reports do without naming the competition. Read by the
 * club pass (a town standing for its club) and by the relations (a club's person is its player).
 */
export function isMatchReport(text: string): boolean {
  return LEAGUE.test(text) || (SCORE.test(text) && (MATCH_WORD.test(text) || RESULT.test(text)));
}

const NAME = `\\p{Lu}[\\p{L}'’.-]*`;
/**
 * A result told with its score: "a battu Lens 3-1", "beat Manchester United 2-0", "battu par Brest (0-2)",
 * "victoire 2-1" (resultWords, then at most four names and a "par"/"by"), or a result line "Toulouse 2-1 Angers".
 */
const RESULT = new RegExp(
  `(?<![\\p{L}])(?:${alternation(cues.resultWords).replace(/'/gu, "['’]")})\\s+(?:(?:${NAME}|par|by|de|du|le|la|les|the)\\s+){0,4}\\(?(?:${SCORE.source})|${NAME}\\s+(?:${SCORE.source})\\s+${NAME}`,
  'u',
);

// Not \\b, which is ASCII-only: "l'a emporté" ends in a letter it does not know.
const MATCH_VERB_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${alternation(cues.clubCues).replace(/'/gu, "['’]")})(?![\\p{L}\\p{N}])`, 'iu');

/** The words right after a name say it plays or acts as a side: "beat", "drew", "a battu", "coach", "are" (clubCues). */
export function followedByClubCue(after: string): boolean {
  return MATCH_VERB_AFTER.test(after);
}

/** clubDemonyms (type-cues.json) by normalised adjective: "toulousain" → "toulouse". */
const CLUB_DEMONYMS = new Map(Object.entries(cues.clubDemonyms).map(([adjective, town]) => [normaliseName(adjective), normaliseName(town)]));

/** The (normalised) town of a club's adjective in any of its forms ("parisien", "Toulousains", "lensoise"), if it is one. */
export function townOfDemonym(word: string): string | undefined {
  const w = normaliseName(word);
  return CLUB_DEMONYMS.get(w) ?? CLUB_DEMONYMS.get(w.replace(/(?:e|s|es|ne|nes)$/u, '')) ?? CLUB_DEMONYMS.get(w.replace(/s$/u, ''));
}
