import { Inject, Injectable, Logger } from '@nestjs/common';
import { ExpiredTokenCleanup } from '@app/identity';
import { JobContext, JobHandler, JobPayloads } from '@app/queue';

/** Daily (schedules.ts): deletes rows nobody needs any more. Idempotent: a re-run finds nothing left to delete. */
@Injectable()
export class DailyHousekeepingHandler implements JobHandler<'housekeeping.daily'> {
  readonly jobName = 'housekeeping.daily' as const;
  private readonly logger = new Logger('Housekeeping');

  constructor(@Inject(ExpiredTokenCleanup) private readonly tokens: ExpiredTokenCleanup) {}

  async handle(_payload: JobPayloads['housekeeping.daily'], context: JobContext): Promise<void> {
    const expiredTokens = await this.tokens.run();
    this.logger.log({ jobId: context.jobId, expiredTokens }, `Housekeeping: deleted ${expiredTokens} expired API tokens`);
  }
}
