import type { Span } from '@/lib/model';
import cues from '../data/type-cues.json';
import lexicon from '../relations/lexicon.json';
import { normaliseName, toEntityId } from '../slug';
import { followedByClubCue, isMatchReport, townOfDemonym } from '../sport';
import { isKnownOrganisation } from './evidence';
import type { HybridEntity } from './types';

const CLUB_CUE_BEFORE = new RegExp(`(?:^|\\s)(?:${cues.clubCuesBefore.join('|')})\\s+$`, 'iu');
/** A score right after or before the name: "Toulouse (2-1)", "Toulouse 2-1 Angers". */
const SCORE_AFTER = /^\s*\(?\d{1,2}\s*[-–]\s*\d{1,2}\)?(?!\d)/u;
const SCORE_BEFORE = /(?<!\d)\d{1,2}\s*[-–]\s*\d{1,2}\s+$/u;
/** Characters read on either side of a mention for the cues. */
const CONTEXT = 40;
/** "sur une passe de Vitinha", "a cross from Saka", "a header by Van Dijk"; not "le but de Lens", which a club scores. */
const PLAYER_ACTION_BEFORE = /(?:^|[\s'’])(?:passe|centre|tête|reprise|service)\s+(?:\p{Ll}+\s+){0,2}?(?:de|d['’])\s*$|(?:^|\s)(?:pass|cross|assist|header)\s+(?:from|by)\s+$/iu;
/** "Thauvin (23e)", "Saka (12')", "Mbappé (45e+2, sp)": a scorer's minute, in a match report. */
const MINUTE_AFTER = /^\s*\(\s*\d{1,3}\s*(?:e|ᵉ|'|’|th|st|nd|rd)?(?:\s*\+\s*\d{1,2})?(?:\s*[,;]?\s*(?:s\.?p\.?|pen\.?|csc|o\.?g\.?))?\s*\)/u;
/** "à Marseille (1-0)", "in Paris": where the words before say place, the town stays a place. */
const LOCATIVE_BEFORE = /(?:^|[\s'’])(?:à|au|en|dans|in|at|near|près de|de|d|from|to|vers)\s*$/iu;

/**
 * A city's name standing for its club ("Paris become the second French winners", "Marseille beat AC Milan"):
 * in an article that names a league or cup, a one-word place followed by a match or squad word, or next to a score
 * ("Toulouse (2-1)", "Toulouse 2-1 Angers"), is the club.
 * The mention moves to the club this article names after the city ("Paris Saint-Germain"), else to a club of
 * that name. Returns the entities and the ids that disappeared into a club.
 */
export function moveClubMentions(text: string, entities: HybridEntity[]): { entities: HybridEntity[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  if (!isMatchReport(text)) return { entities: townsNotClubs(text, dropTownsfolk(text, entities), renamed), renamed };
  const out = entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
  for (const place of out.filter((e) => e.type === 'Location')) {
    const moved: Span[] = place.mentions.filter((m) => {
      if (/\s/u.test(m.text)) return false;
      const [after, before] = [text.slice(m.end, m.end + CONTEXT), text.slice(Math.max(0, m.start - CONTEXT), m.start)];
      return followedByClubCue(after) || CLUB_CUE_BEFORE.test(before) || SCORE_BEFORE.test(before) || (SCORE_AFTER.test(after) && !LOCATIVE_BEFORE.test(before));
    });
    const word = normaliseName(place.name);
    // "face au RC Lens … Lens a réduit l'écart": the one club of the article named after the town is shown already.
    const named = out.filter((o) => o.type === 'Organization' && /\s/u.test(o.name) && ` ${normaliseName(o.name)} `.includes(` ${word} `));
    const namedClub = named.length === 1 && /\s/u.test(named[0]!.name) ? named[0] : undefined;
    if (moved.length === 0 && !namedClub) continue;
    // Once the town is shown to stand for its club, its other bare mentions do too ("Angers a réduit l'écart"),
    // except where the words before say place ("à Angers", "in Angers") and in a dateline ("PARIS —").
    for (const m of place.mentions)
      if (!moved.includes(m) && !/\s/u.test(m.text) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - CONTEXT), m.start)) && !isDateline(text, m)) moved.push(m);
    if (moved.length === 0) continue;
    let club = namedClub ?? out.find((o) => o.type === 'Organization' && (normaliseName(o.name) === word || normaliseName(o.name).startsWith(`${word} `)));
    if (!club) {
      club = {
        id: toEntityId('Organization', place.name),
        name: place.name,
        type: 'Organization',
        aliases: [],
        mentions: [],
        foundBy: [...place.foundBy, 'lexicon'],
        typedBy: 'lexicon',
      };
      out.push(club);
    }
    club.mentions.push(...moved);
    club.mentions.sort((a, b) => a.start - b.start);
    place.mentions = place.mentions.filter((m) => !moved.includes(m));
    if (place.mentions.length === 0) renamed.set(place.id, club.id);
  }
  // "sur une passe de Vitinha", "a cross from Saka", "Thauvin (23e)": who passes, crosses or scores is a player, whatever the model read.
  for (const e of out) {
    if (e.type === 'Person' || /\s/u.test(e.name) || e.foundBy.includes('gazetteer') || isKnownOrganisation(e.name) || e.mentions.length === 0) continue;
    const playerCue = (m: Span) => PLAYER_ACTION_BEFORE.test(text.slice(Math.max(0, m.start - CONTEXT), m.start)) || MINUTE_AFTER.test(text.slice(m.end, m.end + 20));
    if (!e.mentions.every(playerCue)) continue;
    const id = toEntityId('Person', e.name);
    renamed.set(e.id, id);
    Object.assign(e, { id, type: 'Person', typedBy: 'lexicon', foundBy: [...new Set([...e.foundBy, 'lexicon'])] });
  }
  // "Les Toulousains ont ouvert le score": the town's people are its club in a match report.
  for (const folk of out.filter((e) => townsfolk(text, e))) {
    const town = townOfDemonym(folk.name);
    const clubs = out.filter((o) => o !== folk && o.type === 'Organization' && ` ${normaliseName(o.name)} `.includes(` ${town} `));
    if (clubs.length === 1) {
      clubs[0]!.mentions.push(...folk.mentions);
      clubs[0]!.mentions.sort((a, b) => a.start - b.start);
      renamed.set(folk.id, clubs[0]!.id);
    }
    folk.mentions = [];
  }
  return { entities: out.filter((e) => e.mentions.length > 0), renamed };
}

/**
 * "Les Toulousains", "les Lensois": a town's people, which the model often reads as an organisation. Every mention
 * follows a plural article, which keeps "Le Parisien" (a newspaper) and "le Lensois" (one man) out.
 */
function townsfolk(text: string, e: HybridEntity): boolean {
  return (
    townOfDemonym(e.name) !== undefined &&
    !/\s/u.test(e.name) &&
    e.mentions.every((m) => /(?:^|[^\p{L}])(?:les|des|aux|the)\s+$/iu.test(text.slice(Math.max(0, m.start - 8), m.start)))
  );
}

/** "Burnley, a town in Lancashire", "Burnley is a former mill town", "Vienne, ville de l'Isère": a place noun in apposition. */
const PLACE_APPOSITION = new RegExp(
  `^(?:,\\s*|\\s+(?:is|was|est|était)\\s+)(?:an?|the|une?|la|le|l['’])\\s*(?:[\\p{Ll}-]+\\s+){0,2}?(?:${lexicon.PLACE_NOUN.join('|')})(?![\\p{L}-])`,
  'u',
);

/**
 * Outside sport, a town the model read as its club is the town: "Liverpool, on Merseyside, voted Labour. Voters in
 * Liverpool…" is one place, not a club and a place. A one-word organisation only the model typed joins the place of
 * the same name in the article, or becomes a place where a place noun stands beside it ("Burnley, a town in
 * Lancashire"). A known organisation ("Arsenal") and a name followed by a match or squad word stay organisations.
 */
function townsNotClubs(text: string, entities: HybridEntity[], renamed: Map<string, string>): HybridEntity[] {
  const out = entities.map((e) => ({ ...e }));
  for (const org of out) {
    if (org.type !== 'Organization' || org.typedBy !== 'ner' || /\s/u.test(org.name) || isKnownOrganisation(org.name)) continue;
    if (org.mentions.some((m) => followedByClubCue(text.slice(m.end, m.end + CONTEXT)))) continue;
    const word = normaliseName(org.name);
    const place = out.find((o) => o.type === 'Location' && o.mentions.length > 0 && normaliseName(o.name) === word);
    if (place) {
      place.mentions = [...place.mentions, ...org.mentions].sort((a, b) => a.start - b.start);
      place.foundBy = [...new Set([...place.foundBy, ...org.foundBy])];
      org.mentions = [];
      renamed.set(org.id, place.id);
    } else if (org.mentions.some((m) => PLACE_APPOSITION.test(text.slice(m.end, m.end + 60)))) {
      const id = toEntityId('Location', org.name);
      renamed.set(org.id, id);
      Object.assign(org, { id, type: 'Location', typedBy: 'lexicon', foundBy: [...new Set([...org.foundBy, 'lexicon'])] });
    }
  }
  return out.filter((e) => e.mentions.length > 0);
}

/** Outside sport, a town's people are no named entity at all. */
function dropTownsfolk(text: string, entities: HybridEntity[]): HybridEntity[] {
  return entities.some((e) => townsfolk(text, e)) ? entities.filter((e) => !townsfolk(text, e)) : entities;
}

/**
 * A name of several words found once is the same name wherever it recurs: "Paris Saint-Germain" read whole in the
 * headline and as the place "Paris" plus "Saint-Germain" in the next line is the club both times. Each recurrence
 * becomes a mention of the named entity, and the shorter mentions inside it leave their entities.
 */
export function claimRecurringNames(text: string, entities: HybridEntity[]): HybridEntity[] {
  const out = entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
  for (const owner of out.filter((e) => /\s/u.test(e.name) && e.name.length >= 6)) {
    for (let at = text.indexOf(owner.name); at >= 0; at = text.indexOf(owner.name, at + 1)) {
      const end = at + owner.name.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (owner.mentions.some((m) => m.start < end && m.end > at)) continue;
      // Inside a still wider name of another entity, it is part of that one.
      if (out.some((o) => o !== owner && o.mentions.some((m) => m.start <= at && m.end >= end))) continue;
      for (const other of out) if (other !== owner) other.mentions = other.mentions.filter((m) => m.start >= end || m.end <= at);
      owner.mentions.push({ start: at, end, text: owner.name });
    }
    owner.mentions.sort((a, b) => a.start - b.start);
  }
  return out.filter((e) => e.mentions.length > 0);
}

/** "PARIS —", "LENS, 4 mai (AFP) –": a town opening a line before a dash is where the report was filed. */
function isDateline(text: string, m: Span): boolean {
  // Only blanks back to the line's start (walked back, not searched: a search per mention was quadratic on one line).
  let k = m.start - 1;
  while (k >= 0 && text[k] !== '\n' && /\s/u.test(text[k]!)) k -= 1;
  return (k < 0 || text[k] === '\n') && /^(?:,[^\n—–]{0,40})?\s*(?:\([^)\n]{1,20}\)\s*)?[—–-]\s/u.test(text.slice(m.end, m.end + 60));
}
