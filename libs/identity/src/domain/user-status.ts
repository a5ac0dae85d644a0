import { DomainError, type Role } from '@app/shared';

export type UserStatus = 'pending' | 'active' | 'suspended';

export const USER_STATUSES: readonly UserStatus[] = ['pending', 'active', 'suspended'];
export const ROLES: readonly Role[] = ['supplier', 'buyer', 'admin'];
/** Administrators are made by the bootstrap or the CLI, never through registration. */
export const SELF_REGISTERED_ROLES = ['supplier', 'buyer'] as const;
export type SelfRegisteredRole = (typeof SELF_REGISTERED_ROLES)[number];

/**
 * Suppliers can start at once (their listings are moderated anyway). A buyer speaks for a council,
 * so one is active straight away only when its address is on that council's own email domain.
 */
export function initialStatus(role: SelfRegisteredRole, onCouncilDomain: boolean): UserStatus {
  return role === 'buyer' && !onCouncilDomain ? 'pending' : 'active';
}

interface StatusHolder {
  role: Role;
  status: UserStatus;
  approvedAt: Date | null;
}

export function approvedStatus(user: StatusHolder): UserStatus {
  if (user.status !== 'pending') {
    throw new DomainError('invalid_state', 'USER_NOT_PENDING', `Only pending accounts can be approved; this one is ${user.status}`);
  }
  return 'active';
}

export function suspendedStatus(user: StatusHolder, isSelf: boolean): UserStatus {
  if (isSelf) {
    // An administrator suspending themselves could leave nobody able to reinstate anyone.
    throw new DomainError('invalid_state', 'CANNOT_SUSPEND_SELF', 'You cannot suspend your own account');
  }
  if (user.status === 'suspended') {
    throw new DomainError('invalid_state', 'USER_ALREADY_SUSPENDED', 'This account is already suspended');
  }
  return 'suspended';
}

/** A buyer suspended before anyone approved it goes back to waiting, not straight to active. */
export function reinstatedStatus(user: StatusHolder): UserStatus {
  if (user.status !== 'suspended') {
    throw new DomainError('invalid_state', 'USER_NOT_SUSPENDED', `Only suspended accounts can be reinstated; this one is ${user.status}`);
  }
  return user.role === 'buyer' && user.approvedAt === null ? 'pending' : 'active';
}
