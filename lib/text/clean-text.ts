/* eslint-disable no-control-regex -- finding control characters is what this file is for */
import { BadInputError } from '@/lib/errors';

/**
 * What every stored text goes through (article text, title, source), whatever door it came in by: pasted,
 * uploaded, fetched or sent to the API. Controls never reach the graph, where they break exports, CSV and
 * search, and hide text from readers; NFC makes "é" one code point however it was typed, so the same name is
 * the same string for search and alias merging.
 */

/** C0 and C1 controls and DEL, except tab, line feed and carriage return (handled as line breaks). */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** An unpaired surrogate: a high one not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Vertical tab and form feed separate lines or pages: they become line breaks, not nothing. */
const LINE_SEPARATORS = /[\u000b\u000c]/g;

/** Article text: line breaks as \n, controls removed, NFC. Lone surrogates (only from HTML entities here) become U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?/g, '\n').replace(LINE_SEPARATORS, '\n').replace(CONTROLS, '').normalize('NFC');
}

/** A one-line field (title, source): every control and line break becomes a space, runs of spaces collapse. */
export function cleanLine(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/[\t\n\r\u000b\u000c]/g, ' ')
    .replace(CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .normalize('NFC')
    .trim();
}

/**
 * Text handed in as a JavaScript string (JSON bodies, form fields, JSON files) can hold an unpaired UTF-16
 * surrogate (JSON allows "\ud800"). No character is meant by it, so it is refused rather than guessed at.
 */
export function refuseLoneSurrogates(text: string, field: string): void {
  const at = text.search(LONE_SURROGATE);
  if (at < 0) return;
  throw new BadInputError(
    `The ${field} holds a broken character (an unpaired UTF-16 surrogate, U+${text.charCodeAt(at).toString(16).toUpperCase()}, at character ${at + 1}). Send it as valid UTF-8 text; if it came from a JSON file, check its \\u escapes.`,
  );
}
