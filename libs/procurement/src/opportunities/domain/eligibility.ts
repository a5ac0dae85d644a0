import { DomainError } from '@app/shared';
import type { Route } from './opportunity-draft';

/** One of the supplier's listings on the opportunity's lot, whatever its state. */
export interface LotListing {
  id: string;
  name: string;
  status: string;
}

export interface EligibilityContext {
  route: Route;
  /** The lot and its framework, named so a refusal can say which lot it means. */
  lot: { name: string; frameworkName: string } | null;
  /** The supplier's listings on that lot. */
  listings: readonly LotListing[];
  supplierActive: boolean;
}

const WHY_NOT_PUBLISHED: Record<string, string> = {
  draft: 'is a draft: submit it for moderation',
  submitted: 'is waiting for moderation',
  rejected: 'was rejected: edit it and submit it again',
  suspended: 'is suspended by an administrator',
  withdrawn: 'was withdrawn',
};

/**
 * Whether a supplier may respond, and with which listing. On the framework route only a supplier
 * with a published listing on the lot may: the refusal says why (no listing at all, or what state
 * the ones it has are in). `listingId`, when given, must be one of those published listings;
 * left out, the earliest published one is used. On the open route any active supplier may respond,
 * and a listing is optional.
 */
export function chooseResponseListing(context: EligibilityContext, listingId: string | null): string | null {
  if (!context.supplierActive) {
    throw new DomainError('forbidden', 'SUPPLIER_NOT_ELIGIBLE', 'Your supplier is suspended, so it cannot respond to opportunities');
  }
  if (context.route === 'open') {
    if (listingId !== null && !context.listings.some((listing) => listing.id === listingId && listing.status === 'published')) {
      throw DomainError.field('listingId', 'listingId must be one of your published listings');
    }
    return listingId;
  }
  const lot = context.lot ? `the lot "${context.lot.name}" of ${context.lot.frameworkName}` : "the opportunity's lot";
  const published = context.listings.filter((listing) => listing.status === 'published');
  if (published.length === 0) {
    const states = context.listings.map((listing) => `"${listing.name}" ${WHY_NOT_PUBLISHED[listing.status] ?? `is ${listing.status}`}`);
    const detail = states.length === 0 ? 'your supplier has no listing on it' : `your listing ${states.join('; ')}`;
    throw new DomainError(
      'forbidden',
      'SUPPLIER_NOT_ELIGIBLE',
      `Only suppliers with a published listing on ${lot} may respond, and ${detail}`,
    );
  }
  if (listingId === null) return published[0].id;
  if (!published.some((listing) => listing.id === listingId)) {
    throw DomainError.field('listingId', `listingId must be one of your published listings on ${lot}`);
  }
  return listingId;
}
