import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { hashToken, newTokenSecret } from '../domain/api-token';
import { ApiTokenOrmEntity } from '../infrastructure/api-token.orm-entity';
import { ExpiredTokenCleanup } from './expired-token-cleanup';

const HOUR = 3_600_000;

describe('ExpiredTokenCleanup (real PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase([ApiTokenOrmEntity]);
  });

  afterAll(() => db?.drop());

  /** A token row as sign-in writes it, expiring `hoursFromNow` from `now`. */
  async function insertToken(now: Date, hoursFromNow: number, revoked = false): Promise<string> {
    const id = randomUUID();
    await db.dataSource.getRepository(ApiTokenOrmEntity).insert({
      id,
      userId: randomUUID(),
      tokenHash: hashToken(newTokenSecret()),
      expiresAt: new Date(now.getTime() + hoursFromNow * HOUR),
      revokedAt: revoked ? new Date(now.getTime() - 48 * HOUR) : null,
    });
    return id;
  }

  it('deletes tokens expired more than a day ago and keeps live and recently expired ones', async () => {
    const now = new Date();
    await insertToken(now, -48); // expired two days ago
    await insertToken(now, -72, true); // revoked, then expired three days ago
    const justExpired = await insertToken(now, -1);
    const live = await insertToken(now, 11);
    const revokedButLive = await insertToken(now, 5, true);

    const cleanup = new ExpiredTokenCleanup(db.dataSource);
    expect(await cleanup.run(now)).toBe(2);
    const left = await db.dataSource.getRepository(ApiTokenOrmEntity).find({ select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([justExpired, live, revokedButLive].sort());

    // Daily and at least once: a second run finds nothing more.
    expect(await cleanup.run(now)).toBe(0);
  });
});
