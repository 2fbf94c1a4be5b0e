import type { PlainValue } from './values';

export function toPlain(value: unknown): PlainValue;
