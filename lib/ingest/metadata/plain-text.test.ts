import { describe, expect, it } from 'vitest';
import { metadataFromPlainText } from './plain-text';

describe('metadataFromPlainText', () => {
  it('takes a headline line and a French "Publié le" line', () => {
    const text = 'Le Parlement adopte la loi sur l’eau\nPublié le 3 juin 2024\n\nLe Parlement a adopté mardi la loi.';
    expect(metadataFromPlainText(text)).toEqual({ title: 'Le Parlement adopte la loi sur l’eau', publishedAt: '2024-06-03' });
  });

  it('reads an agency dateline at the start of the first paragraph', () => {
    const text = 'Grève à la SNCF\n\nPARIS, 12 mars 2024 (AFP) - Les cheminots ont cessé le travail mardi, a annoncé la CGT le 11 mars 2024.';
    expect(metadataFromPlainText(text)).toEqual({ title: 'Grève à la SNCF', publishedAt: '2024-03-12' });
  });

  it('reads English datelines and numeric dates', () => {
    expect(metadataFromPlainText('Storm hits coast\nMarch 12, 2024\nThe storm arrived.').publishedAt).toBe('2024-03-12');
    expect(metadataFromPlainText('Storm hits coast\nPublished 3 June 2024 10:42 BST\nThe storm.').publishedAt).toBe('2024-06-03');
    expect(metadataFromPlainText('Tempête sur la côte\n12/03/2024\nLa tempête.').publishedAt).toBe('2024-03-12');
  });

  it('a date line first is not a headline; a date the headline talks about is not the publication date', () => {
    expect(metadataFromPlainText('Publié le 3 juin 2024\nLe texte commence ici.')).toEqual({ publishedAt: '2024-06-03' });
    expect(metadataFromPlainText('Européennes du 9 juin 2024 : ce qu’il faut savoir\nLe scrutin approche.')).toEqual({
      title: 'Européennes du 9 juin 2024 : ce qu’il faut savoir',
    });
  });

  it('finds nothing in a text without a headline or a dateline', () => {
    expect(
      metadataFromPlainText(
        'The minister said the budget of 2024 would rise. It was approved on a later day than planned, after a vote on 3 June 2024 that nobody expected to pass.',
      ),
    ).toEqual({});
    expect(metadataFromPlainText('One line only')).toEqual({});
    expect(metadataFromPlainText('')).toEqual({});
  });
});
