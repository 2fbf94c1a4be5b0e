/**
 * Text for XML 1.0 documents (the SVG, GraphML and GEXF exports). XML cannot carry most control characters at all,
 * not even escaped, so they are dropped (tab, newline and carriage return stay, as character references in
 * attributes so parsers keep them), as are lone surrogates and the two non-characters U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Safe inside an element or a double- or single-quoted attribute. */
export function escapeXml(value: unknown): string {
  return String(value ?? '')
    .replace(NOT_XML, '')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

/** An XML attribute list from an object; undefined and null values are left out. */
export function attrs(values: Record<string, string | number | undefined | null>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}
