import { DomainError } from '@app/shared';

/** A framework's life: announced, taking listings, being bought from, closed. */
export const FRAMEWORK_STATUSES = ['coming', 'open', 'live', 'expired'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

export function isFrameworkStatus(value: unknown): value is FrameworkStatus {
  return typeof value === 'string' && (FRAMEWORK_STATUSES as readonly string[]).includes(value);
}

/** The one status a framework may move to next, or null once it has expired. */
export function nextFrameworkStatus(current: FrameworkStatus): FrameworkStatus | null {
  return FRAMEWORK_STATUSES[FRAMEWORK_STATUSES.indexOf(current) + 1] ?? null;
}

/**
 * Status only moves forward one step: coming → open → live → expired. Anything else (staying put,
 * skipping a step, going back) is refused with the current status named, so the caller can see why.
 */
export function assertFrameworkTransition(current: FrameworkStatus, wanted: FrameworkStatus): void {
  const next = nextFrameworkStatus(current);
  if (wanted === next) return;
  const allowed = next ? `it can only move to ${next}` : 'an expired framework cannot change status';
  throw new DomainError('invalid_state', 'FRAMEWORK_STATUS_NOT_ALLOWED', `The framework is ${current}: ${allowed}, not to ${wanted}`);
}
