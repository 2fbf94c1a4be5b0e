import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import extra from '@/graph-seed/gazetteer/countries-extra.json';
import { toEntityId } from '../slug';
import type { GazetteerEntry } from './types';

countries.registerLocale(en);
countries.registerLocale(fr);

const canonicalOverrides: Record<string, string> = extra.canonical;
const extraAliases: Record<string, string[]> = extra.aliases;

function isAcronym(name: string): boolean {
  return /^(?:\p{Lu}\.?){2,}$/u.test(name);
}

/**
 * Undoes the package's catalogue order: "Moldova, Republic of" → Moldova and Republic of Moldova;
 * "Virgin Islands, British" → British Virgin Islands (never bare "Virgin Islands", which is two places).
 */
function expandInverted(name: string): string[] {
  const m = /^([^,(]+),\s*([^,(]+)$/.exec(name);
  const [head, tail] = [m?.[1]?.trim(), m?.[2]?.trim()];
  if (!head || !tail) return [name.replace(/\s*\([^)]*\)/g, '').trim()];
  if (/ of$/.test(tail)) return [head, `${tail} ${head}`];
  return /^\S+$/.test(tail) ? [`${tail} ${head}`] : [head];
}

/** The usual short English name: Russia rather than "Russian Federation". */
function pickCanonical(code: string, englishNames: string[]): string {
  const override = canonicalOverrides[code];
  if (override) return override;
  const plain = englishNames.filter((n) => !isAcronym(n));
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? englishNames[0] ?? code;
}

/** Every ISO 3166-1 country, named in English and French by the maintained i18n-iso-countries data. */
export function buildCountryEntries(): GazetteerEntry[] {
  const english = countries.getNames('en', { select: 'all' });
  const french = countries.getNames('fr', { select: 'all' });
  return Object.keys(english).map((code) => {
    const enNames = (english[code] ?? []).flatMap(expandInverted);
    const all = [...enNames, ...(french[code] ?? []).flatMap(expandInverted), ...(extraAliases[code] ?? [])];
    const name = pickCanonical(code, enNames);
    return {
      id: toEntityId('Location', name),
      name,
      type: 'Location' as const,
      names: [...new Set([name, ...all.filter((n) => !isAcronym(n))])],
      acronyms: [...new Set(all.filter(isAcronym))],
      kind: 'country' as const,
      country: code,
    };
  });
}
