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
