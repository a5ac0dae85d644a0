import type { MatchReason } from '../domain/match-reason';
import type { MatchFlags } from '../domain/supplier-match';

export interface PartnerView {
  partnerNeedId: string;
  councilCode: string;
  councilName: string;
  title: string;
  score: number;
  reasons: MatchReason[];
  computedAt: string;
}

export interface OpportunityMatchView {
  listingId: string;
  listingName: string;
  supplierId: string;
  supplierName: string;
  score: number;
  reasons: MatchReason[];
  flags: MatchFlags;
  computedAt: string;
}

/** One of the supplier's own listings that fits an opportunity, and why. */
export interface MatchedListingView {
  listingId: string;
  listingName: string;
  score: number;
  reasons: MatchReason[];
}

/** An open opportunity matched to the supplier's listings, as that supplier sees it. */
export interface SupplierMatchView {
  opportunityId: string;
  title: string;
  leadCouncilName: string;
  closingAt: string;
  /** The best of its listings' scores: what the list is ordered by. */
  score: number;
  /** Best first. */
  listings: MatchedListingView[];
}
