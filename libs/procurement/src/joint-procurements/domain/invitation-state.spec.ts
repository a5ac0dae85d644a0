import { DomainError } from '@app/shared';
import { INVITATION_ACTIONS, INVITATION_STATUSES, InvitationAction, InvitationStatus, isLiveInvitation, nextInvitationStatus } from './invitation-state';

const EXPECTED: Record<InvitationStatus, Record<InvitationAction, InvitationStatus | null>> = {
  pending: { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' },
  accepted: { accept: null, decline: null, withdraw: null },
  declined: { accept: null, decline: null, withdraw: null },
  withdrawn: { accept: null, decline: null, withdraw: null },
};

describe('invitation state machine', () => {
  const cases = INVITATION_STATUSES.flatMap((status) => INVITATION_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const));

  it.each(cases.filter(([, , next]) => next !== null))('%s --%s--> %s', (status, action, next) => {
    expect(nextInvitationStatus(status, action)).toBe(next);
  });

  it.each(cases.filter(([, , next]) => next === null))('%s refuses %s with a 409 naming the state', (status, action) => {
    let error: unknown;
    try {
      nextInvitationStatus(status, action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('invalid_state');
    expect((error as DomainError).message).toMatch(new RegExp(`^The invitation is ${status}: `));
  });

  it('holds a council place while pending or accepted only', () => {
    expect(INVITATION_STATUSES.filter(isLiveInvitation)).toEqual(['pending', 'accepted']);
  });
});
