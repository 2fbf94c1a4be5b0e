import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresOf, ratchetFailures, RATCHETED, type Figures } from './figures';
import { extractFixtures } from './run-fixtures';

// The real CoreNLP service at NLP_URL (scripts/test.mjs starts one).
if (!process.env.NLP_URL) throw new Error('NLP_URL is not set: run this through `node scripts/test.mjs --only=integration`, or start `npm run nlp` and set NLP_URL.');

const baseline = JSON.parse(readFileSync(path.join(__dirname, 'baseline.json'), 'utf8')) as { heldOut: Record<string, Figures> };

describe('extraction quality ratchet (held-out fixtures, real NER service)', () => {
  it('keeps every held-out F1 of the rules and the hybrid at or above the committed baseline, and over-merges at or below it', { timeout: 300_000 }, async () => {
    const heldOut = (await extractFixtures()).filter((c) => c.gold.heldOut);
    expect(heldOut.length).toBeGreaterThanOrEqual(20);
    const now = Object.fromEntries(RATCHETED.map((name) => [name, figuresOf(heldOut, name)]));
    // A failure names the figure that dropped; `npm run eval:extract -- --compare` shows the whole table.
    expect(ratchetFailures(baseline.heldOut, now)).toEqual([]);
  });
});
