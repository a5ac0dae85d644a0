import { DomainError } from '@app/shared';

export const NEED_STATUSES = ['open', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** Why a need closed: its buyer closed it, or it moved into a joint procurement. */
export type NeedClosure = 'closed-by-buyer' | 'joint-procurement';

export interface NeedState {
  status: NeedStatus;
  closure: NeedClosure | null;
}

/**
 * What may happen to a need. A buyer closes an open need and may reopen one it closed itself; a
 * joint procurement takes an open need in and gives it back if the council leaves or it is cancelled.
 * Content changes only while the need is open.
 */
export type NeedTransition = 'close' | 'reopen' | 'join-procurement' | 'leave-procurement';

export function describeNeedState(state: NeedState): string {
  if (state.status === 'open') return 'open';
  return state.closure === 'joint-procurement' ? 'closed (in a joint procurement)' : 'closed';
}

/** The state after the transition, or a 409 naming the state the need is in. */
export function planNeedTransition(state: NeedState, transition: NeedTransition): NeedState {
  switch (transition) {
    case 'close':
      if (state.status === 'open') return { status: 'closed', closure: 'closed-by-buyer' };
      break;
    case 'join-procurement':
      if (state.status === 'open') return { status: 'closed', closure: 'joint-procurement' };
      break;
    case 'reopen':
      if (state.status === 'closed' && state.closure === 'closed-by-buyer') return { status: 'open', closure: null };
      break;
    case 'leave-procurement':
      if (state.status === 'closed' && state.closure === 'joint-procurement') return { status: 'open', closure: null };
      break;
  }
  throw needStateError(state, transition);
}

/** Title, description, codes and the rest change only while the need is open. */
export function assertNeedEditable(state: NeedState): void {
  if (state.status !== 'open') {
    throw new DomainError('invalid_state', 'NEED_NOT_EDITABLE', `The need is ${describeNeedState(state)}; only an open need can be changed`);
  }
}

function needStateError(state: NeedState, transition: NeedTransition): DomainError {
  const verb: Record<NeedTransition, string> = {
    close: 'closed',
    reopen: 'reopened',
    'join-procurement': 'moved into a joint procurement',
    'leave-procurement': 'released from a joint procurement',
  };
  return new DomainError(
    'invalid_state',
    `NEED_${state.status.toUpperCase()}`,
    `The need is ${describeNeedState(state)}, so it cannot be ${verb[transition]}`,
  );
}
