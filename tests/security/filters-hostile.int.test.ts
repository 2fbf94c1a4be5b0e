import { describe, expect, it } from 'vitest';
import { runFilter } from '@/lib/filters/run';
import { FilterStateSchema } from '@/lib/filters/state';
import { withSeededGraph } from './harness';

// Hostile filter states: names outside the whitelist are refused; values are parameters and match nothing.
const REFUSED: Array<[string, unknown]> = [
  ['label with backticks', { entityTypes: ['Person`) DETACH DELETE e //'] }],
  ['label not in the model', { entityTypes: ['SavedQuery'] }],
  ['relation type with backticks', { relationTypes: ['LEADS`]->() DELETE r //'] }],
  ['relation type not in the model', { relationTypes: ['MENTIONS'] }],
  ['negative degree', { minDegree: -1 }],
  ['confidence above 1', { minConfidence: 2 }],
  ['date that is code', { publishedFrom: "2011' OR 1=1 //" }],
  ['language outside the enum', { languages: ['fr`) DELETE a //'] }],
  ['limit too large', { limit: 1_000_000 }],
];
const HARMLESS: Array<[string, unknown]> = [
  ['text with quotes and backticks', { text: "x'}) DETACH DELETE e // `Person`" }],
  ['source with a quote', { sources: ["ONU' OR true //"] }],
  ['article id that tries Cypher', { articleIds: ['a"}) MATCH (n) DETACH DELETE n //'] }],
  ['within ids with backticks', { withinIds: ['`org-unodc`'] }],
];

const graph = withSeededGraph();

describe('filters against hostile input', () => {
  it.each(REFUSED)('%s is refused with a clear message', async (_name, input) => {
    const error = await (async () => runFilter(FilterStateSchema.parse(input)))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/Unknown|must be|Too (big|small)|expected|Invalid|dates are/i);
  });

  it.each(HARMLESS)('%s is only a value: nothing matches, nothing changes', async (_name, input) => {
    const result = await runFilter(FilterStateSchema.parse(input));
    expect(result.matches).toBe(0);
  });

  it('changed nothing', async () => {
    await graph.expectUnchanged();
  });
});
