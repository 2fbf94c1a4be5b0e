import type { ManagedTransaction } from 'neo4j-driver';
import { isAppError } from '@/lib/errors';
import { countCorrections, NO_CORRECTIONS, parseStoredCorrections, type Corrections } from './corrections';
import * as Q from './correction-queries';
import { sha256Hex } from './input';
import { correctExtraction, type Extracted } from './prepare';
import type { Overrides } from './types';

/** The corrections stored with an article of exactly this text (by its SHA-256), or null. */
export async function readStoredCorrections(tx: ManagedTransaction, text: string): Promise<Corrections | null> {
  const record = (await tx.run(Q.STORED_CORRECTIONS, { sha256: sha256Hex(text) })).records[0];
  return parseStoredCorrections(record?.get('corrections'));
}

export async function saveCorrections(tx: ManagedTransaction, articleId: string, corrections: Corrections): Promise<void> {
  await tx.run(Q.SET_CORRECTIONS, { id: articleId, corrections: countCorrections(corrections) > 0 ? JSON.stringify(corrections) : null });
}

export type WithCorrections = { extracted: Extracted; corrections: Corrections; stored: 'applied' | 'dropped' | null };

/**
 * The user's corrections when they sent some (even none: they may have undone them all); else the stored ones.
 * Stored corrections that no longer fit (the extractor changed, so a key or relation index is gone) are dropped
 * with a notice rather than failing the ingest: the text is still good.
 */
export function chooseCorrections(extracted: Extracted, overrides: Overrides, stored: Corrections | null): WithCorrections {
  if (overrides.corrections) return { extracted, corrections: overrides.corrections, stored: null };
  if (!stored) return { extracted, corrections: NO_CORRECTIONS, stored: null };
  try {
    const redone = correctExtraction(extracted.article, extracted.raw, { ...overrides, corrections: stored });
    return { extracted: { ...extracted, ...redone }, corrections: stored, stored: 'applied' };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { extracted, corrections: NO_CORRECTIONS, stored: 'dropped' };
  }
}
