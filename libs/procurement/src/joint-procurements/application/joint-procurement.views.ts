import type { InvitationStatus } from '../domain/invitation-state';
import type { JointProcurementStatus } from '../domain/joint-procurement-state';

export interface CouncilNameView {
  code: string;
  name: string;
}

export interface ParticipantView {
  council: CouncilNameView;
  isLead: boolean;
  need: { id: string; title: string; estimatedValue: string | null };
  /** Pounds: the council's part of the spend; the award is split in proportion to the shares. */
  valueShare: string;
  joinedAt: string;
}

export interface InvitationView {
  id: string;
  council: CouncilNameView;
  status: InvitationStatus;
  invitedAt: string;
  answeredAt: string | null;
  note: string | null;
}

/** The working details: only buyers of participating (or invited) councils and administrators see them. */
export interface JointProcurementView {
  id: string;
  title: string;
  status: JointProcurementStatus;
  leadCouncil: CouncilNameView;
  participants: ParticipantView[];
  invitations: InvitationView[];
  /** Pounds: the participating needs' estimated values summed; null when none has one. */
  estimatedValue: string | null;
  opportunityId: string | null;
  cancellationReason: string | null;
  createdAt: string;
  publishedAt: string | null;
  awardedAt: string | null;
  cancelledAt: string | null;
}

export interface NewJointProcurement {
  title: string;
  /** The lead council's need the procurement starts from. */
  needId: string;
  /** Pounds; defaults to the need's estimated value. */
  valueShare?: string | null;
}

export interface InvitationAnswer {
  needId: string;
  valueShare?: string | null;
}
