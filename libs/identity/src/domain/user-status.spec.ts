import { DomainError } from '@app/shared';
import { approvedStatus, initialStatus, reinstatedStatus, suspendedStatus } from './user-status';

const buyer = (status: 'pending' | 'active' | 'suspended', approvedAt: Date | null = null) => ({
  role: 'buyer' as const,
  status,
  approvedAt,
});

function errorOf(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('user status', () => {
  it('starts suppliers active, buyers pending unless on the council domain', () => {
    expect(initialStatus('supplier', false)).toBe('active');
    expect(initialStatus('buyer', false)).toBe('pending');
    expect(initialStatus('buyer', true)).toBe('active');
  });

  it('approves only pending accounts and names the state otherwise', () => {
    expect(approvedStatus(buyer('pending'))).toBe('active');
    const error = errorOf(() => approvedStatus(buyer('active', new Date())));
    expect(error.kind).toBe('invalid_state');
    expect(error.message).toMatch(/this one is active/);
    expect(errorOf(() => approvedStatus(buyer('suspended'))).message).toMatch(/suspended/);
  });

  it('suspends anyone but yourself, once', () => {
    expect(suspendedStatus(buyer('pending'), false)).toBe('suspended');
    expect(suspendedStatus(buyer('active'), false)).toBe('suspended');
    expect(errorOf(() => suspendedStatus(buyer('active'), true)).code).toBe('CANNOT_SUSPEND_SELF');
    expect(errorOf(() => suspendedStatus(buyer('suspended'), false)).code).toBe('USER_ALREADY_SUSPENDED');
  });

  it('reinstates an unapproved buyer as pending and everyone else as active', () => {
    expect(reinstatedStatus(buyer('suspended'))).toBe('pending');
    expect(reinstatedStatus(buyer('suspended', new Date()))).toBe('active');
    expect(reinstatedStatus({ role: 'supplier', status: 'suspended', approvedAt: null })).toBe('active');
    expect(errorOf(() => reinstatedStatus(buyer('active'))).code).toBe('USER_NOT_SUSPENDED');
  });
});
