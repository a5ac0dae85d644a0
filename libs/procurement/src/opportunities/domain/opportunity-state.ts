import { DomainError } from '@app/shared';

export const OPPORTUNITY_STATUSES = ['open', 'closed', 'awarded', 'cancelled'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/**
 * What is asked of an opportunity. Questions, answers and responses belong to the open window;
 * scoring to the evaluation after close; award and cancel end it.
 */
export const OPPORTUNITY_ACTIONS = ['ask', 'answer', 'respond', 'close', 'score', 'award', 'cancel'] as const;
export type OpportunityAction = (typeof OPPORTUNITY_ACTIONS)[number];

const RULES: Record<OpportunityAction, { from: readonly OpportunityStatus[]; to: (current: OpportunityStatus) => OpportunityStatus; code: string; rule: string }> = {
  ask: { from: ['open'], to: (current) => current, code: 'OPPORTUNITY_NOT_OPEN', rule: 'questions can only be asked while it is open' },
  answer: { from: ['open'], to: (current) => current, code: 'OPPORTUNITY_NOT_OPEN', rule: 'questions can only be answered while it is open' },
  respond: { from: ['open'], to: (current) => current, code: 'OPPORTUNITY_NOT_OPEN', rule: 'responses can only change while it is open' },
  close: { from: ['open'], to: () => 'closed', code: 'OPPORTUNITY_NOT_OPEN', rule: 'only an open opportunity can be closed' },
  score: { from: ['closed'], to: (current) => current, code: 'OPPORTUNITY_NOT_CLOSED', rule: 'responses are scored after close and before award' },
  award: { from: ['closed'], to: () => 'awarded', code: 'OPPORTUNITY_NOT_CLOSED', rule: 'only a closed opportunity can be awarded' },
  cancel: { from: ['open', 'closed'], to: () => 'cancelled', code: 'OPPORTUNITY_ENDED', rule: 'an awarded or cancelled opportunity cannot be cancelled' },
};

/**
 * open → closed → awarded | cancelled (cancel at any stage before award). Returns the status after
 * the action; anything else is a 409 that names the current status.
 */
export function nextOpportunityStatus(current: OpportunityStatus, action: OpportunityAction): OpportunityStatus {
  const rule = RULES[action];
  if (rule.from.includes(current)) return rule.to(current);
  throw new DomainError('invalid_state', rule.code, `The opportunity is ${current}: ${rule.rule}`);
}

/**
 * The status people see and the open window's rules use: an open opportunity whose closing time has
 * passed is closed to questions and responses even before anyone records the close.
 */
export function effectiveOpportunityStatus(status: OpportunityStatus, closingAt: Date, now: Date): OpportunityStatus {
  return status === 'open' && closingAt.getTime() <= now.getTime() ? 'closed' : status;
}
