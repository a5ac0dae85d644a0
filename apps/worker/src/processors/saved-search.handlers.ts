import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobHandler, JobPayloads } from '@app/queue';
import { SavedSearchAlertsService } from '@app/saved-searches';

/** A listing or opportunity was published: alert immediate saved searches it matches (deduplicated per search and item). */
@Injectable()
export class SavedSearchItemPublishedHandler implements JobHandler<'saved-search.item-published'> {
  readonly jobName = 'saved-search.item-published' as const;

  constructor(@Inject(SavedSearchAlertsService) private readonly alerts: SavedSearchAlertsService) {}

  async handle({ kind, itemId }: JobPayloads['saved-search.item-published']): Promise<void> {
    await this.alerts.itemPublished(kind, itemId);
  }
}

/** The daily digest (from the job scheduler, see schedules.ts); idempotent by watermark and dedupe key. */
@Injectable()
export class SavedSearchDailyDigestHandler implements JobHandler<'saved-search.daily-digest'> {
  readonly jobName = 'saved-search.daily-digest' as const;
  private readonly logger = new Logger('SavedSearchDigest');

  constructor(@Inject(SavedSearchAlertsService) private readonly alerts: SavedSearchAlertsService) {}

  async handle(_payload: JobPayloads['saved-search.daily-digest']): Promise<void> {
    const run = await this.alerts.sendDailyDigests();
    this.logger.log(run, `Daily digest: ${run.searches} saved searches, ${run.notified} digests sent`);
  }
}
