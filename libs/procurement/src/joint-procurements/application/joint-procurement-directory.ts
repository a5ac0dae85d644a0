import { Inject, Injectable } from '@nestjs/common';
import { CouncilHierarchyCache } from '@app/organisations';
import { Actor, DomainError, requireRole } from '@app/shared';
import { DataSource, In } from 'typeorm';
import { OpportunityOrmEntity } from '../../opportunities/infrastructure/opportunity.orm-entity';
import type { JointProcurementStatus } from '../domain/joint-procurement-state';
import { JointProcurementInvitationOrmEntity } from '../infrastructure/joint-procurement-invitation.orm-entity';
import { JointProcurementParticipantOrmEntity } from '../infrastructure/joint-procurement-participant.orm-entity';
import { councilName } from '../infrastructure/joint-procurement.mapper';
import { JointProcurementOrmEntity } from '../infrastructure/joint-procurement.orm-entity';
import type { CouncilNameView } from './joint-procurement.views';

/** One joint procurement a council takes part in, as a list shows it. */
export interface CouncilProcurementView {
  id: string;
  title: string;
  status: JointProcurementStatus;
  leadCouncil: CouncilNameView;
  isLead: boolean;
  opportunityId: string | null;
  createdAt: string;
}

/** A pending invitation to the council, waiting for its answer. */
export interface CouncilInvitationView {
  id: string;
  jointProcurementId: string;
  title: string;
  leadCouncil: CouncilNameView;
  invitedAt: string;
}

export interface CouncilProcurementsView {
  procurements: CouncilProcurementView[];
  invitations: CouncilInvitationView[];
}

/** A council takes part in a handful of procurements at a time; the list stops well above that. */
const LIST_LIMIT = 200;

/**
 * What a buyer's council takes part in and is invited to: the "your procurements" list. Only the
 * buyer's own council is ever listed, so no other council's procurement can show up here.
 */
@Injectable()
export class JointProcurementDirectory {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
  ) {}

  async forBuyer(actor: Actor | undefined): Promise<CouncilProcurementsView> {
    const buyer = requireRole(actor, 'buyer');
    const council = buyer.councilCode;
    if (!council) throw new DomainError('forbidden', 'COUNCIL_REQUIRED', 'Your buyer account is not linked to a council');
    const manager = this.dataSource.manager;
    const [participations, pending] = await Promise.all([
      manager.find(JointProcurementParticipantOrmEntity, {
        where: { councilCode: council },
        select: { jointProcurementId: true },
        // Past the limit, the most recently joined are the ones kept.
        order: { joinedAt: 'DESC', id: 'ASC' },
        take: LIST_LIMIT,
      }),
      manager.find(JointProcurementInvitationOrmEntity, { where: { councilCode: council, status: 'pending' }, order: { invitedAt: 'DESC' }, take: LIST_LIMIT }),
    ]);
    const ids = [...new Set([...participations.map((p) => p.jointProcurementId), ...pending.map((i) => i.jointProcurementId)])];
    const [procurements, opportunities, hierarchy] = await Promise.all([
      ids.length ? manager.find(JointProcurementOrmEntity, { where: { id: In(ids) }, order: { createdAt: 'DESC', id: 'ASC' } }) : [],
      ids.length ? manager.find(OpportunityOrmEntity, { where: { jointProcurementId: In(ids) }, select: { id: true, jointProcurementId: true } }) : [],
      this.hierarchy.get(),
    ]);
    const byId = new Map(procurements.map((procurement) => [procurement.id, procurement]));
    const opportunityOf = new Map(opportunities.map((opportunity) => [opportunity.jointProcurementId, opportunity.id]));
    const joined = new Set(participations.map((p) => p.jointProcurementId));
    return {
      procurements: procurements
        .filter((procurement) => joined.has(procurement.id))
        .map((procurement) => ({
          id: procurement.id,
          title: procurement.title,
          status: procurement.status,
          leadCouncil: councilName(hierarchy, procurement.leadCouncilCode),
          isLead: procurement.leadCouncilCode === council,
          opportunityId: opportunityOf.get(procurement.id) ?? null,
          createdAt: procurement.createdAt.toISOString(),
        })),
      invitations: pending.flatMap((invitation) => {
        const procurement = byId.get(invitation.jointProcurementId);
        if (!procurement) return [];
        return [
          {
            id: invitation.id,
            jointProcurementId: procurement.id,
            title: procurement.title,
            leadCouncil: councilName(hierarchy, procurement.leadCouncilCode),
            invitedAt: invitation.invitedAt.toISOString(),
          },
        ];
      }),
    };
  }
}
