import { DomainError } from '@app/shared';
import { effectiveOpportunityStatus, nextOpportunityStatus, OPPORTUNITY_ACTIONS, OPPORTUNITY_STATUSES, OpportunityAction, OpportunityStatus } from './opportunity-state';

const EXPECTED: Record<OpportunityStatus, Record<OpportunityAction, OpportunityStatus | null>> = {
  open: { ask: 'open', answer: 'open', respond: 'open', close: 'closed', score: null, award: null, cancel: 'cancelled' },
  closed: { ask: null, answer: null, respond: null, close: null, score: 'closed', award: 'awarded', cancel: 'cancelled' },
  awarded: { ask: null, answer: null, respond: null, close: null, score: null, award: null, cancel: null },
  cancelled: { ask: null, answer: null, respond: null, close: null, score: null, award: null, cancel: null },
};

describe('opportunity state machine', () => {
  const cases = OPPORTUNITY_STATUSES.flatMap((status) => OPPORTUNITY_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const));

  it.each(cases.filter(([, , next]) => next !== null))('%s --%s--> %s', (status, action, next) => {
    expect(nextOpportunityStatus(status, action)).toBe(next);
  });

  it.each(cases.filter(([, , next]) => next === null))('%s refuses %s with a 409 naming the state', (status, action) => {
    let error: unknown;
    try {
      nextOpportunityStatus(status, action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('invalid_state');
    expect((error as DomainError).message).toMatch(new RegExp(`^The opportunity is ${status}: `));
  });
});

describe('effectiveOpportunityStatus', () => {
  const closingAt = new Date('2030-01-10T12:00:00Z');

  it('reads an open opportunity past its closing time as closed, and leaves every other status alone', () => {
    expect(effectiveOpportunityStatus('open', closingAt, new Date('2030-01-10T11:59:59Z'))).toBe('open');
    expect(effectiveOpportunityStatus('open', closingAt, closingAt)).toBe('closed');
    for (const status of ['closed', 'awarded', 'cancelled'] as const) {
      expect(effectiveOpportunityStatus(status, closingAt, new Date('2029-01-01T00:00:00Z'))).toBe(status);
    }
  });
});
