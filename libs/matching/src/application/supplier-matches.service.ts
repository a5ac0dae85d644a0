import { Inject, Injectable } from '@nestjs/common';
import { SupplierMembership } from '@app/organisations';
import { Actor, DomainError, requireRole } from '@app/shared';
import { DataSource } from 'typeorm';
import type { MatchReason } from '../domain/match-reason';
import type { MatchedListingView, SupplierMatchView } from './matching.views';

/** Opportunities shown at most: a supplier acts on the best few, and the page stays one query big. */
export const SUPPLIER_MATCHES_LIMIT = 100;

interface PairRow {
  opportunityId: string;
  title: string;
  leadCouncilName: string;
  closingAt: Date;
  listingId: string;
  listingName: string;
  score: number;
  reasons: MatchReason[];
}

/**
 * The open opportunities matched to a supplier's own listings ("Opportunities that match your
 * listings"). Only ever the signed-in user's own supplier: which opportunities a competitor was
 * matched to is theirs to know.
 */
@Injectable()
export class SupplierMatchesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SupplierMembership) private readonly memberships: SupplierMembership,
  ) {}

  /** Best first (an opportunity ranks by its best listing), at most SUPPLIER_MATCHES_LIMIT opportunities. */
  async forSupplier(actor: Actor | undefined): Promise<SupplierMatchView[]> {
    const user = requireRole(actor, 'supplier');
    // From the membership table, not the actor, so a membership ended since sign-in counts at once.
    const supplierId = await this.memberships.supplierIdFor(user.userId);
    if (!supplierId) throw new DomainError('invalid_state', 'SUPPLIER_PROFILE_REQUIRED', 'Create your supplier profile before you do this.');
    // Reached through the supplier's listings, whose indexes (listing supplier, match listing) keep
    // this a lookup however many matches other suppliers have. Open means open now: an opportunity
    // past its closing time waits for the worker to close it, and its matches stay until then.
    const rows: PairRow[] = await this.dataSource.query(
      `WITH pairs AS (
         SELECT m.opportunity_id, m.listing_id, m.score, m.reasons, l.name AS listing_name
           FROM listing l
           JOIN opportunity_match m ON m.listing_id = l.id
           JOIN opportunity o ON o.id = m.opportunity_id AND o.status = 'open' AND o.closing_at > now()
          WHERE l.supplier_id = $1 AND l.status = 'published'
       ), best AS (
         SELECT opportunity_id, max(score) AS score FROM pairs GROUP BY opportunity_id
          ORDER BY max(score) DESC, opportunity_id LIMIT $2
       )
       SELECT o.id AS "opportunityId", o.title, c.name AS "leadCouncilName", o.closing_at AS "closingAt",
              p.listing_id AS "listingId", p.listing_name AS "listingName", p.score, p.reasons
         FROM best b
         JOIN pairs p ON p.opportunity_id = b.opportunity_id
         JOIN opportunity o ON o.id = b.opportunity_id
         JOIN council c ON c.gss_code = o.lead_council_code
        ORDER BY b.score DESC, b.opportunity_id, p.score DESC, p.listing_id`,
      [supplierId, SUPPLIER_MATCHES_LIMIT],
    );
    return groupByOpportunity(rows);
  }
}

/** Rows arrive ordered by opportunity, then listing; one view per opportunity keeps that order. */
function groupByOpportunity(rows: readonly PairRow[]): SupplierMatchView[] {
  const views = new Map<string, SupplierMatchView>();
  for (const row of rows) {
    const listing: MatchedListingView = { listingId: row.listingId, listingName: row.listingName, score: Number(row.score), reasons: row.reasons };
    const view = views.get(row.opportunityId);
    if (view) {
      view.listings.push(listing);
      continue;
    }
    views.set(row.opportunityId, {
      opportunityId: row.opportunityId,
      title: row.title,
      leadCouncilName: row.leadCouncilName,
      closingAt: new Date(row.closingAt).toISOString(),
      score: listing.score,
      listings: [listing],
    });
  }
  return [...views.values()];
}
