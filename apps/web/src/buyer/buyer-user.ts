import { Actor, DomainError, requireRole } from '@app/shared';

/**
 * An active council buyer and its council. Signed-out visitors go to sign in; a buyer still waiting
 * for approval gets the forbidden page saying an administrator must approve them first.
 */
export function requireBuyer(actor: Actor | undefined): { actor: Actor; councilCode: string } {
  const buyer = requireRole(actor, 'buyer');
  if (!buyer.councilCode) throw new DomainError('forbidden', 'COUNCIL_REQUIRED', 'Your account is not linked to a council.');
  return { actor: buyer, councilCode: buyer.councilCode };
}
