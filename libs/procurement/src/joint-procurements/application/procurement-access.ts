import { Inject, Injectable } from '@nestjs/common';
import { Actor, DomainError, isAdmin } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import { JointProcurementInvitationOrmEntity } from '../infrastructure/joint-procurement-invitation.orm-entity';
import { JointProcurementParticipantOrmEntity } from '../infrastructure/joint-procurement-participant.orm-entity';

/** What the actor is to one joint procurement (and so to its opportunity). */
export interface ProcurementRoles {
  admin: boolean;
  /** An active buyer of the lead council: runs the procurement. */
  lead: boolean;
  /** An active buyer of a participating council, the lead's included: evaluates. */
  participant: boolean;
  /** An active buyer of a council with a pending invitation: may read, to decide. */
  invited: boolean;
}

/**
 * Who may see and do what in a joint procurement. Working details are for participants, invited
 * councils and administrators; to everyone else the procurement does not exist (404).
 */
@Injectable()
export class ProcurementAccess {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async rolesOf(
    actor: Actor | undefined,
    procurement: { id: string; leadCouncilCode: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProcurementRoles> {
    const admin = isAdmin(actor);
    const council = actor?.role === 'buyer' && actor.status === 'active' ? actor.councilCode : null;
    if (!council) return { admin, lead: false, participant: false, invited: false };
    const [participant, invited] = await Promise.all([
      manager.existsBy(JointProcurementParticipantOrmEntity, { jointProcurementId: procurement.id, councilCode: council }),
      manager.existsBy(JointProcurementInvitationOrmEntity, { jointProcurementId: procurement.id, councilCode: council, status: 'pending' }),
    ]);
    return { admin, lead: council === procurement.leadCouncilCode, participant, invited };
  }
}

export function canRead(roles: ProcurementRoles): boolean {
  return roles.admin || roles.participant || roles.invited;
}

/** The lead's buyers run the procurement; other readers are told so, strangers learn nothing. */
export function requireLead(roles: ProcurementRoles, what: string, notFound: () => DomainError): void {
  if (roles.lead) return;
  if (canRead(roles)) throw new DomainError('forbidden', 'LEAD_COUNCIL_ONLY', `Only buyers of the lead council can ${what}`);
  throw notFound();
}

export function requireParticipant(roles: ProcurementRoles, what: string, notFound: () => DomainError): void {
  if (roles.participant) return;
  if (canRead(roles)) throw new DomainError('forbidden', 'PARTICIPANT_ONLY', `Only buyers of a participating council can ${what}`);
  throw notFound();
}
