import { Inject, Injectable, Logger } from '@nestjs/common';
import { PipelineService } from '@app/procurement';
import { JobHandler, JobPayloads } from '@app/queue';

/**
 * The daily pipeline refresh (from the job scheduler, see schedules.ts): tells buyers about contracts
 * they could re-tender with other councils. Idempotent: notifications are deduplicated by what they say.
 */
@Injectable()
export class PipelineRefreshHandler implements JobHandler<'pipeline.refresh'> {
  readonly jobName = 'pipeline.refresh' as const;
  private readonly logger = new Logger('PipelineRefresh');

  constructor(@Inject(PipelineService) private readonly pipeline: PipelineService) {}

  async handle(_payload: JobPayloads['pipeline.refresh']): Promise<void> {
    const result = await this.pipeline.refreshJointRetenderNotices();
    this.logger.log(result, `Pipeline refreshed for ${result.councils} councils, ${result.notified} new notifications`);
  }
}
