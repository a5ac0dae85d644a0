import { DomainError } from '@app/shared';

export const RESPONSE_STATUSES = ['draft', 'submitted', 'scored'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/**
 * save-draft and submit are the supplier's (while the opportunity is open); score is a buyer's
 * (after close). `score-partly` leaves a criterion unscored; `score-fully` completes the set.
 */
export const RESPONSE_ACTIONS = ['save-draft', 'submit', 'score-partly', 'score-fully'] as const;
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];

/**
 * draft → submitted → scored. A draft may be saved again; a submission is replaced by submitting
 * again, never turned back into a draft (a supplier must not lose its bid by saving a draft over
 * it). A draft is never scored: it was not a bid. Scores may be revised until award, which the
 * opportunity's own state guards. Anything else is a 409 naming the current status.
 */
export function nextResponseStatus(current: ResponseStatus, action: ResponseAction): ResponseStatus {
  switch (action) {
    case 'save-draft':
      if (current === 'draft') return 'draft';
      return refuse(current, 'RESPONSE_ALREADY_SUBMITTED', 'a submitted response can only be replaced by submitting again');
    case 'submit':
      if (current === 'draft' || current === 'submitted') return 'submitted';
      return refuse(current, 'RESPONSE_ALREADY_SCORED', 'a scored response cannot be replaced');
    case 'score-partly':
    case 'score-fully':
      if (current === 'draft') return refuse(current, 'RESPONSE_NOT_SUBMITTED', 'only a submitted response can be scored');
      return action === 'score-fully' ? 'scored' : 'submitted';
  }
}

function refuse(current: ResponseStatus, code: string, rule: string): never {
  throw new DomainError('invalid_state', code, `The response is ${current}: ${rule}`);
}
