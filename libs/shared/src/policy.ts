import type { Actor, Role } from './actor';
import { DomainError } from './domain-error';

/** Authorisation helpers for services: the one place the basic rules are spelled out. */
export function requireActor(actor: Actor | undefined): Actor {
  if (!actor) throw new DomainError('unauthenticated', 'AUTHENTICATION_REQUIRED', 'Sign in to do this');
  return actor;
}

export function requireActive(actor: Actor | undefined): Actor {
  const known = requireActor(actor);
  if (known.status === 'pending') {
    throw new DomainError('forbidden', 'ACCOUNT_PENDING', 'Your account is waiting for an administrator to approve it');
  }
  if (known.status === 'suspended') {
    throw new DomainError('forbidden', 'ACCOUNT_SUSPENDED', 'Your account is suspended');
  }
  return known;
}

export function requireRole(actor: Actor | undefined, ...roles: Role[]): Actor {
  const active = requireActive(actor);
  if (!roles.includes(active.role)) {
    throw new DomainError('forbidden', 'ROLE_REQUIRED', `Only ${roles.join(' or ')} accounts can do this`);
  }
  return active;
}

export function isAdmin(actor: Actor | undefined): boolean {
  return actor?.role === 'admin' && actor.status === 'active';
}
