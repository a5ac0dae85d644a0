import { DomainError } from '@app/shared';
import { assertFrameworkTransition, FRAMEWORK_STATUSES, FrameworkStatus } from './framework-status';

describe('framework status', () => {
  const allowed = new Set(['coming>open', 'open>live', 'live>expired']);
  const pairs = FRAMEWORK_STATUSES.flatMap((from) => FRAMEWORK_STATUSES.map((to) => [from, to] as [FrameworkStatus, FrameworkStatus]));

  it.each(pairs)('%s → %s', (from, to) => {
    if (allowed.has(`${from}>${to}`)) {
      expect(() => assertFrameworkTransition(from, to)).not.toThrow();
      return;
    }
    let error: unknown;
    try {
      assertFrameworkTransition(from, to);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('invalid_state');
    expect((error as DomainError).message).toContain(`The framework is ${from}`);
  });
});
