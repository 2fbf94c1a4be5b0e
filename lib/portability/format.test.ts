import { describe, expect, it } from 'vitest';
import { ALLOWED_LABELS, ALLOWED_REL_TYPES, stableJson } from './format';

describe('stableJson', () => {
  it('sorts keys at every level, so the same data always gives the same bytes', () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
    expect(stableJson({ x: 1, y: 2 })).toBe(stableJson({ y: 2, x: 1 }));
  });

  it('keeps HTML and script as plain, escaped-for-JSON text', () => {
    const name = '<img src=x onerror="alert(1)">';
    expect(JSON.parse(stableJson({ name })).name).toBe(name);
  });
});

describe('import whitelists', () => {
  it('know the graph labels and relation types, and nothing else', () => {
    expect(ALLOWED_LABELS.has('Person')).toBe(true);
    expect(ALLOWED_LABELS.has('Admin')).toBe(false);
    expect(ALLOWED_REL_TYPES.has('MENTIONS')).toBe(true);
    expect(ALLOWED_REL_TYPES.has('LEADS]->() DETACH DELETE n //')).toBe(false);
  });
});
