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
  CO_MENTIONED: '#BBBBBB',
};
export const DEFAULT_RELATION_COLOR = '#555555';
