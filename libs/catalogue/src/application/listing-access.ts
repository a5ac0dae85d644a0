import { Actor, DomainError, isAdmin } from '@app/shared';
import type { ListingState } from '../domain/listing-state';
import type { FrameworkOrmEntity } from '../infrastructure/framework.orm-entity';
import type { ListingOrmEntity } from '../infrastructure/listing.orm-entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The supplier's own active users and administrators see everything about a listing. */
export function canSeePrivate(actor: Actor | undefined, listing: Pick<ListingOrmEntity, 'supplierId'>): boolean {
  if (isAdmin(actor)) return true;
  return isOwner(actor, listing);
}

export function isOwner(actor: Actor | undefined, listing: Pick<ListingOrmEntity, 'supplierId'>): boolean {
  return actor?.status === 'active' && actor.role === 'supplier' && actor.supplierId === listing.supplierId;
}

/** What buyers and the public may see: published, by an active supplier, on a live framework. */
export function isPubliclyVisible(listing: ListingOrmEntity, framework: Pick<FrameworkOrmEntity, 'status'>): boolean {
  return listing.status === 'published' && listing.supplierActive && framework.status === 'live';
}

export function stateOf(listing: Pick<ListingOrmEntity, 'status' | 'pendingVersion'>): ListingState {
  return { status: listing.status, hasPendingRevision: listing.pendingVersion !== null };
}

/** A malformed id is the caller's mistake (400), told apart from an id that names nothing (404). */
export function requireListingId(id: string): void {
  if (typeof id !== 'string' || !UUID.test(id)) {
    throw new DomainError('bad_request', 'INVALID_LISTING_ID', 'id must be a listing id (a UUID)', [
      { field: 'id', message: 'id must be a listing id (a UUID)' },
    ]);
  }
}

/** Missing, and not yours to see, look the same. */
export function listingNotFound(): DomainError {
  return DomainError.notFound('Listing');
}
