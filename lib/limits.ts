/**
 * The largest request a server action takes: experimental.serverActions.bodySizeLimit in next.config.js (8 MB).
 * Client components check against it before sending, so an oversized paste or file gets a message instead of a
 * failed request, and nothing typed is lost.
 */
export const ACTION_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

export function tooLargeToSend(what: string, bytes: number): string | null {
  if (bytes <= ACTION_BODY_LIMIT_BYTES) return null;
  return `${what} is ${(bytes / 1024 / 1024).toFixed(1)} MB; the server takes at most ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB at a time. Split it into smaller articles or files, or use npm run ingest for large batches.`;
}
