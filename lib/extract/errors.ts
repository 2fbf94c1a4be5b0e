/**
 * Thrown when an article is in neither French nor English. The message is safe to show users;
 * `code` and `status` follow the app's error convention so routes can map it to a 400.
 */
export class UnsupportedLanguageError extends Error {
  readonly code = 'unsupported_language';
  readonly status = 400;

  constructor(readonly detected: string | null) {
    super(
      detected
        ? `unsupported language: looks like ${detected}; newsgraph reads French and English`
        : 'unsupported language: could not tell which language this is; newsgraph reads French and English',
    );
    this.name = 'UnsupportedLanguageError';
  }
}

/**
 * Thrown before any work on text that runs on for more than `limit` characters without ending a sentence: a
 * table, a data dump or a page flattened to one line, not an article. Extraction time grows with such runs.
 */
export class NoSentenceBreaksError extends Error {
  readonly code = 'no_sentence_breaks';
  readonly status = 400;

  constructor(
    readonly run: number,
    readonly limit: number,
  ) {
    super(
      `The text runs on for ${run.toLocaleString('en')} characters without a sentence break (., ! or ? or a new line); ` +
        `newsgraph reads at most ${limit.toLocaleString('en')} that way. Nothing was added. Split it into paragraphs or sentences.`,
    );
    this.name = 'NoSentenceBreaksError';
  }
}
