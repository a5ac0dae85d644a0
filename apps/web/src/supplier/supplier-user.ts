import { Actor, DomainError, requireRole } from '@app/shared';

/** A signed-in supplier user; signed-out visitors go to sign in, other roles get the forbidden page. */
export function requireSupplierUser(actor: Actor | undefined): Actor {
  return requireRole(actor, 'supplier');
}

/** The supplier user's own supplier id, or the page that says to create the profile first. */
export function requireOwnSupplier(actor: Actor | undefined): { actor: Actor; supplierId: string } {
  const user = requireSupplierUser(actor);
  if (!user.supplierId) {
    throw new DomainError('invalid_state', 'SUPPLIER_PROFILE_REQUIRED', 'Create your supplier profile before you do this.');
  }
  return { actor: user, supplierId: user.supplierId };
}
