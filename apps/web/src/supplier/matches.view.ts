import type { MatchReason, SupplierMatchView } from '@app/matching';
import { formatDateTime } from '../http/dates';

/** One opportunity on "Opportunities that match your listings". */
export interface MatchedOpportunityCard {
  title: string;
  href: string;
  leadCouncil: string;
  closing: string;
  listings: { name: string; href: string; match: string; reasons: string[] }[];
}

/** A match score as people read it: "74% match". Scores are in [0, 1]. */
export function matchPercent(score: number): string {
  return `${Math.round(score * 100)}% match`;
}

/** The reasons' sentences, in the order matching gave them. */
export function reasonTexts(reasons: readonly MatchReason[]): string[] {
  return reasons.map((reason) => reason.text);
}

export function toMatchedOpportunityCard(match: SupplierMatchView): MatchedOpportunityCard {
  return {
    title: match.title,
    href: `/opportunities/${match.opportunityId}`,
    leadCouncil: match.leadCouncilName,
    closing: formatDateTime(match.closingAt),
    listings: match.listings.map((listing) => ({
      name: listing.listingName,
      // The supplier's own page for the listing, where they can change what made it match.
      href: `/supplier/listings/${listing.listingId}`,
      match: matchPercent(listing.score),
      reasons: reasonTexts(listing.reasons),
    })),
  };
}
