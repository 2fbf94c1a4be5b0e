import { describe, expect, it } from 'vitest';
import { typedAmong as typed } from './hand-entities';

const P = 'Person' as const;
const O = 'Organization' as const;

describe('club nicknames and town people (club-nicknames.json)', { timeout: 60_000 }, () => {
  it('"for the Gunners" is Arsenal, "Les Lensois" the RC Lens, in a match report', () => {
    const en = 'Arsenal beat Chelsea 2-1 in the Premier League on Sunday. Bukayo Saka scored twice for the Gunners before the break.';
    expect(
      typed(en, 'en', [
        ['Arsenal', O],
        ['Chelsea', O],
        ['Premier League', O],
        ['Bukayo Saka', P],
      ]),
    ).toContain('PLAYS_FOR person-bukayo-saka → organization-arsenal');
    const fr = 'Le RC Lens a battu Nantes 2-0 samedi en Ligue 1. Les Lensois ont ouvert le score par Florian Thauvin.';
    expect(
      typed(fr, 'fr', [
        ['RC Lens', O],
        ['Nantes', O],
        ['Ligue 1', O],
        ['Florian Thauvin', P],
      ]),
    ).toContain('PLAYS_FOR person-florian-thauvin → organization-rc-lens');
  });

  it('a club named by its initials is its town\'s ("les Parisiens" are the PSG); two clubs of one town leave it unread', () => {
    const one = 'Le PSG a battu Lens 3-1 samedi en Ligue 1. Les Parisiens ont ouvert le score par Ousmane Dembélé.';
    expect(
      typed(one, 'fr', [
        ['PSG', O],
        ['Lens', O],
        ['Ligue 1', O],
        ['Ousmane Dembélé', P],
      ]),
    ).toContain('PLAYS_FOR person-ousmane-dembele → organization-psg');
    const two = 'Le Paris Saint-Germain a battu le Paris FC 2-1 samedi en Ligue 1. Les Parisiens ont ouvert le score par Ousmane Dembélé.';
    expect(
      typed(two, 'fr', [
        ['Paris Saint-Germain', O],
        ['Paris FC', O],
        ['Ligue 1', O],
        ['Ousmane Dembélé', P],
      ]).filter((r) => r.startsWith('PLAYS_FOR')),
    ).toEqual([]);
  });

  it('initials and a name holding the town are two clubs: "le PSG … le Paris FC … les Parisiens" is neither; no nickname without its article', () => {
    const derby = 'Le PSG a battu le Paris FC 2-1 samedi en Ligue 1. Les Parisiens ont ouvert le score par Ousmane Dembélé.';
    expect(
      typed(derby, 'fr', [
        ['PSG', O],
        ['Paris FC', O],
        ['Ligue 1', O],
        ['Ousmane Dembélé', P],
      ]).filter((r) => r.startsWith('PLAYS_FOR')),
    ).toEqual([]);
    const bare = 'Arsenal beat Chelsea 2-1 in the Premier League on Sunday. Gunners fan Bukayo Saka scored twice for Gunners United.';
    expect(
      typed(bare, 'en', [
        ['Arsenal', O],
        ['Chelsea', O],
        ['Premier League', O],
        ['Bukayo Saka', P],
      ]).filter((r) => r.startsWith('PLAYS_FOR')),
    ).toEqual([]);
  });

  it('outside sport a nickname is nothing: "the Reds" of a council story', () => {
    const text = 'Liverpool City Council met on Monday. Anna Lind said the Reds had won the vote for Liverpool City Council.';
    expect(
      typed(text, 'en', [
        ['Liverpool City Council', O],
        ['Anna Lind', P],
      ]).filter((r) => r.startsWith('PLAYS_FOR')),
    ).toEqual([]);
  });
});
