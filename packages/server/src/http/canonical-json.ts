import { createHash } from 'node:crypto';

/** JSON with every object's keys in order, so that the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
}

/** SHA-256 of a value's canonical JSON: how a replayed submit is told from a different one. */
export const bodyHash = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');
