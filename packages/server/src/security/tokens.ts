import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** An unguessable token for a link or a session: 256 random bits, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * What the database keeps instead of a token: its SHA-256. A token has 256 random bits, so a
 * plain hash is enough (no salt or slow hash needed), and a copy of the database gives nobody a
 * working link.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A token as it may appear in a URL: what newToken makes, nothing else. */
export const looksLikeToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);

export const newId = (): string => randomUUID();
