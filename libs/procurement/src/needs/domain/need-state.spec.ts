import { DomainError } from '@app/shared';
import { assertNeedEditable, NeedState, NeedTransition, planNeedTransition } from './need-state';

const open: NeedState = { status: 'open', closure: null };
const closedByBuyer: NeedState = { status: 'closed', closure: 'closed-by-buyer' };
const inProcurement: NeedState = { status: 'closed', closure: 'joint-procurement' };

function refusal(state: NeedState, transition: NeedTransition): DomainError {
  try {
    planNeedTransition(state, transition);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`${transition} was allowed from ${JSON.stringify(state)}`);
}

describe('need state machine', () => {
  it('lets a buyer close an open need and reopen one it closed', () => {
    expect(planNeedTransition(open, 'close')).toEqual(closedByBuyer);
    expect(planNeedTransition(closedByBuyer, 'reopen')).toEqual(open);
  });

  it('lets a joint procurement take an open need in and give it back', () => {
    expect(planNeedTransition(open, 'join-procurement')).toEqual(inProcurement);
    expect(planNeedTransition(inProcurement, 'leave-procurement')).toEqual(open);
  });

  it('refuses every other transition with a 409 naming the state', () => {
    const cases: [NeedState, NeedTransition, string][] = [
      [open, 'reopen', 'The need is open, so it cannot be reopened'],
      [open, 'leave-procurement', 'The need is open, so it cannot be released from a joint procurement'],
      [closedByBuyer, 'close', 'The need is closed, so it cannot be closed'],
      [closedByBuyer, 'join-procurement', 'The need is closed, so it cannot be moved into a joint procurement'],
      [closedByBuyer, 'leave-procurement', 'The need is closed, so it cannot be released from a joint procurement'],
      [inProcurement, 'reopen', 'The need is closed (in a joint procurement), so it cannot be reopened'],
      [inProcurement, 'close', 'The need is closed (in a joint procurement), so it cannot be closed'],
      [inProcurement, 'join-procurement', 'The need is closed (in a joint procurement), so it cannot be moved into a joint procurement'],
    ];
    for (const [state, transition, message] of cases) {
      const error = refusal(state, transition);
      expect(error.kind).toBe('invalid_state');
      expect(error.message).toBe(message);
      expect(error.code).toBe(state.status === 'open' ? 'NEED_OPEN' : 'NEED_CLOSED');
    }
  });

  it('allows content changes only while open', () => {
    expect(() => assertNeedEditable(open)).not.toThrow();
    expect(() => assertNeedEditable(inProcurement)).toThrow('The need is closed (in a joint procurement); only an open need can be changed');
  });
});
