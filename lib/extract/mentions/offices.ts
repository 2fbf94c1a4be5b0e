import cues from '@/graph-seed/gazetteer/people-cues.json';
import type { Gazetteer } from '../gazetteer/types';
import type { Mention } from './types';

/**
 * Titles that name their organisation by themselves: "the High Commissioner for Refugees, Filippo
 * Grandi" heads UNHCR; "Secretary-General António Guterres" heads the UN. A title followed by
 * "of"/"de" names its organisation explicitly, and the relation patterns read that instead.
 */
const OFFICES = cues.offices.map((o) => ({ org: o.org, re: new RegExp(`^${o.title.replace(/[-\s]+/g, '[-\\s]+')}(?![\\p{L}])(?!\\s+(?:of|de|du|des|d')(?![\\p{L}]))`, 'iu') }));

/** An organisation mention over each office title that introduced a person (role 'title': never an alias). */
export function findOfficeMentions(people: Mention[], text: string, gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  for (const person of people) {
    if (person.titleStart === undefined) continue;
    const at = text.slice(person.titleStart, person.start);
    for (const office of OFFICES) {
      const m = office.re.exec(at);
      const entry = gazetteer.byId.get(office.org);
      if (!m || !entry) continue;
      found.push({
        start: person.titleStart,
        end: person.titleStart + m[0].length,
        text: m[0],
        type: entry.type,
        role: 'title',
        id: entry.id,
        name: entry.name,
        entry,
        sure: true,
        office: true,
      });
      break;
    }
  }
  return found;
}
