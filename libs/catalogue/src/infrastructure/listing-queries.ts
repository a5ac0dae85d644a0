import type { EntityManager } from 'typeorm';
import { ListingVersionOrmEntity } from './listing-version.orm-entity';
import { ListingOrmEntity } from './listing.orm-entity';

/** The listing row locked for the rest of the transaction, so two decisions on it take turns. */
export function lockListing(manager: EntityManager, id: string): Promise<ListingOrmEntity | null> {
  return manager.findOne(ListingOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** The number the next version of a listing gets; call with the listing row locked. */
export async function nextVersionNumber(manager: EntityManager, listingId: string): Promise<number> {
  const [{ latest }]: { latest: number | null }[] = await manager.query(
    `SELECT max(version)::int AS latest FROM listing_version WHERE listing_id = $1`,
    [listingId],
  );
  return (latest ?? 0) + 1;
}

/** A version the listing row points at: its absence is broken data (a 500), not the caller's mistake. */
export function requireVersion(manager: EntityManager, listingId: string, version: number): Promise<ListingVersionOrmEntity> {
  return manager.findOneByOrFail(ListingVersionOrmEntity, { listingId, version });
}
