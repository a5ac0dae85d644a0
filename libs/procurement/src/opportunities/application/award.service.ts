import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService, IntegrityFlagService } from '@app/audit';
import { CouncilHierarchyCache } from '@app/organisations';
import { Actor, DomainError, penceToPounds, requireRole, summarise } from '@app/shared';
import { DataSource, In, Not } from 'typeorm';
import { ContractService } from '../../contracts/application/contract.service';
import { CONTRACT_LIMITS } from '../../contracts/domain/contract-terms';
import { ProcurementAccess, requireLead } from '../../joint-procurements/application/procurement-access';
import { nextJointProcurementStatus } from '../../joint-procurements/domain/joint-procurement-state';
import { JointProcurementParticipantOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement-participant.orm-entity';
import { councilName } from '../../joint-procurements/infrastructure/joint-procurement.mapper';
import { JointProcurementOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement.orm-entity';
import { splitAward } from '../domain/award-split';
import { AWARD_ABOVE_ESTIMATE_PERCENT, isAwardAboveEstimate } from '../domain/integrity-rules';
import { nextOpportunityStatus } from '../domain/opportunity-state';
import { OpportunityResponseOrmEntity } from '../infrastructure/opportunity-response.orm-entity';
import { OpportunityOrmEntity } from '../infrastructure/opportunity.orm-entity';
import { opportunityNotFound, OpportunityViewBuilder } from './opportunity-view-builder';
import { requireOpportunityId } from './opportunity.service';
import type { AwardInput, AwardOutcomeView } from './opportunity.views';
import { ProcurementNotifier } from './procurement-notifier';
import { isUuid } from './request-ids';

/**
 * The award, in one transaction: the opportunity and its joint procurement are awarded; the
 * register gets one contract per participating council holding its share of the award value
 * (largest-remainder split, so the shares sum to the value to the penny) with the supplier's
 * SME/VCSE status at award; an award far above the estimate is flagged; every supplier that
 * submitted is told the outcome. Only the lead's buyers award, and only a fully scored response.
 */
@Injectable()
export class AwardService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(IntegrityFlagService) private readonly flags: IntegrityFlagService,
    @Inject(ProcurementAccess) private readonly access: ProcurementAccess,
    @Inject(ContractService) private readonly contracts: ContractService,
    @Inject(ProcurementNotifier) private readonly notifier: ProcurementNotifier,
    @Inject(OpportunityViewBuilder) private readonly views: OpportunityViewBuilder,
  ) {}

  async award(actor: Actor | undefined, opportunityId: string, input: AwardInput): Promise<AwardOutcomeView> {
    requireOpportunityId(opportunityId);
    const user = requireRole(actor, 'buyer', 'admin');
    if (!isUuid(input.responseId)) throw DomainError.field('responseId', 'responseId must be the id (a UUID) of a response to this opportunity');
    const responseId = input.responseId.toLowerCase();
    const hierarchy = await this.hierarchy.get();

    const outcome = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(OpportunityOrmEntity, { where: { id: opportunityId }, select: { id: true, jointProcurementId: true } });
      if (!found) throw opportunityNotFound();
      const procurement = await manager.findOneOrFail(JointProcurementOrmEntity, { where: { id: found.jointProcurementId }, lock: { mode: 'pessimistic_write' } });
      requireLead(await this.access.rolesOf(user, procurement, manager), 'award the contract', () =>
        new DomainError('forbidden', 'LEAD_COUNCIL_ONLY', 'Only buyers of the lead council can award the contract'),
      );
      const opportunity = await manager.findOneOrFail(OpportunityOrmEntity, { where: { id: opportunityId }, lock: { mode: 'pessimistic_write' } });
      const status = nextOpportunityStatus(opportunity.status, 'award');
      const procurementStatus = nextJointProcurementStatus(procurement.status, 'award');

      const winner = await manager.findOneBy(OpportunityResponseOrmEntity, { id: responseId, opportunityId });
      if (!winner || winner.status === 'draft') throw DomainError.field('responseId', 'responseId is not a submitted response to this opportunity');
      if (winner.status !== 'scored') {
        throw new DomainError('invalid_state', 'RESPONSE_NOT_SCORED', `The response is ${winner.status}: score every criterion before awarding it`, [
          { field: 'responseId', message: 'responseId names a response not yet scored on every criterion' },
        ]);
      }

      const participants = await manager.find(JointProcurementParticipantOrmEntity, {
        where: { jointProcurementId: procurement.id },
        order: { isLead: 'DESC', joinedAt: 'ASC', councilCode: 'ASC' },
      });
      const valuePence = BigInt(winner.pricePence);
      const parts = splitAward(valuePence, participants.map((participant) => BigInt(participant.valueSharePence)));
      const awardId = randomUUID();
      const now = new Date();
      await this.contracts.recordAwarded(manager, {
        awardId,
        awardedByUserId: user.userId,
        title: opportunity.title,
        // The register keeps a summary: problem statements may be longer than a contract description.
        description: summarise(opportunity.problemStatement, CONTRACT_LIMITS.description),
        supplierId: winner.supplierId,
        cpvCodes: opportunity.cpvCodes,
        startDate: input.startDate,
        endDate: input.endDate,
        extensionUntil: input.extensionUntil ?? null,
        awardedVia: opportunity.route === 'framework' ? 'framework' : 'competition',
        shares: participants.map((participant, index) => ({ councilCode: participant.councilCode, valuePence: parts[index] })),
      });

      await manager.update(OpportunityOrmEntity, { id: opportunityId }, { status, awardId, awardedAt: now, awardedResponseId: winner.id, awardValuePence: valuePence.toString() });
      await manager.update(JointProcurementOrmEntity, { id: procurement.id }, { status: procurementStatus, awardedAt: now });
      const shares = participants.map((participant, index) => ({ councilCode: participant.councilCode, value: penceToPounds(parts[index]) }));
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'opportunity.awarded',
        objectType: 'opportunity',
        objectId: opportunityId,
        before: { status: opportunity.status },
        after: { status, awardId, responseId: winner.id, supplierId: winner.supplierId, value: penceToPounds(valuePence), shares },
      });
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'joint-procurement.awarded',
        objectType: 'joint-procurement',
        objectId: procurement.id,
        before: { status: procurement.status },
        after: { status: procurementStatus, awardId },
      });

      const estimate = opportunity.estimatedValuePence === null ? null : BigInt(opportunity.estimatedValuePence);
      if (isAwardAboveEstimate(valuePence, estimate)) {
        await this.flags.raise(
          {
            kind: 'award-above-estimate',
            subjectType: 'opportunity',
            subjectId: opportunityId,
            summary: `"${opportunity.title}" was awarded at £${penceToPounds(valuePence)}, more than ${AWARD_ABOVE_ESTIMATE_PERCENT}% above the estimate of £${penceToPounds(estimate!)}`,
            details: { awardId, value: penceToPounds(valuePence), estimate: penceToPounds(estimate!), supplierId: winner.supplierId, leadCouncilCode: procurement.leadCouncilCode },
            dedupeKey: `award-above-estimate:${opportunityId}`,
          },
          manager,
        );
      }

      const others = await manager.find(OpportunityResponseOrmEntity, {
        where: { opportunityId, id: Not(winner.id), status: In(['submitted', 'scored']) },
        select: { supplierId: true },
      });
      await this.notifier.awarded(manager, opportunity, winner.supplierId, others.map((response) => response.supplierId), penceToPounds(valuePence));
      return { awardId, shares };
    });

    return {
      opportunity: await this.views.one(opportunityId),
      awardId: outcome.awardId,
      contracts: outcome.shares.map((share) => ({ council: councilName(hierarchy, share.councilCode), value: share.value })),
    };
  }
}

