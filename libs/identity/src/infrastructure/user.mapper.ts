import type { Actor } from '@app/shared';
import type { UserAccountView, UserProfile } from '../application/user.views';
import type { UserOrmEntity } from './user.orm-entity';

/** Explicit shapes, so a new column (the password hash is one) never leaks by accident. */
export function toActor(user: UserOrmEntity, supplierId: string | null): Actor {
  return { userId: user.id, role: user.role, status: user.status, supplierId, councilCode: user.councilCode };
}

export function toProfile(user: UserOrmEntity, supplierId: string | null): UserProfile {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    status: user.status,
    councilCode: user.councilCode,
    supplierId,
  };
}

export function toAccountView(user: UserOrmEntity): UserAccountView {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    status: user.status,
    councilCode: user.councilCode,
    createdAt: user.createdAt.toISOString(),
    approvedAt: user.approvedAt?.toISOString() ?? null,
  };
}

/** The part of a user the audit log keeps for a status change: no email, no hash. */
export function auditStateOf(user: Pick<UserOrmEntity, 'role' | 'status' | 'councilCode'>): object {
  return { role: user.role, status: user.status, councilCode: user.councilCode };
}
