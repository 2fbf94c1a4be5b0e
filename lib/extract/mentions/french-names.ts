import { firstTokenFrom, type Token } from '../tokens';
import type { Mention } from './types';

/** Words that end a name's complement: relative pronouns and common verbs. */
const STOP = new Set('qui que dont où lors a ont est sont était étaient sera seront avait avaient fait'.split(' '));

/** Adverbs and time words that end a complement: "l'Office pour le développement depuis plusieurs années". */
const CUT = new Set(
  'depuis pendant durant lors avant après dès jusqu jusque hier aujourd demain cette ces plusieurs chaque notamment également aussi toujours déjà encore désormais actuellement cependant maintenant pourtant devant suivant moyennant'.split(
    ' ',
  ),
);

/** French adjectives after a head: "Assemblée nationale", "Commission électorale indépendante". */
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:ale?s?|aux|iens?|iennes?|aise?s?|iques?|aires?|elles?|els?|ifs?|ives?|aines?|ains?|ées?|és?|antes?|ants?|ême|eure?s?)$/u;

export function extendWithAdjectives(m: Mention, startsOfMentions: Set<number>, tokens: Token[], text: string): Mention | null {
  let i = firstTokenFrom(tokens, m.end);
  let end = m.end;
  for (let n = 0; n < 3; i += 1, n += 1) {
    const t = tokens[i];
    // "l'Assemblée nationale avant le vote": a preposition or adverb that looks like an adjective ends the name.
    if (!t || !ADJECTIVE.test(t.text) || CUT.has(t.text) || startsOfMentions.has(t.start) || !/^\s+$/.test(text.slice(end, t.start))) break;
    end = t.end;
  }
  return end === m.end ? null : { ...m, end, text: text.slice(m.start, end), role: 'name', sure: true };
}

/**
 * French capitalises only a name's first word, so a capitalised head runs on through its lowercase
 * complement: "Division de la prévention du crime et de la justice pénale", "Programme des Nations
 * Unies pour le contrôle international des drogues". It stops at punctuation, a capital, a verb or
 * relative pronoun, or "et" opening another name ("et de la Division").
 */
const PREPOSITION = "(?:et\\s+)?(?:de la|de l'|des|du|de|d'|pour le|pour la|pour les|pour l'|pour|contre le|contre la|contre les|contre|sur le|sur la|sur les|sur)";
const LOWER_WORD = "(?!(?:de|des|du|d'|la|le|les|l'|pour|contre|sur|et|à|au|aux)(?![\\p{L}]))[\\p{Ll}][\\p{Ll}'-]*";
const FRENCH_COMPLEMENT = new RegExp(`^(?:\\s+${PREPOSITION}\\s*${LOWER_WORD}(?:\\s+${LOWER_WORD}){0,2}(?![\\p{L}']))+`, 'u');

export function extendFrenchComplement(m: Mention, text: string): Mention | null {
  const tail = text.slice(m.end, m.end + 120);
  const found = FRENCH_COMPLEMENT.exec(tail)?.[0];
  if (!found) return null;
  const all = found.trimEnd().split(/\s+/);
  const cut = all.findIndex((w) => CUT.has(w.replace(/'.*$/, '')));
  const words = cut === -1 ? all : all.slice(0, cut);
  while (words.length && (STOP.has(words[words.length - 1]!) || /^(?:et|de|du|des|la|le|les|pour|contre|sur|d'|l')$/.test(words[words.length - 1]!))) words.pop();
  const kept = words.join(' ').replace(/\s+(?:et|ou)$/, '');
  if (!kept || words.some((w) => STOP.has(w))) return null;
  const end = m.end + tail.indexOf(kept) + kept.length;
  return { ...m, end, text: text.slice(m.start, end), role: 'name', sure: true };
}
