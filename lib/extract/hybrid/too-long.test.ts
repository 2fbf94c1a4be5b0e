import { describe, expect, it } from 'vitest';
import { TooLargeError } from '@/lib/errors';
import { NlpUnavailableError } from '@/lib/nlp/errors';
import { extractWithNer } from '.';

describe('the hybrid on a text too long for the NER service', () => {
  it('refuses a 1 MB single line at once, with what to do, before asking the service anything', async () => {
    const line = 'Aldo Brenner met Cosima Dahlgren in Porto Velho and '.repeat(20_000); // ~1 MB, no sentence break
    // An address nothing listens on: had the hybrid called the service, the error would be NlpUnavailableError.
    const error = await extractWithNer(line, { nlp: { url: 'http://127.0.0.1:9' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as Error).message).toMatch(/Split the article into smaller parts.*NEWSGRAPH_EXTRACTOR=rules/);
  });

  it('reads the language from the whole text, as the rules do: an opening of names alone is not taken for Dutch', async () => {
    const line = 'Aldo Brenner met Cosima Dahlgren and Ivo Marchetti in Porto Velho and '.repeat(2_500); // its first 20 KB look Dutch
    const error = await extractWithNer(line, { nlp: { url: 'http://127.0.0.1:9', timeoutMs: 2_000 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NlpUnavailableError); // got as far as asking the service, in English
  });
});
