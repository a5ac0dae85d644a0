import { Inject, Injectable } from '@nestjs/common';
import { PartnerMatchingService, SupplierMatchingService } from '@app/matching';
import { JobHandler, JobPayloads } from '@app/queue';

/** A need changed: recompute its partner councils, both ways. Idempotent: the run replaces its rows. */
@Injectable()
export class NeedSavedHandler implements JobHandler<'need.saved'> {
  readonly jobName = 'need.saved' as const;

  constructor(@Inject(PartnerMatchingService) private readonly partners: PartnerMatchingService) {}

  async handle({ needId, version }: JobPayloads['need.saved']): Promise<void> {
    await this.partners.recompute(needId, version);
  }
}

/** An opportunity opened: store its supplier matches and tell them; notifications are deduplicated. */
@Injectable()
export class OpportunityPublishedHandler implements JobHandler<'opportunity.published'> {
  readonly jobName = 'opportunity.published' as const;

  constructor(@Inject(SupplierMatchingService) private readonly matching: SupplierMatchingService) {}

  async handle({ opportunityId }: JobPayloads['opportunity.published']): Promise<void> {
    await this.matching.matchOpportunity(opportunityId);
  }
}

/** A listing's text was published: match it against open opportunities on its lot. */
@Injectable()
export class ListingPublishedHandler implements JobHandler<'listing.published'> {
  readonly jobName = 'listing.published' as const;

  constructor(@Inject(SupplierMatchingService) private readonly matching: SupplierMatchingService) {}

  async handle({ listingId, version }: JobPayloads['listing.published']): Promise<void> {
    await this.matching.matchListing(listingId, version);
  }
}
