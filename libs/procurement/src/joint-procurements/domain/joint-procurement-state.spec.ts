import { DomainError } from '@app/shared';
import { JOINT_PROCUREMENT_ACTIONS, JOINT_PROCUREMENT_STATUSES, JointProcurementAction, JointProcurementStatus, nextJointProcurementStatus } from './joint-procurement-state';

/** The whole machine: the status each action leads to, or null where it is refused. */
const EXPECTED: Record<JointProcurementStatus, Record<JointProcurementAction, JointProcurementStatus | null>> = {
  forming: { invite: 'forming', 'answer-invitation': 'forming', 'withdraw-invitation': 'forming', publish: 'published', evaluate: null, award: null, cancel: 'cancelled' },
  published: { invite: null, 'answer-invitation': null, 'withdraw-invitation': null, publish: null, evaluate: 'evaluating', award: null, cancel: 'cancelled' },
  evaluating: { invite: null, 'answer-invitation': null, 'withdraw-invitation': null, publish: null, evaluate: null, award: 'awarded', cancel: 'cancelled' },
  awarded: { invite: null, 'answer-invitation': null, 'withdraw-invitation': null, publish: null, evaluate: null, award: null, cancel: null },
  cancelled: { invite: null, 'answer-invitation': null, 'withdraw-invitation': null, publish: null, evaluate: null, award: null, cancel: null },
};

describe('joint procurement state machine', () => {
  const cases = JOINT_PROCUREMENT_STATUSES.flatMap((status) => JOINT_PROCUREMENT_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const));

  it.each(cases.filter(([, , next]) => next !== null))('%s --%s--> %s', (status, action, next) => {
    expect(nextJointProcurementStatus(status, action)).toBe(next);
  });

  it.each(cases.filter(([, , next]) => next === null))('%s refuses %s with a 409 naming the state', (status, action) => {
    let error: unknown;
    try {
      nextJointProcurementStatus(status, action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('invalid_state');
    expect((error as DomainError).message).toMatch(new RegExp(`^The joint procurement is ${status}: `));
  });
});
