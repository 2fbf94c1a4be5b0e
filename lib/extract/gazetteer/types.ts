import type { EntityType } from '@/lib/model';

export type PlaceKind = 'country' | 'city' | 'region' | 'continent';

/** One thing the gazetteer knows, with every name it goes by. */
export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  /** Matched case- and accent-insensitively (see normaliseName). */
  names: string[];
  /** Matched exactly: "UN" must not match French "un", nor "WHO" English "who". */
  acronyms: string[];
  kind?: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country a city or region lies in. */
  country?: string;
  partOf?: string;
  hq?: string;
  series?: boolean;
  yearly?: boolean;
  lowercase?: boolean;
}

/** The raw shape of graph-seed/gazetteer/<file>.json. */
export interface GazetteerFile {
  type: string;
  entries: {
    name: string;
    id?: string;
    names?: string[];
    acronyms?: string[];
    kind?: string;
    in?: string;
    partOf?: string;
    hq?: string;
    series?: boolean;
    yearly?: boolean;
    lowercase?: boolean;
  }[];
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  /** normaliseName(name) → entry; names shared by two entries ("Congo") are left out, being ambiguous. */
  byName: Map<string, GazetteerEntry>;
  byAcronym: Map<string, GazetteerEntry>;
  /** First word of every name, so the matcher skips most tokens at once. */
  firstWords: Set<string>;
  /** Every leading run of words of every name ("united", "united nations", …): the matcher stops at the first miss. */
  prefixes: Set<string>;
  /** The longest name in words, to bound the matcher's window. */
  maxWords: number;
}
