import type { OpportunityStatus } from './opportunity-state';

/**
 * What the closing-time job finds:
 * - `close`: still open and its closing time has passed, so close it now;
 * - `not-open`: closed by the lead, cancelled or awarded already, nothing to do (also a re-run);
 * - `moved`: the closing time is no longer the one the job was made for; the job for the new time closes it;
 * - `not-yet`: delivered before the closing time (clocks disagree), so try again shortly.
 */
export type ClosingTimeOutcome = 'close' | 'not-open' | 'moved' | 'not-yet';

/** `expectedClosingAt` is the closing time the job was made for; the overdue sweep passes null (any time that has passed). */
export function atClosingTime(
  opportunity: { status: OpportunityStatus; closingAt: Date },
  expectedClosingAt: Date | null,
  now: Date,
): ClosingTimeOutcome {
  if (opportunity.status !== 'open') return 'not-open';
  if (expectedClosingAt && expectedClosingAt.getTime() !== opportunity.closingAt.getTime()) return 'moved';
  if (opportunity.closingAt.getTime() > now.getTime()) return 'not-yet';
  return 'close';
}

/** One job per opportunity and closing time: a new closing time makes a new job, and a re-published outbox row adds none. */
export function closingJobId(opportunityId: string, closingAt: Date): string {
  return `opportunity-closing-${opportunityId}-${closingAt.getTime()}`;
}
