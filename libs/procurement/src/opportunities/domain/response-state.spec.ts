import { DomainError } from '@app/shared';
import { nextResponseStatus, RESPONSE_ACTIONS, RESPONSE_STATUSES, ResponseAction, ResponseStatus } from './response-state';

const EXPECTED: Record<ResponseStatus, Record<ResponseAction, ResponseStatus | null>> = {
  draft: { 'save-draft': 'draft', submit: 'submitted', 'score-partly': null, 'score-fully': null },
  submitted: { 'save-draft': null, submit: 'submitted', 'score-partly': 'submitted', 'score-fully': 'scored' },
  scored: { 'save-draft': null, submit: null, 'score-partly': 'submitted', 'score-fully': 'scored' },
};

describe('response state machine', () => {
  const cases = RESPONSE_STATUSES.flatMap((status) => RESPONSE_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const));

  it.each(cases.filter(([, , next]) => next !== null))('%s --%s--> %s', (status, action, next) => {
    expect(nextResponseStatus(status, action)).toBe(next);
  });

  it.each(cases.filter(([, , next]) => next === null))('%s refuses %s with a 409 naming the state', (status, action) => {
    let error: unknown;
    try {
      nextResponseStatus(status, action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('invalid_state');
    expect((error as DomainError).message).toMatch(new RegExp(`^The response is ${status}: `));
  });
});
