import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { NewNotification, NotificationService } from '@app/notifications';
import { SupplierMembership } from '@app/organisations';
import { DataSource, EntityManager } from 'typeorm';
import { rankListings, scoreListing, SupplierMatch, SupplierMatchSettings } from '../domain/supplier-match';
import { eligibleListings, findListing, findOpportunity, openOpportunityIdsFor, OpportunityForMatching } from '../infrastructure/match-facts.queries';

/**
 * Keeps `opportunity_match` in step with opportunities and listings (DESIGN §4) and tells each
 * matched supplier's users once per (opportunity, listing, user), however often a job re-runs.
 */
@Injectable()
export class SupplierMatchingService {
  private readonly logger = new Logger(SupplierMatchingService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(NotificationService) private readonly notifications: NotificationService,
    @Inject(SupplierMembership) private readonly memberships: SupplierMembership,
  ) {}

  private get settings(): SupplierMatchSettings & { floor: number; limit: number } {
    const { matching } = this.config;
    return { relevance: matching.relevanceWeights, preferenceWeight: matching.preferenceWeight, floor: matching.supplierFloor, limit: matching.supplierTopN };
  }

  /** Ranks every eligible listing for an opportunity and replaces its stored matches. Returns the matches. */
  async matchOpportunity(opportunityId: string): Promise<SupplierMatch[]> {
    const runKey = `opportunity.published/${opportunityId}`;
    return this.dataSource.transaction(async (manager) => {
      const opportunity = await findOpportunity(manager, opportunityId);
      if (!opportunity || !opportunity.open) {
        // Closed, cancelled or awarded before the job ran: nothing to suggest, no one to tell.
        await manager.query('DELETE FROM opportunity_match WHERE opportunity_id = $1', [opportunityId]);
        return [];
      }
      const listings = await eligibleListings(manager, opportunity.facts.lotId);
      const matches = rankListings(opportunity.facts, listings, this.settings);
      await manager.query('DELETE FROM opportunity_match WHERE opportunity_id = $1 AND NOT (listing_id = ANY($2::uuid[]))', [
        opportunityId,
        matches.map((match) => match.listingId),
      ]);
      const names = new Map(listings.map((listing) => [listing.id, listing.name]));
      for (const match of matches) await this.store(manager, opportunity, match, names.get(match.listingId) ?? 'your listing', runKey);
      this.logger.log({ opportunityId, runKey, matches: matches.length }, 'Supplier matches computed');
      return matches;
    });
  }

  /** Matches one newly published listing against every open opportunity it could answer. Returns how many it fits. */
  async matchListing(listingId: string, version: number): Promise<number> {
    const runKey = `listing.published/${listingId}/${version}`;
    return this.dataSource.transaction(async (manager) => {
      const listing = await findListing(manager, listingId);
      if (!listing) return 0;
      let fits = 0;
      for (const opportunityId of await openOpportunityIdsFor(manager, listing.lotId)) {
        const opportunity = await findOpportunity(manager, opportunityId);
        if (!opportunity) continue;
        const match = scoreListing(opportunity.facts, listing, this.settings);
        if (!match || match.relevance === 0 || match.relevance < this.settings.floor) {
          await manager.query('DELETE FROM opportunity_match WHERE opportunity_id = $1 AND listing_id = $2', [opportunityId, listingId]);
          continue;
        }
        await this.store(manager, opportunity, match, listing.name, runKey);
        fits += 1;
      }
      this.logger.log({ listingId, runKey, opportunities: fits }, 'Listing matched against open opportunities');
      return fits;
    });
  }

  private async store(manager: EntityManager, opportunity: OpportunityForMatching, match: SupplierMatch, listingName: string, runKey: string): Promise<void> {
    await manager.query(
      `INSERT INTO opportunity_match (opportunity_id, listing_id, supplier_id, score, reasons, flags, run_key, computed_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, now())
       ON CONFLICT (opportunity_id, listing_id) DO UPDATE SET supplier_id = EXCLUDED.supplier_id, score = EXCLUDED.score,
         reasons = EXCLUDED.reasons, flags = EXCLUDED.flags, run_key = EXCLUDED.run_key, computed_at = EXCLUDED.computed_at`,
      [opportunity.facts.id, match.listingId, match.supplierId, match.score, JSON.stringify(match.reasons), JSON.stringify(match.flags), runKey],
    );
    const userIds = await this.memberships.userIdsFor(match.supplierId, manager);
    const why = match.reasons.slice(0, 3).map((reason) => reason.text).join('; ');
    const notices: NewNotification[] = userIds.map((userId) => ({
      userId,
      kind: 'opportunity.match',
      title: `An opportunity matches your listing "${listingName}"`,
      body: `"${opportunity.title}" is open for responses${why ? `: ${why}` : ''}.`,
      link: `/opportunities/${opportunity.facts.id}`,
      dedupeKey: `opportunity-match/${opportunity.facts.id}/${match.listingId}/${userId}`,
    }));
    await this.notifications.notify(notices, manager);
  }
}
