import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { NewNotification, NotificationService } from '@app/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { rankListings, scoreListing, SupplierMatch, SupplierMatchSettings } from '../domain/supplier-match';
import { listingCandidates } from '../infrastructure/listing-candidates.queries';
import { findListing, findOpportunity, openOpportunityIdsFor, OpportunityForMatching } from '../infrastructure/match-facts.queries';
import { supplierUserIds, upsertMatches } from '../infrastructure/opportunity-match.store';

/**
 * How many candidates, per match kept, SQL hands to the exact score (listingCandidates explains why
 * the top N is found among them). Bounds the work of a publish whatever the size of the lot.
 */
const CANDIDATES_PER_MATCH = 3;

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
  ) {}

  private get settings(): SupplierMatchSettings & { floor: number; limit: number } {
    const { matching } = this.config;
    return { relevance: matching.relevanceWeights, preferenceWeight: matching.preferenceWeight, floor: matching.supplierFloor, limit: matching.supplierTopN };
  }

  /** Ranks the eligible listings for an opportunity and replaces its stored matches. Returns the matches. */
  async matchOpportunity(opportunityId: string): Promise<SupplierMatch[]> {
    const runKey = `opportunity.published/${opportunityId}`;
    return this.dataSource.transaction(async (manager) => {
      const opportunity = await findOpportunity(manager, opportunityId);
      if (!opportunity || !opportunity.open) {
        // Closed, cancelled or awarded before the job ran: nothing to suggest, no one to tell.
        await manager.query('DELETE FROM opportunity_match WHERE opportunity_id = $1', [opportunityId]);
        return [];
      }
      const { settings } = this;
      const listings = await listingCandidates(manager, opportunity.facts, settings, CANDIDATES_PER_MATCH * settings.limit);
      const matches = rankListings(opportunity.facts, listings, settings);
      await manager.query('DELETE FROM opportunity_match WHERE opportunity_id = $1 AND NOT (listing_id = ANY($2::uuid[]))', [
        opportunityId,
        matches.map((match) => match.listingId),
      ]);
      await upsertMatches(manager, opportunityId, matches, runKey);
      const names = new Map(listings.map((listing) => [listing.id, listing.name]));
      await this.tellSuppliers(manager, opportunity, matches, names);
      this.logger.log({ opportunityId, runKey, candidates: listings.length, matches: matches.length }, 'Supplier matches computed');
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
        await upsertMatches(manager, opportunityId, [match], runKey);
        await this.tellSuppliers(manager, opportunity, [match], new Map([[listing.id, listing.name]]));
        fits += 1;
      }
      this.logger.log({ listingId, runKey, opportunities: fits }, 'Listing matched against open opportunities');
      return fits;
    });
  }

  /** One notification per matched listing and supplier user, all in one insert; dedupe keys make re-runs silent. */
  private async tellSuppliers(manager: EntityManager, opportunity: OpportunityForMatching, matches: readonly SupplierMatch[], names: ReadonlyMap<string, string>): Promise<void> {
    const users = await supplierUserIds(manager, matches.map((match) => match.supplierId));
    const notices: NewNotification[] = matches.flatMap((match) => {
      const why = match.reasons.slice(0, 3).map((reason) => reason.text).join('; ');
      return (users.get(match.supplierId) ?? []).map((userId) => ({
        userId,
        kind: 'opportunity.match',
        title: `An opportunity matches your listing "${names.get(match.listingId) ?? 'your listing'}"`,
        body: `"${opportunity.title}" is open for responses${why ? `: ${why}` : ''}.`,
        link: `/opportunities/${opportunity.facts.id}`,
        dedupeKey: `opportunity-match/${opportunity.facts.id}/${match.listingId}/${userId}`,
      }));
    });
    await this.notifications.notify(notices, manager);
  }
}
