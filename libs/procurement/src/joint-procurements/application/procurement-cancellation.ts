import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { DomainError } from '@app/shared';
import type { EntityManager } from 'typeorm';
import { OPPORTUNITY_LIMITS } from '../../opportunities/domain/opportunity-draft';
import { nextOpportunityStatus } from '../../opportunities/domain/opportunity-state';
import { OpportunityResponseOrmEntity } from '../../opportunities/infrastructure/opportunity-response.orm-entity';
import { OpportunityOrmEntity } from '../../opportunities/infrastructure/opportunity.orm-entity';
import { NeedService } from '../../needs/application/need.service';
import { ProcurementNotifier } from '../../opportunities/application/procurement-notifier';
import { nextJointProcurementStatus } from '../domain/joint-procurement-state';
import { JointProcurementInvitationOrmEntity } from '../infrastructure/joint-procurement-invitation.orm-entity';
import { JointProcurementParticipantOrmEntity } from '../infrastructure/joint-procurement-participant.orm-entity';
import { JointProcurementOrmEntity } from '../infrastructure/joint-procurement.orm-entity';

/** A reason is required to cancel: suppliers who spent effort deserve one, and it is published. */
export function cancellationReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text === '') throw DomainError.field('reason', 'reason is required: say why the procurement is cancelled');
  if (text.length > OPPORTUNITY_LIMITS.reason) throw DomainError.field('reason', `reason must be at most ${OPPORTUNITY_LIMITS.reason} characters`);
  return text;
}

/**
 * Cancelling a joint procurement at any stage before award: its opportunity (if published) is
 * cancelled with it, pending invitations lapse, the participants' needs return to their councils
 * open, and suppliers who responded are told why. One transaction, the caller's.
 */
@Injectable()
export class ProcurementCancellation {
  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ProcurementNotifier) private readonly notifier: ProcurementNotifier,
    @Inject(NeedService) private readonly needs: NeedService,
  ) {}

  /** `procurement` must have been read with a write lock in `manager`'s transaction. */
  async cancel(manager: EntityManager, actorUserId: string, procurement: JointProcurementOrmEntity, reason: string, now: Date): Promise<void> {
    const status = nextJointProcurementStatus(procurement.status, 'cancel');
    const opportunity = await manager.findOne(OpportunityOrmEntity, {
      where: { jointProcurementId: procurement.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (opportunity) nextOpportunityStatus(opportunity.status, 'cancel');

    await manager.update(JointProcurementOrmEntity, { id: procurement.id }, { status, cancelledAt: now, cancellationReason: reason });
    await manager.update(
      JointProcurementInvitationOrmEntity,
      { jointProcurementId: procurement.id, status: 'pending' },
      { status: 'withdrawn', answeredAt: now, note: 'The joint procurement was cancelled' },
    );
    const participants = await manager.find(JointProcurementParticipantOrmEntity, { where: { jointProcurementId: procurement.id }, order: { needId: 'ASC' } });
    for (const participant of participants) {
      await this.needs.releaseFromJointProcurement(manager, { needId: participant.needId, councilCode: participant.councilCode, actorUserId, jointProcurementId: procurement.id });
    }
    await this.audit.record(manager, {
      actorUserId,
      action: 'joint-procurement.cancelled',
      objectType: 'joint-procurement',
      objectId: procurement.id,
      before: { status: procurement.status },
      after: { status, reason },
    });

    if (!opportunity) return;
    await manager.update(OpportunityOrmEntity, { id: opportunity.id }, { status: 'cancelled', cancelledAt: now, cancellationReason: reason });
    await this.audit.record(manager, {
      actorUserId,
      action: 'opportunity.cancelled',
      objectType: 'opportunity',
      objectId: opportunity.id,
      before: { status: opportunity.status },
      after: { status: 'cancelled', reason },
    });
    const responses = await manager.find(OpportunityResponseOrmEntity, { where: { opportunityId: opportunity.id }, select: { supplierId: true } });
    await this.notifier.cancelled(manager, opportunity, responses.map((response) => response.supplierId), reason);
  }
}
