import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { NotificationService } from '@app/notifications';
import { SupplierMembership } from '@app/organisations';
import type { EntityManager } from 'typeorm';

export type ListingDecision = 'approved' | 'revision-approved' | 'rejected' | 'revision-rejected' | 'suspended' | 'reinstated' | 'reverted';

const TITLES: Record<ListingDecision, (name: string) => string> = {
  approved: (name) => `"${name}" is published`,
  'revision-approved': (name) => `Your changes to "${name}" are published`,
  rejected: (name) => `"${name}" was not approved`,
  'revision-rejected': (name) => `Your changes to "${name}" were not approved`,
  suspended: (name) => `"${name}" is suspended`,
  reinstated: (name) => `"${name}" is published again`,
  reverted: (name) => `"${name}" was reverted to an earlier version`,
};

const BODIES: Record<ListingDecision, string> = {
  approved: 'An administrator approved your listing. Buyers can find it once the framework is live.',
  'revision-approved': 'An administrator approved your changes; buyers now see the new text.',
  rejected: 'An administrator rejected your listing. Edit it to answer the reason, then submit it again.',
  'revision-rejected': 'An administrator rejected your changes. Buyers still see the published text.',
  suspended: 'An administrator suspended your listing: buyers cannot see it until it is reinstated.',
  reinstated: 'An administrator reinstated your listing: buyers can see it again.',
  reverted: 'An administrator republished an earlier version of your listing.',
};

/**
 * Tells a supplier's users, in the app, what an administrator decided about one of its listings.
 * Written in the decision's transaction, so the notice exists exactly when the decision does.
 */
@Injectable()
export class ListingNotifier {
  constructor(
    @Inject(NotificationService) private readonly notifications: NotificationService,
    @Inject(SupplierMembership) private readonly memberships: SupplierMembership,
  ) {}

  async tell(
    manager: EntityManager,
    listing: { id: string; supplierId: string; name: string },
    decision: ListingDecision,
    reason: string | null = null,
  ): Promise<number> {
    const userIds = await this.memberships.userIdsFor(listing.supplierId, manager);
    // Each decision is its own fact: suspending twice (with a reinstatement between) tells twice.
    const decisionId = randomUUID();
    return this.notifications.notify(
      userIds.map((userId) => ({
        userId,
        kind: `listing.${decision}`,
        title: TITLES[decision](listing.name),
        body: reason ? `${BODIES[decision]} Reason: ${reason}` : BODIES[decision],
        link: `/supplier/listings/${listing.id}`,
        dedupeKey: `listing-${decision}/${listing.id}/${decisionId}/${userId}`,
      })),
      manager,
    );
  }
}
