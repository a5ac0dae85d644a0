import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
/** 32 random bytes in base64url without padding are exactly 43 characters of this alphabet. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newTokenSecret(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * What the database keeps instead of the token. A plain SHA-256 suffices (no salt, no slow hash):
 * the token is 256 random bits, so there is nothing to guess, and the lookup must stay an index hit.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Cheap check before any database work, so junk in an Authorization header costs nothing. */
export function looksLikeToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
