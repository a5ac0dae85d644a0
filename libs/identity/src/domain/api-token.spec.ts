import { hashToken, looksLikeToken, newTokenSecret } from './api-token';

describe('api token', () => {
  it('is 32 random bytes in base64url, different every time', () => {
    const first = newTokenSecret();
    const second = newTokenSecret();
    expect(first).not.toBe(second);
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
    expect(looksLikeToken(first)).toBe(true);
  });

  it('is stored as its SHA-256 in hex, never as itself', () => {
    const token = newTokenSecret();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashToken(token)).toBe(hash);
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('rejects anything that cannot be a token before it reaches the database', () => {
    for (const junk of ['', 'abc', `${newTokenSecret()}x`, 'a'.repeat(42) + '=', 'a'.repeat(42) + '/']) {
      expect(looksLikeToken(junk)).toBe(false);
    }
  });
});
