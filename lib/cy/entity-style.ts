import type { EntityType } from '@/lib/model';

/**
 * How each entity type looks: configuration as data, shared by the graph stylesheet and the legend.
 * Colours come from the Okabe–Ito palette, which stays distinguishable for colour-blind readers;
 * shapes differ too, so colour is never the only cue.
 */
export const ENTITY_STYLE: Record<EntityType, { color: string; shape: string; label: string }> = {
  Person: { color: '#0072B2', shape: 'ellipse', label: 'Person' },
  Organization: { color: '#D55E00', shape: 'round-rectangle', label: 'Organisation' },
  Location: { color: '#009E73', shape: 'diamond', label: 'Place' },
  Event: { color: '#CC79A7', shape: 'star', label: 'Event or meeting' },
  Document: { color: '#E69F00', shape: 'round-tag', label: 'Document' },
  Topic: { color: '#56B4E9', shape: 'hexagon', label: 'Topic' },
};

/** Edge colours by relation type; anything not listed uses the default. */
export const RELATION_COLORS: Record<string, string> = {
  SPOKE_AT: '#0072B2',
  ATTENDED: '#56B4E9',
  HELD_IN: '#009E73',
  LOCATED_IN: '#009E73',
  HEADQUARTERED_IN: '#009E73',
  LEADS: '#D55E00',
  MEMBER_OF: '#B8860B',
  PART_OF: '#B8860B',
  GUARDS: '#8B3A62',
  BRIEFED: '#CC79A7',
  MET_WITH: '#6A5ACD',
  PUBLISHED: '#E69F00',
  ADOPTED: '#E69F00',
  ADDRESSES: '#7F7F7F',
  // General news: roles in the organisation's orange family, deals in gold, contests and courts in purple and red.
  WORKS_FOR: '#D55E00',
  SPOKESPERSON_OF: '#D55E00',
  PLAYS_FOR: '#B8860B',
  ACQUIRED: '#E69F00',
  OWNS: '#E69F00',
  VISITED: '#009E73',
  CHARGED: '#A51C30',
  SENTENCED: '#A51C30',
  RULED_ON: '#A51C30',
  ELECTED_TO: '#6A5ACD',
  DEFEATED: '#8B3A62',
  CO_MENTIONED: '#BBBBBB',
};
export const DEFAULT_RELATION_COLOR = '#555555';

/** The type colour mixed with white: `amount` 0 is white, 1 the colour itself. */
function tint(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(255 - (255 - c) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * Type badges: dark text on a light tint of the type colour, bordered in the colour itself. White text on the node
 * colours fails WCAG AA's 4.5:1 for most types (Organisation's orange gives 3.86:1), and the graph keeps its colours.
 */
export function badgeColors(type: EntityType): { color: string; background: string; borderColor: string } {
  const { color } = ENTITY_STYLE[type];
  return { color: '#1a1a1a', background: tint(color, 0.16), borderColor: color };
}
