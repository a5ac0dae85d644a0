import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** OWASP's argon2id minimum: 19 MiB of memory, two passes, one lane. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  /**
   * With no stored hash (unknown email) it still runs a full verification against a throwaway
   * hash, so an answer's timing does not tell whether the account exists.
   */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    const hash = storedHash ?? (await this.dummy());
    try {
      const matches = await argon2.verify(hash, password);
      return storedHash !== null && matches;
    } catch {
      // A malformed stored hash cannot match anything; treat it as a wrong password.
      return false;
    }
  }

  /** True when the hash was made with weaker (or other) parameters than today's. */
  needsRehash(storedHash: string): boolean {
    try {
      return argon2.needsRehash(storedHash, ARGON2_OPTIONS);
    } catch {
      return true;
    }
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hash(randomBytes(24).toString('base64url'));
    return this.dummyHash;
  }
}
