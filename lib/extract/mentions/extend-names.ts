import type { Token } from '../tokens';
import { typeByHead } from './heads';
import type { Mention } from './types';

/** Words that end a name's complement: relative pronouns and common verbs ("qui a débuté", "was held"). */
const STOP = new Set('qui que dont où lors a ont est sont était étaient sera seront avait avaient fait is are was were has have had said will would which that who when where whose'.split(' '));
/** A complement opens with a preposition, after at most two adjectives ("internationale de sécurité au"). */
const COMPLEMENT_START = /^\s*(?:[\p{Ll}-]+\s+){0,2}?(?:de|du|des|d'|pour|sur|contre|au|aux|à|en|of|for|on|in|against)(?![\p{L}])/u;
/** "l'Office et l'ONUDC" is two names, not one. */
const COORDINATED_END = /(?:^|\s)(?:et|and|ou|or)\s+(?:le |la |les |l'|the )?$/u;
const NAMED = new Set(['Organization', 'Event', 'Document']);
const PLACE_HEAD = /^\s+(conference|summit|talks|meeting|forum|process|agreement|accords?|declaration|protocol|ceasefire)(?![\p{L}])/iu;

function canExtend(m: Mention): boolean {
  return !m.id && !m.inner && m.type !== null && NAMED.has(m.type) && m.role !== 'title';
}

/**
 * French institutional names (and some English ones) run past their capitalised head through
 * lowercase complements to a name we know: "Conférence des donateurs pour le Soudan", "Pacte de
 * Paris", "Comité du Conseil de sécurité", "Journée internationale ... du trafic de drogues".
 * The name we reached stays as an inner mention, so "Soudan" is still Sudan.
 */
function extendToKnownName(m: Mention, known: Mention[], tokens: Token[], text: string): Mention | null {
  let i = tokens.findIndex((t) => t.start >= m.end);
  for (let steps = 0; i !== -1 && i < tokens.length && steps < 14; i += 1, steps += 1) {
    const t = tokens[i]!;
    const target = known.find((k) => k.start === t.start && k.id && !k.inner);
    if (target && steps > 0) {
      const between = text.slice(m.end, target.start);
      if (!COMPLEMENT_START.test(between) || COORDINATED_END.test(between)) return null;
      const atPlace = target.type === 'Location' && /^\s*(?:de|d'|of|in|à)\s*$/iu.test(between);
      return { ...m, end: target.end, text: text.slice(m.start, target.end), role: 'name', sure: true, ...(atPlace ? { namedAfterPlace: true } : {}) };
    }
    if (target) return null;
    const apostrophe = t.text === "'" && /^[dl]$/i.test(tokens[i - 1]?.text ?? '');
    if (!apostrophe && (!t.word || /^\p{Lu}/u.test(t.text) || STOP.has(t.text.toLowerCase()))) return null;
  }
  return null;
}

/** "UN Information Service": a known organisation's short name glued to a new capitalised organisation name. */
function prefixWithOrganization(m: Mention, known: Mention[], text: string): Mention | null {
  const p = known.find((k) => k.end + 1 === m.start && k.id && k.type === 'Organization' && !k.inner);
  if (!p || text[p.end] !== ' ' || m.type !== 'Organization') return null;
  return { ...m, start: p.start, text: text.slice(p.start, m.end), role: 'name', sure: true };
}

/** "the Astana conference", "Geneva talks": a place and a lowercase event or document head. */
function namedAfterPlace(place: Mention, text: string): Mention | null {
  if (place.type !== 'Location' || !place.id || place.inner) return null;
  const m = PLACE_HEAD.exec(text.slice(place.end, place.end + 20));
  const type = m?.[1] ? typeByHead([m[1].replace(/s$/, '')], 'en') ?? (/talks|process|ceasefire/i.test(m[1]) ? 'Event' : null) : null;
  if (!m || !type) return null;
  const end = place.end + m[0].length;
  return { start: place.start, end, text: text.slice(place.start, end), type, role: 'name', sure: true, namedAfterPlace: true };
}

/** Grows names as above; the mentions they swallow become inner ones (kept for their own entity). */
export function extendNames(mentions: Mention[], tokens: Token[], text: string): Mention[] {
  let result = [...mentions];
  const grown: Mention[] = [];
  for (const m of mentions) {
    const replaces = canExtend(m);
    const longer = replaces ? (extendToKnownName(m, mentions, tokens, text) ?? prefixWithOrganization(m, mentions, text)) : namedAfterPlace(m, text);
    if (!longer) continue;
    if (replaces) result = result.filter((x) => x !== m);
    grown.push(longer);
  }
  for (const g of grown) {
    result = result.map((x) => (x.start >= g.start && x.end <= g.end && !x.inner ? { ...x, inner: true } : x));
  }
  return [...result, ...grown].sort((a, b) => a.start - b.start || b.end - a.end);
}
