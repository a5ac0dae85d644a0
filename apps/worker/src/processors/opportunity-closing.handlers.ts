import { Inject, Injectable, Logger } from '@nestjs/common';
import { OpportunityClosing } from '@app/procurement';
import { JobContext, JobHandler, JobPayloads } from '@app/queue';

/**
 * At an opportunity's closing time (a delayed job queued at publish): close it and tell its buyers.
 * Idempotent: a closed, cancelled or awarded opportunity, or one whose closing time moved, is left alone.
 */
@Injectable()
export class OpportunityClosingHandler implements JobHandler<'opportunity.closing'> {
  readonly jobName = 'opportunity.closing' as const;
  private readonly logger = new Logger('OpportunityClosing');

  constructor(@Inject(OpportunityClosing) private readonly closing: OpportunityClosing) {}

  async handle({ opportunityId, closingAt }: JobPayloads['opportunity.closing'], context: JobContext): Promise<void> {
    const outcome = await this.closing.closeAtClosingTime(opportunityId, new Date(closingAt));
    // Early only when clocks disagree: failing makes BullMQ retry with backoff, and the sweep is behind that.
    if (outcome === 'not-yet') throw new Error(`Opportunity ${opportunityId} closes at ${closingAt}, not yet`);
    this.logger.log({ jobId: context.jobId, opportunityId, outcome }, outcome === 'close' ? 'Opportunity closed at its closing time' : `Opportunity left as it is: ${outcome}`);
  }
}

/** Every few minutes (schedules.ts): close what a lost closing-time job left open. */
@Injectable()
export class CloseOverdueOpportunitiesHandler implements JobHandler<'opportunity.close-overdue'> {
  readonly jobName = 'opportunity.close-overdue' as const;
  private readonly logger = new Logger('OpportunityClosing');

  constructor(@Inject(OpportunityClosing) private readonly closing: OpportunityClosing) {}

  async handle(_payload: JobPayloads['opportunity.close-overdue'], context: JobContext): Promise<void> {
    const { closed, failed } = await this.closing.closeOverdue();
    if (closed > 0) this.logger.warn({ jobId: context.jobId, closed }, `Closed ${closed} overdue opportunities whose closing-time job had not run`);
    if (failed > 0) throw new Error(`${failed} overdue opportunities could not be closed`);
  }
}
