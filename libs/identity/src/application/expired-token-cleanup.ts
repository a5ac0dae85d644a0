import { Inject, Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { ApiTokenOrmEntity } from '../infrastructure/api-token.orm-entity';

/**
 * Expired tokens are kept a day before they are deleted, so "my token stopped working last night"
 * can still be checked against the table the next morning. After that a row only weighs on the
 * token-hash index: an expired token is refused by its expiry whether or not its row is there.
 */
export const EXPIRED_TOKEN_GRACE_HOURS = 24;

/** Deletes API tokens (revoked or not) that expired more than the grace period ago. */
@Injectable()
export class ExpiredTokenCleanup {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Returns how many tokens were deleted. One statement: a re-run deletes nothing more. */
  async run(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - EXPIRED_TOKEN_GRACE_HOURS * 3_600_000);
    const result = await this.dataSource.getRepository(ApiTokenOrmEntity).delete({ expiresAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }
}
