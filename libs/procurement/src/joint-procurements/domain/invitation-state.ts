import { DomainError } from '@app/shared';

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** accept and decline are the invited council's answers; withdraw is the lead's. */
export const INVITATION_ACTIONS = ['accept', 'decline', 'withdraw'] as const;
export type InvitationAction = (typeof INVITATION_ACTIONS)[number];

const OUTCOME: Record<InvitationAction, InvitationStatus> = { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' };

/** pending → accepted | declined | withdrawn; every answer is final, so anything else is a 409 naming the state. */
export function nextInvitationStatus(current: InvitationStatus, action: InvitationAction): InvitationStatus {
  if (current === 'pending') return OUTCOME[action];
  throw new DomainError(
    'invalid_state',
    'INVITATION_NOT_PENDING',
    `The invitation is ${current}: only a pending invitation can be ${OUTCOME[action]}`,
  );
}

/** An invitation that still holds the council's place: the council cannot be invited again meanwhile. */
export function isLiveInvitation(status: InvitationStatus): boolean {
  return status === 'pending' || status === 'accepted';
}
