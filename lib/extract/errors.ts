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
