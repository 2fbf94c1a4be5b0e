/**
 * A small JSON Schema checker for the contract test: $ref, type (incl. lists of types and "integer"),
 * required, properties, items and enum. Enough to catch a response that drifted from the document.
 */
type Schema = { $ref?: string; type?: string | string[]; required?: readonly string[]; properties?: Record<string, Schema>; items?: Schema; enum?: readonly unknown[] };

export function checkShape(value: unknown, schema: Schema, root: { components: { schemas: Record<string, unknown> } }, at = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = root.components.schemas[name] as Schema | undefined;
    return target ? checkShape(value, target, root, at) : [`${at}: unknown $ref ${schema.$ref}`];
  }
  const problems: string[] = [];
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(value, t))) return [`${at}: expected ${types.join(' or ')}, got ${JSON.stringify(value)?.slice(0, 60)}`];
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${at}.${key}: missing`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in record && record[key] !== undefined) problems.push(...checkShape(record[key], sub, root, `${at}.${key}`));
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...checkShape(item, schema.items as Schema, root, `${at}[${i}]`)));
  return problems;
}

function typeMatches(value: unknown, type: string): boolean {
  switch (type) {
    case 'null': return value === null;
    case 'array': return Array.isArray(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    default: return typeof value === type;
  }
}
