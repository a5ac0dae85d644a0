import { penceToPounds } from '@app/shared';
import type { CouncilHierarchy } from '@app/organisations';
import type { NeedOrmEntity } from '../../needs/infrastructure/need.orm-entity';
import type { CouncilNameView, JointProcurementView } from '../application/joint-procurement.views';
import type { JointProcurementInvitationOrmEntity } from './joint-procurement-invitation.orm-entity';
import type { JointProcurementParticipantOrmEntity } from './joint-procurement-participant.orm-entity';
import type { JointProcurementOrmEntity } from './joint-procurement.orm-entity';

export function councilName(hierarchy: CouncilHierarchy, code: string): CouncilNameView {
  return { code, name: hierarchy.get(code)?.name ?? code };
}

/** Sum of the needs' estimated values, or null when none of them has one. */
export function estimateOf(needs: readonly Pick<NeedOrmEntity, 'estimatedValuePence'>[]): bigint | null {
  const known = needs.filter((need) => need.estimatedValuePence !== null);
  return known.length === 0 ? null : known.reduce((sum, need) => sum + BigInt(need.estimatedValuePence!), 0n);
}

export function toJointProcurementView(
  procurement: JointProcurementOrmEntity,
  participants: readonly JointProcurementParticipantOrmEntity[],
  needs: ReadonlyMap<string, NeedOrmEntity>,
  invitations: readonly JointProcurementInvitationOrmEntity[],
  opportunityId: string | null,
  hierarchy: CouncilHierarchy,
): JointProcurementView {
  const estimate = estimateOf(participants.flatMap((participant) => needs.get(participant.needId) ?? []));
  return {
    id: procurement.id,
    title: procurement.title,
    status: procurement.status,
    leadCouncil: councilName(hierarchy, procurement.leadCouncilCode),
    participants: participants.map((participant) => {
      const need = needs.get(participant.needId);
      return {
        council: councilName(hierarchy, participant.councilCode),
        isLead: participant.isLead,
        need: {
          id: participant.needId,
          title: need?.title ?? '',
          estimatedValue: need?.estimatedValuePence != null ? penceToPounds(need.estimatedValuePence) : null,
        },
        valueShare: penceToPounds(participant.valueSharePence),
        joinedAt: participant.joinedAt.toISOString(),
      };
    }),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      council: councilName(hierarchy, invitation.councilCode),
      status: invitation.status,
      invitedAt: invitation.invitedAt.toISOString(),
      answeredAt: invitation.answeredAt?.toISOString() ?? null,
      note: invitation.note,
    })),
    estimatedValue: estimate === null ? null : penceToPounds(estimate),
    opportunityId,
    cancellationReason: procurement.cancellationReason,
    createdAt: procurement.createdAt.toISOString(),
    publishedAt: procurement.publishedAt?.toISOString() ?? null,
    awardedAt: procurement.awardedAt?.toISOString() ?? null,
    cancelledAt: procurement.cancelledAt?.toISOString() ?? null,
  };
}
