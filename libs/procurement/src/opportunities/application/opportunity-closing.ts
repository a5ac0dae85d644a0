import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService, IntegrityFlagService } from '@app/audit';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { nextJointProcurementStatus } from '../../joint-procurements/domain/joint-procurement-state';
import { JointProcurementParticipantOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement-participant.orm-entity';
import { JointProcurementOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement.orm-entity';
import { atClosingTime, ClosingTimeOutcome } from '../domain/closing-time';
import { isSingleResponse } from '../domain/integrity-rules';
import { nextOpportunityStatus } from '../domain/opportunity-state';
import { OpportunityResponseOrmEntity } from '../infrastructure/opportunity-response.orm-entity';
import { OpportunityOrmEntity } from '../infrastructure/opportunity.orm-entity';
import { ProcurementNotifier } from './procurement-notifier';

/**
 * Closing an opportunity, by its lead early or by the service at its closing time: the same
 * transition either way (the joint procurement moves to evaluation, the single-response flag, the
 * audit event, the buyers told the responses are ready to score).
 */
@Injectable()
export class OpportunityClosing {
  private readonly logger = new Logger(OpportunityClosing.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(IntegrityFlagService) private readonly flags: IntegrityFlagService,
    @Inject(ProcurementNotifier) private readonly notifier: ProcurementNotifier,
  ) {}

  /**
   * `procurement` and then `opportunity` must have been read with a write lock in `manager`'s
   * transaction. `actorUserId` null is the service itself, at the closing time.
   */
  async close(manager: EntityManager, actorUserId: string | null, procurement: JointProcurementOrmEntity, opportunity: OpportunityOrmEntity, now: Date): Promise<void> {
    const status = nextOpportunityStatus(opportunity.status, 'close');
    const procurementStatus = nextJointProcurementStatus(procurement.status, 'evaluate');
    const id = opportunity.id;
    await manager.update(OpportunityOrmEntity, { id }, { status, closedAt: now });
    await manager.update(JointProcurementOrmEntity, { id: procurement.id }, { status: procurementStatus });
    const submitted = await manager.count(OpportunityResponseOrmEntity, { where: { opportunityId: id, status: 'submitted' } });
    await this.audit.record(manager, {
      actorUserId,
      action: 'opportunity.closed',
      objectType: 'opportunity',
      objectId: id,
      before: { status: opportunity.status },
      after: {
        status,
        submittedResponses: submitted,
        early: now < opportunity.closingAt,
        closingAt: opportunity.closingAt.toISOString(),
        closedBy: actorUserId ? 'lead' : 'closing-time',
      },
    });
    if (isSingleResponse(submitted)) {
      await this.flags.raise(
        {
          kind: 'single-response',
          subjectType: 'opportunity',
          subjectId: id,
          summary: `"${opportunity.title}" closed with a single response: there was no competition`,
          details: { jointProcurementId: procurement.id, leadCouncilCode: procurement.leadCouncilCode, closedAt: now.toISOString() },
          dedupeKey: `single-response:${id}`,
        },
        manager,
      );
    }
    const participants = await manager.find(JointProcurementParticipantOrmEntity, { where: { jointProcurementId: procurement.id }, select: { councilCode: true } });
    await this.notifier.readyToScore(manager, opportunity, participants.map((participant) => participant.councilCode), submitted);
  }

  /**
   * The closing-time job: closes the opportunity if it is still open and due. `expectedClosingAt`
   * is the closing time the job was made for (null from the overdue sweep). Safe to run twice or late:
   * everything is re-read under the same locks the lead's close takes.
   */
  async closeAtClosingTime(opportunityId: string, expectedClosingAt: Date | null, now: Date = new Date()): Promise<ClosingTimeOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(OpportunityOrmEntity, { where: { id: opportunityId }, select: { id: true, jointProcurementId: true } });
      // Gone with its joint procurement: nothing left to close.
      if (!found) return 'not-open';
      // The joint procurement first, then the opportunity: the order every writer uses.
      const procurement = await manager.findOneOrFail(JointProcurementOrmEntity, { where: { id: found.jointProcurementId }, lock: { mode: 'pessimistic_write' } });
      const opportunity = await manager.findOneOrFail(OpportunityOrmEntity, { where: { id: opportunityId }, lock: { mode: 'pessimistic_write' } });
      const outcome = atClosingTime(opportunity, expectedClosingAt, now);
      if (outcome === 'close') await this.close(manager, null, procurement, opportunity, now);
      return outcome;
    });
  }

  /**
   * The safety net for closing-time jobs that never ran (Redis lost its data, say): closes every
   * open opportunity past its closing time, each in its own transaction so one failure stops no other.
   */
  async closeOverdue(now: Date = new Date()): Promise<{ closed: number; failed: number }> {
    const overdue = await this.dataSource.getRepository(OpportunityOrmEntity).find({
      where: { status: 'open', closingAt: LessThanOrEqual(now) },
      select: { id: true },
      order: { closingAt: 'ASC' },
    });
    let closed = 0;
    let failed = 0;
    for (const { id } of overdue) {
      try {
        if ((await this.closeAtClosingTime(id, null, now)) === 'close') closed += 1;
      } catch (error) {
        failed += 1;
        this.logger.warn({ opportunityId: id }, `Could not close an overdue opportunity: ${(error as Error).message}`);
      }
    }
    return { closed, failed };
  }
}
