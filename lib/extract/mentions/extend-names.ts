import type { Language } from '@/lib/model';
import { normaliseName } from '../slug';
import { extendFrenchComplement, extendWithAdjectives } from './french-names';
import { firstTokenFrom, type Token } from '../tokens';
import { typeByHead } from './heads';
import type { Mention } from './types';

/** Words that end a name's complement: relative pronouns and common verbs ("qui a débuté", "was held"). */
const STOP = new Set(
  'qui que dont où lors a ont est sont était étaient sera seront avait avaient fait is are was were has have had said will would which that who when where whose'.split(' '),
);
/** A complement opens with a preposition, after at most two adjectives ("internationale de sécurité au"); so "l'Office et l'ONUDC" stays two names. */
const COMPLEMENT_START = /^\s*(?:[\p{Ll}-]+\s+){0,2}?(?:d'|(?:de|du|des|pour|sur|contre|au|aux|à|en|of|for|on|in|against)(?![\p{L}]))/u;
const NAMED = new Set(['Organization', 'Event', 'Document']);
const PLACE_HEAD = /^\s+(conference|summit|talks|meeting|forum|process|agreement|accords?|declaration|protocol|ceasefire|communiqu[eé])(?![\p{L}])/iu;

function canExtend(m: Mention): boolean {
  return !m.id && !m.inner && m.type !== null && NAMED.has(m.type) && m.role !== 'title';
}

/**
 * French institutional names (and some English ones) run past their capitalised head through
 * lowercase complements to a name we know: "Conférence des donateurs pour le Soudan", "Pacte de
 * Paris", "Comité du Conseil de sécurité", "Journée internationale ... du trafic de drogues".
 * The name we reached stays as an inner mention, so "Soudan" is still Sudan.
 */
function extendToKnownName(m: Mention, known: Known, tokens: Token[], text: string): Mention | null {
  let i = firstTokenFrom(tokens, m.end);
  for (let steps = 0; i < tokens.length && steps < 14; i += 1, steps += 1) {
    const t = tokens[i]!;
    const target = known.byStart.get(t.start);
    if (target && steps > 0) {
      const between = text.slice(m.end, target.start);
      if (!COMPLEMENT_START.test(between) || (target.type === 'Organization' && m.role === 'bare' && namedElsewhere(m, known))) return null;
      // "the High Court in London", "Stanford University in California": where it sits, not part of its name.
      if (target.type === 'Location' && /^\s*in\s*$/iu.test(between)) return null;
      const atPlace = target.type === 'Location' && /^\s*(?:de|d'|of|à)\s*$/iu.test(between);
      return { ...m, end: target.end, text: text.slice(m.start, target.end), role: 'name', sure: true, ...(atPlace ? { namedAfterPlace: true } : {}) };
    }
    if (target) return null;
    const apostrophe = t.text === "'" && /^[dl]$/i.test(tokens[i - 1]?.text ?? '');
    if (!apostrophe && (!t.word || /^\p{Lu}/u.test(t.text) || STOP.has(t.text.toLowerCase()))) return null;
  }
  return null;
}

/** "la Mission de l'ONU" where MINUSMA is named too: a description of it, left for coreference, not a new name. */
function namedElsewhere(m: Mention, known: Known): boolean {
  const head = normaliseName(m.text);
  const names = (k: Mention) => [k.text, ...(k.entry?.names ?? [])].map((n) => normaliseName(n).split(' ')[0]);
  return known.all.some((k) => k !== m && k.id !== undefined && k.type === m.type && names(k).includes(head));
}

/** "UN Information Service": a known organisation's short name glued to a new capitalised organisation name. */
function prefixWithOrganization(m: Mention, known: Known, text: string): Mention | null {
  const p = known.byEnd.get(m.start - 1);
  if (!p || p.type !== 'Organization' || text[p.end] !== ' ' || m.type !== 'Organization') return null;
  return { ...m, start: p.start, text: text.slice(p.start, m.end), role: 'name', sure: true };
}

/** "the Astana conference", "Geneva talks": a place and a lowercase event or document head. */
function namedAfterPlace(place: Mention, text: string): Mention | null {
  if (place.type !== 'Location' || !place.id || place.inner) return null;
  const m = PLACE_HEAD.exec(text.slice(place.end, place.end + 20));
  const type = m?.[1] ? (typeByHead([m[1].replace(/s$/, '')], 'en') ?? (/talks|process|ceasefire/i.test(m[1]) ? 'Event' : /communiqu/i.test(m[1]) ? 'Document' : null)) : null;
  if (!m || !type) return null;
  const end = place.end + m[0].length;
  return { start: place.start, end, text: text.slice(place.start, end), type, role: 'name', sure: true, namedAfterPlace: true };
}

/** French "accord préliminaire de Ouagadougou", "conférence de Genève": a lowercase head, then "de" and a place. */
const HEAD_BEFORE_PLACE = /(?<![\p{L}])(accords?|traité|déclaration|protocole|processus|pourparlers|conférence|sommet|réunion|pacte)((?:\s+\p{Ll}+){0,2})\s+(?:de|d')\s*$/u;

function placeAfterHead(place: Mention, text: string): Mention | null {
  if (place.type !== 'Location' || !place.id || place.inner) return null;
  const m = HEAD_BEFORE_PLACE.exec(text.slice(Math.max(0, place.start - 60), place.start));
  const head = m?.[1];
  if (!m || !head) return null;
  const type = typeByHead([head.replace(/s$/, '')], 'fr') ?? 'Event';
  const start = place.start - m[0].length;
  return { start, end: place.end, text: text.slice(start, place.end), type, role: 'name', sure: true, ...(type === 'Event' ? { namedAfterPlace: true } : {}) };
}

/** Known names indexed by where they start and end, so growing names stays linear. */
interface Known {
  all: Mention[];
  byStart: Map<number, Mention>;
  byEnd: Map<number, Mention>;
  anyStart: Set<number>;
}

function indexKnown(mentions: Mention[]): Known {
  const named = mentions.filter((k) => k.id && !k.inner);
  return {
    all: mentions,
    byStart: new Map(named.map((k) => [k.start, k])),
    byEnd: new Map(named.map((k) => [k.end, k])),
    anyStart: new Set(mentions.map((k) => k.start)),
  };
}

/** Grows names as above; the mentions they swallow become inner ones (kept for their own entity). */
export function extendNames(mentions: Mention[], tokens: Token[], text: string, language: Language): Mention[] {
  const known = indexKnown(mentions);
  const replaced = new Set<Mention>();
  const grown: Mention[] = [];
  for (const m of mentions) {
    const replaces = canExtend(m);
    const adjectived = replaces && m.role === 'bare' ? (extendWithAdjectives(m, known.anyStart, tokens, text) ?? m) : m;
    const named = replaces ? (extendToKnownName(adjectived, known, tokens, text) ?? prefixWithOrganization(m, known, text)) : null;
    const grownFurther = named && language === 'fr' && !named.namedAfterPlace ? (extendFrenchComplement(named, text) ?? named) : named;
    const free = replaces && !named && language === 'fr' && /^\p{Lu}/u.test(m.text) ? extendFrenchComplement(adjectived, text) : null;
    const longer = replaces ? (grownFurther ?? free ?? (adjectived !== m ? adjectived : null)) : (namedAfterPlace(m, text) ?? placeAfterHead(m, text));
    if (!longer) continue;
    if (replaces) replaced.add(m);
    grown.push(longer);
  }
  const insideGrown = containedIn(grown);
  const result = mentions.filter((x) => !replaced.has(x)).map((x) => (!x.inner && insideGrown(x) ? { ...x, inner: true } : x));
  return [...result, ...grown].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether a span lies within one of `outer`, by binary search over their starts (one scan per mention was quadratic). */
function containedIn(outer: Mention[]): (span: { start: number; end: number }) => boolean {
  const sorted = [...outer].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((n, g) => Math.max(n, g.end - g.start), 0);
  return (span) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < span.start - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && sorted[k]!.start <= span.start; k += 1) if (sorted[k]!.end >= span.end) return true;
    return false;
  };
}
