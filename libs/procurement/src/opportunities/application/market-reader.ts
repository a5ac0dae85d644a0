import type { EntityManager } from 'typeorm';
import type { LotListing } from '../domain/eligibility';

export interface LotFacts {
  id: string;
  slug: string;
  name: string;
  framework: { slug: string; name: string; status: string };
}

export interface SupplierFacts {
  id: string;
  name: string;
  isSme: boolean;
  isVcse: boolean;
  active: boolean;
}

/**
 * What procurement reads from the catalogue, organisations and identity contexts: lots, a
 * supplier's listings on a lot, supplier facts, and who buys for a council. None of their public
 * services answers these in bulk or inside a caller's transaction, so the adapter reads their tables
 * (read-only); the owning contexts stay the only writers. Every method takes a batch, so lists stay
 * a fixed number of queries.
 */
export abstract class MarketReader {
  abstract lots(ids: readonly string[], manager?: EntityManager): Promise<Map<string, LotFacts>>;

  /** Every listing (any status) of the supplier on the lot, oldest publication first. */
  abstract listingsOnLot(supplierId: string, lotId: string, manager?: EntityManager): Promise<LotListing[]>;

  /** Those of the listings that belong to the supplier, any status. */
  abstract ownListings(supplierId: string, listingIds: readonly string[], manager?: EntityManager): Promise<LotListing[]>;

  abstract listingNames(ids: readonly string[]): Promise<Map<string, string>>;

  abstract suppliers(ids: readonly string[], manager?: EntityManager): Promise<Map<string, SupplierFacts>>;

  /** Active buyers of any of the councils, with the council each buys for, for notices. */
  abstract activeBuyers(councilCodes: readonly string[], manager?: EntityManager): Promise<{ userId: string; councilCode: string }[]>;

  /** Every user acting for any of the suppliers, with the supplier each acts for. */
  abstract supplierUsers(supplierIds: readonly string[], manager?: EntityManager): Promise<{ userId: string; supplierId: string }[]>;
}
